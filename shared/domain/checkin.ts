import { z } from 'zod';
import { AGREEMENT_SCALE, GOOD_FIT_ANSWERS, answerProblems, getQuestionnaire } from '../checkins';
import { IdSchema, IsoDateSchema, RecordMetaSchema, optionalText } from './base';

export const CHECK_IN_RESPONDENTS = ['mentor', 'mentee'] as const;
export const CheckInRespondentSchema = z.enum(CHECK_IN_RESPONDENTS);
export type CheckInRespondent = z.infer<typeof CheckInRespondentSchema>;

/** How the answers reached Tandem: typed by the person, by the coordinator after a call, or from a paper form. */
export const CHECK_IN_SOURCES = ['self', 'call', 'paper'] as const;
export const CheckInSourceSchema = z.enum(CHECK_IN_SOURCES);

const AnswerSchema = z
  .number({ error: 'checkins:validation.answer' })
  .int({ error: 'checkins:validation.answer' })
  .nullable();

/**
 * One person's answers to one check-in of a pairing. Mentor and mentee answer separately, so a
 * check-in is one record per respondent. `questionnaire` is the versioned ref (`pairing@1`) the
 * answers belong to: the answers are checked against that version's items and scale.
 */
export const CheckInInputSchema = z
  .object({
    pairingId: IdSchema,
    date: IsoDateSchema,
    respondent: CheckInRespondentSchema,
    source: CheckInSourceSchema.default('call'),
    questionnaire: z.string().refine((ref) => getQuestionnaire(ref) !== undefined, {
      error: 'checkins:validation.questionnaire',
    }),
    answers: z.record(z.string(), AnswerSchema).default({}),
    goodFit: z.enum(GOOD_FIT_ANSWERS).nullable().default(null),
    note: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    const q = getQuestionnaire(value.questionnaire);
    if (!q) return;
    for (const p of answerProblems(q, value.answers))
      ctx.addIssue({
        code: 'custom',
        path: ['answers', p.itemId],
        message: p.kind === 'unknownItem' ? 'checkins:validation.unknownItem' : 'checkins:validation.answer',
      });
  });
export type CheckInInput = z.input<typeof CheckInInputSchema>;
export type CheckInInputParsed = z.output<typeof CheckInInputSchema>;

/**
 * A stored check-in (and one read from a backup). The object itself carries no refinement, so
 * that the write path may extend it; its fields check what they can alone: a known questionnaire
 * version, and answers on the 1–5 scale every questionnaire so far uses. The input schema above
 * checks the answers against the items of their version.
 */
export const CheckInSchema = RecordMetaSchema.extend({
  pairingId: IdSchema,
  date: IsoDateSchema,
  respondent: CheckInRespondentSchema,
  source: CheckInSourceSchema,
  questionnaire: z.string().refine((ref) => getQuestionnaire(ref) !== undefined, {
    error: 'checkins:validation.questionnaire',
  }),
  answers: z.record(
    z.string(),
    AnswerSchema.refine((v) => v === null || (v >= AGREEMENT_SCALE.min && v <= AGREEMENT_SCALE.max), {
      error: 'checkins:validation.answer',
    }),
  ),
  goodFit: z.enum(GOOD_FIT_ANSWERS).nullable(),
  note: z.string(),
  /** Denormalised from the pairing for the programme's reports and the person pages. */
  programmeId: IdSchema,
  mentorId: IdSchema,
  menteeId: IdSchema,
});
export type CheckIn = z.infer<typeof CheckInSchema>;
