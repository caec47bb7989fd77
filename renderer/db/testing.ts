import { db } from './db';

/** Unit tests: start from an empty database (fake-indexeddb, real Dexie). */
export const resetDatabase = async (): Promise<void> => {
  db.close();
  await db.delete();
  await db.open();
};
