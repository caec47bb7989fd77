import { z } from 'zod';
import { IdSchema, IsoDateSchema, RecordMetaSchema, optionalText, requiredText } from './base';

/** One module of a programme's curriculum. */
export const ModuleInputSchema = z.object({
  programmeId: IdSchema,
  name: requiredText(200),
  description: optionalText(2000),
  requiredHours: z.number({ error: 'validation.number' }).min(0, { error: 'validation.min0' }).max(1000),
  mandatory: z.boolean().default(true),
  order: z.number().int().min(0).default(0),
});
export type ModuleInput = z.input<typeof ModuleInputSchema>;
export const ModuleSchema = RecordMetaSchema.extend(ModuleInputSchema.shape);
export type TrainingModule = z.infer<typeof ModuleSchema>;

/** A mentor accompanied a professional at work. */
export const ShadowingInputSchema = z.object({
  mentorId: IdSchema,
  /** The professional, when they are a known contact. */
  contactId: IdSchema.nullable().default(null),
  professionalName: optionalText(200),
  date: IsoDateSchema,
  hours: z.number({ error: 'validation.number' }).positive({ error: 'validation.positive' }).max(24),
  area: requiredText(200),
  moduleIds: z.array(IdSchema).default([]),
  notes: optionalText(2000),
});
export type ShadowingInput = z.input<typeof ShadowingInputSchema>;
export const ShadowingSchema = RecordMetaSchema.extend(ShadowingInputSchema.shape);
export type Shadowing = z.infer<typeof ShadowingSchema>;
