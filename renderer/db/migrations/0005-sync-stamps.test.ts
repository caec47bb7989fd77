import { beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, SCHEMA_VERSION, STORES_V1, STORES_V3, STORES_V4_CHECKINS } from '../AppDB';
import { DOMAIN_TABLE_NAMES, DOMAIN_TABLES, type DomainTableName } from '../../../shared/domain';
import { HLC_PATTERN, LEGACY_NODE } from '../../../shared/sync/hlc';
import { attendanceId } from '../../../shared/sync/ids';
import { revOf, type SyncRecord } from '../../../shared/sync/record';
import { generateDataset, type Dataset } from '../../../tests/bench/dataset';

/**
 * Opens a database written by schema 4 (the schema before per-field stamps) with the bench's
 * small dataset, the way a PC upgrading Tandem would, and checks every record survived with its
 * meaning and gained what the merge needs.
 */

const NAME = 'tandem-migration-0005';
let data: Dataset;
let upgraded: Record<DomainTableName, SyncRecord[]>;
const duplicateOf = new Map<string, string>();

/** Everything a person reads: the record without the id, the stamps and the rev the migration adds. */
const meaning = (r: Record<string, unknown>): unknown => {
  const { id: _id, baseStamp: _b, fieldStamps: _f, rev: _r, ...rest } = r;
  return withoutStamps(rest);
};
const withoutStamps = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(withoutStamps)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== 'stamp')
            .map(([k, x]) => [k, withoutStamps(x)]),
        )
      : v;

beforeAll(async () => {
  data = generateDataset('small', { today: '2026-12-05' });
  // Attendance as schema 4 kept it: random ids, and one fact recorded twice (a second PC's row
  // for the same person at the same session, older, then merged by the old record-level merge).
  const [first] = data.attendance;
  if (!first) throw new Error('the dataset has attendance');
  const twin = { ...first, id: crypto.randomUUID(), status: 'absent' as const, updatedAt: '2000-01-01T00:00:00.000Z' };
  duplicateOf.set(twin.id, first.id);
  const old = new Dexie(NAME);
  old.version(1).stores(STORES_V1);
  old.version(3).stores(STORES_V3);
  old.version(4).stores(STORES_V4_CHECKINS);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const name of DOMAIN_TABLE_NAMES.filter((n) => old.tables.some((t) => t.name === n)))
      await old.table(name).bulkAdd(name === 'attendance' ? [...data.attendance, twin] : data[name]);
  });
  // What schema 4 could not hold (the care tables of schema 8) was never written.
  for (const name of DOMAIN_TABLE_NAMES)
    if (!old.tables.some((t) => t.name === name)) (data as Record<string, unknown[]>)[name] = [];
  old.close();

  const db = new AppDB(NAME);
  await db.open();
  expect(db.verno).toBe(SCHEMA_VERSION);
  upgraded = {} as typeof upgraded;
  for (const name of DOMAIN_TABLE_NAMES) upgraded[name] = (await db.table(name).toArray()) as SyncRecord[];
  db.close();
  await Dexie.delete(NAME);
}, 60_000);

describe('migration 0005: per-field stamps', () => {
  it('keeps every record but attendance under its id, with the same content', () => {
    for (const name of DOMAIN_TABLE_NAMES.filter((n) => n !== 'attendance')) {
      expect(upgraded[name]).toHaveLength(data[name].length);
      const byId = new Map(upgraded[name].map((r) => [r.id, r]));
      for (const r of data[name] as Record<string, unknown>[])
        expect(meaning(byId.get(String(r.id)) ?? {})).toEqual(meaning(r));
    }
  });

  it('gives every record legacy stamps of its last change, a rev of its content, and a valid shape', () => {
    for (const name of DOMAIN_TABLE_NAMES)
      for (const r of upgraded[name]) {
        expect(r.baseStamp).toMatch(HLC_PATTERN);
        expect(r.baseStamp?.endsWith(LEGACY_NODE)).toBe(true);
        expect(r.baseStamp?.slice(0, 24)).toBe(r.deletedAt && r.deletedAt > r.updatedAt ? r.deletedAt : r.updatedAt);
        expect(r.fieldStamps).toEqual({});
        expect(r.rev).toBe(revOf(name, r));
        expect(DOMAIN_TABLES[name].safeParse(r).success).toBe(true);
      }
  });

  it('stamps entries of merged lists, so one entry upgraded on two PCs stays one', () => {
    const withHistory = upgraded.mentors.find((m) => Array.isArray(m.statusHistory) && m.statusHistory.length > 0);
    expect(withHistory).toBeDefined();
    for (const e of withHistory?.statusHistory as { stamp?: string }[]) expect(e.stamp).toMatch(HLC_PATTERN);
  });

  it('keys attendance by session and person, folding the one fact recorded twice into the live, newer row', () => {
    expect(upgraded.attendance).toHaveLength(data.attendance.length);
    for (const a of upgraded.attendance)
      expect(a.id).toBe(attendanceId(String(a.sessionId), a as unknown as Parameters<typeof attendanceId>[1]));
    const [first] = data.attendance;
    const kept = upgraded.attendance.find((a) => a.sessionId === first?.sessionId && a.personId === first?.personId);
    expect(kept?.status).toBe(first?.status);
    expect(meaning(kept ?? {})).toEqual(meaning(first ?? {}));
  });
});
