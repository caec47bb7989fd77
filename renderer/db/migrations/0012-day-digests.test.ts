import { describe, expect, it } from 'vitest';
import { byId } from './previousVersion';
import { upgradedDatabase } from './upgradedDatabase';
import { digestsOfRows, type AttendanceEntry, type ContactEntry, type SessionEntry } from '../dayDigests';
import type { SyncRecord } from '../../../shared/sync/record';

/**
 * Opens a database written by schema 11 holding the bench's small dataset, as a PC upgrading
 * Tandem would: every record survives as it was, and the day digests of attendance and contact
 * logs are built from the rows already there (and then kept by later writes), and pairings are
 * found by their closing date.
 */

const NAME = 'tandem-migration-0012';
const up = upgradedDatabase(NAME, 11);

describe('migration 0012: day digests of sessions, attendance and contact logs; pairings by closing date', () => {
  it('leaves the records it digests as they were', async () => {
    for (const name of ['sessions', 'attendance', 'contactLogs', 'pairings'] as const)
      expect(byId((await up.db.table(name).toArray()) as SyncRecord[]), name).toEqual(
        byId(up.data[name] as unknown as SyncRecord[]),
      );
  });

  it('builds every digest from the rows', async () => {
    const sessions = digestsOfRows<SessionEntry>('sessions', up.data.sessions as never);
    expect(byId(await up.db.sessionDays.toArray())).toEqual(byId(sessions));
    const attendance = digestsOfRows<AttendanceEntry>('attendance', up.data.attendance as never);
    const contacts = digestsOfRows<ContactEntry>('contactLogs', up.data.contactLogs as never);
    expect(attendance.length).toBeGreaterThan(100);
    expect(contacts.length).toBeGreaterThan(100);
    expect(byId(await up.db.attendanceDays.toArray())).toEqual(byId(attendance));
    expect(byId(await up.db.contactDays.toArray())).toEqual(byId(contacts));
  });

  it('indexes pairings by their closing date', async () => {
    const closed = (up.data.pairings as unknown as { id: string; closure: { date: string } | null }[]).filter(
      (p) => p.closure !== null,
    );
    expect(closed.length).toBeGreaterThan(10);
    const from = [...closed.map((p) => p.closure!.date)].sort()[Math.floor(closed.length / 2)]!;
    const found = await up.db.pairings.where('closure.date').aboveOrEqual(from).primaryKeys();
    expect([...found].sort()).toEqual(
      closed
        .filter((p) => p.closure!.date >= from)
        .map((p) => p.id)
        .sort(),
    );
  });

  it('keeps them from then on: a contact log deleted leaves its day', async () => {
    const day = (await up.db.contactDays.toArray())[0]!;
    const [id] = day.entries[0]!;
    const log = (await up.db.contactLogs.get(id))!;
    await up.db.contactLogs.put({ ...log, deletedAt: '2026-12-05T10:00:00.000Z' });
    const after = await up.db.contactDays.get(day.id);
    expect((after?.entries ?? []).map((e) => e[0])).not.toContain(id);
  });
});
