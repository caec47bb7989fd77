import { z } from 'zod';
import { IdSchema, IsoDateSchema, PersonKindSchema, RecordMetaSchema, optionalText } from './base';

/**
 * The consent ledger (README "Privacy", shared/privacy/consentLedger.ts). Each record is one
 * dated entry — a person gave, or withdrew, consent for one purpose — and is never edited: a
 * withdrawal is a new entry, and giving consent again is another. What holds now for a purpose
 * is its latest entry.
 */

/** What a consent is for. `other` names its purpose in `purpose`. */
export const CONSENT_PURPOSES = ['processing', 'photos', 'partnerSharing', 'phoneContact', 'other'] as const;
export const ConsentPurposeSchema = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>;

export const CONSENT_ENTRY_KINDS = ['given', 'withdrawn'] as const;
export const ConsentEntryKindSchema = z.enum(CONSENT_ENTRY_KINDS);
export type ConsentEntryKind = z.infer<typeof ConsentEntryKindSchema>;

export const CONSENT_METHODS = ['written', 'verbal', 'electronic'] as const;
export const ConsentMethodSchema = z.enum(CONSENT_METHODS);
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

const ConsentFieldsSchema = z.object({
  personKind: PersonKindSchema,
  personId: IdSchema,
  purposeKind: ConsentPurposeSchema,
  /** The purpose in the coordinator's words: required for `other`, a description for the rest. */
  purpose: optionalText(300),
  kind: ConsentEntryKindSchema,
  /** The day the person gave or withdrew consent (not the day it was typed in). */
  date: IsoDateSchema,
  /**
   * How. Null only on a withdrawal whose way was never recorded: withdrawals carried over from
   * before the ledger (schema 5 kept only the date).
   */
  method: ConsentMethodSchema.nullable(),
  notes: optionalText(2000),
});

/** Rules across fields, applied to form input and stored records alike. */
const checkConsent = (
  c: { purposeKind: ConsentPurpose; purpose: string; kind: ConsentEntryKind; method: ConsentMethod | null },
  ctx: z.RefinementCtx,
) => {
  if (c.purposeKind === 'other' && c.purpose.trim() === '')
    ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['purpose'] });
  if (c.kind === 'given' && c.method === null)
    ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['method'] });
};

export const ConsentInputSchema = ConsentFieldsSchema.superRefine(checkConsent);
export type ConsentInput = z.input<typeof ConsentInputSchema>;
export const ConsentSchema = RecordMetaSchema.extend(ConsentFieldsSchema.shape).superRefine(checkConsent);
export type Consent = z.infer<typeof ConsentSchema>;
