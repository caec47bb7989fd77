import Dexie from 'dexie';
import { db } from '../../db/db';
import type { Attendance, Session } from '../../../shared/domain/session';
import { listAttendanceByPerson } from '../sessions/attendanceRepo';
import { getSessionsByIds as getLiveSessionsByIds } from '../sessions/sessionsRepo';
import type { Mentor, MentorStatus } from '../../../shared/domain/mentor';
import { RulesSchema, SETTINGS_ID, type Rules } from '../../../shared/domain/settings';

/**
 * What progress reads from tables other features own (mentors, sessions, attendance,
 * settings), gathered in one place. Where the owning feature's repository offers the query it is
 * used; the direct read-only index queries left here have no counterpart there yet (all training
 * attendance through `[sessionKind+sessionDate]`, all training sessions through `[kind+date]`)
 * or wait for that repository to land. Nothing here writes.
 */

/** Mentors by id, tombstones excluded. */
export const getMentorsByIds = async (ids: readonly string[]): Promise<Mentor[]> =>
  (await db.mentors.bulkGet([...new Set(ids)])).filter((m): m is Mentor => m !== undefined && m.deletedAt === null);

/**
 * Mentors for the training overview through indexes: by programme (`*programmeIds`), else by
 * status (`status`), else all (sorted by family name).
 */
export const listMentorsForTraining = async (filter: { programmeId?: string | null; statuses?: readonly MentorStatus[] }): Promise<Mentor[]> => {
  const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : null;
  let rows: Mentor[];
  if (filter.programmeId) rows = await db.mentors.where('programmeIds').equals(filter.programmeId).toArray();
  else if (statuses) rows = await db.mentors.where('status').anyOf([...statuses]).toArray();
  else rows = await db.mentors.orderBy('familyName').toArray();
  return rows.filter((m) => m.deletedAt === null && (statuses === null || statuses.has(m.status)));
};

/**
 * These people's attendance at training sessions (the sessions feature reads it through
 * `[personId+sessionKind+sessionDate]`). Unbounded: progress needs every row, and one person's
 * training attendance is a few dozen rows.
 */
export const listTrainingAttendanceOf = async (personIds: readonly string[]): Promise<Attendance[]> =>
  (await Promise.all([...new Set(personIds)].map((id) => listAttendanceByPerson(id, 'training', Number.MAX_SAFE_INTEGER)))).flat();

/** All attendance at training sessions through `[sessionKind+sessionDate]` (never the other kinds). */
export const listAllTrainingAttendance = async (): Promise<Attendance[]> =>
  (
    await db.attendance
      .where('[sessionKind+sessionDate]')
      .between(['training', Dexie.minKey], ['training', Dexie.maxKey])
      .toArray()
  ).filter((a) => a.deletedAt === null);

/** Sessions by id, deleted ones left out (their attendance then credits nothing). */
export const getSessionsByIds = (ids: readonly string[]): Promise<Session[]> => getLiveSessionsByIds(ids);

/** Every training session through `[kind+date]`, tombstones included (progress skips them). */
export const listTrainingSessions = async (): Promise<Session[]> =>
  db.sessions.where('[kind+date]').between(['training', Dexie.minKey], ['training', Dexie.maxKey]).toArray();

/** The organisation's rules, defaults when settings were never saved. */
export const getRules = async (): Promise<Rules> => {
  const settings = await db.settings.get(SETTINGS_ID);
  return settings?.rules ?? RulesSchema.parse({});
};
