import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { resetDatabase } from './testing';
import { attendanceId } from '../../shared/sync/ids';
import { createSession } from '../features/sessions/sessionsRepo';
import { addMentor, sessionInput } from '../../tests/fixtures/records';
import type { Attendance } from '../../shared/domain/session';

/**
 * Writes that pass through every middleware of ours (the training, care and person summaries and
 * the write path, each awaiting before it calls down) must reach Dexie's own middlewares inside
 * their transaction (./zoneKeeper.ts). Without the zone keeper the first threw "Cannot read
 * properties of undefined (reading 'mode')" from Dexie's live-query observer (as the erasure did).
 */

beforeEach(async () => {
  await resetDatabase();
});

const presentRow = (sessionId: string, date: string, personId: string): Attendance => {
  const now = new Date().toISOString();
  return {
    id: attendanceId(sessionId, { personKind: 'mentor', personId, walkInName: '' }),
    sessionId,
    personKind: 'mentor',
    personId,
    walkInName: '',
    status: 'present',
    hours: 3,
    sessionDate: date,
    sessionKind: 'training',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
};

describe('the zone keeper', () => {
  it('lets a single write outside a transaction through every middleware', async () => {
    const mentor = await addMentor('Anna', 'Kovács');
    const session = await createSession(sessionInput({ kind: 'training', subKind: 'course', date: '2026-11-10' }));
    await db.attendance.add(presentRow(session.id, session.date, mentor.id));
    expect((await db.trainingSummaries.get(mentor.id))?.entries).toHaveLength(1);
  });

  it('lets writes of several tables run at once in one transaction', async () => {
    const mentor = await addMentor('Béla', 'Nagy');
    const session = await createSession(sessionInput({ kind: 'training', subKind: 'course', date: '2026-11-10' }));
    const row = presentRow(session.id, session.date, mentor.id);
    await db.transaction('rw', [db.attendance, db.sessions, db.mentors], async () => {
      await Promise.all([
        db.attendance.put(row),
        db.sessions.put({ ...(await db.sessions.get(session.id))!, title: 'Basics' }),
        db.mentors.put({ ...(await db.mentors.get(mentor.id))!, notes: 'x' }),
      ]);
    });
    expect((await db.trainingSummaries.get(mentor.id))?.entries).toHaveLength(1);
    expect((await db.sessions.get(session.id))?.title).toBe('Basics');
  });
});
