import type { Transaction } from 'dexie';
import type { SyncRecord } from '../../../shared/sync/record';
import { upgradeLegacyConsents } from '../../../shared/sync/upgradeConsentLedger';

/**
 * Schema 6 (issue "Privacy the law asks for"): consents become a ledger of dated entries. Each
 * old consent becomes its `given` entry under its own id, and a withdrawal set on it by an edit
 * becomes a second, `withdrawn` entry whose id follows from the old one, so two PCs that upgrade
 * the same data hold the same entries (shared/sync/upgradeConsentLedger.ts, which the backup
 * reader runs on old files too). The entries are written with their stamps and revs as the
 * upgrade makes them: the write path leaves a versionchange transaction alone. Runs inside
 * Dexie's upgrade transaction: all of it lands, or the database stays at version 5.
 */
export const migrateConsentLedger = async (tx: Transaction): Promise<void> => {
  const table = tx.table<SyncRecord, string>('consents');
  const rows = await table.toArray();
  const upgraded = upgradeLegacyConsents(rows);
  const changed = upgraded.filter((row, i) => row !== rows[i]);
  if (changed.length > 0) await table.bulkPut(changed);
};
