import { z } from 'zod';
import {
  EntryStampSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  RecordMetaSchema,
  numberError,
  optionalText,
  requiredText,
} from './base';

export const PairingStatusSchema = z.enum(['proposed', 'active', 'paused', 'closed']);
export type PairingStatus = z.infer<typeof PairingStatusSchema>;
export const PAIRING_STATUSES = PairingStatusSchema.options;

/**
 * Pairings that hold a place in the mentor's capacity: a proposed match is already promised,
 * a paused one is expected back. Only a closed pairing frees the place.
 */
export const OPEN_PAIRING_STATUSES = ['proposed', 'active', 'paused'] as const satisfies readonly PairingStatus[];
export const isOpenPairingStatus = (s: PairingStatus): boolean =>
  (OPEN_PAIRING_STATUSES as readonly string[]).includes(s);

/**
 * The lifecycle proposed → active ⇄ paused → closed. A proposal that does not go ahead is
 * closed too (with a closure reason), so every pairing ends the same way.
 */
const NEXT_STATUSES: Record<PairingStatus, readonly PairingStatus[]> = {
  proposed: ['active', 'closed'],
  active: ['paused', 'closed'],
  paused: ['active', 'closed'],
  closed: [],
};
export const nextPairingStatuses = (from: PairingStatus): readonly PairingStatus[] => NEXT_STATUSES[from];

export class PairingTransitionError extends Error {
  constructor(
    readonly from: PairingStatus,
    readonly to: PairingStatus,
  ) {
    super('errors.transitionNotAllowed');
    this.name = 'PairingTransitionError';
  }
}

type Transitionable = {
  status: PairingStatus;
  startDate: string | null;
  statusHistory: { status: PairingStatus; date: string; note: string }[];
};

/**
 * The pairing after moving to `to` on `date`: the history grows by one entry, and the first
 * activation sets the start date (the monitoring rule counts from it) unless one was planned.
 * Throws PairingTransitionError for a move the lifecycle does not allow.
 */
export const transitionPairing = <P extends Transitionable>(
  pairing: P,
  to: PairingStatus,
  date: string,
  note = '',
): P => {
  if (!NEXT_STATUSES[pairing.status].includes(to)) throw new PairingTransitionError(pairing.status, to);
  return {
    ...pairing,
    status: to,
    startDate: to === 'active' && pairing.startDate === null ? date : pairing.startDate,
    statusHistory: [...pairing.statusHistory, { status: to, date, note }],
  };
};

export const GoalSchema = z.object({
  id: IdSchema,
  text: requiredText(500),
  achieved: z.boolean().default(false),
  progress: z.array(z.object({ date: IsoDateSchema, note: requiredText(1000), stamp: EntryStampSchema })).default([]),
  stamp: EntryStampSchema,
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
  /** The coordinator's choice: the mentee waits for a new mentor, or their support ends. */
  menteeStatusAfter: z.enum(['waiting', 'closed']).default('waiting'),
});
export type Closure = z.infer<typeof ClosureSchema>;
export type ClosureInput = z.input<typeof ClosureSchema>;

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
export type OverrideKind = 'overCapacity' | 'notTrainingReady';

export const PairingSchema = RecordMetaSchema.extend(PairingInputSchema.shape).extend({
  status: PairingStatusSchema,
  statusHistory: z
    .array(
      z.object({
        status: PairingStatusSchema,
        date: IsoDateSchema,
        note: z.string().default(''),
        stamp: EntryStampSchema,
      }),
    )
    .min(1),
  /** Warnings the coordinator went past when pairing (recorded, with the reason). */
  overrides: z.array(
    z.object({
      kind: z.enum(['overCapacity', 'notTrainingReady']),
      at: IsoDateTimeSchema,
      reason: z.string().default(''),
      stamp: EntryStampSchema,
    }),
  ),
  closure: ClosureSchema.nullable(),
  /**
   * The latest contact's date, denormalised from the contact log for the monitoring list's
   * `[status+lastContactDate]` index. `''` (not null) while nothing is logged: IndexedDB does not
   * index null, and a pairing without any contact is exactly one the monitoring list must find.
   */
  lastContactDate: z.union([IsoDateSchema, z.literal('')]),
});
export type Pairing = z.infer<typeof PairingSchema>;

export const ContactKindSchema = z.enum(['meeting', 'phone', 'message', 'other']);
export const CONTACT_KINDS = ContactKindSchema.options;
export const ContactLogInputSchema = z.object({
  pairingId: IdSchema,
  date: IsoDateSchema,
  durationMinutes: z
    .number({ error: numberError })
    .int({ error: 'validation.integer' })
    .min(0)
    .max(24 * 60),
  kind: ContactKindSchema,
  crisis: z.boolean().default(false),
  notes: optionalText(5000),
});
export type ContactLogInput = z.input<typeof ContactLogInputSchema>;
export type ContactLogInputParsed = z.output<typeof ContactLogInputSchema>;
export const ContactLogSchema = RecordMetaSchema.extend(ContactLogInputSchema.shape).extend({
  mentorId: IdSchema,
  menteeId: IdSchema,
});
export type ContactLog = z.infer<typeof ContactLogSchema>;
