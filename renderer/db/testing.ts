import Dexie from 'dexie';
import { db } from './db';
import { DB_NAME } from './AppDB';
import { deletionsDone, OURS, POINTER_DB_NAME, switchesFollowed } from './databaseSwitch';
import { openDatabase, type DbState } from './openDatabase';

const useName = (name: string): void => {
  (db as unknown as { name: string }).name = name;
};

/** The names of the app's data databases that exist (`tandem` and those a Replace made). */
export const dataDatabaseNames = async (): Promise<string[]> =>
  (await indexedDB.databases())
    .map((d) => d.name ?? '')
    .filter((name) => name === DB_NAME || OURS.test(name))
    .sort();

/**
 * Unit tests: start from an empty database (fake-indexeddb, real Dexie): every database a Replace
 * made and the pointer are deleted, and `db` is `tandem` again.
 */
export const resetDatabase = async (): Promise<void> => {
  await switchesFollowed();
  await deletionsDone();
  db.close();
  for (const name of await dataDatabaseNames()) await Dexie.delete(name);
  await Dexie.delete(POINTER_DB_NAME);
  useName(DB_NAME);
  await db.open();
};

/**
 * Unit tests: what a new start of the app does, as after a page that was closed or killed: `db`
 * is a new connection to `tandem` until `openDatabase` reads the pointer.
 */
export const simulateRestart = async (): Promise<DbState> => {
  db.close();
  useName(DB_NAME);
  db.readOnly = false;
  return openDatabase();
};
