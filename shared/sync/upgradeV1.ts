import type { DomainTableName } from '../domain';
import { legacyStamp } from './hlc';
import { attendanceId, type AttendeeKey } from './ids';
import { canonical, sealRecord, type SyncRecord } from './record';
import { LIST_FIELDS, type ListRule } from './rules';

/**
 * Records written before per-field stamps (database schema 4 and older, backup format 1) carry
 * only `updatedAt`. They are given stamps made up from what they hold, the same on every PC
 * that upgrades the same record, so two PCs upgraded separately still merge as before: a whole
 * record's time is its last change (`legacyStamp` of the later of `updatedAt` and `deletedAt`,
 * node `LEGACY_NODE`); every entry of a merged list gets the stamp of the record's creation, so
 * one entry upgraded on two PCs is one entry, not two. Attendance rows get the id of their
 * session and person (`attendanceId`), and rows that turn out to be one fact become one.
 */

type Entry = Record<string, unknown> & { stamp?: string };

const stampEntries = (rule: ListRule, list: unknown, stamp: string): unknown => {
  if (!Array.isArray(list) || rule.kind === 'set') return list;
  return (list as Entry[]).map((e) => {
    const out: Entry = { ...e, stamp: e.stamp ?? stamp };
    if (rule.kind === 'keyed')
      for (const [name, inner] of Object.entries(rule.lists ?? {})) out[name] = stampEntries(inner, e[name], stamp);
    return out;
  });
};

const lastChange = (r: SyncRecord): string => (r.deletedAt && r.deletedAt > r.updatedAt ? r.deletedAt : r.updatedAt);

/** One record with stamps; a record that has them already is returned as it is (with a rev). */
export const upgradeLegacyRecord = <R extends SyncRecord>(table: DomainTableName, record: R): R => {
  // Stamped already; a record without its rev (a file made by another tool) gets it.
  if (record.baseStamp) return record.rev ? record : (sealRecord(table, record) as R);
  const out: SyncRecord = { ...record, baseStamp: legacyStamp(lastChange(record)), fieldStamps: {} };
  const entryStamp = legacyStamp(record.createdAt);
  for (const [name, rule] of Object.entries(LIST_FIELDS[table] ?? {}))
    if (name in out) out[name] = stampEntries(rule, out[name], entryStamp);
  return sealRecord(table, out) as R;
};

/** Which of two rows of one fact stays: the live one, then the later change, then the larger content. */
const keeps = (a: SyncRecord, b: SyncRecord): boolean => {
  if ((a.deletedAt === null) !== (b.deletedAt === null)) return a.deletedAt === null;
  if (lastChange(a) !== lastChange(b)) return lastChange(a) > lastChange(b);
  return canonical(a) >= canonical(b);
};

/**
 * Attendance rows keyed by session and person: each row takes its derived id, and of rows with
 * one id only one stays (`keeps`). Returns the rows in id order.
 */
export const rekeyAttendance = <R extends SyncRecord>(rows: readonly R[]): R[] => {
  const byId = new Map<string, R>();
  for (const row of rows) {
    const id = attendanceId(String(row.sessionId), row as unknown as AttendeeKey);
    const rekeyed = (row.id === id ? row : sealRecord('attendance', { ...row, id })) as R;
    const other = byId.get(id);
    if (!other || keeps(rekeyed, other)) byId.set(id, rekeyed);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};

/** Every record of one table upgraded (attendance also re-keyed). */
export const upgradeLegacyTable = <R extends SyncRecord>(table: DomainTableName, rows: readonly R[]): R[] => {
  const upgraded = rows.map((r) => upgradeLegacyRecord(table, r));
  return table === 'attendance' ? rekeyAttendance(upgraded) : upgraded;
};
