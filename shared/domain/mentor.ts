import { z } from 'zod';
import {
  EntryStampSchema,
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  LanguageSchema,
  PhoneSchema,
  RecordMetaSchema,
  optionalText,
  requiredText,
  searchTokensOf,
  numberError,
} from './base';
import type { Language } from './base';
import { personSortKey } from '../i18n/collation';

export const MentorStatusSchema = z.enum(['applicant', 'screening', 'inTraining', 'active', 'paused', 'exited']);
export type MentorStatus = z.infer<typeof MentorStatusSchema>;
export const MENTOR_STATUSES: readonly MentorStatus[] = MentorStatusSchema.options;

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
export const SPOKEN_LANGUAGES = [
  'hu',
  'fi',
  'en',
  'sv',
  'de',
  'ro',
  'sr',
  'sk',
  'uk',
  'ru',
  'ar',
  'so',
  'rom',
] as const;
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

/** Screening items whose document lapses and is renewed (the form offers an expiry date). */
export const EXPIRING_SCREENING_ITEMS: readonly ScreeningItem[] = ['criminalRecord', 'volunteerAgreement'];

export const ScreeningEntrySchema = z
  .object({
    date: IsoDateSchema.nullable().default(null),
    /** Where a document lapses (e.g. a criminal-record certificate). */
    expiresOn: IsoDateSchema.nullable().default(null),
  })
  .refine((e) => e.expiresOn === null || (e.date !== null && e.expiresOn >= e.date), {
    error: 'validation.expiryAfterDate',
    path: ['expiresOn'],
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
  stamp: EntryStampSchema,
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** What the form edits. Status is changed through the lifecycle, not the form. */
export const MentorInputSchema = z.object({
  givenName: requiredText(100),
  familyName: requiredText(100),
  email: EmailSchema,
  phone: PhoneSchema,
  gender: z.enum(['female', 'male', 'other', 'unspecified']).default('unspecified'),
  birthYear: z
    .number({ error: numberError })
    .int({ error: 'validation.integer' })
    .min(1900)
    .max(2100)
    .nullable()
    .default(null),
  languages: z.array(SpokenLanguageSchema).default([]),
  livedExperience: z.array(LivedExperienceSchema).default([]),
  programmeIds: z.array(IdSchema).default([]),
  capacity: z
    .number({ error: numberError })
    .int({ error: 'validation.integer' })
    .min(0, { error: 'validation.min0' })
    .max(20, { error: 'validation.max20' })
    .default(1),
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
  /**
   * Derived: "family given" as a collation key of the organisation's language (see
   * shared/i18n/collation.ts), the index the list sorts on. Recomputed when that language changes.
   */
  sortKey: z.string(),
});
export type Mentor = z.infer<typeof MentorSchema>;

/**
 * The lifecycle: applicant → screening → in training → active ⇄ paused → exited. A mentor may
 * leave at any stage (an applicant withdraws, a trainee drops out), so "exited" follows every
 * status; exited is final (someone who comes back is screened again as a new applicant record).
 */
const NEXT_STATUSES: Record<MentorStatus, readonly MentorStatus[]> = {
  applicant: ['screening', 'exited'],
  screening: ['inTraining', 'exited'],
  inTraining: ['active', 'exited'],
  active: ['paused', 'exited'],
  paused: ['active', 'exited'],
  exited: [],
};

export const allowedNextStatuses = (from: MentorStatus): readonly MentorStatus[] => NEXT_STATUSES[from];
export const isAllowedTransition = (from: MentorStatus, to: MentorStatus): boolean => NEXT_STATUSES[from].includes(to);

/** Statuses a new mentor can be created in: the early stages; later ones go through the lifecycle. */
export const INITIAL_STATUSES = ['applicant', 'screening', 'inTraining'] as const satisfies readonly MentorStatus[];
export const InitialStatusSchema = z.enum(INITIAL_STATUSES);

/** What the "Change status" dialog submits. */
export const StatusChangeInputSchema = StatusChangeSchema.superRefine((c, ctx) => {
  if (c.status === 'exited' && c.reason.length === 0)
    ctx.addIssue({ code: 'custom', message: 'validation.exitReason', path: ['reason'] });
  if (c.override !== null && c.reason.length === 0)
    ctx.addIssue({ code: 'custom', message: 'validation.overrideReason', path: ['reason'] });
});
export type StatusChangeInput = z.input<typeof StatusChangeInputSchema>;

/**
 * Derived fields the repository stores with every write. `lng` is the organisation's language:
 * the sort key orders the list by that language's alphabet.
 */
export const mentorDerived = (
  m: { givenName: string; familyName: string; email: string; phone: string },
  lng: Language = 'en',
) => ({
  searchTokens: searchTokensOf(m.givenName, m.familyName, m.email, m.phone),
  sortKey: personSortKey(m, lng),
});

export type ScreeningAlert = { item: ScreeningItem; kind: 'expired' | 'expiringSoon'; expiresOn: string };

/** Screening documents that have lapsed, or lapse within `soonDays` of `today` (ISO dates compare as strings). */
export const screeningAlerts = (screening: Screening, today: string, soonDays = 30): ScreeningAlert[] => {
  const soon = addDays(today, soonDays);
  const alerts: ScreeningAlert[] = [];
  for (const item of SCREENING_ITEMS) {
    const expiresOn = screening[item].expiresOn;
    if (!expiresOn) continue;
    if (expiresOn < today) alerts.push({ item, kind: 'expired', expiresOn });
    else if (expiresOn <= soon) alerts.push({ item, kind: 'expiringSoon', expiresOn });
  }
  return alerts;
};

/** `YYYY-MM-DD` plus n days, in UTC arithmetic so no time zone shifts the calendar date. */
export const addDays = (isoDate: string, n: number): string => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
