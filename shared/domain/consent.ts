import { z } from 'zod';
import { IdSchema, IsoDateSchema, PersonKindSchema, RecordMetaSchema, optionalText, requiredText } from './base';

/** What a person agreed to, when and how; and when they withdrew it. */
export const ConsentInputSchema = z.object({
  personKind: PersonKindSchema,
  personId: IdSchema,
  purpose: requiredText(300),
  givenOn: IsoDateSchema,
  method: z.enum(['written', 'verbal', 'electronic']),
  withdrawnOn: IsoDateSchema.nullable().default(null),
  notes: optionalText(2000),
});
export type ConsentInput = z.input<typeof ConsentInputSchema>;
export const ConsentSchema = RecordMetaSchema.extend(ConsentInputSchema.shape);
export type Consent = z.infer<typeof ConsentSchema>;
