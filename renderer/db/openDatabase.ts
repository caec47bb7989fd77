import Dexie from 'dexie';
import { db } from './db';
import { SCHEMA_VERSION } from './AppDB';
import { getMeta, putMeta } from './meta';

export type DbState =
  | { mode: 'ready' }
  /** The database was written by a newer Tandem: we show it but never write to it. */
  | { mode: 'readOnly'; foundVersion: number }
  | { mode: 'failed'; error: string };

let readOnly = false;
/** Repositories call this before every write (see `assertWritable`). */
export const isReadOnly = (): boolean => readOnly;

export class ReadOnlyDatabaseError extends Error {
  constructor() {
    super('errors.readOnlyDatabase');
    this.name = 'ReadOnlyDatabaseError';
  }
}

export const assertWritable = (): void => {
  if (readOnly) throw new ReadOnlyDatabaseError();
};

/**
 * Open the database, record the schema version in `meta`, and ask the browser to keep the
 * data (persistent storage) so it is not evicted under disk pressure.
 *
 * A database whose schema is newer than this build knows (a newer Tandem ran on this PC and
 * was then downgraded) is opened read-only: Dexie refuses to open it at our lower version, so
 * we open it dynamically, show the data and refuse every write, rather than risk damaging it.
 */
export const openDatabase = async (): Promise<DbState> => {
  try {
    await db.open();
    const stored = await getMeta('schemaVersion');
    if (stored !== undefined && stored > SCHEMA_VERSION) {
      readOnly = true;
      return { mode: 'readOnly', foundVersion: stored };
    }
    if (stored !== SCHEMA_VERSION) await putMeta('schemaVersion', SCHEMA_VERSION);
    void requestPersistentStorage();
    return { mode: 'ready' };
  } catch (err) {
    if ((err as Error).name === 'VersionError') {
      readOnly = true;
      const probe = new Dexie(db.name);
      await probe.open();
      const foundVersion = Math.round(probe.verno);
      probe.close();
      return { mode: 'readOnly', foundVersion };
    }
    return { mode: 'failed', error: (err as Error).message };
  }
};

const requestPersistentStorage = async (): Promise<void> => {
  try {
    if (navigator.storage?.persisted && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not fatal: the data stays, only without the browser's eviction guarantee.
  }
};
