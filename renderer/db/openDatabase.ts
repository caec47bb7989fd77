import { db } from './db';
import { SCHEMA_VERSION } from './AppDB';
import { DOMAIN_TABLE_NAMES } from '../../shared/domain';
import { getDeviceId, getMeta, putMeta } from './meta';
import { ReadOnlyDatabaseError } from './writePath';
import { adoptCurrentDatabase, listenForSwitches, settleDatabases } from './databaseSwitch';

export { ReadOnlyDatabaseError };

export type DbState =
  | { mode: 'ready' }
  /** The database was written by a newer Tandem: we show it but never write to it. */
  | { mode: 'readOnly'; foundVersion: number }
  | { mode: 'failed'; error: string };

/** Whether the database is read-only (the write path refuses every domain write then). */
export const isReadOnly = (): boolean => db.readOnly;

/** Repositories call this before a write, to fail before any work (the write path checks again). */
export const assertWritable = (): void => {
  if (db.readOnly) throw new ReadOnlyDatabaseError();
};

/**
 * Open the database, record the schema version in `meta`, start this PC's clock, and ask the
 * browser to keep the data (persistent storage) so it is not evicted under disk pressure.
 *
 * A database written by a newer Tandem (a newer Tandem ran on this PC and was then
 * downgraded) is opened read-only: we show the data and refuse every write rather than risk
 * damaging it. Dexie 4 opens a database whose IndexedDB version is above ours at that version
 * (it does not throw `VersionError`), so the newer version is found two ways: the schema
 * version a newer Tandem recorded in `meta`, and the IndexedDB version itself.
 */
export const openDatabase = async (): Promise<DbState> => {
  try {
    // The data is the database the pointer names (`tandem` on a new PC; a Replace switches it).
    await adoptCurrentDatabase();
    await db.open();
    const stored = await getMeta('schemaVersion');
    // Dexie keeps IndexedDB's version at ten times its own (a tenth more after a schema it
    // had to extend by itself): 50 or 51 is our 5, 60 is a newer Tandem's 6.
    const native = Math.floor((db.backendDB()?.version ?? 0) / 10);
    const found = Math.max(stored ?? 0, native);
    if (found > SCHEMA_VERSION) {
      db.readOnly = true;
      await startClock(false);
      return { mode: 'readOnly', foundVersion: found };
    }
    if (stored !== SCHEMA_VERSION) await putMeta('schemaVersion', SCHEMA_VERSION);
    await startClock(true);
    // What an interrupted Replace, undo or expiry left; other tabs' switches are followed.
    await settleDatabases().catch((err: unknown) => console.warn('settling the databases failed', err));
    listenForSwitches();
    void requestPersistentStorage();
    return { mode: 'ready' };
  } catch (err) {
    return { mode: 'failed', error: (err as Error).message };
  }
};

/**
 * This PC's clock starts past the newest change any table holds (read from the `updatedAt`
 * indexes, no record loaded) and stamps with this PC's id. A read-only database gets no id
 * written: its clock never stamps anything.
 */
const startClock = async (writable: boolean): Promise<void> => {
  if (writable) db.clock.useDevice(await getDeviceId());
  for (const name of DOMAIN_TABLE_NAMES) {
    const table = db.table<{ updatedAt: string }, string>(name);
    // `settings` holds one record and has no `updatedAt` index: it is read.
    const newest = table.schema.idxByName.updatedAt
      ? ((await table.orderBy('updatedAt').lastKey()) as string | undefined)
      : (await table.toCollection().first())?.updatedAt;
    if (newest) db.clock.startPast(newest);
  }
};

const requestPersistentStorage = async (): Promise<void> => {
  try {
    if (navigator.storage?.persisted && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not fatal: the data stays, only without the browser's eviction guarantee.
  }
};
