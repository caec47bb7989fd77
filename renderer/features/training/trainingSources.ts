import Dexie from 'dexie';
import { db } from '../../db/db';
import type { Attendance, Session } from '../../../shared/domain/session';
import type { Mentor, MentorStatus } from '../../../shared/domain/mentor';
import type { Rules } from '../../../shared/domain/settings';
import { listAttendanceOfPersonBetween } from '../sessions/attendanceRepo';
import { getSessionsByIds as getLiveSessionsByIds } from '../sessions/sessionsRepo';
import { findMentorIds, getMentorsByIds as getLiveMentorsByIds } from '../mentors/mentorsRepo';
import { getSettings } from '../settings/settingsRepo';

/**
 * What progress reads from tables other features own (mentors, sessions, attendance,
 * settings), gathered in one place. The owning features' repository functions are used where
 * they offer the query; the two direct read-only index queries left here have no counterpart
 * there yet — every training attendance row through `[sessionKind+sessionDate]` and every
 * training session through `[kind+date]`, for the overview. Nothing here writes.
 */

/** Mentors by id, tombstones excluded. */
export const getMentorsByIds = (ids: readonly string[]): Promise<Mentor[]> => getLiveMentorsByIds([...new Set(ids)]);

/** The ids of the training overview's mentors, in name order, through the mentors' key indexes. */
export const listMentorIdsForTraining = (filter: {
  programmeId?: string | null;
  status?: MentorStatus | null;
}): Promise<string[]> => findMentorIds({ programmeId: filter.programmeId ?? null, status: filter.status ?? null });

/**
 * These people's attendance at training sessions (the sessions feature reads it through
 * `[personId+sessionKind+sessionDate]`, one getAll per person, unordered). Unbounded: progress
 * needs every row, and one person's training attendance is a few dozen rows.
 */
export const listTrainingAttendanceOf = async (personIds: readonly string[]): Promise<Attendance[]> =>
  (
    await Promise.all([...new Set(personIds)].map((id) => listAttendanceOfPersonBetween(id, 'training', '', '\uffff')))
  ).flat();

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

/** Every live training session through `[kind+date]`. */
export const listTrainingSessions = async (): Promise<Session[]> =>
  (
    await db.sessions.where('[kind+date]').between(['training', Dexie.minKey], ['training', Dexie.maxKey]).toArray()
  ).filter((s) => s.deletedAt === null);

/** The organisation's rules (the defaults when settings were never saved). */
export const getRules = async (): Promise<Rules> => (await getSettings()).rules;
