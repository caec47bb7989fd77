import { attendanceId } from '../../../shared/sync/ids';
import { db } from '../../db/db';
import { readByIds } from '../../db/readByIds';
import { attendanceOfEntry } from '../../db/dayDigests';
import { assertWritable } from '../../db/openDatabase';
import { nowIso } from '../../lib/format';
import {
  AttendanceInputSchema,
  AttendanceSchema,
  type Attendance,
  type AttendanceInput,
  type Session,
  type SessionKind,
} from '../../../shared/domain/session';

/**
 * The only module that touches `db.attendance`. Each row carries a copy of its session's date
 * and kind, so that "a person's attendance" and "their last supervision" are index range scans
 * on `[personId+sessionKind+sessionDate]` / `[personId+sessionDate]`, never a join.
 */

/** One row of the attendance form: an existing row keeps its id. */
export type AttendanceRowInput = Omit<AttendanceInput, 'sessionId'> & { id?: string };

export class SessionNotFoundError extends Error {
  constructor() {
    super('sessions:errors.notFound');
    this.name = 'SessionNotFoundError';
  }
}

export class DuplicateAttendanceError extends Error {
  constructor() {
    super('sessions:errors.duplicateAttendance');
    this.name = 'DuplicateAttendanceError';
  }
}

const notDeleted = (a: Attendance) => a.deletedAt === null;

export const listAttendanceForSession = async (sessionId: string): Promise<Attendance[]> =>
  db.attendance.where('sessionId').equals(sessionId).filter(notDeleted).toArray();

/**
 * Replace the session's attendance with `rows`, in one transaction. A row's id follows from
 * the session and the person (or the walk-in's name as typed, case and accents aside:
 * shared/sync/ids.ts), so the same person twice is refused, a row is matched to the stored one
 * by that id, and two PCs that record one sheet make the same rows. Stored rows no longer
 * listed get a tombstone. Everything is validated before anything is written.
 */
export const saveAttendance = async (sessionId: string, rows: readonly AttendanceRowInput[]): Promise<Attendance[]> => {
  const parsed = rows.map((r) => ({ id: r.id, ...AttendanceInputSchema.parse({ ...r, sessionId }) }));
  const keys = new Set<string>();
  for (const r of parsed) {
    const k = attendanceId(sessionId, r);
    if (keys.has(k)) throw new DuplicateAttendanceError();
    keys.add(k);
  }
  const now = nowIso();
  assertWritable();
  return db.transaction('rw', db.sessions, db.attendance, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session || session.deletedAt !== null) throw new SessionNotFoundError();
    const existing = await db.attendance.where('sessionId').equals(sessionId).toArray();
    const byId = new Map(existing.map((a) => [a.id, a]));
    const kept = new Set<string>();
    const out: Attendance[] = [];
    for (const r of parsed) {
      // One row per session and person whatever PC records it: the id follows from both.
      const id = attendanceId(sessionId, r);
      const prior = byId.get(id);
      const { id: _ignored, ...fields } = r;
      const row = AttendanceSchema.parse({
        ...(prior ?? {}),
        ...fields,
        id: prior?.id ?? id,
        createdAt: prior?.createdAt ?? now,
        updatedAt: prior?.updatedAt ?? now,
        deletedAt: null,
        sessionDate: session.date,
        sessionKind: session.kind,
      });
      kept.add(row.id);
      out.push(row);
    }
    const removed = existing
      .filter((a) => a.deletedAt === null && !kept.has(a.id))
      .map((a) => ({ ...a, deletedAt: now }));
    await db.attendance.bulkPut([...out, ...removed]);
    return out;
  });
};

/**
 * A person's attendance, most recent first. With `kind`, only sessions of that kind.
 * `limit` bounds what a page shows; the index does the ordering.
 */
export const listAttendanceByPerson = async (
  personId: string,
  kind?: SessionKind,
  limit = 500,
): Promise<Attendance[]> => {
  const range = () =>
    kind
      ? db.attendance
          .where('[personId+sessionKind+sessionDate]')
          .between([personId, kind, ''], [personId, kind, '\uffff'], true, true)
      : db.attendance.where('[personId+sessionDate]').between([personId, ''], [personId, '\uffff'], true, true);
  // The newest `wanted` rows in one getAll (newest first, IndexedDB 3's getAllRecords); tombstones
  // are dropped here and, if that leaves too few, a longer stretch is read. A Dexie `.filter`
  // before the limit would walk a cursor instead, one round trip per row.
  for (let wanted = limit; ; wanted *= 2) {
    const rows = await range().reverse().limit(wanted).toArray();
    const live = rows.filter(notDeleted);
    if (live.length >= limit || rows.length < wanted) return live.slice(0, limit);
  }
};

/**
 * A person's live attendance rows at sessions of one kind dated `from`–`to` (inclusive), through
 * `[personId+sessionKind+sessionDate]` (a mentor's volunteer hours of a year).
 */
export const listAttendanceOfPersonBetween = async (
  personId: string,
  kind: SessionKind,
  from: string,
  to: string,
): Promise<Attendance[]> =>
  (
    await db.attendance
      .where('[personId+sessionKind+sessionDate]')
      .between([personId, kind, from], [personId, kind, to], true, true)
      .toArray()
  ).filter(notDeleted);

/** The date of the last supervision the person attended (present), on or before `today` if given. */
export const lastSupervisionDate = async (personId: string, today?: string): Promise<string | null> => {
  const row = await db.attendance
    .where('[personId+sessionKind+sessionDate]')
    .between([personId, 'supervision', ''], [personId, 'supervision', today ?? '\uffff'], true, true)
    .reverse()
    .filter((a) => a.deletedAt === null && a.status === 'present')
    .first();
  return row?.sessionDate ?? null;
};

/**
 * Each person's last date present at sessions of this kind between two dates (inclusive): one
 * range read of `[sessionKind+sessionDate]` in bulk (getAll, not a cursor), whoever they are.
 */
export const lastPresentBetween = async (kind: SessionKind, from: string, to: string): Promise<Map<string, string>> => {
  const rows = await db.attendance
    .where('[sessionKind+sessionDate]')
    .between([kind, from], [kind, to], true, true)
    .toArray();
  const last = new Map<string, string>();
  for (const a of rows) {
    if (a.deletedAt !== null || a.status !== 'present' || a.personId === null) continue;
    if ((last.get(a.personId) ?? '') < a.sessionDate) last.set(a.personId, a.sessionDate);
  }
  return last;
};

/**
 * The last supervision each person attended (present) on or before `today`, null for never, in
 * one read transaction: one reverse range on `[personId+sessionKind+sessionDate]` per person,
 * all issued at once, each reading from the person's latest row until a present one.
 * Measured on the benchmark's large dataset (974 people, 20,000 older supervision rows), the
 * single-query alternatives the schema allows were slower: a scan back through
 * `[sessionKind+sessionDate]` until everyone is found read 18,000 rows (2×), one cursor jumping
 * between the people's ranges was 4× slower (every jump is a round trip).
 */
export const lastSupervisionDates = async (
  personIds: readonly string[],
  today: string,
): Promise<Map<string, string | null>> =>
  db.transaction('r', db.attendance, async () => {
    const dates = await Promise.all(personIds.map((id) => lastSupervisionDate(id, today)));
    return new Map(personIds.map((id, i) => [id, dates[i] ?? null]));
  });

/**
 * The last supervision each person attended (present) on or before `today`, null for never:
 * from the per-person summaries the database keeps with the attendance (renderer/db/
 * personSummaries.ts), one small record per person (past a few hundred people, all of them in one
 * request: `readByIds`). Only a person whose latest supervision is dated after `today` is read
 * through the attendance index (`lastSupervisionDates`).
 */
export const lastSupervisionsOnOrBefore = async (
  personIds: readonly string[],
  today: string,
): Promise<Map<string, string | null>> => {
  const summaries = await readByIds(db.personSummaries, personIds);
  const byId = new Map(summaries.flatMap((s) => (s ? [[s.id, s.lastSupervision] as const] : [])));
  const out = new Map<string, string | null>(personIds.map((id) => [id, byId.get(id) ?? null]));
  const later = personIds.filter((id) => (out.get(id) ?? '') > today);
  if (later.length > 0) for (const [id, date] of await lastSupervisionDates(later, today)) out.set(id, date);
  return out;
};

/*
 * Helpers the sessions repository calls INSIDE its own transaction (which includes
 * `db.attendance`), so that a session and its attendance rows change together.
 */

/** Keep the copied date and kind in step with the session. */
export const syncAttendanceWithSession = async (session: Pick<Session, 'id' | 'date' | 'kind'>): Promise<void> => {
  const rows = await db.attendance.where('sessionId').equals(session.id).toArray();
  const changed = rows
    .filter((a) => a.sessionDate !== session.date || a.sessionKind !== session.kind)
    .map((a) => ({ ...a, sessionDate: session.date, sessionKind: session.kind }));
  if (changed.length > 0) await db.attendance.bulkPut(changed);
};

/** Deleting a session tombstones its rows with the same instant, so restoring it brings back exactly those. */
export const tombstoneAttendanceOfSession = async (sessionId: string, at: string): Promise<void> => {
  const rows = await db.attendance.where('sessionId').equals(sessionId).filter(notDeleted).toArray();
  if (rows.length > 0) await db.attendance.bulkPut(rows.map((a) => ({ ...a, deletedAt: at })));
};

export const restoreAttendanceOfSession = async (sessionId: string, deletedAt: string): Promise<void> => {
  const rows = await db.attendance
    .where('sessionId')
    .equals(sessionId)
    .filter((a) => a.deletedAt === deletedAt)
    .toArray();
  if (rows.length > 0) await db.attendance.bulkPut(rows.map((a) => ({ ...a, deletedAt: null })));
};

/**
 * Every live attendance row of sessions dated `from`–`to` (inclusive), whatever the kind: one
 * bulk range of `[sessionKind+sessionDate]` per kind (the reports read a period this way).
 */
export const listAttendanceBetween = async (from: string, to: string): Promise<Attendance[]> => {
  const kinds: SessionKind[] = ['training', 'supervision', 'group', 'event'];
  const perKind = await Promise.all(
    kinds.map((kind) =>
      db.attendance.where('[sessionKind+sessionDate]').between([kind, from], [kind, to], true, true).toArray(),
    ),
  );
  return perKind.flat().filter(notDeleted);
};

/** What the reports count of an attendance row (see `listAttendanceFactsBetween`). */
export type AttendanceFacts = ReturnType<typeof attendanceOfEntry>;

/**
 * What the reports count of every live attendance row of sessions dated `from`–`to` (inclusive),
 * read from the day digests (renderer/db/dayDigests.ts): one record per day instead of one per
 * row — the same rows as `listAttendanceBetween`, with only the fields a report counts.
 */
export const listAttendanceFactsBetween = async (from: string, to: string): Promise<AttendanceFacts[]> =>
  (await db.attendanceDays.where(':id').between(from, to, true, true).toArray()).flatMap((d) =>
    d.entries.map(attendanceOfEntry),
  );
