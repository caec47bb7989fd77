import type { z } from 'zod';
import { CareAckSchema, WellbeingCheckInSchema } from './care';
import { CheckInSchema } from './checkin';
import { ConsentSchema } from './consent';
import { ContactSchema } from './contact';
import { MenteeSchema } from './mentee';
import { MentorSchema } from './mentor';
import { AuditEntrySchema, ErasureSchema, RetentionDecisionSchema } from './privacy';
import { ContactLogSchema, PairingSchema } from './pairing';
import { ProgrammeSchema } from './programme';
import { SavedReportSchema } from './savedReport';
import { AttendanceSchema, SessionSchema } from './session';
import { SettingsSchema } from './settings';
import { ModuleSchema, ShadowingSchema } from './training';

/**
 * Every table of domain data and the schema its records must satisfy. The database, the
 * backup writer and the backup reader all iterate this one list, so a new table cannot be
 * forgotten by one of them.
 */
export const DOMAIN_TABLES = {
  settings: SettingsSchema,
  programmes: ProgrammeSchema,
  mentors: MentorSchema,
  mentees: MenteeSchema,
  contacts: ContactSchema,
  modules: ModuleSchema,
  shadowing: ShadowingSchema,
  sessions: SessionSchema,
  attendance: AttendanceSchema,
  pairings: PairingSchema,
  contactLogs: ContactLogSchema,
  consents: ConsentSchema,
  savedReports: SavedReportSchema,
  checkIns: CheckInSchema,
  retention: RetentionDecisionSchema,
  erasures: ErasureSchema,
  auditLog: AuditEntrySchema,
  wellbeingCheckIns: WellbeingCheckInSchema,
  careAcks: CareAckSchema,
} as const satisfies Record<string, z.ZodType>;

export type DomainTableName = keyof typeof DOMAIN_TABLES;
export const DOMAIN_TABLE_NAMES = Object.keys(DOMAIN_TABLES) as DomainTableName[];
/**
 * Fields whose value must be unique within their table, tombstones included: the database has
 * a unique index on each (`&field` in renderer/db/AppDB.ts; a test keeps the two in step), and an
 * import checks them before it writes, so a file that breaks one is refused with its record named.
 */
export const UNIQUE_FIELDS: Partial<Record<DomainTableName, readonly string[]>> = { mentees: ['code'] };
export type DomainRecord<T extends DomainTableName> = z.infer<(typeof DOMAIN_TABLES)[T]>;

/**
 * Ledgers: tables only ever added to. A merge unites them like any table; a *Replace* and its
 * undo unite them too instead of replacing them, so an erasure made here, or the audit of it,
 * is never lost to an older file (PRIVACY.md).
 */
export const LEDGER_TABLES: ReadonlySet<DomainTableName> = new Set<DomainTableName>(['erasures', 'auditLog']);
