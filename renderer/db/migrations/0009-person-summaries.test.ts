import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, SCHEMA_VERSION } from '../AppDB';
import { byId, writePreviousVersion } from './previousVersion';
import { summariesOfRows, type PersonSummary } from '../personSummaries';
import type { SyncRecord } from '../../../shared/sync/record';
import type { Attendance } from '../../../shared/domain/session';
import type { Dataset } from '../../../tests/bench/dataset';

/**
 * Opens a database written by schema 8 holding the bench's small dataset, as a PC upgrading
 * Tandem would: every record survives as it was, and the per-person summaries are built from the
 * attendance already there (and then kept by later writes).
 */

const NAME = 'tandem-migration-0009';
let data: Dataset;
let db: AppDB;

beforeAll(async () => {
  data = await writePreviousVersion(NAME, 8);
  db = new AppDB(NAME);
  await db.open();
}, 60_000);

afterAll(async () => {
  db.close();
  await Dexie.delete(NAME);
});

describe('migration 0009: per-person summaries', () => {
  it('opens a version 8 database at the current version', () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(9);
    expect(db.verno).toBe(SCHEMA_VERSION);
  });

  it('leaves the attendance as it was', async () => {
    expect(byId((await db.attendance.toArray()) as unknown as SyncRecord[])).toEqual(
      byId(data.attendance as unknown as SyncRecord[]),
    );
  });

  it('builds every summary from the attendance rows', async () => {
    const expected = summariesOfRows(data.attendance as Attendance[]);
    expect(expected.length).toBeGreaterThan(50);
    expect(byId(await db.personSummaries.toArray())).toEqual(byId<PersonSummary>(expected));
  });

  it("keeps them from then on: a row taken away lowers its person's figure", async () => {
    const s = byId(await db.personSummaries.toArray())[0]!;
    const latest = (await db.attendance.where('personId').equals(s.id).toArray()).filter(
      (a) =>
        a.sessionKind === 'supervision' &&
        a.status === 'present' &&
        a.deletedAt === null &&
        a.sessionDate === s.lastSupervision,
    );
    await db.attendance.bulkDelete(latest.map((a) => a.id));
    const after = summariesOfRows(await db.attendance.toArray()).find((x) => x.id === s.id);
    expect((await db.personSummaries.get(s.id))?.lastSupervision).toBe(after?.lastSupervision);
    expect(after?.lastSupervision ?? '').not.toBe(s.lastSupervision);
  });
});
