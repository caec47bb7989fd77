import { z } from 'zod';
import {
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  LanguageSchema,
  PhoneSchema,
  RecordMetaSchema,
  optionalText,
  requiredText,
} from './base';

export const MentorStatusSchema = z.enum(['applicant', 'screening', 'inTraining', 'active', 'paused', 'exited']);
export type MentorStatus = z.infer<typeof MentorStatusSchema>;

export const LIVED_EXPERIENCE_AREAS = [
  'homelessness',
  'leavingCare',
  'mentalHealth',
  'substanceUse',
  'victimOfCrime',
  'disability',
  'justiceSystem',
  'migration',
  'domesticViolence',
  'other',
] as const;
export const LivedExperienceSchema = z.enum(LIVED_EXPERIENCE_AREAS);
export type LivedExperience = z.infer<typeof LivedExperienceSchema>;

/** Spoken languages of a person (ISO 639-1), wider than the UI languages. */
export const SPOKEN_LANGUAGES = ['hu', 'fi', 'en', 'sv', 'de', 'ro', 'sr', 'sk', 'uk', 'ru', 'ar', 'so', 'rom'] as const;
export const SpokenLanguageSchema = z.enum(SPOKEN_LANGUAGES);

export const SCREENING_ITEMS = [
  'interview',
  'references',
  'criminalRecord',
  'volunteerAgreement',
  'confidentialityAgreement',
] as const;
export const ScreeningItemSchema = z.enum(SCREENING_ITEMS);
export type ScreeningItem = z.infer<typeof ScreeningItemSchema>;

export const ScreeningEntrySchema = z.object({
  date: IsoDateSchema.nullable().default(null),
  /** Where a document lapses (e.g. a criminal-record certificate). */
  expiresOn: IsoDateSchema.nullable().default(null),
});
export const ScreeningSchema = z.object({
  interview: ScreeningEntrySchema.default({ date: null, expiresOn: null }),
  references: ScreeningEntrySchema.default({ date: null, expiresOn: null }),
  criminalRecord: ScreeningEntrySchema.default({ date: null, expiresOn: null }),
  volunteerAgreement: ScreeningEntrySchema.default({ date: null, expiresOn: null }),
  confidentialityAgreement: ScreeningEntrySchema.default({ date: null, expiresOn: null }),
});
export type Screening = z.infer<typeof ScreeningSchema>;

export const StatusChangeSchema = z.object({
  status: MentorStatusSchema,
  date: IsoDateSchema,
  /** Required when exiting; also the reason recorded when a warning was overridden. */
  reason: z.string().trim().max(500).default(''),
  /** Set when the change was made despite a warning (e.g. mandatory training incomplete). */
  override: z.enum(['trainingIncomplete']).nullable().default(null),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** What the form edits. Status is changed through the lifecycle, not the form. */
export const MentorInputSchema = z.object({
  givenName: requiredText(100),
  familyName: requiredText(100),
  email: EmailSchema,
  phone: PhoneSchema,
  gender: z.enum(['female', 'male', 'other', 'unspecified']).default('unspecified'),
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  languages: z.array(SpokenLanguageSchema).default([]),
  livedExperience: z.array(LivedExperienceSchema).default([]),
  programmeIds: z.array(IdSchema).default([]),
  capacity: z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(0, { error: 'validation.min0' }).max(20, { error: 'validation.max20' }).default(1),
  availability: optionalText(500),
  notes: optionalText(5000),
  screening: ScreeningSchema.default({
    interview: { date: null, expiresOn: null },
    references: { date: null, expiresOn: null },
    criminalRecord: { date: null, expiresOn: null },
    volunteerAgreement: { date: null, expiresOn: null },
    confidentialityAgreement: { date: null, expiresOn: null },
  }),
  /** Language the mentor prefers for printed material; null = the app's. */
  preferredLanguage: LanguageSchema.nullable().default(null),
});
export type MentorInput = z.input<typeof MentorInputSchema>;
export type MentorInputParsed = z.output<typeof MentorInputSchema>;

export const MentorSchema = RecordMetaSchema.extend(MentorInputSchema.shape).extend({
  status: MentorStatusSchema,
  statusHistory: z.array(StatusChangeSchema).min(1),
  exitDate: IsoDateSchema.nullable(),
  exitReason: z.string().trim().max(500).default(''),
  /** Derived by the repository from names, email and phone for indexed search. */
  searchTokens: z.array(z.string()),
});
export type Mentor = z.infer<typeof MentorSchema>;
