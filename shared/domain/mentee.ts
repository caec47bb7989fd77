import { z } from 'zod';
import {
  IdSchema,
  IsoDateSchema,
  RecordMetaSchema,
  numberError,
  normaliseForSearch,
  optionalText,
  searchTokensOf,
} from './base';
import { LivedExperienceSchema, SpokenLanguageSchema } from './mentor';

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
export const MENTEE_STATUSES = MenteeStatusSchema.options;

export const MENTOR_GENDER_PREFERENCES = ['any', 'female', 'male'] as const;
export type MentorGenderPreference = (typeof MENTOR_GENDER_PREFERENCES)[number];

/** `HF-023`: the programme's prefix, a dash, and at least three digits. */
/**
 * `HF-023`; a code that two PCs gave to two mentees is kept by the older mentee, and the other
 * gets a suffix from its id at the merge (`HF-023-7F3A`, see shared/sync/codes.ts).
 */
export const MENTEE_CODE_PATTERN = /^[A-Z]{1,5}-\d{3,}(-[0-9A-F]{4,32})?$/;

/** The code for number `n` under `prefix`: at least three digits, so `HF-007` sorts before `HF-023`. */
export const formatMenteeCode = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(3, '0')}`;

/** The number part of a code of this prefix, or null for any other code. */
export const menteeCodeNumber = (code: string, prefix: string): number | null => {
  if (!code.startsWith(`${prefix}-`)) return null;
  const digits = code.slice(prefix.length + 1);
  return /^\d+$/.test(digits) ? Number(digits) : null;
};

/**
 * Search tokens of a mentee: the code whole ("hf-023") and in parts ("hf", "023"), and the
 * real name's words. The name is hidden on screen until asked for, but it can still be found.
 */
export const menteeSearchTokens = (
  code: string,
  names: { givenName: string; familyName: string },
  formerCodes: readonly string[] = [],
): string[] => [
  ...new Set([
    ...[code, ...formerCodes].map(normaliseForSearch),
    ...searchTokensOf(code, ...formerCodes, names.givenName, names.familyName),
  ]),
];

export const MenteeInputSchema = z.object({
  /** Empty (nothing chosen yet in the form) says "required", not "not a valid reference". */
  programmeId: z.string().min(1, { error: 'validation.required' }).pipe(IdSchema),
  /** Real names are optional: mentees are pseudonymous by their code by default. */
  givenName: optionalText(100),
  familyName: optionalText(100),
  transition: TransitionSchema,
  needs: optionalText(2000),
  goals: optionalText(2000),
  referralSource: optionalText(200),
  languages: z.array(SpokenLanguageSchema).default([]),
  /** The areas of the mentee's situation, matched against the mentors' lived experience. */
  livedExperience: z.array(LivedExperienceSchema).default([]),
  preferredMentorGender: z.enum(MENTOR_GENDER_PREFERENCES).default('any'),
  birthYear: z
    .number({ error: numberError })
    .int({ error: 'validation.integer' })
    .min(1900)
    .max(2100)
    .nullable()
    .default(null),
  referredOn: IsoDateSchema.nullable().default(null),
  /** That the mentee agreed to their data being kept; the consent records hold the details. */
  consentGiven: z.boolean().default(false),
  notes: optionalText(5000),
});
export type MenteeInput = z.input<typeof MenteeInputSchema>;
export type MenteeInputParsed = z.output<typeof MenteeInputSchema>;

export const MenteeSchema = RecordMetaSchema.extend(MenteeInputSchema.shape).extend({
  /** Generated, unique, e.g. `HF-023`. */
  code: z.string().regex(MENTEE_CODE_PATTERN, { error: 'validation.menteeCode' }),
  /** Codes this mentee had before a merge re-coded it: still found by search, still on old paper. */
  formerCodes: z.array(z.string().regex(MENTEE_CODE_PATTERN, { error: 'validation.menteeCode' })).optional(),
  status: MenteeStatusSchema,
  closedOn: IsoDateSchema.nullable(),
  searchTokens: z.array(z.string()),
});
export type Mentee = z.infer<typeof MenteeSchema>;
