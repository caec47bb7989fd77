import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  AppDB,
  SCHEMA_VERSION,
  STORES_V1,
  STORES_V3,
  STORES_V4_CHECKINS,
  STORES_V5_REV,
  STORES_V6_CONSENTS,
  STORES_V6_PRIVACY,
  STORES_V7_DRAFTS,
  STORES_V8_CARE,
} from '../AppDB';
import { summariesOfRows, type PersonSummary } from '../personSummaries';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import type { SyncRecord } from '../../../shared/sync/record';
import type { Attendance } from '../../../shared/domain/session';
import { generateDataset, withStamps, type Dataset } from '../../../tests/bench/dataset';

/**
 * Opens a database written by schema 8 holding the bench's small dataset, as a PC upgrading
 * Tandem would: every record survives as it was, and the per-person summaries are built from the
 * attendance already there (and then kept by later writes).
 */

const NAME = 'tandem-migration-0009';
let data: Dataset;
let db: AppDB;

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => (x.id < y.id ? -1 : 1));

beforeAll(async () => {
  data = withStamps(generateDataset('small', { today: '2026-12-05' }));
  const old = new Dexie(NAME);
  old.version(1).stores(STORES_V1);
  old.version(3).stores(STORES_V3);
  old.version(4).stores(STORES_V4_CHECKINS);
  old.version(5).stores(STORES_V5_REV);
  old.version(6).stores({ ...STORES_V6_PRIVACY, ...STORES_V6_CONSENTS });
  old.version(7).stores(STORES_V7_DRAFTS);
  old.version(8).stores(STORES_V8_CARE);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const t of DOMAIN_TABLE_NAMES.filter((n) => old.tables.some((x) => x.name === n)))
      await old.table(t).bulkAdd((data as unknown as Record<string, unknown[]>)[t] ?? []);
    await old.table('meta').put({ key: 'schemaVersion', value: 8 });
  });
  expect(old.verno).toBe(8);
  old.close();
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
    expect(byId((await db.attendance.toArray()) as unknown as SyncRecord[])).toEqual(byId(data.attendance as unknown as SyncRecord[]));
  });

  it('builds every summary from the attendance rows', async () => {
    const expected = summariesOfRows(data.attendance as Attendance[]);
    expect(expected.length).toBeGreaterThan(50);
    expect(byId(await db.personSummaries.toArray())).toEqual(byId<PersonSummary>(expected));
  });

  it('keeps them from then on: a row taken away lowers its person\'s figure', async () => {
    const s = byId(await db.personSummaries.toArray())[0]!;
    const latest = (await db.attendance.where('personId').equals(s.id).toArray()).filter(
      (a) => a.sessionKind === 'supervision' && a.status === 'present' && a.deletedAt === null && a.sessionDate === s.lastSupervision,
    );
    await db.attendance.bulkDelete(latest.map((a) => a.id));
    const after = summariesOfRows(await db.attendance.toArray()).find((x) => x.id === s.id);
    expect((await db.personSummaries.get(s.id))?.lastSupervision).toBe(after?.lastSupervision);
    expect(after?.lastSupervision ?? '').not.toBe(s.lastSupervision);
  });
});
