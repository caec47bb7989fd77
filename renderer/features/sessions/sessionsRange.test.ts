import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { createSession, deleteSession, listSessionsInRange } from './sessionsRepo';
import { sessionInput } from '../../../tests/fixtures/records';

beforeEach(resetDatabase);

describe('listSessionsInRange', () => {
  it('returns the live sessions between two dates inclusive, in date and start order', async () => {
    const before = await createSession(sessionInput({ date: '2026-10-31' }));
    const first = await createSession(sessionInput({ date: '2026-11-01', startTime: '18:00', endTime: '19:00' }));
    const early = await createSession(sessionInput({ date: '2026-11-01', startTime: '09:00', endTime: '10:00' }));
    const mid = await createSession(sessionInput({ date: '2026-11-15', kind: 'event', subKind: 'openDay' }));
    const last = await createSession(sessionInput({ date: '2026-11-30' }));
    const after = await createSession(sessionInput({ date: '2026-12-01' }));
    const gone = await createSession(sessionInput({ date: '2026-11-20' }));
    await deleteSession(gone.id);

    const ids = (await listSessionsInRange('2026-11-01', '2026-11-30')).map((s) => s.id);
    expect(ids).toEqual([early.id, first.id, mid.id, last.id]);
    expect(ids).not.toContain(before.id);
    expect(ids).not.toContain(after.id);
    expect(await listSessionsInRange('2026-12-02', '2026-12-31')).toEqual([]);
    expect(await listSessionsInRange('2026-11-30', '2026-11-01')).toEqual([]);
  });

  it('reads through the date index, not the whole table', async () => {
    await createSession(sessionInput({ date: '2026-11-10' }));
    const where = vi.spyOn(db.sessions, 'where');
    const toArray = vi.spyOn(db.sessions, 'toArray');
    await listSessionsInRange('2026-11-01', '2026-11-30');
    expect(where).toHaveBeenCalledWith('date');
    expect(toArray).not.toHaveBeenCalled();
    where.mockRestore();
    toArray.mockRestore();
  });
});
