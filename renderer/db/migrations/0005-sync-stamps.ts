import type { Transaction } from 'dexie';
import type { DomainTableName } from '../../../shared/domain';
import type { SyncRecord } from '../../../shared/sync/record';
import { upgradeLegacyTable } from '../../../shared/sync/upgradeV1';

/**
 * Schema 5 (issue "Two PCs, one truth"): every record gets the per-field stamps a merge needs
 * and its `rev` (indexed from this version), made up from what it holds so that two PCs that
 * upgrade the same data give it the same stamps (shared/sync/upgradeV1.ts). Attendance rows take
 * the id of their session and person; rows that were one fact recorded twice become one.
 * Runs inside Dexie's upgrade transaction: all of it lands, or the database stays at version 4.
 */
/** The domain tables schema 5 has, as they were then (later versions add tables of their own). */
const SCHEMA_5_TABLES: readonly DomainTableName[] = [
  'settings',
  'programmes',
  'mentors',
  'mentees',
  'contacts',
  'modules',
  'shadowing',
  'sessions',
  'attendance',
  'pairings',
  'contactLogs',
  'consents',
  'savedReports',
  'checkIns',
];

export const migrateSyncStamps = async (tx: Transaction): Promise<void> => {
  for (const name of SCHEMA_5_TABLES) {
    const table = tx.table<SyncRecord, string>(name);
    const rows = await table.toArray();
    if (rows.length === 0) continue;
    const upgraded = upgradeLegacyTable(name, rows);
    if (name === 'attendance') await table.clear();
    await table.bulkPut(upgraded);
  }
};
