import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from './db';
import { resetDatabase } from './testing';
import { markReplication } from './writePath';
import { mentorPairingsOfRows, rebuildMentorPairings } from './mentorPairings';
import { dumpTables } from '../features/backup/backupRepo';
import { countOpenPairingsByMentor } from '../features/pairings/pairingsRepo';
import type { Pairing } from '../../shared/domain/pairing';

/**
 * Each mentor's open pairings (./mentorPairings.ts) must always equal what the pairings say,
 * whatever writes them: puts that move a pairing to another mentor, change its status, delete and
 * restore it; deletions by key and by key range; a clear and a re-add (a Replace); a modify of
 * many at once. The repositories, an erasure, a merge and its undo are followed in
 * careSummaries.test.ts, whose every step checks these records too.
 */

const ids = Array.from({ length: 8 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
const mentors = ['m-anna', 'm-bela', 'm-csilla', 'm-dora'];
const STATUSES = ['proposed', 'active', 'paused', 'closed'] as const;

/** A pairing row as stored, with only what the records read filled in meaningfully. */
const row = (id: string, mentorId: string, status: Pairing['status'], deleted: boolean) =>
  ({
    id,
    mentorId,
    menteeId: `mentee-${id}`,
    status,
    deletedAt: deleted ? '2026-11-01T10:00:00.000Z' : null,
  }) as unknown as Pairing;

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
const expectInStep = async () =>
  expect(byId(await db.mentorPairings.toArray())).toEqual(mentorPairingsOfRows(await db.pairings.toArray()));

/** Replicated writes: the rows exactly as given (the write path stamps nothing). */
const replicated = (write: () => Promise<unknown>) =>
  db.transaction('rw', db.pairings, async () => {
    markReplication();
    await write();
  });

const step = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    rows: fc.array(
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...mentors), fc.constantFrom(...STATUSES), fc.boolean()),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), ids: fc.subarray(ids, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('range' as const), from: fc.nat({ max: 7 }), length: fc.nat({ max: 4 }) }),
  fc.record({ kind: fc.constant('close' as const), mentor: fc.constantFrom(...mentors) }),
  fc.record({ kind: fc.constant('replace' as const) }),
);

beforeEach(async () => {
  await resetDatabase();
});

describe("each mentor's open pairings", () => {
  it('always equal the pairings, over random writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        await resetDatabase();
        for (const s of steps) {
          switch (s.kind) {
            case 'put':
              await replicated(() => db.pairings.bulkPut(s.rows.map(([id, m, st, del]) => row(id, m, st, del))));
              break;
            case 'delete':
              await replicated(() => db.pairings.bulkDelete(s.ids));
              break;
            case 'range': {
              const to = ids[Math.min(7, s.from + s.length)]!;
              await replicated(() => db.pairings.where(':id').between(ids[s.from]!, to, true, true).delete());
              break;
            }
            case 'close':
              await replicated(() => db.pairings.where('mentorId').equals(s.mentor).modify({ status: 'closed' }));
              break;
            case 'replace': {
              const all = await db.pairings.toArray();
              await replicated(async () => {
                await db.pairings.clear();
                await db.pairings.bulkAdd(all);
              });
              break;
            }
          }
          await expectInStep();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('count a pairing written twice in one request where its last value puts it', async () => {
    // IndexedDB applies the two puts in order: the pairing is Csilla's.
    await replicated(() =>
      db.pairings.bulkPut([row(ids[0]!, 'm-anna', 'proposed', false), row(ids[0]!, 'm-csilla', 'active', false)]),
    );
    expect(await db.mentorPairings.toArray()).toEqual([{ id: 'm-csilla', open: [ids[0]] }]);
    await expectInStep();
  });

  it('give the counts "Find a mentor" shows, are rebuilt after a raw write, and never leave the PC', async () => {
    await replicated(() =>
      db.pairings.bulkPut([
        row(ids[0]!, 'm-anna', 'active', false),
        row(ids[1]!, 'm-anna', 'paused', false),
        row(ids[2]!, 'm-anna', 'active', true),
        row(ids[3]!, 'm-bela', 'proposed', false),
        row(ids[4]!, 'm-bela', 'closed', false),
      ]),
    );
    expect(await countOpenPairingsByMentor()).toEqual(
      new Map([
        ['m-anna', 2],
        ['m-bela', 1],
      ]),
    );
    const expected = await db.mentorPairings.toArray();
    // As a raw IndexedDB write would leave them: out of step.
    await db.mentorPairings.clear();
    await db.mentorPairings.put({ id: 'nobody', open: ['x'] });
    expect(await rebuildMentorPairings(db)).toBe(2);
    expect(await db.mentorPairings.toArray()).toEqual(expected);
    expect(Object.keys(await dumpTables())).not.toContain('mentorPairings');
  });
});
