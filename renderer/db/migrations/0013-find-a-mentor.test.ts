import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { byId } from './previousVersion';
import { upgradedDatabase } from './upgradedDatabase';
import { mentorPairingsOfRows } from '../mentorPairings';
import { creditsOf, summariesOfRows, TRAINING_SUMMARIES, type TrainingSummary } from '../trainingSummaries';
import type { SyncRecord } from '../../../shared/sync/record';

/**
 * Opens a database written by schema 12 — the bench's small dataset and the training summaries
 * that version kept of it — as a PC upgrading Tandem would: every record and summary survives as
 * it was, each person's credits are built from their summary and each mentor's open pairings from
 * the pairings, and later writes keep them.
 */

const NAME = 'tandem-migration-0013';
let summaries: TrainingSummary[] = [];
const up = upgradedDatabase(NAME, 12, async (name, data) => {
  summaries = summariesOfRows(data as unknown as Parameters<typeof summariesOfRows>[0]);
  const old = new Dexie(name);
  await old.open();
  await old.table(TRAINING_SUMMARIES).bulkPut(summaries);
  old.close();
});

describe('migration 0013: training credits and mentors’ open pairings', () => {
  it('leaves the records and the summaries as they were', async () => {
    for (const name of ['sessions', 'attendance', 'shadowing', 'pairings'] as const)
      expect(byId((await up.db.table(name).toArray()) as SyncRecord[]), name).toEqual(
        byId(up.data[name] as unknown as SyncRecord[]),
      );
    expect(byId(await up.db.trainingSummaries.toArray())).toEqual(byId(summaries));
  });

  it('builds every person’s credits from their summary', async () => {
    const expected = summaries.flatMap((s) => creditsOf(s) ?? []);
    expect(expected.length).toBeGreaterThan(20);
    // Fewer pairs than entries: that is the point of them.
    const pairs = expected.reduce((n, c) => n + c.credits.length, 0);
    expect(pairs).toBeLessThan(summaries.reduce((n, s) => n + s.entries.length, 0) / 2);
    expect(byId(await up.db.trainingCredits.toArray())).toEqual(byId(expected));
  });

  it('keeps them from then on: a training attendance deleted takes its hours out', async () => {
    const summary = summaries.find((s) =>
      s.entries.some((e) => e.source === 'training' && e.date !== null && e.hours > 0),
    )!;
    const entry = summary.entries.find((e) => e.source === 'training' && e.date !== null && e.hours > 0)!;
    const row = (await up.db.attendance.get(entry.id))!;
    await up.db.attendance.put({ ...row, deletedAt: '2026-12-05T10:00:00.000Z' });
    const after = (await up.db.trainingSummaries.get(summary.id))!;
    expect(after.entries.map((e) => e.id)).not.toContain(entry.id);
    expect((await up.db.trainingCredits.get(summary.id)) ?? null).toEqual(creditsOf(after));
  });

  it('finds each mentor’s open pairings, and keeps them: a pairing closed leaves its mentor’s record', async () => {
    const expected = mentorPairingsOfRows(up.data.pairings as never);
    expect(expected.length).toBeGreaterThan(20);
    expect(byId(await up.db.mentorPairings.toArray())).toEqual(byId(expected));
    const { id: mentorId, open } = expected[0]!;
    const pairing = (await up.db.pairings.get(open[0]!))!;
    await up.db.pairings.put({ ...pairing, status: 'closed' });
    expect((await up.db.mentorPairings.get(mentorId))?.open ?? []).toEqual(open.slice(1));
  });
});
