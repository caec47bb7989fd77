import { z } from 'zod';
import { IdSchema, IsoDateSchema, RecordMetaSchema, numberError, optionalText, requiredText } from './base';

/**
 * Training: a curriculum of modules per programme, and shadowing entries. A mentor's progress
 * is never stored: `shared/training/progress.ts` derives it from attendance and shadowing, so a
 * module changed after the fact is reflected at once.
 *
 * Messages prefixed `validation.` are looked up in the feature's namespace first (`training`),
 * then in `common`.
 */

/** One module of a programme's curriculum. */
export const ModuleInputSchema = z.object({
  programmeId: IdSchema,
  name: requiredText(200),
  description: optionalText(2000),
  requiredHours: z
    .number({ error: numberError })
    .min(0, { error: 'validation.min0' })
    .max(1000, { error: 'validation.requiredHoursMax' }),
  mandatory: z.boolean().default(true),
  order: z.number().int().min(0).default(0),
});
export type ModuleInput = z.input<typeof ModuleInputSchema>;
export const ModuleSchema = RecordMetaSchema.extend(ModuleInputSchema.shape);
export type TrainingModule = z.infer<typeof ModuleSchema>;

const ShadowingFieldsSchema = z.object({
  mentorId: IdSchema,
  /** The professional, when they are a known contact. */
  contactId: IdSchema.nullable().default(null),
  /** The professional, typed, when they are not (yet) a contact. */
  professionalName: optionalText(200),
  date: IsoDateSchema,
  hours: z
    .number({ error: numberError })
    .positive({ error: 'validation.positive' })
    .max(24, { error: 'validation.hoursMax24' }),
  area: requiredText(200),
  moduleIds: z.array(IdSchema).default([]),
  notes: optionalText(2000),
});

/** Whom the mentor accompanied must be known: a contact or at least a typed name. */
const checkShadowing = (s: { contactId: string | null; professionalName: string }, ctx: z.RefinementCtx) => {
  if (s.contactId === null && s.professionalName.length === 0)
    ctx.addIssue({ code: 'custom', message: 'validation.professionalRequired', path: ['professionalName'] });
};

/** A mentor accompanied a professional at work. */
export const ShadowingInputSchema = ShadowingFieldsSchema.superRefine(checkShadowing);
export type ShadowingInput = z.input<typeof ShadowingInputSchema>;
export const ShadowingSchema = RecordMetaSchema.extend(ShadowingFieldsSchema.shape).superRefine(checkShadowing);
export type Shadowing = z.infer<typeof ShadowingSchema>;
