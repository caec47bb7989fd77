import { describe, expect, it } from 'vitest';
import { byId } from './previousVersion';
import { upgradedDatabase } from './upgradedDatabase';
import { summariesOfRows, type PersonSummary } from '../personSummaries';
import type { SyncRecord } from '../../../shared/sync/record';
import type { Attendance } from '../../../shared/domain/session';

/**
 * Opens a database written by schema 8 holding the bench's small dataset, as a PC upgrading
 * Tandem would: every record survives as it was, and the per-person summaries are built from the
 * attendance already there (and then kept by later writes).
 */

const NAME = 'tandem-migration-0009';
const up = upgradedDatabase(NAME, 8);

describe('migration 0009: per-person summaries', () => {
  it('leaves the attendance as it was', async () => {
    expect(byId((await up.db.attendance.toArray()) as unknown as SyncRecord[])).toEqual(
      byId(up.data.attendance as unknown as SyncRecord[]),
    );
  });

  it('builds every summary from the attendance rows', async () => {
    const expected = summariesOfRows(up.data.attendance as Attendance[]);
    expect(expected.length).toBeGreaterThan(50);
    expect(byId(await up.db.personSummaries.toArray())).toEqual(byId<PersonSummary>(expected));
  });

  it("keeps them from then on: a row taken away lowers its person's figure", async () => {
    const s = byId(await up.db.personSummaries.toArray())[0]!;
    const latest = (await up.db.attendance.where('personId').equals(s.id).toArray()).filter(
      (a) =>
        a.sessionKind === 'supervision' &&
        a.status === 'present' &&
        a.deletedAt === null &&
        a.sessionDate === s.lastSupervision,
    );
    await up.db.attendance.bulkDelete(latest.map((a) => a.id));
    const after = summariesOfRows(await up.db.attendance.toArray()).find((x) => x.id === s.id);
    expect((await up.db.personSummaries.get(s.id))?.lastSupervision).toBe(after?.lastSupervision);
    expect(after?.lastSupervision ?? '').not.toBe(s.lastSupervision);
  });
});
