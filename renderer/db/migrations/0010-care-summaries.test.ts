import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { byId } from './previousVersion';
import { upgradedDatabase } from './upgradedDatabase';
import { currentHorizons, summariesOfTables, type CareSummary } from '../careSummaries';
import type { SyncRecord } from '../../../shared/sync/record';

/**
 * Opens a database written by schema 9 holding the bench's small dataset (wellbeing check-ins
 * included), as a PC upgrading Tandem would: every record survives as it was, and the per-mentor
 * care summaries are built from the rows already there (and then kept by later writes).
 */

const NAME = 'tandem-migration-0010';
const up = upgradedDatabase(NAME, 9);

describe('migration 0010: per-mentor care summaries', () => {
  it('leaves the records it summarises as they were', async () => {
    for (const name of ['mentors', 'pairings', 'contactLogs', 'sessions', 'wellbeingCheckIns'] as const)
      expect(byId((await up.db.table(name).toArray()) as SyncRecord[]), name).toEqual(
        byId(up.data[name] as unknown as SyncRecord[]),
      );
  });

  it('builds every summary from the rows', async () => {
    const expected = summariesOfTables(up.data, currentHorizons());
    expect(expected.filter((s) => s.status === 'active').length).toBeGreaterThan(100);
    expect(expected.some((s) => s.wellbeing.length > 0 && s.contacts.length > 0 && s.activePairings.length > 0)).toBe(
      true,
    );
    expect(byId(await up.db.careSummaries.toArray())).toEqual(byId<CareSummary>(expected));
  });

  it('keeps them from then on: a mentor paused moves to the other part of the index', async () => {
    const s = (await up.db.careSummaries
      .where('[status+sortKey]')
      .between(['active', Dexie.minKey], ['active', Dexie.maxKey])
      .first())!;
    const mentor = (await up.db.mentors.get(s.id))!;
    await up.db.mentors.put({
      ...mentor,
      status: 'paused',
      statusHistory: [...mentor.statusHistory, { status: 'paused', date: '2026-12-05', reason: '', override: null }],
    });
    expect((await up.db.careSummaries.get(s.id))?.status).toBe('paused');
    expect(await up.db.careSummaries.where('[status+sortKey]').equals(['paused', mentor.sortKey]).count()).toBe(1);
  });
});
