import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { db } from './db';
import { SCHEMA_VERSION } from './AppDB';
import { getMeta, putMeta } from './meta';
import { assertWritable, isReadOnly, openDatabase, ReadOnlyDatabaseError } from './openDatabase';

// The read-only flag is module state and sticky once set (as in the app, until a restart), so
// the writable case runs first and the order below matters.
beforeEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('opening the database', () => {
  it('opens a new database writable and records the schema version', async () => {
    expect(await openDatabase()).toEqual({ mode: 'ready' });
    expect(await getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(isReadOnly()).toBe(false);
    expect(() => assertWritable()).not.toThrow();
  });

  it('opens a database a newer Tandem upgraded (a higher IndexedDB version) read-only', async () => {
    const newer = new Dexie(db.name);
    newer.version(SCHEMA_VERSION * 10 + 1).stores({ meta: 'key', futureTable: 'id' });
    await newer.open();
    await newer.table('meta').put({ key: 'schemaVersion', value: SCHEMA_VERSION + 1 });
    newer.close();
    const state = await openDatabase();
    expect(state.mode).toBe('readOnly');
    expect(isReadOnly()).toBe(true);
  });

  it('opens data written by a newer Tandem read-only and refuses writes', async () => {
    await db.open();
    await putMeta('schemaVersion', SCHEMA_VERSION + 1);
    db.close();
    expect(await openDatabase()).toEqual({ mode: 'readOnly', foundVersion: SCHEMA_VERSION + 1 });
    expect(isReadOnly()).toBe(true);
    expect(() => assertWritable()).toThrow(ReadOnlyDatabaseError);
    // Nothing was rewritten: the newer version stays recorded.
    expect(await getMeta('schemaVersion')).toBe(SCHEMA_VERSION + 1);
  });
});
