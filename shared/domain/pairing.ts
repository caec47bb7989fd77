import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, RecordMetaSchema, optionalText, requiredText } from './base';

export const PairingStatusSchema = z.enum(['proposed', 'active', 'paused', 'closed']);
export type PairingStatus = z.infer<typeof PairingStatusSchema>;

export const GoalSchema = z.object({
  id: IdSchema,
  text: requiredText(500),
  achieved: z.boolean().default(false),
  progress: z.array(z.object({ date: IsoDateSchema, note: requiredText(1000) })).default([]),
});
export type Goal = z.infer<typeof GoalSchema>;

export const CLOSURE_REASONS = [
  'goalsMet',
  'plannedEnd',
  'menteeMovedAway',
  'menteeWithdrew',
  'mentorWithdrew',
  'mismatch',
  'safeguarding',
  'other',
] as const;
export const ClosureSchema = z.object({
  date: IsoDateSchema,
  reason: z.enum(CLOSURE_REASONS),
  reasonText: optionalText(1000),
  planned: z.boolean(),
  closingConversationHeld: z.boolean(),
});
export type Closure = z.infer<typeof ClosureSchema>;

export const PairingInputSchema = z.object({
  mentorId: IdSchema,
  menteeId: IdSchema,
  programmeId: IdSchema,
  startDate: IsoDateSchema.nullable().default(null),
  plannedEndDate: IsoDateSchema.nullable().default(null),
  goals: z.array(GoalSchema).default([]),
  notes: optionalText(5000),
});
export type PairingInput = z.input<typeof PairingInputSchema>;

export const PairingSchema = RecordMetaSchema.extend(PairingInputSchema.shape).extend({
  status: PairingStatusSchema,
  statusHistory: z.array(z.object({ status: PairingStatusSchema, date: IsoDateSchema, note: z.string().default('') })).min(1),
  /** Warnings the coordinator went past when pairing (recorded, with the reason). */
  overrides: z.array(
    z.object({ kind: z.enum(['overCapacity', 'notTrainingReady']), at: IsoDateTimeSchema, reason: z.string().default('') }),
  ),
  closure: ClosureSchema.nullable(),
  /** Denormalised from the contact log for the monitoring list's index. */
  lastContactDate: IsoDateSchema.nullable(),
});
export type Pairing = z.infer<typeof PairingSchema>;

export const ContactKindSchema = z.enum(['meeting', 'phone', 'message', 'other']);
export const ContactLogInputSchema = z.object({
  pairingId: IdSchema,
  date: IsoDateSchema,
  durationMinutes: z.number({ error: 'validation.number' }).int().min(0).max(24 * 60),
  kind: ContactKindSchema,
  crisis: z.boolean().default(false),
  notes: optionalText(5000),
});
export type ContactLogInput = z.input<typeof ContactLogInputSchema>;
export const ContactLogSchema = RecordMetaSchema.extend(ContactLogInputSchema.shape).extend({
  mentorId: IdSchema,
  menteeId: IdSchema,
});
export type ContactLog = z.infer<typeof ContactLogSchema>;
