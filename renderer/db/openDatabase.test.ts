import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { db } from './db';
import { SCHEMA_VERSION } from './AppDB';
import { getMeta, putMeta } from './meta';
import { assertWritable, isReadOnly, openDatabase, ReadOnlyDatabaseError } from './openDatabase';

// The read-only flag is sticky once set (as in the app, until a restart): each test starts writable.
beforeEach(async () => {
  db.readOnly = false;
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

  it('opens a database a newer Tandem upgraded (a higher IndexedDB version, no meta) read-only, and writes no device id', async () => {
    const newer = new Dexie(db.name);
    newer.version(SCHEMA_VERSION + 1).stores({ meta: 'key', futureTable: 'id' });
    await newer.open();
    newer.close();
    expect(await openDatabase()).toEqual({ mode: 'readOnly', foundVersion: SCHEMA_VERSION + 1 });
    expect(isReadOnly()).toBe(true);
    expect(await db.meta.get('deviceId')).toBeUndefined();
    // The write path refuses domain writes, whoever calls.
    await expect(db.contacts.put({ id: crypto.randomUUID() } as never)).rejects.toThrow('errors.readOnlyDatabase');
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
