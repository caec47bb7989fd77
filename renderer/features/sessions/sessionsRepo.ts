import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { setDeleted } from '../../db/softDelete';
import { sessionOfEntry } from '../../db/dayDigests';
import { nowIso } from '../../lib/format';
import {
  FollowUpSchema,
  SessionInputSchema,
  SessionSchema,
  type FollowUp,
  type Session,
  type SessionInput,
  type SessionKind,
} from '../../../shared/domain/session';
import type { PersonRef } from '../../../shared/domain/base';
import {
  SessionNotFoundError,
  restoreAttendanceOfSession,
  syncAttendanceWithSession,
  tombstoneAttendanceOfSession,
} from './attendanceRepo';
import { effectiveCapacity, isOverCapacity, repeatDates } from './sessionRules';

/** The only module that touches `db.sessions`. */

export { SessionNotFoundError };

/** Thrown when a write would put more people in a session than it holds and nobody confirmed it. */
export class OverCapacityError extends Error {
  constructor(
    readonly count: number,
    readonly capacity: number,
  ) {
    super('sessions:errors.overCapacity');
    this.name = 'OverCapacityError';
  }
}

export type WriteOptions = {
  /** The coordinator saw the over-capacity warning and chose to go on: the write records it. */
  confirmOverCapacity?: boolean;
};

const uniqueRefs = (refs: readonly PersonRef[]): PersonRef[] => {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
};

/**
 * Build the stored record from validated input: derived ids for the multi-entry indexes, and
 * the over-capacity warning (recorded once per participant count, not on every save).
 */
const buildSession = (
  parsed: ReturnType<typeof SessionInputSchema.parse>,
  base: Pick<Session, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'seriesId' | 'warnings'>,
  now: string,
  options: WriteOptions,
): Session => {
  const facilitators = uniqueRefs(parsed.facilitators);
  const expected = uniqueRefs(parsed.expected);
  const warnings = [...base.warnings];
  if (isOverCapacity(parsed, expected.length)) {
    if (!options.confirmOverCapacity) throw new OverCapacityError(expected.length, effectiveCapacity(parsed) ?? 0);
    const last = warnings.filter((w) => w.kind === 'overCapacity').at(-1);
    if (last?.count !== expected.length) warnings.push({ kind: 'overCapacity', at: now, count: expected.length });
  }
  return SessionSchema.parse({
    ...parsed,
    id: base.id,
    createdAt: base.createdAt,
    // The write path sets `updatedAt` of a changed record; a new one starts at its creation.
    updatedAt: base.updatedAt,
    deletedAt: base.deletedAt,
    seriesId: base.seriesId,
    facilitators,
    expected,
    warnings,
    facilitatorIds: facilitators.map((p) => p.id),
    expectedIds: expected.map((p) => p.id),
  });
};

export const getSession = async (id: string): Promise<Session | undefined> => {
  const s = await db.sessions.get(id);
  return s && s.deletedAt === null ? s : undefined;
};

export const getSessionsByIds = async (ids: readonly string[]): Promise<Session[]> => {
  const rows = await db.sessions.bulkGet([...new Set(ids)]);
  return rows.filter((s): s is Session => s !== undefined && s.deletedAt === null);
};

export const createSession = async (input: SessionInput, options: WriteOptions = {}): Promise<Session> => {
  const parsed = SessionInputSchema.parse(input);
  const now = nowIso();
  const session = buildSession(
    parsed,
    { id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null, seriesId: null, warnings: [] },
    now,
    options,
  );
  assertWritable();
  await db.transaction('rw', db.sessions, async () => {
    await db.sessions.add(session);
  });
  return session;
};

/** Saves the session and, in the same transaction, keeps its attendance rows' date and kind in step. */
export const updateSession = async (id: string, input: SessionInput, options: WriteOptions = {}): Promise<Session> => {
  const parsed = SessionInputSchema.parse(input);
  const now = nowIso();
  assertWritable();
  return db.transaction('rw', db.sessions, db.attendance, async () => {
    const existing = await db.sessions.get(id);
    if (!existing || existing.deletedAt !== null) throw new SessionNotFoundError();
    const next = buildSession(parsed, existing, now, options);
    await db.sessions.put(next);
    await syncAttendanceWithSession(next);
    return next;
  });
};

/** Tick or untick one follow-up action. */
export const setFollowUpDone = async (sessionId: string, followUpId: string, done: boolean): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.sessions, async () => {
    const s = await db.sessions.get(sessionId);
    if (!s || s.deletedAt !== null) throw new SessionNotFoundError();
    const followUps: FollowUp[] = s.followUps.map((f) => (f.id === followUpId ? { ...f, done } : f));
    await db.sessions.put(SessionSchema.parse({ ...s, followUps }));
  });
};

/** The follow-up action to correct is no longer on the session. */
export class FollowUpNotFoundError extends Error {
  constructor() {
    super('sessions:errors.followUpNotFound');
    this.name = 'FollowUpNotFoundError';
  }
}

/**
 * Correct one follow-up action (its text, owner, due date, done) from the session's page,
 * validated with the same schema as when the session form added it; the others stay as they are.
 */
export const updateFollowUp = async (
  sessionId: string,
  followUp: Pick<FollowUp, 'id'> & Partial<Omit<FollowUp, 'id' | 'stamp'>>,
): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.sessions, async () => {
    const s = await db.sessions.get(sessionId);
    if (!s || s.deletedAt !== null) throw new SessionNotFoundError();
    const current = s.followUps.find((f) => f.id === followUp.id);
    if (!current) throw new FollowUpNotFoundError();
    const next = FollowUpSchema.parse({ ...current, ...followUp });
    const followUps = s.followUps.map((f) => (f.id === next.id ? next : f));
    await db.sessions.put(SessionSchema.parse({ ...s, followUps }));
  });
};

/** Soft delete with its attendance rows; returns the tombstone instant that `restoreSession` needs. */
export const deleteSession = async (id: string): Promise<string> => {
  const at = nowIso();
  assertWritable();
  await db.transaction('rw', db.sessions, db.attendance, async () => {
    const s = await db.sessions.get(id);
    if (!s || s.deletedAt !== null) throw new SessionNotFoundError();
    // Not `setDeleted`: the session's `deletedAt` must be the very instant its attendance rows
    // get, which is how `restoreSession` finds them.
    await db.sessions.put({ ...s, deletedAt: at });
    await tombstoneAttendanceOfSession(id, at);
  });
  return at;
};

export const restoreSession = async (id: string): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.sessions, db.attendance, async () => {
    const s = await db.sessions.get(id);
    if (!s) throw new SessionNotFoundError();
    if (s.deletedAt === null) return;
    await restoreAttendanceOfSession(id, s.deletedAt);
    await setDeleted('sessions', id, false);
  });
};

export type SessionFilter = {
  /** Inclusive `YYYY-MM-DD` bounds. */
  from?: string;
  to?: string;
  kind?: SessionKind;
  programmeId?: string;
  /** A mentor's or contact's id. */
  facilitatorId?: string;
  /** Someone expected to attend. */
  participantId?: string;
  /** Most recent first (past sessions). */
  descending?: boolean;
  /** Pages grow by raising the limit: only that many rows are read. */
  limit: number;
};

const byDateTime = (a: Session, b: Session) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

/**
 * Sessions for lists and the agenda. The most selective index drives the read: a person's
 * multi-entry id index, else `[kind+date]`, else `date`; the other filters apply on the cursor,
 * and the read stops after `limit` matches.
 */
export const listSessions = async (f: SessionFilter): Promise<Session[]> => {
  const from = f.from ?? '';
  const to = f.to ?? '\uffff';
  const matches = (s: Session) =>
    s.deletedAt === null &&
    s.date >= from &&
    s.date <= to &&
    (f.kind === undefined || s.kind === f.kind) &&
    (f.programmeId === undefined || s.programmeId === f.programmeId) &&
    (f.facilitatorId === undefined || s.facilitatorIds.includes(f.facilitatorId)) &&
    (f.participantId === undefined || s.expectedIds.includes(f.participantId));
  const sort = (rows: Session[]) => rows.sort((a, b) => (f.descending ? byDateTime(b, a) : byDateTime(a, b)));

  if (f.facilitatorId !== undefined || f.participantId !== undefined) {
    // One person's sessions are few: read them all through the multi-entry index in one getAll,
    // then filter and order here. A Dexie `.filter` would step a cursor instead, one round trip
    // (and, in a live query, one tracked key) per row: 70 for a long-serving mentor (issue 24).
    const coll =
      f.facilitatorId !== undefined
        ? db.sessions.where('facilitatorIds').equals(f.facilitatorId)
        : db.sessions.where('expectedIds').equals(f.participantId ?? '');
    return sort((await coll.toArray()).filter(matches)).slice(0, f.limit);
  }
  const base =
    f.kind !== undefined
      ? db.sessions.where('[kind+date]').between([f.kind, from], [f.kind, to], true, true)
      : db.sessions.where('date').between(from, to, true, true);
  const ordered = f.descending ? base.reverse() : base;
  return sort(await ordered.filter(matches).limit(f.limit).toArray());
};

/**
 * The sessions of a calendar's visible range (inclusive `YYYY-MM-DD` bounds), in date and start
 * order. Reads only that range through the `date` index, never the whole table.
 */
export const listSessionsInRange = async (from: string, to: string): Promise<Session[]> => {
  if (to < from) return [];
  // Filtered after the read: a Dexie filter would walk a cursor instead of one `getAll`.
  const rows = (await db.sessions.where('date').between(from, to, true, true).toArray()).filter(
    (s) => s.deletedAt === null,
  );
  return rows.sort(byDateTime);
};

/** What the reports count of a session (see `listSessionFactsInRange`). */
export type SessionFacts = ReturnType<typeof sessionOfEntry>;

/**
 * What the reports count of every live session dated `from`–`to` (inclusive), read from the day
 * digests (renderer/db/dayDigests.ts): one record per day — the same sessions as
 * `listSessionsInRange`, by day (not by time within a day), with only the fields a report counts.
 */
export const listSessionFactsInRange = async (from: string, to: string): Promise<SessionFacts[]> =>
  (await db.sessionDays.where(':id').between(from, to, true, true).toArray()).flatMap((d) =>
    d.entries.map((e) => sessionOfEntry(d.id, e)),
  );

/** A person's sessions as facilitator or expected participant, most recent first. */
export const listSessionsOfPerson = async (personId: string, limit = 200): Promise<Session[]> => {
  const [asFacilitator, asExpected] = await Promise.all([
    db.sessions
      .where('facilitatorIds')
      .equals(personId)
      .filter((s) => s.deletedAt === null)
      .toArray(),
    db.sessions
      .where('expectedIds')
      .equals(personId)
      .filter((s) => s.deletedAt === null)
      .toArray(),
  ]);
  const all = new Map([...asFacilitator, ...asExpected].map((s) => [s.id, s]));
  return [...all.values()].sort((a, b) => byDateTime(b, a)).slice(0, limit);
};

export type RepeatInput = { everyWeeks: number; until: string };

/**
 * Copy a session every N weeks until a date (regular groups). The copies share a `seriesId`
 * with the original; they keep what the meeting is (title, kind, place, people, topic) and
 * start without notes, follow-ups, warnings or attendance. Returns the new sessions.
 */
export const repeatSession = async (id: string, { everyWeeks, until }: RepeatInput): Promise<Session[]> => {
  const now = nowIso();
  assertWritable();
  return db.transaction('rw', db.sessions, async () => {
    const original = await db.sessions.get(id);
    if (!original || original.deletedAt !== null) throw new SessionNotFoundError();
    const dates = repeatDates(original.date, everyWeeks, until);
    const seriesId = original.seriesId ?? crypto.randomUUID();
    const copies = dates.map((date) =>
      SessionSchema.parse({
        ...original,
        id: crypto.randomUUID(),
        date,
        seriesId,
        confidentialNotes: '',
        followUps: [],
        // The same people as the original: an over-capacity override made there holds here too.
        warnings: original.warnings,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      }),
    );
    if (original.seriesId === null) await db.sessions.put({ ...original, seriesId });
    await db.sessions.bulkAdd(copies);
    return copies;
  });
};
