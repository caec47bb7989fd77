import type { StoredRecord, TablesData } from '../../shared/backup/format';
import { CARE_SUMMARIES, currentHorizons, summariesOfTables as careSummariesOfTables } from './careSummaries';
import {
  ATTENDANCE_DAYS,
  CONTACT_DAYS,
  SESSION_DAYS,
  digestsOfRows,
  type AttendanceEntry,
  type ContactEntry,
  type SessionEntry,
} from './dayDigests';
import { MENTOR_PAIRINGS, mentorPairingsOfRows } from './mentorPairings';
import { PERSON_SUMMARIES, summariesOfRows as personSummariesOfRows } from './personSummaries';
import {
  TRAINING_CREDITS,
  TRAINING_SUMMARIES,
  creditsOfSummaries,
  summariesOfRows as trainingSummariesOfRows,
} from './trainingSummaries';

/** The stores the database layer derives from the tables, in no particular order. */
export const DERIVED_STORES = [
  PERSON_SUMMARIES,
  CARE_SUMMARIES,
  TRAINING_SUMMARIES,
  TRAINING_CREDITS,
  SESSION_DAYS,
  ATTENDANCE_DAYS,
  CONTACT_DAYS,
  MENTOR_PAIRINGS,
] as const;
export type DerivedStore = (typeof DERIVED_STORES)[number];

type Rows = Parameters<typeof trainingSummariesOfRows>[0];

/**
 * Every derived store's records computed from whole tables held in memory: what the middlewares
 * (./personSummaries.ts, ./careSummaries.ts, ./trainingSummaries.ts, ./dayDigests.ts,
 * ./mentorPairings.ts) would have written had the rows gone through Dexie, by the same functions
 * their migrations and rebuilds use. A Replace writes a new database with plain IndexedDB adds
 * and these records beside them (renderer/features/backup/backupRepo.ts).
 */
export const derivedOfTables = (tables: TablesData): Record<DerivedStore, unknown[]> => {
  const training = trainingSummariesOfRows(tables as unknown as Rows);
  const digests = <E extends [string, ...unknown[]]>(name: 'sessions' | 'attendance' | 'contactLogs') =>
    digestsOfRows<E>(name, tables[name] as (StoredRecord & { deletedAt: string | null })[]);
  return {
    [PERSON_SUMMARIES]: personSummariesOfRows(
      tables.attendance as unknown as Parameters<typeof personSummariesOfRows>[0],
    ),
    [CARE_SUMMARIES]: careSummariesOfTables(tables, currentHorizons()),
    [TRAINING_SUMMARIES]: training,
    [TRAINING_CREDITS]: creditsOfSummaries(training),
    [SESSION_DAYS]: digests<SessionEntry>('sessions'),
    [ATTENDANCE_DAYS]: digests<AttendanceEntry>('attendance'),
    [CONTACT_DAYS]: digests<ContactEntry>('contactLogs'),
    [MENTOR_PAIRINGS]: mentorPairingsOfRows(tables.pairings as unknown as Parameters<typeof mentorPairingsOfRows>[0]),
  };
};

/**
 * Adds every record to its store in one plain IndexedDB transaction of `idb`, past Dexie and its
 * middlewares (so nothing is stamped, summarised or announced to live queries): for a database no
 * one reads yet. Resolves when the transaction has committed; rejects, with nothing written, if
 * any add fails (a key or unique index already taken) or the transaction aborts.
 */
export const addVerbatim = (idb: IDBDatabase, records: Readonly<Record<string, readonly unknown[]>>): Promise<void> =>
  new Promise((resolve, reject) => {
    const names = Object.keys(records).filter((n) => (records[n]?.length ?? 0) > 0);
    if (names.length === 0) return resolve();
    const tx = idb.transaction(names, 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
    try {
      for (const name of names) {
        const store = tx.objectStore(name);
        for (const r of records[name] ?? []) store.add(r);
      }
    } catch (err) {
      tx.abort();
      reject(err);
    }
  });
