import { z } from 'zod';
import { IdSchema, IsoDateSchema, RecordMetaSchema, optionalText } from './base';
import { SpokenLanguageSchema } from './mentor';

export const TRANSITIONS = [
  'movingIntoHousing',
  'leavingCare',
  'servingSanction',
  'enteringWelfare',
  'schoolTransition',
  'other',
] as const;
export const TransitionSchema = z.enum(TRANSITIONS);
export type Transition = z.infer<typeof TransitionSchema>;

export const MenteeStatusSchema = z.enum(['waiting', 'paired', 'closed']);
export type MenteeStatus = z.infer<typeof MenteeStatusSchema>;

export const MenteeInputSchema = z.object({
  programmeId: IdSchema,
  /** Real names are optional: mentees are pseudonymous by their code by default. */
  givenName: optionalText(100),
  familyName: optionalText(100),
  transition: TransitionSchema,
  needs: optionalText(2000),
  goals: optionalText(2000),
  referralSource: optionalText(200),
  languages: z.array(SpokenLanguageSchema).default([]),
  livedExperience: z.array(z.string()).default([]),
  preferredMentorGender: z.enum(['female', 'male', 'any']).default('any'),
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  referredOn: IsoDateSchema.nullable().default(null),
  notes: optionalText(5000),
});
export type MenteeInput = z.input<typeof MenteeInputSchema>;

export const MenteeSchema = RecordMetaSchema.extend(MenteeInputSchema.shape).extend({
  /** Generated, unique, e.g. `HF-023`. */
  code: z.string().regex(/^[A-Z]{1,5}-\d{3,}$/, { error: 'validation.menteeCode' }),
  status: MenteeStatusSchema,
  closedOn: IsoDateSchema.nullable(),
  searchTokens: z.array(z.string()),
});
export type Mentee = z.infer<typeof MenteeSchema>;
