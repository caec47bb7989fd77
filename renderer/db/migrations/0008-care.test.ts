import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { byId } from './previousVersion';
import { upgradedDatabase } from './upgradedDatabase';
import type { SyncRecord } from '../../../shared/sync/record';

/**
 * Opens a database written by schema 7 holding the bench's small dataset, as a PC upgrading
 * Tandem would: every record survives as it was, the two care tables exist and are empty, and a
 * mentor's contact logs can be read through the new `[mentorId+date]` index.
 */

const NAME = 'tandem-migration-0008';
const up = upgradedDatabase(NAME, 7);

describe('migration 0008: care for the carers', () => {
  it('leaves every record as it was', async () => {
    for (const t of ['mentors', 'pairings', 'contactLogs', 'sessions'] as const) {
      const rows = (up.data as unknown as Record<string, SyncRecord[]>)[t]!;
      expect(rows.length).toBeGreaterThan(0);
      expect(byId((await up.db.table(t).toArray()) as SyncRecord[])).toEqual(byId(rows));
    }
  });

  it('adds the care tables, empty', async () => {
    expect(await up.db.wellbeingCheckIns.count()).toBe(0);
    expect(await up.db.careAcks.count()).toBe(0);
  });

  it("reads a mentor's contact logs through the new index, in date order", async () => {
    const log = up.data.contactLogs[0]!;
    const found = await up.db.contactLogs
      .where('[mentorId+date]')
      .between([log.mentorId, Dexie.minKey], [log.mentorId, Dexie.maxKey])
      .toArray();
    const expected = up.data.contactLogs.filter((l) => l.mentorId === log.mentorId);
    expect(found.map((l) => l.id).sort()).toEqual(expected.map((l) => l.id).sort());
    expect(found.map((l) => l.date)).toEqual([...found.map((l) => l.date)].sort());
  });
});
