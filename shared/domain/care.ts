import { z } from 'zod';
import { AGREEMENT_SCALE, answerProblems } from '../checkins';
import { getWellbeingQuestionnaire } from '../care/wellbeingQuestionnaire';
import { IdSchema, IsoDateSchema, RecordMetaSchema, optionalText } from './base';

/** How a wellbeing check-in reached Tandem: typed by the coordinator after a talk, or from the paper form. */
export const WELLBEING_SOURCES = ['call', 'paper'] as const;
export const WellbeingSourceSchema = z.enum(WELLBEING_SOURCES);

const AnswerSchema = z.number({ error: 'care:validation.answer' }).int({ error: 'care:validation.answer' }).nullable();

const QuestionnaireRefSchema = z.string().refine((ref) => getWellbeingQuestionnaire(ref) !== undefined, {
  error: 'care:validation.questionnaire',
});

/**
 * A mentor's answers to the wellbeing questionnaire (`wellbeing@1`), one record per check-in.
 * Personal data of the mentor (PRIVACY.md): removed when the mentor is erased, in their
 * subject-access export, never on a printed list.
 */
export const WellbeingCheckInInputSchema = z
  .object({
    mentorId: IdSchema,
    date: IsoDateSchema,
    source: WellbeingSourceSchema.default('call'),
    questionnaire: QuestionnaireRefSchema,
    answers: z.record(z.string(), AnswerSchema).default({}),
    note: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    const q = getWellbeingQuestionnaire(value.questionnaire);
    if (!q) return;
    for (const p of answerProblems(q, value.answers))
      ctx.addIssue({
        code: 'custom',
        path: ['answers', p.itemId],
        message: p.kind === 'unknownItem' ? 'care:validation.unknownItem' : 'care:validation.answer',
      });
  });
export type WellbeingCheckInInput = z.input<typeof WellbeingCheckInInputSchema>;

export const WellbeingCheckInSchema = RecordMetaSchema.extend({
  mentorId: IdSchema,
  date: IsoDateSchema,
  source: WellbeingSourceSchema,
  questionnaire: QuestionnaireRefSchema,
  answers: z.record(
    z.string(),
    AnswerSchema.refine((v) => v === null || (v >= AGREEMENT_SCALE.min && v <= AGREEMENT_SCALE.max), {
      error: 'care:validation.answer',
    }),
  ),
  note: z.string(),
});
export type WellbeingCheckIn = z.infer<typeof WellbeingCheckInSchema>;

/** Why a mentor may need support now (shared/care/needsSupport.ts). */
export const NEED_KINDS = [
  'crisisWithoutSupervision',
  'wellbeingDropped',
  'overCapacity',
  'supervisionOverdue',
] as const;
export const NeedKindSchema = z.enum(NEED_KINDS);
export type NeedKind = z.infer<typeof NeedKindSchema>;

/**
 * "Talked, all right": the coordinator spoke with the mentor and clears what flagged them. It
 * names each reason it cleared with the fact that raised it (`fact`, see needsSupport.ts), so a
 * newer fact — a later crisis contact, a lower score — raises the flag again. A synced record:
 * it reaches the other PC and survives a merge like any other.
 */
export const CareAckInputSchema = z.object({
  mentorId: IdSchema,
  date: IsoDateSchema,
  cleared: z.array(z.object({ kind: NeedKindSchema, fact: z.string().min(1).max(200) })).min(1),
  note: optionalText(2000),
});
export type CareAckInput = z.input<typeof CareAckInputSchema>;
export const CareAckSchema = RecordMetaSchema.extend(CareAckInputSchema.shape).extend({ note: z.string() });
export type CareAck = z.infer<typeof CareAckSchema>;
