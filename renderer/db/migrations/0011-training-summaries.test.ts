import { describe, expect, it } from 'vitest';
import { byId } from './previousVersion';
import { upgradedDatabase } from './upgradedDatabase';
import { summariesOfRows, type TrainingSummary } from '../trainingSummaries';
import type { SyncRecord } from '../../../shared/sync/record';
import type { Attendance, Session } from '../../../shared/domain/session';
import type { Shadowing } from '../../../shared/domain/training';

/**
 * Opens a database written by schema 10 holding the bench's small dataset, as a PC upgrading
 * Tandem would: every record survives as it was, and the per-person training summaries are built
 * from the rows already there (and then kept by later writes).
 */

const NAME = 'tandem-migration-0011';
const up = upgradedDatabase(NAME, 10);

describe('migration 0011: per-person training summaries', () => {
  it('leaves the records it summarises as they were', async () => {
    for (const name of ['attendance', 'sessions', 'shadowing'] as const)
      expect(byId((await up.db.table(name).toArray()) as SyncRecord[]), name).toEqual(
        byId(up.data[name] as unknown as SyncRecord[]),
      );
  });

  it('builds every summary from the rows', async () => {
    const expected = summariesOfRows({
      attendance: up.data.attendance as unknown as Attendance[],
      sessions: up.data.sessions as unknown as Session[],
      shadowing: up.data.shadowing as unknown as Shadowing[],
    });
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.some((s) => s.entries.some((e) => e.source === 'training' && e.date !== null))).toBe(true);
    expect(byId(await up.db.trainingSummaries.toArray())).toEqual(byId<TrainingSummary>(expected));
  });

  it('keeps them from then on: a training session deleted takes its hours away from everyone there', async () => {
    const summary = (await up.db.trainingSummaries.toArray()).find((s) =>
      s.entries.some((e) => e.source === 'training' && e.date !== null),
    )!;
    const entry = summary.entries.find((e) => e.source === 'training' && e.date !== null)!;
    const session = (await up.db.sessions.get(entry.sessionId!))!;
    await up.db.sessions.put({ ...session, deletedAt: '2026-12-05T10:00:00.000Z' });
    const after = (await up.db.trainingSummaries.get(summary.id))!;
    expect(after.entries.find((e) => e.id === entry.id)?.date).toBeNull();
  });
});
