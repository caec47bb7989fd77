import { afterAll, beforeAll, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, SCHEMA_VERSION } from '../AppDB';
import { writePreviousVersion } from './previousVersion';
import type { Dataset } from '../../../tests/bench/dataset';

/**
 * For a migration test (call it at the top of the file): before the tests, a database `name`
 * written by schema `fromVersion` with the bench's small dataset (`writePreviousVersion`), then
 * opened with today's AppDB as a PC upgrading Tandem does; after them, closed and deleted. Adds
 * the test that it opened at the current version. `data` is what was written, `db` the opened
 * database (both set once the set-up has run).
 */
export const upgradedDatabase = (
  name: string,
  fromVersion: number,
  /** What else that version had written, before the upgrade (derived stores built from `data`). */
  prepare?: (name: string, data: Dataset) => Promise<void>,
): { data: Dataset; db: AppDB } => {
  const up = {} as { data: Dataset; db: AppDB };
  beforeAll(async () => {
    up.data = await writePreviousVersion(name, fromVersion);
    await prepare?.(name, up.data);
    up.db = new AppDB(name);
    await up.db.open();
  }, 60_000);
  afterAll(async () => {
    up.db.close();
    await Dexie.delete(name);
  });
  it(`opens a version ${fromVersion} database at the current version`, () => {
    expect(SCHEMA_VERSION).toBeGreaterThan(fromVersion);
    expect(up.db.verno).toBe(SCHEMA_VERSION);
  });
  return up;
};
