import { z } from 'zod';
import { RecordMetaSchema, optionalText, requiredText } from './base';

export const ProgrammeInputSchema = z.object({
  name: requiredText(120),
  /** Prefix of generated mentee codes, e.g. `HF` gives `HF-023`. */
  codePrefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,5}$/, { error: 'validation.codePrefix' }),
  description: optionalText(1000),
  active: z.boolean().default(true),
  /** The programme's own check-in schedule; null follows the organisation's rule in Settings. */
  checkInRule: z
    .object({
      firstAfterMonths: z.number().int().min(1).max(24),
      everyMonths: z.number().int().min(1).max(24),
    })
    .nullable()
    .default(null),
});
export type ProgrammeInput = z.input<typeof ProgrammeInputSchema>;
export const ProgrammeSchema = RecordMetaSchema.extend(ProgrammeInputSchema.shape);
export type Programme = z.infer<typeof ProgrammeSchema>;
