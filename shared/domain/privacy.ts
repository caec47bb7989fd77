import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, PersonKindSchema, RecordMetaSchema, requiredText } from './base';

/**
 * Privacy records (issue "Privacy the law asks for"; PRIVACY.md). None of them holds personal
 * data: an erasure names only the id it erased, an audit entry only the id of its subject.
 */

/** The tables whose records are people, and the person kind of each. */
export const PERSON_TABLES = { mentors: 'mentor', mentees: 'mentee', contacts: 'contact' } as const;
export type PersonTable = keyof typeof PERSON_TABLES;
export const PersonTableSchema = z.enum(['mentors', 'mentees', 'contacts']);

/**
 * One entry of the erasure ledger: the person `id` was erased — or, with `attendance`, the
 * walk-in row `id` named a person who was erased (its name goes, its hours stay). Kept apart from
 * the data it erased (a *Replace* from an old backup keeps the ledger and applies it again),
 * merged as a union between PCs, never removed by an undo.
 */
export const ErasureTableSchema = z.enum(['mentors', 'mentees', 'contacts', 'attendance']);
export type ErasureTable = z.infer<typeof ErasureTableSchema>;
export const ErasureSchema = RecordMetaSchema.extend({
  table: ErasureTableSchema,
  erasedAt: IsoDateTimeSchema,
});
export type Erasure = z.infer<typeof ErasureSchema>;

/** Sensitive actions the audit log records (each with the subject's id, never its data). */
export const AUDIT_ACTIONS = [
  'revealName',
  'viewConfidential',
  'exportBackup',
  'exportList',
  'exportSubjectAccess',
  'printNames',
  'importReplace',
  'importMerge',
  /** A spreadsheet (XLSX or CSV) of mentors, mentees, contacts or attendance imported: how many rows were written. */
  'importSpreadsheet',
  'undoImport',
  'erase',
  'retentionKeep',
  'settingsChange',
  'appLockChange',
  'syncMerge',
  'syncSkip',
  'exportAuditLog',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

const HashSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'validation.invalid' });

/**
 * One entry of the audit log. Each PC appends to its own chain (`pc`, `seq` 0, 1, 2, …): `hash`
 * is the SHA-256 of the entry's content and the previous entry's hash (`prevHash`, '' for the
 * first), so an entry changed or taken out of the chain is detected (shared/privacy/auditChain.ts).
 * Append-only: the entries of every PC are merged as a union.
 */
export const AuditEntrySchema = RecordMetaSchema.extend({
  pc: z.string().min(1).max(100),
  seq: z.number().int().min(0),
  at: IsoDateTimeSchema,
  action: AuditActionSchema,
  subjectKind: z.enum(['mentor', 'mentee', 'contact', 'pairing', 'session', 'file']).nullable(),
  subjectId: IdSchema.nullable(),
  /** A count that says how much the action touched (records exported, merged, erased), never names. */
  count: z.number().int().min(0).nullable(),
  prevHash: z.union([z.literal(''), HashSchema]),
  hash: HashSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** A coordinator's decision to keep a person past the retention period, with the reason. */
export const RetentionDecisionInputSchema = z.object({
  personKind: PersonKindSchema,
  personId: IdSchema,
  keepUntil: IsoDateSchema,
  reason: requiredText(500),
  decidedOn: IsoDateSchema,
});
export type RetentionDecisionInput = z.input<typeof RetentionDecisionInputSchema>;
export const RetentionDecisionSchema = RecordMetaSchema.extend(RetentionDecisionInputSchema.shape);
export type RetentionDecision = z.infer<typeof RetentionDecisionSchema>;
