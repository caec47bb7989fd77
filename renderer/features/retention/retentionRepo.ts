import Dexie from 'dexie';
import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { nowIso } from '../../lib/format';
import type { PersonKind } from '../../../shared/domain/base';
import type { Contact } from '../../../shared/domain/contact';
import type { Mentee } from '../../../shared/domain/mentee';
import type { Mentor } from '../../../shared/domain/mentor';
import { RulesSchema } from '../../../shared/domain/settings';
import {
  RetentionDecisionInputSchema,
  RetentionDecisionSchema,
  type PersonTable,
  type RetentionDecision,
} from '../../../shared/domain/privacy';
import {
  contactInvolvementEnd,
  dateOf,
  keepUntilFormSchema,
  latestDueEnd,
  menteeInvolvementEnd,
  mentorInvolvementEnd,
  retentionState,
  type ContactActivity,
  type InvolvementEnd,
  type KeepUntilForm,
} from '../../../shared/privacy/retention';
import { recordAudit } from '../audit';
import { getSettings } from '../settings';

/**
 * The retention review (README "Retention review"): who is due because their involvement ended
 * `retentionYears` or more ago, what is held about them, and the coordinator's decisions to keep
 * someone until a date. The rules are shared/privacy/retention.ts; this module reads the facts
 * through indexes, and only as much as can matter: people whose own dates already say they are
 * not due are not looked at further.
 */

export class RetentionError extends Error {
  constructor(key: 'errors.personNotFound') {
    super(key);
    this.name = 'RetentionError';
  }
}

const TABLE_OF: Record<PersonKind, PersonTable> = { mentor: 'mentors', mentee: 'mentees', contact: 'contacts' };
const KIND_ORDER: Record<PersonKind, number> = { mentor: 0, mentee: 1, contact: 2 };

/** Records held about a person, by kind (the person's own record aside). */
export type HeldWhat =
  'statusChanges' | 'consents' | 'attendance' | 'sessions' | 'shadowing' | 'pairings' | 'contactLogs' | 'checkIns';
export type HeldCount = { what: HeldWhat; count: number };

/** One person in the review: who, when their involvement ended, what is held, the decision. */
export type RetentionRow = {
  kind: PersonKind;
  table: PersonTable;
  id: string;
  /** Mentors and contacts by name; mentees by code only (their real name stays hidden). */
  name: { givenName: string; familyName: string } | null;
  code: string | null;
  deleted: boolean;
  end: InvolvementEnd;
  dueOn: string;
  /** Kept: the decision in force. Due: a decision whose date has passed, if any. */
  decision: RetentionDecision | null;
  /** Non-zero counts only. */
  held: HeldCount[];
};

export type RetentionQueue = { years: number; due: RetentionRow[]; kept: RetentionRow[] };

type Candidate = {
  kind: PersonKind;
  id: string;
  name: RetentionRow['name'];
  code: string | null;
  deleted: boolean;
  statusChanges: number;
  end: InvolvementEnd;
};

const live = <T extends { deletedAt: string | null }>(r: T): boolean => r.deletedAt === null;
const byId = <T extends { id: string }>(lists: T[][]): T[] => [...new Map(lists.flat().map((r) => [r.id, r])).values()];
const nameOf = (p: { givenName: string; familyName: string }) => ({ givenName: p.givenName, familyName: p.familyName });

/** Exited mentors (the `status` index) and deleted ones (the `deletedAt` index holds only those). */
const mentorCandidates = async (limit: string): Promise<Candidate[]> => {
  const mentors = byId<Mentor>(
    await Promise.all([
      db.mentors.where('status').equals('exited').toArray(),
      db.mentors.where('deletedAt').above('').toArray(),
    ]),
  );
  return mentors.flatMap((m) => {
    const end = mentorInvolvementEnd(m);
    if (!end || end.date > limit) return [];
    return [
      {
        kind: 'mentor' as const,
        id: m.id,
        name: nameOf(m),
        code: null,
        deleted: m.deletedAt !== null,
        statusChanges: m.statusHistory.length,
        end,
      },
    ];
  });
};

/**
 * Mentees waiting or closed (the `status` index) and deleted ones. A mentee's end is never before
 * their referral (or being added) nor their closing day, so those later than `limit` are not
 * due whatever their pairings say, and their pairings are not read.
 */
const menteeCandidates = async (limit: string): Promise<Candidate[]> => {
  const mentees = byId<Mentee>(
    await Promise.all([
      db.mentees.where('status').anyOf(['waiting', 'closed']).toArray(),
      db.mentees.where('deletedAt').above('').toArray(),
    ]),
  ).filter((m) => (m.referredOn ?? dateOf(m.createdAt)) <= limit && (m.closedOn ?? '') <= limit);
  const pairings = await Promise.all(mentees.map((m) => db.pairings.where('menteeId').equals(m.id).toArray()));
  return mentees.flatMap((m, i) => {
    const end = menteeInvolvementEnd(m, pairings[i] ?? []);
    if (!end || end.date > limit) return [];
    return [
      {
        kind: 'mentee' as const,
        id: m.id,
        name: null,
        code: m.code,
        deleted: m.deletedAt !== null,
        statusChanges: 0,
        end,
      },
    ];
  });
};

/**
 * Every contact added by `limit` (the table has no status: any may be due). Their latest
 * attendance is one read of `[personId+sessionDate]`, their shadowing comes from `contactId`.
 * Sessions naming them (as facilitator or expected) are found by the multi-entry indexes' keys
 * and sorted by the `date` index's keys into those after `limit` and the rest: one live session
 * after `limit` says the contact is not due (usually the first read), and only the older sessions
 * of the others are read, for the date of the latest.
 */
const contactCandidates = async (limit: string): Promise<Candidate[]> => {
  const contacts = (await db.contacts.toArray()).filter((c) => dateOf(c.createdAt) <= limit);
  if (contacts.length === 0) return [];
  const recentSessions = new Set(await db.sessions.where('date').above(limit).primaryKeys());

  const out = await Promise.all(
    contacts.map(async (c: Contact): Promise<Candidate | null> => {
      const activity: ContactActivity[] = [];
      const [attended, shadowing] = await Promise.all([
        db.attendance
          .where('[personId+sessionDate]')
          .between([c.id, Dexie.minKey], [c.id, Dexie.maxKey])
          .reverse()
          .filter(live)
          .first(),
        db.shadowing.where('contactId').equals(c.id).filter(live).toArray(),
      ]);
      if (attended) activity.push({ date: attended.sessionDate, basis: 'attended' });
      for (const s of shadowing) activity.push({ date: s.date, basis: 'shadowing' });
      if (contactInvolvementEnd(c, activity).date > limit) return null;
      const named = await sessionKeysNaming(c.id);
      for (const key of named.filter((k) => recentSessions.has(k))) {
        const s = await db.sessions.get(key);
        if (s && live(s)) return null;
      }
      const older = await db.sessions.bulkGet(named.filter((k) => !recentSessions.has(k)));
      for (const s of older) if (s && live(s)) activity.push({ date: s.date, basis: 'session' });
      const end = contactInvolvementEnd(c, activity);
      if (end.date > limit) return null;
      return {
        kind: 'contact',
        id: c.id,
        name: nameOf(c),
        code: null,
        deleted: c.deletedAt !== null,
        statusChanges: 0,
        end,
      };
    }),
  );
  return out.filter((c): c is Candidate => c !== null);
};

/** The sessions that name a person as facilitator or expected participant, each once (keys only). */
const sessionKeysNaming = async (id: string): Promise<string[]> => {
  const [a, b] = await Promise.all([
    db.sessions.where('facilitatorIds').equals(id).primaryKeys(),
    db.sessions.where('expectedIds').equals(id).primaryKeys(),
  ]);
  return [...new Set([...a, ...b])];
};

/**
 * What is held about a person, as counts of records (deleted ones included: deletion keeps
 * them). Every count is an index count.
 */
const heldAbout = async (c: Candidate): Promise<HeldCount[]> => {
  const id = c.id;
  const counts: [HeldWhat, Promise<number> | number][] = [['statusChanges', c.statusChanges]];
  counts.push(['consents', db.consents.where('[personKind+personId]').equals([c.kind, id]).count()]);
  counts.push(['attendance', db.attendance.where('personId').equals(id).count()]);
  counts.push(['sessions', sessionKeysNaming(id).then((keys) => keys.length)]);
  if (c.kind === 'mentor' || c.kind === 'contact')
    counts.push([
      'shadowing',
      db.shadowing
        .where(c.kind === 'mentor' ? 'mentorId' : 'contactId')
        .equals(id)
        .count(),
    ]);
  if (c.kind === 'mentor' || c.kind === 'mentee') {
    const index = c.kind === 'mentor' ? 'mentorId' : 'menteeId';
    counts.push(['pairings', db.pairings.where(index).equals(id).count()]);
    counts.push(['contactLogs', db.contactLogs.where(index).equals(id).count()]);
    counts.push(['checkIns', db.checkIns.where(index).equals(id).count()]);
  }
  const values = await Promise.all(counts.map(([, n]) => n));
  return counts.map(([what], i) => ({ what, count: values[i] ?? 0 })).filter((h) => h.count > 0);
};

type Classified = { candidate: Candidate; state: ReturnType<typeof retentionState<RetentionDecision>> };

/** Everyone due on `today`, and everyone who would be but is kept by a decision. */
const classify = async (today: string): Promise<{ years: number; rows: Classified[] }> => {
  // Settings copied in by an old backup may lack rules added since: the schema's defaults fill them.
  const rules = RulesSchema.safeParse((await getSettings()).rules ?? {});
  const years = rules.success ? rules.data.retentionYears : RulesSchema.parse({}).retentionYears;
  const limit = latestDueEnd(today, years);
  const candidates = (
    await Promise.all([mentorCandidates(limit), menteeCandidates(limit), contactCandidates(limit)])
  ).flat();
  const decisions = candidates.length
    ? await db.retention
        .where('personId')
        .anyOf(candidates.map((c) => c.id))
        .toArray()
    : [];
  const decisionsOf = new Map<string, RetentionDecision[]>();
  for (const d of decisions) decisionsOf.set(d.personId, [...(decisionsOf.get(d.personId) ?? []), d]);
  const rows = candidates.map((candidate) => ({
    candidate,
    state: retentionState(candidate.end, years, decisionsOf.get(candidate.id) ?? [], today),
  }));
  return { years, rows };
};

const oldestFirst = (a: RetentionRow, b: RetentionRow) =>
  a.end.date.localeCompare(b.end.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id);

/** The review queue on `today`: who is due (longest ended first), and who is kept (soonest to lapse first). */
export const retentionQueue = async (today: string): Promise<RetentionQueue> => {
  const { years, rows } = await classify(today);
  const shown = rows.filter((r) => r.state.state === 'due' || r.state.state === 'kept');
  const held = await Promise.all(shown.map((r) => heldAbout(r.candidate)));
  const out = shown.map(({ candidate: c, state }, i): RetentionRow & { kept: boolean } => ({
    kind: c.kind,
    table: TABLE_OF[c.kind],
    id: c.id,
    name: c.name,
    code: c.code,
    deleted: c.deleted,
    end: c.end,
    dueOn: state.state === 'due' || state.state === 'kept' ? state.dueOn : '',
    decision: state.state === 'kept' ? state.decision : state.state === 'due' ? state.lapsed : null,
    held: held[i] ?? [],
    kept: state.state === 'kept',
  }));
  const strip = ({ kept: _kept, ...row }: RetentionRow & { kept: boolean }): RetentionRow => row;
  return {
    years,
    due: out
      .filter((r) => !r.kept)
      .map(strip)
      .sort(oldestFirst),
    kept: out
      .filter((r) => r.kept)
      .map(strip)
      .sort((a, b) => (a.decision?.keepUntil ?? '').localeCompare(b.decision?.keepUntil ?? '') || oldestFirst(a, b)),
  };
};

/** How many people are due for review on `today` (the overview and the Privacy page). */
export const countRetentionDue = async (today: string): Promise<number> =>
  (await classify(today)).rows.filter((r) => r.state.state === 'due').length;

/**
 * Records the coordinator's decision to keep a person's data until a date after `today`, with
 * the reason, and the audit entry that says a retention decision was made about them (ids only),
 * in one transaction. The person must exist (a deleted one may be kept too).
 */
export const keepUntil = async (
  person: { kind: PersonKind; id: string },
  form: KeepUntilForm,
  today: string,
): Promise<RetentionDecision> => {
  const values = keepUntilFormSchema(today).parse(form);
  const input = RetentionDecisionInputSchema.parse({
    personKind: person.kind,
    personId: person.id,
    ...values,
    decidedOn: today,
  });
  assertWritable();
  const now = nowIso();
  const record = RetentionDecisionSchema.parse({
    ...input,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  const personTable = db.table(TABLE_OF[person.kind]);
  await db.transaction('rw', [personTable, db.retention, db.auditLog, db.meta], async () => {
    if (!(await personTable.get(person.id))) throw new RetentionError('errors.personNotFound');
    await db.retention.add(record);
    await recordAudit({ action: 'retentionKeep', subjectKind: person.kind, subjectId: person.id });
  });
  return record;
};
