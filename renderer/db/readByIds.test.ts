import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { resetDatabase } from './testing';
import { MANY_IDS, readByIds } from './readByIds';

beforeEach(async () => {
  await resetDatabase();
});

describe('readByIds', () => {
  it('gives the records of the ids in their order, undefined where there is none, however many are asked', async () => {
    const stored = Array.from({ length: MANY_IDS + 50 }, (_, i) => ({
      id: `p${String(i).padStart(4, '0')}`,
      lastSupervision: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    await db.personSummaries.bulkPut(stored);
    const byId = new Map(stored.map((s) => [s.id, s]));
    // A few ids (bulkGet) and more than MANY_IDS (one read of the table), with unknown ones and repeats.
    const few = ['p0007', 'nobody', 'p0003', 'p0007'];
    const many = [...stored.map((s) => s.id).reverse(), 'nobody', 'p0001'];
    expect(many.length).toBeGreaterThan(MANY_IDS);
    for (const ids of [few, many, []])
      expect(await readByIds(db.personSummaries, ids)).toEqual(ids.map((id) => byId.get(id)));
  });
});
