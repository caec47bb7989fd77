import Dexie from 'dexie';
import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { setDeleted } from '../../db/softDelete';
import { contactLogOfEntry } from '../../db/dayDigests';
import {
  ClosureSchema,
  ContactLogInputSchema,
  ContactLogSchema,
  GoalSchema,
  OPEN_PAIRING_STATUSES,
  PairingInputSchema,
  PairingSchema,
  isOpenPairingStatus,
  transitionPairing,
  type ClosureInput,
  type ContactLog,
  type ContactLogInput,
  type OverrideKind,
  type Pairing,
  type PairingInput,
  type PairingStatus,
} from '../../../shared/domain/pairing';
import { nowIso } from '../../lib/format';
import { getMentee, setMenteeStatusInTransaction } from '../mentees';
import {
  firstMonthEnd,
  latestStartWithEndedFirstMonth,
  monitoringBreaches,
  overdueCutoff,
  type MonitoringBreach,
  type MonitoringRules,
} from './monitoring';
import dayjs from 'dayjs';

/** Thrown for a write that cannot be done; `message` is an i18n key of the `pairings` namespace. */
export class PairingError extends Error {
  constructor(
    message:
      | 'errors.notFound'
      | 'errors.menteeAlreadyPaired'
      | 'errors.closed'
      | 'errors.notProposed'
      | 'errors.hasContacts'
      | 'errors.goalNotFound',
  ) {
    super(message);
    this.name = 'PairingError';
  }
}

export type NewPairingOptions = {
  /** The day of the proposal (and of activation when `activate`). */
  date: string;
  /** Warnings the coordinator went past, with the reason they gave. */
  overrides?: { kind: OverrideKind; reason: string }[];
};

/**
 * Propose a pairing. The mentee becomes "paired" in the same transaction; a mentee already in
 * an open pairing (proposed, active or paused) cannot get a second one.
 */
export const createPairing = async (input: PairingInput, options: NewPairingOptions): Promise<Pairing> => {
  const parsed = PairingInputSchema.parse(input);
  const now = nowIso();
  const pairing = PairingSchema.parse({
    ...parsed,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    status: 'proposed',
    statusHistory: [{ status: 'proposed', date: options.date, note: '' }],
    overrides: (options.overrides ?? []).map((o) => ({ kind: o.kind, reason: o.reason.trim(), at: now })),
    closure: null,
    lastContactDate: '',
  });
  assertWritable();
  await db.transaction('rw', db.pairings, db.mentees, async () => {
    const open = await db.pairings
      .where('menteeId')
      .equals(parsed.menteeId)
      .filter((p) => !p.deletedAt && isOpenPairingStatus(p.status))
      .count();
    if (open > 0) throw new PairingError('errors.menteeAlreadyPaired');
    await setMenteeStatusInTransaction(parsed.menteeId, 'paired', options.date);
    await db.pairings.add(pairing);
  });
  return pairing;
};

const loadOpen = async (id: string): Promise<Pairing> => {
  const existing = await db.pairings.get(id);
  if (!existing || existing.deletedAt) throw new PairingError('errors.notFound');
  if (existing.status === 'closed') throw new PairingError('errors.closed');
  return existing;
};

/** Dates, goals and notes; people and status change elsewhere. */
export const updatePairingDetails = async (
  id: string,
  details: Pick<PairingInput, 'startDate' | 'plannedEndDate' | 'notes' | 'goals'>,
): Promise<void> => {
  const parsed = PairingInputSchema.pick({ startDate: true, plannedEndDate: true, notes: true, goals: true }).parse(
    details,
  );
  assertWritable();
  await db.transaction('rw', db.pairings, async () => {
    const existing = await loadOpen(id);
    await db.pairings.put(PairingSchema.parse({ ...existing, ...parsed }));
  });
};

/** Add a goal (with an empty progress log). */
export const addGoal = async (id: string, text: string): Promise<void> => {
  const goal = GoalSchema.parse({ id: crypto.randomUUID(), text, achieved: false, progress: [] });
  assertWritable();
  await db.transaction('rw', db.pairings, async () => {
    const existing = await loadOpen(id);
    await db.pairings.put(PairingSchema.parse({ ...existing, goals: [...existing.goals, goal] }));
  });
};

/**
 * Correct a goal's wording. Its progress notes and whether it is achieved stay; the goal is
 * validated with the same schema as when it was added.
 */
export const updateGoal = async (id: string, goalId: string, text: string): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.pairings, async () => {
    const existing = await loadOpen(id);
    if (!existing.goals.some((g) => g.id === goalId)) throw new PairingError('errors.goalNotFound');
    const goals = existing.goals.map((g) => (g.id === goalId ? GoalSchema.parse({ ...g, text }) : g));
    await db.pairings.put(PairingSchema.parse({ ...existing, goals }));
  });
};

/** A dated progress note on a goal, and optionally mark it achieved. */
export const addGoalProgress = async (
  id: string,
  goalId: string,
  note: { date: string; note: string; achieved?: boolean },
): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.pairings, async () => {
    const existing = await loadOpen(id);
    const goals = existing.goals.map((g) =>
      g.id === goalId
        ? GoalSchema.parse({
            ...g,
            achieved: note.achieved ?? g.achieved,
            progress: [...g.progress, { date: note.date, note: note.note }],
          })
        : g,
    );
    await db.pairings.put(PairingSchema.parse({ ...existing, goals }));
  });
};

/**
 * Move along proposed → active ⇄ paused. Closing goes through `closePairing`, which records
 * why and what happens to the mentee.
 */
export const changePairingStatus = async (
  id: string,
  to: Exclude<PairingStatus, 'closed' | 'proposed'>,
  date: string,
  note = '',
): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.pairings, async () => {
    const existing = await loadOpen(id);
    const next = PairingSchema.parse(transitionPairing(existing, to, date, note));
    await db.pairings.put(next);
  });
};

/**
 * Close a pairing: the closure is recorded, the mentee returns to "waiting" or is closed (the
 * coordinator's choice, in the closure), and the mentor's place is freed (capacity is derived
 * from open pairings, so closing is all it takes). One transaction: all of it or nothing.
 */
export const closePairing = async (id: string, closure: ClosureInput): Promise<void> => {
  const parsed = ClosureSchema.parse(closure);
  assertWritable();
  await db.transaction('rw', db.pairings, db.mentees, async () => {
    const existing = await loadOpen(id);
    const moved = transitionPairing(existing, 'closed', parsed.date, parsed.reasonText);
    await db.pairings.put(PairingSchema.parse({ ...moved, closure: parsed }));
    await setMenteeStatusInTransaction(existing.menteeId, parsed.menteeStatusAfter, parsed.date);
  });
};

/**
 * Delete a pairing that is still only proposed (made by mistake); an active, paused or closed
 * pairing stays for the record. The mentee waits for a mentor again, in the same transaction.
 * A proposal with contacts logged is refused: those contacts happened, so delete them first or
 * close the pairing. `restorePairing` undoes it.
 */
export const deletePairing = async (id: string): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.pairings, db.mentees, db.contactLogs, async () => {
    const existing = await db.pairings.get(id);
    if (!existing || existing.deletedAt) throw new PairingError('errors.notFound');
    if (existing.status !== 'proposed') throw new PairingError('errors.notProposed');
    if ((await latestContactDate(id)) !== '') throw new PairingError('errors.hasContacts');
    await setDeleted('pairings', id, true);
    // A mentee deleted meanwhile keeps the status it had.
    if (await getMentee(existing.menteeId))
      await setMenteeStatusInTransaction(existing.menteeId, 'waiting', existing.statusHistory[0]?.date ?? '');
  });
};

/** Undo of `deletePairing`: the proposal is back and the mentee paired again, unless they were paired meanwhile. */
export const restorePairing = async (id: string): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.pairings, db.mentees, async () => {
    const existing = await db.pairings.get(id);
    if (!existing) throw new PairingError('errors.notFound');
    if (!existing.deletedAt) return;
    const open = await db.pairings
      .where('menteeId')
      .equals(existing.menteeId)
      .filter((p) => !p.deletedAt && isOpenPairingStatus(p.status))
      .count();
    if (open > 0) throw new PairingError('errors.menteeAlreadyPaired');
    if (await getMentee(existing.menteeId))
      await setMenteeStatusInTransaction(existing.menteeId, 'paired', existing.statusHistory[0]?.date ?? '');
    await setDeleted('pairings', id, false);
  });
};

export const getPairing = async (id: string): Promise<Pairing | undefined> => {
  const p = await db.pairings.get(id);
  return p && !p.deletedAt ? p : undefined;
};

const newestFirst = (a: Pairing, b: Pairing) =>
  (b.statusHistory[0]?.date ?? '').localeCompare(a.statusHistory[0]?.date ?? '') ||
  b.createdAt.localeCompare(a.createdAt);

/** A mentor's pairings (open and closed), newest first. */
export const listPairingsOfMentor = async (mentorId: string): Promise<Pairing[]> =>
  (await db.pairings.where('mentorId').equals(mentorId).toArray()).filter((p) => !p.deletedAt).sort(newestFirst);

/** A mentee's pairings (open and closed), newest first. */
export const listPairingsOfMentee = async (menteeId: string): Promise<Pairing[]> =>
  (await db.pairings.where('menteeId').equals(menteeId).toArray()).filter((p) => !p.deletedAt).sort(newestFirst);

/** Pairings in these statuses, through the status index. */
export const listPairingsByStatus = async (statuses: readonly PairingStatus[]): Promise<Pairing[]> =>
  (
    await db.pairings
      .where('status')
      .anyOf([...statuses])
      .toArray()
  )
    .filter((p) => !p.deletedAt)
    .sort(newestFirst);

/**
 * Ids of the pairings in these statuses, for the list: per status, those without a start date
 * (proposals) first, then by start date, newest first. Index keys only — the list reads the
 * records of the page it shows.
 */
export const findPairingIds = async (statuses: readonly PairingStatus[]): Promise<string[]> => {
  const [perStatus, tombstones] = await Promise.all([
    Promise.all(
      statuses.map(async (s) => {
        const [all, started] = await Promise.all([
          db.pairings.where('status').equals(s).primaryKeys(),
          // A null start date is not an IndexedDB key, so this index holds only started pairings.
          db.pairings.where('[status+startDate]').between([s, Dexie.minKey], [s, Dexie.maxKey]).primaryKeys(),
        ]);
        const startedSet = new Set(started);
        return [...all.filter((id) => !startedSet.has(id)), ...started.reverse()];
      }),
    ),
    db.pairings.where('deletedAt').above('').primaryKeys(),
  ]);
  const deleted = new Set(tombstones);
  return perStatus.flat().filter((id) => !deleted.has(id));
};

export const getPairingsByIds = async (ids: readonly string[]): Promise<Pairing[]> =>
  (await db.pairings.bulkGet([...ids])).filter((p): p is Pairing => p !== undefined && !p.deletedAt);

/** How many places of this mentor are taken: pairings proposed, active or paused. */
export const countOpenPairingsOfMentor = async (mentorId: string): Promise<number> =>
  db.pairings
    .where('[mentorId+status]')
    .anyOf(OPEN_PAIRING_STATUSES.map((s) => [mentorId, s]))
    .filter((p) => !p.deletedAt)
    .count();

/**
 * Open pairings per mentor, for every mentor at once (the suggestion list, the mentors' export):
 * one small record per mentor with an open pairing, kept by the database beside the pairings
 * (renderer/db/mentorPairings.ts), instead of every open pairing read whole.
 */
export const countOpenPairingsByMentor = async (): Promise<Map<string, number>> =>
  new Map((await db.mentorPairings.toArray()).map((m) => [m.id, m.open.length]));

// ---- Contact log -------------------------------------------------------------------------

/** The latest date among a pairing's (not deleted) contacts, or '' — read from the [pairingId+date] index. */
const latestContactDate = async (pairingId: string): Promise<string> => {
  const latest = await db.contactLogs
    .where('[pairingId+date]')
    .between([pairingId, Dexie.minKey], [pairingId, Dexie.maxKey])
    .reverse()
    .filter((l) => !l.deletedAt)
    .first();
  return latest?.date ?? '';
};

/** Recompute the pairing's `lastContactDate` inside the caller's transaction. */
const syncLastContact = async (pairingId: string): Promise<void> => {
  const pairing = await db.pairings.get(pairingId);
  if (!pairing) return;
  const last = await latestContactDate(pairingId);
  if (pairing.lastContactDate !== last) await db.pairings.put({ ...pairing, lastContactDate: last });
};

/**
 * Log a contact. The pairing's `lastContactDate` (which the monitoring list reads through its
 * index) changes in the same transaction, so the two never disagree. A closed pairing's log is
 * a record: it no longer changes (nor does that of a deleted one).
 */
export const addContactLog = async (input: ContactLogInput): Promise<ContactLog> => {
  const parsed = ContactLogInputSchema.parse(input);
  const now = nowIso();
  assertWritable();
  return db.transaction('rw', db.pairings, db.contactLogs, async () => {
    const pairing = await loadOpen(parsed.pairingId);
    const log = ContactLogSchema.parse({
      ...parsed,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      mentorId: pairing.mentorId,
      menteeId: pairing.menteeId,
    });
    await db.contactLogs.add(log);
    await syncLastContact(pairing.id);
    return log;
  });
};

export const updateContactLog = async (id: string, input: ContactLogInput): Promise<void> => {
  const parsed = ContactLogInputSchema.parse(input);
  assertWritable();
  await db.transaction('rw', db.pairings, db.contactLogs, async () => {
    const existing = await db.contactLogs.get(id);
    if (!existing || existing.deletedAt) throw new PairingError('errors.notFound');
    await loadOpen(existing.pairingId);
    await db.contactLogs.put(ContactLogSchema.parse({ ...existing, ...parsed, pairingId: existing.pairingId }));
    await syncLastContact(existing.pairingId);
  });
};

/** Soft delete (with undo); the pairing's last contact date falls back to the previous contact. */
export const deleteContactLog = async (id: string): Promise<void> => setContactLogDeleted(id, true);
export const restoreContactLog = async (id: string): Promise<void> => setContactLogDeleted(id, false);

const setContactLogDeleted = async (id: string, deleted: boolean): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.pairings, db.contactLogs, async () => {
    const existing = await db.contactLogs.get(id);
    if (!existing) throw new PairingError('errors.notFound');
    await loadOpen(existing.pairingId);
    // Joins this transaction (it includes contactLogs), so the last contact date below follows.
    await setDeleted('contactLogs', id, deleted);
    await syncLastContact(existing.pairingId);
  });
};

/** A pairing's contacts, newest first (through the [pairingId+date] index). */
export const listContactLogs = async (pairingId: string): Promise<ContactLog[]> =>
  (
    await db.contactLogs
      .where('[pairingId+date]')
      .between([pairingId, Dexie.minKey], [pairingId, Dexie.maxKey])
      .reverse()
      .toArray()
  ).filter((l) => !l.deletedAt);

const newestContactFirst = (a: ContactLog, b: ContactLog) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/**
 * The latest contacts of a mentor or a mentee (their page shows a few), newest first (by date,
 * then by when they were recorded). A mentor's are read newest first through `[mentorId+date]`,
 * only as many as needed: years of contact logs stay unread (issue 24). The rows of the oldest
 * date read may be only some of that day's, so they count only once a row of an earlier date, or
 * the end of the range, shows the day was read whole; if that leaves too few, a longer stretch is
 * read. A mentee's contacts are those of their pairings, few: read whole through `menteeId`.
 */
export const latestContactsOf = async (
  person: { mentorId: string } | { menteeId: string },
  limit = 5,
): Promise<ContactLog[]> => {
  if (!('mentorId' in person))
    return (await db.contactLogs.where('menteeId').equals(person.menteeId).toArray())
      .filter((l) => !l.deletedAt)
      .sort(newestContactFirst)
      .slice(0, limit);
  const range = db.contactLogs
    .where('[mentorId+date]')
    .between([person.mentorId, Dexie.minKey], [person.mentorId, Dexie.maxKey]);
  for (let wanted = limit * 2; ; wanted *= 2) {
    const rows = await range.clone().reverse().limit(wanted).toArray();
    const whole = rows.length < wanted;
    const oldestRead = rows[rows.length - 1]?.date ?? '';
    const complete = rows.filter((l) => !l.deletedAt && (whole || l.date > oldestRead));
    if (whole || complete.length >= limit) return complete.sort(newestContactFirst).slice(0, limit);
  }
};

/** Crisis contacts dated from `since` (through the date index), newest first. */
export const recentCrisisContacts = async (since: string): Promise<ContactLog[]> =>
  // Read the range in bulk and filter here: a Dexie `.filter` would step a cursor row by row.
  (await db.contactLogs.where('date').aboveOrEqual(since).toArray())
    .filter((l) => l.crisis && !l.deletedAt)
    .sort((a, b) => b.date.localeCompare(a.date));

/** Contacts of a pairing dated in [from, to) — the first month's count of the monitoring rule. */
export const countContactsBetween = async (pairingId: string, from: string, toExclusive: string): Promise<number> =>
  (
    await db.contactLogs
      .where('[pairingId+date]')
      .between([pairingId, from], [pairingId, toExclusive], true, false)
      .toArray()
  ).filter((l) => !l.deletedAt).length;

// ---- Monitoring --------------------------------------------------------------------------

export type MonitoredPairing = { pairing: Pairing; breaches: MonitoringBreach[] };

/**
 * Every active pairing that breaks the monitoring rule on `today`, most overdue first. Reads
 * only candidates, through indexes:
 * - `[status+lastContactDate]` from ('active', '') up to the overdue cutoff: pairings with no
 *   contact yet ('' sorts first) or none recent enough;
 * - `[status+startDate]` for pairings whose first month ended within the last period, the only
 *   ones that can fall short of the first month's contacts while their last contact is recent.
 * The first month's contacts are counted on the `[pairingId+date]` index, and only when the
 * last contact is inside the first month (a later contact ends that shortfall).
 */
export const findMonitoringBreaches = async (today: string, rules: MonitoringRules): Promise<MonitoredPairing[]> => {
  const cutoff = overdueCutoff(today, rules);
  // A few days of margin: month arithmetic at month ends ("31 Jan + 1 month") is not symmetric.
  const latestStart = dayjs(latestStartWithEndedFirstMonth(today)).add(3, 'day').format('YYYY-MM-DD');
  const earliestStart = dayjs(latestStart)
    .subtract(rules.contactEveryDays + 7, 'day')
    .format('YYYY-MM-DD');
  const [stale, recentlyStarted] = await Promise.all([
    db.pairings.where('[status+lastContactDate]').between(['active', ''], ['active', cutoff], true, true).toArray(),
    db.pairings
      .where('[status+startDate]')
      .between(['active', earliestStart], ['active', latestStart], true, true)
      .toArray(),
  ]);
  const candidates = new Map<string, Pairing>();
  for (const p of [...stale, ...recentlyStarted]) if (!p.deletedAt && p.startDate) candidates.set(p.id, p);

  const evaluated = await Promise.all(
    [...candidates.values()].map(async (pairing): Promise<MonitoredPairing> => {
      const start = pairing.startDate as string;
      const monthEnd = firstMonthEnd(start);
      const needsCount = pairing.lastContactDate !== '' && pairing.lastContactDate < monthEnd && today >= monthEnd;
      const firstMonthContacts = needsCount ? await countContactsBetween(pairing.id, start, monthEnd) : 0;
      return {
        pairing,
        breaches: monitoringBreaches(
          { startDate: start, lastContactDate: pairing.lastContactDate, firstMonthContacts },
          rules,
          today,
        ),
      };
    }),
  );
  const results = evaluated.filter((r) => r.breaches.length > 0);
  const lastTouch = (p: Pairing) => p.lastContactDate || p.startDate || '';
  return results.sort((a, b) => lastTouch(a.pairing).localeCompare(lastTouch(b.pairing)));
};

/** What the reports count of a contact log (see `listContactFactsBetween`). */
export type ContactLogFacts = ReturnType<typeof contactLogOfEntry>;

/**
 * What the reports count of every live contact log dated `from`–`to` (inclusive), read from the
 * day digests (renderer/db/dayDigests.ts): one record per day instead of one per log — the live
 * logs of those days, with only the fields a report counts.
 */
export const listContactFactsBetween = async (from: string, to: string): Promise<ContactLogFacts[]> =>
  (await db.contactDays.where(':id').between(from, to, true, true).toArray()).flatMap((d) =>
    d.entries.map((e) => contactLogOfEntry(d.id, e)),
  );

/**
 * Live contact logs of these pairings dated `from`–`to` (inclusive): one `[pairingId+date]` range
 * per pairing (a mentor's volunteer hours of a year).
 */
export const listContactLogsOfPairingsBetween = async (
  pairingIds: readonly string[],
  from: string,
  to: string,
): Promise<ContactLog[]> => {
  const perPairing = await Promise.all(
    [...new Set(pairingIds)].map((id) =>
      db.contactLogs.where('[pairingId+date]').between([id, from], [id, to], true, true).toArray(),
    ),
  );
  return perPairing.flat().filter((l) => !l.deletedAt);
};

/**
 * Live pairings that may have been open during `from`–`to`: the active and paused ones that
 * started on or before `to`, through `[status+startDate]`, and the closed ones that started on or
 * before `to` and closed on or after `from`, through `closure.date` — not every pairing ever
 * closed (proposals have no start date and never count as delivered).
 */
export const listPairingsOpenBetween = async (from: string, to: string): Promise<Pairing[]> => {
  const statuses: PairingStatus[] = ['active', 'paused'];
  const [open, closed] = await Promise.all([
    Promise.all(
      statuses.map((s) =>
        db.pairings.where('[status+startDate]').between([s, Dexie.minKey], [s, to], true, true).toArray(),
      ),
    ),
    db.pairings.where('closure.date').aboveOrEqual(from).toArray(),
  ]);
  return [
    ...open.flat(),
    ...closed.filter((p) => p.status === 'closed' && p.startDate !== null && p.startDate <= to),
  ].filter((p) => !p.deletedAt);
};
