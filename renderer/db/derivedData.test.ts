import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from './db';
import { SCHEMA_VERSION } from './AppDB';
import { resetDatabase } from './testing';
import { DERIVED_STORES, addVerbatim, derivedOfTables, type DerivedStore } from './derivedData';
import { buildCareSummaries, type CareSummary } from './careSummaries';
import { buildDayDigests } from './dayDigests';
import { buildMentorPairings } from './mentorPairings';
import { summariesOfRows as personSummariesOfRows } from './personSummaries';
import { buildTrainingSummaries, creditsOfSummaries } from './trainingSummaries';
import { generateDataset, withStamps } from '../../tests/bench/dataset';
import { seed } from '../../tests/fixtures/backup/dbDump';
import { backupDocumentOf } from '../../tests/fixtures/backup/records';
import { DOMAIN_TABLE_NAMES } from '../../shared/domain';
import { emptyTables, type StoredRecord, type TablesData } from '../../shared/backup/format';
import { dumpTables, importBackup } from '../features/backup/backupRepo';
import { erasePerson } from '../features/erasure/erasureRepo';
import { todayIso } from '../lib/format';

/*
 * A Replace writes its new database with plain IndexedDB adds and the derived stores computed in
 * memory (./derivedData.ts), not through the middlewares that keep them on every other write.
 * Both ways must give the same records: checked here on random slices of the bench's dataset
 * (deleted rows, every table), and on a whole Replace against the rebuilds, which read the rows
 * back through the indexes.
 */

const byId = (xs: readonly unknown[]) => [...(xs as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1));

const storedDerived = async (): Promise<Record<DerivedStore, unknown[]>> =>
  Object.fromEntries(
    await Promise.all(DERIVED_STORES.map(async (name) => [name, byId(await db.table(name).toArray())] as const)),
  ) as Record<DerivedStore, unknown[]>;

const sortedDerived = (derived: Record<DerivedStore, unknown[]>) =>
  Object.fromEntries(DERIVED_STORES.map((name) => [name, byId(derived[name])])) as Record<DerivedStore, unknown[]>;

/** The rebuilds' way: every derived store read back from the rows through the indexes. */
const rebuilt = async (): Promise<Record<DerivedStore, unknown[]>> => {
  const table = (n: string) => db.table(n);
  const training = await buildTrainingSummaries(table);
  const digests = await buildDayDigests(table);
  return sortedDerived({
    personSummaries: personSummariesOfRows(await db.attendance.toArray()),
    careSummaries: await buildCareSummaries(table),
    trainingSummaries: training,
    trainingCredits: creditsOfSummaries(training),
    ...digests,
    mentorPairings: await buildMentorPairings(table),
  });
};

let dataset: TablesData;
beforeAll(() => {
  // Today's date: the load list's horizons (contacts of the last weeks) are today's on both sides.
  dataset = withStamps(generateDataset('small', { today: todayIso() })) as unknown as TablesData;
});
beforeEach(async () => {
  await resetDatabase();
});

/** A tiny seeded generator, so fast-check's counterexample names the slice. */
const picker = (seed: number) => {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
};

describe('derivedOfTables', () => {
  it('covers every derived store of the schema (a new one needs its place there, or a Replace would leave it empty)', () => {
    // This PC's own stores: what a Replace carries over (meta, drafts) or starts empty (snapshots).
    const own = new Set(['meta', 'snapshots', 'drafts']);
    const domain = new Set<string>(DOMAIN_TABLE_NAMES);
    const others = db.tables.map((t) => t.name).filter((n) => !domain.has(n) && !own.has(n));
    expect(others.sort()).toEqual([...DERIVED_STORES].sort());
  });

  it('gives what the middlewares write for the same rows (random slices of every table, some rows deleted)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.double({ min: 0.01, max: 0.12, noNaN: true }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        async (seedValue, share, deletedShare) => {
          const random = picker(seedValue);
          const tables = emptyTables();
          for (const name of DOMAIN_TABLE_NAMES)
            tables[name] = dataset[name]
              .filter(() => random() < share)
              .map((r) =>
                random() < deletedShare ? ({ ...r, deletedAt: '2026-11-30T09:00:00.000Z' } as StoredRecord) : r,
              );
          await resetDatabase();
          // Through Dexie: the middlewares keep every derived store.
          await seed(tables);
          expect(await storedDerived()).toEqual(sortedDerived(derivedOfTables(tables)));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('addVerbatim', () => {
  it('writes the records as given, and nothing when one add fails', async () => {
    const [a, b] = dataset.contacts;
    await addVerbatim(db.backendDB(), { contacts: [a], sessions: [] });
    expect(await db.contacts.toArray()).toEqual([a]);
    await expect(addVerbatim(db.backendDB(), { contacts: [b, a], programmes: dataset.programmes })).rejects.toThrow();
    expect(await db.contacts.toArray()).toEqual([a]);
    expect(await db.programmes.count()).toBe(0);
  });
});

describe('a Replace', () => {
  it('leaves every derived store as the rebuilds make it, an erasure made here applied, and later writes keep them', async () => {
    // This PC erased a mentor the file still holds: the Replace leaves them out, derived data included.
    const mentor = dataset.mentors.find((m) =>
      dataset.pairings.some((p) => p.mentorId === m.id && p.status === 'active'),
    )!;
    await seed({ mentors: [mentor] });
    await erasePerson('mentors', mentor.id);

    await importBackup(await backupDocumentOf(dataset, SCHEMA_VERSION), 'replace');
    expect(db.name).not.toBe('tandem');
    const derived = await storedDerived();
    expect(derived).toEqual(await rebuilt());
    expect(derived).toEqual(sortedDerived(derivedOfTables(await dumpTables())));
    // Their rows stay, under an id that names no one (shared/domain/PRIVACY.md): their summary has no name.
    const care = derived.careSummaries.find((r) => (r as { id: string }).id === mentor.id) as CareSummary | undefined;
    expect([care?.givenName ?? '', care?.familyName ?? '', care?.status ?? null]).toEqual(['', '', null]);
    expect(derived.careSummaries.length).toBeGreaterThan(100);
    expect(derived.attendanceDays.length).toBeGreaterThan(100);

    // The middlewares go on from what the Replace wrote.
    const pairing = (await db.pairings.where('status').equals('active').first())!;
    await db.pairings.put({ ...pairing, status: 'closed' });
    const session = (await db.sessions.toCollection().first())!;
    await db.sessions.put({ ...session, deletedAt: new Date().toISOString() });
    expect(await storedDerived()).toEqual(await rebuilt());
  });
});
