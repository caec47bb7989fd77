import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, SCHEMA_VERSION } from '../AppDB';
import { byId, writePreviousVersion } from './previousVersion';
import type { SyncRecord } from '../../../shared/sync/record';
import type { Dataset } from '../../../tests/bench/dataset';

/**
 * Opens a database written by schema 7 holding the bench's small dataset, as a PC upgrading
 * Tandem would: every record survives as it was, the two care tables exist and are empty, and a
 * mentor's contact logs can be read through the new `[mentorId+date]` index.
 */

const NAME = 'tandem-migration-0008';
let data: Dataset;
let db: AppDB;

beforeAll(async () => {
  data = await writePreviousVersion(NAME, 7);
  db = new AppDB(NAME);
  await db.open();
}, 60_000);

afterAll(async () => {
  db.close();
  await Dexie.delete(NAME);
});

describe('migration 0008: care for the carers', () => {
  it('opens a version 7 database at the current version', () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(8);
    expect(db.verno).toBe(SCHEMA_VERSION);
  });

  it('leaves every record as it was', async () => {
    for (const t of ['mentors', 'pairings', 'contactLogs', 'sessions'] as const) {
      const rows = (data as unknown as Record<string, SyncRecord[]>)[t]!;
      expect(rows.length).toBeGreaterThan(0);
      expect(byId((await db.table(t).toArray()) as SyncRecord[])).toEqual(byId(rows));
    }
  });

  it('adds the care tables, empty', async () => {
    expect(await db.wellbeingCheckIns.count()).toBe(0);
    expect(await db.careAcks.count()).toBe(0);
  });

  it("reads a mentor's contact logs through the new index, in date order", async () => {
    const log = data.contactLogs[0]!;
    const found = await db.contactLogs
      .where('[mentorId+date]')
      .between([log.mentorId, Dexie.minKey], [log.mentorId, Dexie.maxKey])
      .toArray();
    const expected = data.contactLogs.filter((l) => l.mentorId === log.mentorId);
    expect(found.map((l) => l.id).sort()).toEqual(expected.map((l) => l.id).sort());
    expect(found.map((l) => l.date)).toEqual([...found.map((l) => l.date)].sort());
  });
});
