import Dexie from 'dexie';
import { db } from '../../db/db';
import type { Attendance, Session } from '../../../shared/domain/session';
import type { Mentor, MentorStatus } from '../../../shared/domain/mentor';
import { RulesSchema, SETTINGS_ID, type Rules } from '../../../shared/domain/settings';

/**
 * Read-only index queries on tables other features own (mentors, sessions, attendance,
 * settings), gathered in one place so that each can be swapped for the owning feature's
 * repository function without touching the progress code. Nothing here writes.
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

/** One person's attendance at training sessions, through `[personId+sessionKind+sessionDate]`. */
export const listTrainingAttendanceOf = async (personIds: readonly string[]): Promise<Attendance[]> => {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return [];
  const rows = await db.attendance
    .where('[personId+sessionKind+sessionDate]')
    .inAnyRange(ids.map((id) => [[id, 'training', Dexie.minKey], [id, 'training', Dexie.maxKey]]))
    .toArray();
  return rows.filter((a) => a.deletedAt === null);
};

/** All attendance at training sessions through `[sessionKind+sessionDate]` (never the other kinds). */
export const listAllTrainingAttendance = async (): Promise<Attendance[]> =>
  (
    await db.attendance
      .where('[sessionKind+sessionDate]')
      .between(['training', Dexie.minKey], ['training', Dexie.maxKey])
      .toArray()
  ).filter((a) => a.deletedAt === null);

export const getSessionsByIds = async (ids: readonly string[]): Promise<Session[]> =>
  (await db.sessions.bulkGet([...new Set(ids)])).filter((s): s is Session => s !== undefined);

/** Every training session through `[kind+date]`, tombstones included (progress skips them). */
export const listTrainingSessions = async (): Promise<Session[]> =>
  db.sessions.where('[kind+date]').between(['training', Dexie.minKey], ['training', Dexie.maxKey]).toArray();

/** The organisation's rules, defaults when settings were never saved. */
export const getRules = async (): Promise<Rules> => {
  const settings = await db.settings.get(SETTINGS_ID);
  return settings?.rules ?? RulesSchema.parse({});
};
