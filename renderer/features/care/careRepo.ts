import Dexie from 'dexie';
import type { CareSummary } from '../../db/careSummaries';
import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { RecordNotFoundError, setDeleted } from '../../db/softDelete';
import { addDays, scoreAnswers, type Score } from '../../../shared/checkins';
import {
  DEFAULT_WELLBEING_RULE,
  getWellbeingQuestionnaire,
  mentorLoad,
  needReasons,
  openReasons,
  wellbeingDue,
  windowStart,
  type CareRules,
  type LoadContact,
  type LoadWellbeing,
  type MentorLoad,
  type NeedReason,
  type WellbeingDue,
  type WellbeingRule,
} from '../../../shared/care';
import {
  CareAckInputSchema,
  CareAckSchema,
  WellbeingCheckInInputSchema,
  WellbeingCheckInSchema,
  type CareAck,
  type CareAckInput,
  type WellbeingCheckIn,
  type WellbeingCheckInInput,
} from '../../../shared/domain/care';
import type { Mentor } from '../../../shared/domain/mentor';
import { RulesSchema, type Rules } from '../../../shared/domain/settings';
import { nowIso } from '../../lib/format';
import { changeMentorStatus, sortedMentorIds } from '../mentors';
import { changePairingStatus } from '../pairings';
import { lastSupervisionDates, lastSupervisionsOnOrBefore } from '../sessions';
import { getSettings } from '../settings';

/**
 * Care for the carers (issue 25): the mentors' wellbeing check-ins, their load and who needs
 * support now. The figures are the pure functions of shared/care over the records this module
 * reads — only the recent ones, through indexes, never a whole table:
 * - the list reads one small summary per active or paused mentor (renderer/db/careSummaries.ts,
 *   kept by the database layer: name, status, capacity, active pairings, recent contact logs,
 *   sessions with open follow-ups, wellbeing scores), the last supervision attended from the
 *   per-person summaries, and the "talked, all right" notes of flagged mentors only;
 * - the mentor's page reads the mentor's own rows: contact logs of the last 90 days (or the
 *   crisis window, if longer) by `[mentorId+date]`, their supervision rows in reverse, pairings
 *   by `mentorId`, open follow-ups of the sessions of the last year they facilitated or were
 *   expected at, and all their wellbeing check-ins by `[mentorId+date]`.
 */

export class CareError extends Error {
  constructor(key: 'errors.mentorNotFound' | 'errors.notFound' | 'errors.nothingToClear') {
    super(key);
    this.name = 'CareError';
  }
}

/** The rules of Settings as the pure functions take them (settings saved before issue 25 get the defaults). */
export const careRulesOf = (rules: Partial<Rules>): { care: CareRules; wellbeing: WellbeingRule } => {
  const r = RulesSchema.parse(rules);
  return {
    care: {
      crisisCount: r.careCrisisCount,
      crisisWindowDays: r.careCrisisDays,
      wellbeingDrop: r.careWellbeingDrop,
      overCapacity: r.careOverCapacity,
      supervisionEveryWeeks: r.careSupervisionOverdue ? r.supervisionEveryWeeks : null,
    },
    wellbeing: {
      everyMonths: r.wellbeingEveryMonths,
      afterCrisisDays: r.wellbeingAfterCrisisDays ?? DEFAULT_WELLBEING_RULE.afterCrisisDays,
    },
  };
};

export type ScoredWellbeing = WellbeingCheckIn & Score;

export const scoreWellbeing = (w: WellbeingCheckIn): ScoredWellbeing => {
  const q = getWellbeingQuestionnaire(w.questionnaire);
  if (!q) return { ...w, score: null, answered: 0, total: 0, partial: true };
  const known = Object.fromEntries(Object.entries(w.answers).filter(([id]) => q.items.some((i) => i.id === id)));
  return { ...w, ...scoreAnswers(q, known) };
};

/** Record a mentor's wellbeing check-in (the mentor must exist). */
export const recordWellbeingCheckIn = async (input: WellbeingCheckInInput): Promise<WellbeingCheckIn> => {
  const parsed = WellbeingCheckInInputSchema.parse(input);
  assertWritable();
  return db.transaction('rw', db.mentors, db.wellbeingCheckIns, async () => {
    const mentor = await db.mentors.get(parsed.mentorId);
    if (!mentor || mentor.deletedAt) throw new CareError('errors.mentorNotFound');
    const now = nowIso();
    const record = WellbeingCheckInSchema.parse({
      ...parsed,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    await db.wellbeingCheckIns.add(record);
    return record;
  });
};

const setWellbeingDeleted = async (id: string, deleted: boolean): Promise<void> => {
  try {
    await setDeleted('wellbeingCheckIns', id, deleted);
  } catch (e) {
    throw e instanceof RecordNotFoundError ? new CareError('errors.notFound') : e;
  }
};
export const deleteWellbeingCheckIn = (id: string): Promise<void> => setWellbeingDeleted(id, true);
export const restoreWellbeingCheckIn = (id: string): Promise<void> => setWellbeingDeleted(id, false);

/** A mentor's wellbeing check-ins, oldest first, scored. */
export const listWellbeing = async (mentorId: string): Promise<ScoredWellbeing[]> =>
  (
    await db.wellbeingCheckIns
      .where('[mentorId+date]')
      .between([mentorId, Dexie.minKey], [mentorId, Dexie.maxKey])
      .toArray()
  )
    .filter((w) => !w.deletedAt)
    .map(scoreWellbeing);

/** "Talked, all right": clears the reasons named (each with the fact that raised it). */
export const acknowledgeNeeds = async (input: CareAckInput): Promise<CareAck> => {
  const parsed = CareAckInputSchema.parse(input);
  assertWritable();
  return db.transaction('rw', db.mentors, db.careAcks, async () => {
    const mentor = await db.mentors.get(parsed.mentorId);
    if (!mentor || mentor.deletedAt) throw new CareError('errors.mentorNotFound');
    const now = nowIso();
    const record = CareAckSchema.parse({
      ...parsed,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    await db.careAcks.add(record);
    return record;
  });
};

/** When the mentor last became active (the latest move to active), null when never. */
export const activeSinceOf = (m: Pick<Mentor, 'statusHistory'>): string | null =>
  [...m.statusHistory].reverse().find((h) => h.status === 'active')?.date ?? null;

/** What the load list shows of a mentor (the list reads it from the care summaries). */
export type CareMentor = Pick<Mentor, 'id' | 'givenName' | 'familyName' | 'status' | 'capacity' | 'sortKey'>;

export type CareRow<M extends CareMentor = CareMentor> = {
  mentor: M;
  load: MentorLoad;
  /** Every reason the rules give today, and those no "talked, all right" note cleared. */
  allReasons: NeedReason[];
  reasons: NeedReason[];
  wellbeingDue: WellbeingDue;
};

/** How far back the list looks for contacts: the 90 days of the load, or a longer crisis window. */
const contactDays = (rules: CareRules) => Math.max(90, rules.crisisWindowDays);
const FOLLOW_UP_DAYS = 365;
const WELLBEING_LIST_DAYS = 730;

const toLoadContact = (c: {
  id: string;
  date: string;
  durationMinutes: number;
  crisis: boolean;
  deletedAt: string | null;
}): LoadContact[] =>
  c.deletedAt ? [] : [{ id: c.id, date: c.date, durationMinutes: c.durationMinutes, crisis: c.crisis }];

const rowOf = <M extends CareMentor>(
  mentor: M,
  activeSince: string | null,
  parts: {
    activePairings: number;
    contacts: LoadContact[];
    lastSupervision: string | null;
    openFollowUps: number;
    wellbeing: LoadWellbeing[];
    acks: CareAck[];
  },
  rules: { care: CareRules; wellbeing: WellbeingRule },
  today: string,
): CareRow<M> => {
  const supervisionDates = parts.lastSupervision ? [parts.lastSupervision] : [];
  const wellbeing = parts.wellbeing.map((w) => ({ id: w.id, date: w.date, score: w.score }));
  const load = mentorLoad(
    {
      capacity: mentor.capacity,
      pairingStatuses: Array<string>(parts.activePairings).fill('active'),
      contacts: parts.contacts,
      supervisionDates,
      openFollowUps: parts.openFollowUps,
      wellbeing,
    },
    today,
  );
  const allReasons = needReasons(
    {
      status: mentor.status,
      activeSince,
      capacity: mentor.capacity,
      activePairings: parts.activePairings,
      contacts: parts.contacts,
      supervisionDates,
      wellbeing,
    },
    rules.care,
    today,
  );
  return {
    mentor,
    load,
    allReasons,
    reasons: openReasons(allReasons, parts.acks),
    wellbeingDue: wellbeingDue(
      {
        status: mentor.status,
        activeSince,
        checkInDates: parts.wellbeing.map((w) => w.date),
        crisisDates: parts.contacts.filter((c) => c.crisis).map((c) => c.date),
      },
      rules.wellbeing,
      today,
    ),
  };
};

/**
 * One mentor's load, reasons and wellbeing schedule (the mentor's page); null when there is no such
 * mentor. Their active pairings and open follow-ups come from their care summary (as the load list
 * has them), not from every pairing and every session of theirs, years of sessions for a
 * long-serving mentor; everything but the contacts, whose window the rules set, is read at once
 * (issue 24).
 */
export const mentorCare = async (
  mentorId: string,
  today: string,
): Promise<(CareRow<Mentor> & { wellbeing: ScoredWellbeing[] }) | null> =>
  db.transaction(
    'r',
    [db.settings, db.mentors, db.careSummaries, db.contactLogs, db.attendance, db.wellbeingCheckIns, db.careAcks],
    async () => {
      const [settings, mentor, summary, last, wellbeing, acks] = await Promise.all([
        getSettings(),
        db.mentors.get(mentorId),
        db.careSummaries.get(mentorId),
        lastSupervisionDates([mentorId], today),
        listWellbeing(mentorId),
        db.careAcks.where('mentorId').equals(mentorId).toArray(),
      ]);
      if (!mentor || mentor.deletedAt) return null;
      const rules = careRulesOf(settings.rules);
      const from = windowStart(today, contactDays(rules.care));
      const contacts = await db.contactLogs
        .where('[mentorId+date]')
        .between([mentorId, from], [mentorId, today], true, true)
        .toArray();
      const followFrom = addDays(today, -FOLLOW_UP_DAYS);
      const row = rowOf(
        mentor,
        activeSinceOf(mentor),
        {
          activePairings: summary?.activePairings.length ?? 0,
          contacts: contacts.flatMap(toLoadContact),
          lastSupervision: last.get(mentorId) ?? null,
          openFollowUps: (summary?.followUps ?? [])
            .filter((f) => f.date >= followFrom && f.date <= today)
            .reduce((n, f) => n + f.open, 0),
          wellbeing,
          acks: acks.filter((a) => !a.deletedAt),
        },
        rules,
        today,
      );
      return { ...row, wellbeing };
    },
  );

/** The tables the load list reads (the settings too: its rules are read in the same transaction). */
const listTables = () => [
  db.settings,
  db.careSummaries,
  db.personSummaries,
  db.attendance,
  db.contactLogs,
  db.wellbeingCheckIns,
  db.careAcks,
];

/**
 * The list's order: the organisation's alphabet (`sortKey`), then the id — the order of the
 * mentors' `sortKey` index, which `careListWindow` reads.
 */
const inListOrder = (summaries: CareSummary[]): CareSummary[] =>
  summaries.sort((a, b) => {
    const ka = a.sortKey ?? '';
    const kb = b.sortKey ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });

const ofStatus = (status: Mentor['status']) =>
  db.careSummaries.where('[status+sortKey]').between([status, Dexie.minKey], [status, Dexie.maxKey]);

/**
 * The rows of these summaries (in their order), inside a transaction over `listTables()`: the
 * last supervisions from the person summaries, and the "talked, all right" notes of the flagged
 * mentors only. A summary keeps contacts and check-ins back to its horizons (crisis contacts for
 * the crisis window, the others for the hours of the last 30 days): for a `today` further back
 * than they reach, that mentor's own rows are read instead.
 */
const rowsOfSummaries = async (
  summaries: readonly CareSummary[],
  rules: { care: CareRules; wellbeing: WellbeingRule },
  today: string,
  /** The last supervisions of these mentors, when already read. */
  supervisions?: Map<string, string | null>,
): Promise<CareRow[]> => {
  const contactFrom = windowStart(today, contactDays(rules.care));
  const followFrom = addDays(today, -FOLLOW_UP_DAYS);
  const wellbeingFrom = addDays(today, -WELLBEING_LIST_DAYS);
  const within = (from: string) => (x: { date: string }) => x.date >= from && x.date <= today;
  const hoursFrom = windowStart(today, 30);
  const shortContacts = summaries.filter((s) => s.contactsFrom > hoursFrom || s.crisisFrom > contactFrom);
  const shortWellbeing = summaries.filter((s) => s.wellbeingFrom > wellbeingFrom);
  const [lastSupervision, olderContacts, olderWellbeing] = await Promise.all([
    supervisions ??
      lastSupervisionsOnOrBefore(
        summaries.map((s) => s.id),
        today,
      ),
    Promise.all(
      shortContacts.map((s) =>
        db.contactLogs.where('[mentorId+date]').between([s.id, contactFrom], [s.id, today], true, true).toArray(),
      ),
    ),
    Promise.all(
      shortWellbeing.map((s) =>
        db.wellbeingCheckIns
          .where('[mentorId+date]')
          .between([s.id, wellbeingFrom], [s.id, today], true, true)
          .toArray(),
      ),
    ),
  ]);
  const contactsBy = new Map(shortContacts.map((s, i) => [s.id, (olderContacts[i] ?? []).flatMap(toLoadContact)]));
  const wellbeingBy = new Map(
    shortWellbeing.map((s, i) => [s.id, (olderWellbeing[i] ?? []).filter((w) => !w.deletedAt).map(scoreWellbeing)]),
  );

  const rows = summaries.map((s) =>
    rowOf(
      {
        id: s.id,
        givenName: s.givenName,
        familyName: s.familyName,
        status: s.status as Mentor['status'],
        capacity: s.capacity,
        sortKey: s.sortKey ?? '',
      },
      s.activeSince,
      {
        activePairings: s.activePairings.length,
        contacts:
          contactsBy.get(s.id) ??
          s.contacts
            .filter(within(contactFrom))
            .map((c) => ({ id: c.id, date: c.date, durationMinutes: c.minutes, crisis: c.crisis })),
        lastSupervision: lastSupervision.get(s.id) ?? null,
        openFollowUps: s.followUps.filter(within(followFrom)).reduce((n, f) => n + f.open, 0),
        wellbeing: wellbeingBy.get(s.id) ?? s.wellbeing.filter(within(wellbeingFrom)),
        acks: [],
      },
      rules,
      today,
    ),
  );
  // Only the flagged mentors' notes can clear anything: read those alone.
  const flagged = rows.filter((r) => r.allReasons.length > 0).map((r) => r.mentor.id);
  const acks =
    flagged.length === 0
      ? []
      : (await db.careAcks.where('mentorId').anyOf(flagged).toArray()).filter((a) => !a.deletedAt);
  const acksBy = new Map<string, CareAck[]>();
  for (const a of acks) acksBy.set(a.mentorId, [...(acksBy.get(a.mentorId) ?? []), a]);
  return rows.map((r) =>
    r.allReasons.length === 0 ? r : { ...r, reasons: openReasons(r.allReasons, acksBy.get(r.mentor.id) ?? []) },
  );
};

/**
 * The load list (Mentors → Load): every active or paused mentor with their load, the reasons
 * they need support now, and when their wellbeing check-in is due. In name order; the page sorts.
 *
 * It reads one small summary per mentor (renderer/db/careSummaries.ts, through `[status+sortKey]`)
 * and the last supervisions (the person summaries), never the records they summarise; only a
 * `today` so far back that a summary no longer holds what it needs reads that mentor's contact
 * logs or wellbeing check-ins. Sorting by a figure and "needs support only" need every row; the
 * list in name order needs only those in view (`careListWindow`).
 */
export const careList = async (today: string): Promise<CareRow[]> =>
  db.transaction('r', listTables(), async () => {
    const [settings, active, paused] = await Promise.all([
      getSettings(),
      ofStatus('active').toArray(),
      ofStatus('paused').toArray(),
    ]);
    return rowsOfSummaries(inListOrder([...active, ...paused]), careRulesOf(settings.rules), today);
  });

/** The load list in name order, its size and the rows of a stretch of it (`careListWindow`). */
export type CareListWindow = {
  /** Every active or paused mentor's id, in the order asked for. */
  ids: string[];
  /** The rows of `ids[from]`…`ids[to - 1]`, by mentor id. */
  rows: ReadonlyMap<string, CareRow>;
};

/**
 * The load list in name order (`desc`: from Z), as a virtualised table needs it: every mentor's
 * id, and the rows from position `from` to `to` (exclusive), computed as `careList` computes
 * them, from those mentors' summaries alone. The order needs no summary read: the ids of the
 * active and paused mentors come from the summaries' `[status+sortKey]` index, their order from
 * the mentors' `sortKey` index (keys only, one request each). On the large dataset: three key
 * lists and a screenful of summaries and person summaries, instead of 1,300 summaries and every
 * supervised person's summary.
 */
export const careListWindow = async (
  today: string,
  dir: 'asc' | 'desc',
  from: number,
  to: number,
): Promise<CareListWindow> =>
  db.transaction('r', [...listTables(), db.mentors], async () => {
    const [settings, byName, active, paused] = await Promise.all([
      getSettings(),
      sortedMentorIds(),
      ofStatus('active').primaryKeys(),
      ofStatus('paused').primaryKeys(),
    ]);
    // A summary in the index has its mentor's sort key (it is kept with the mentor's record, in
    // the same transaction), so every listed mentor is in the mentors' index too.
    const listed = new Set([...active, ...paused]);
    const ids = byName.filter((id) => listed.has(id));
    if (dir === 'desc') ids.reverse();
    const wanted = ids.slice(Math.max(0, from), Math.max(0, to));
    const [summaries, supervisions] = await Promise.all([
      db.careSummaries.bulkGet(wanted),
      lastSupervisionsOnOrBefore(wanted, today),
    ]);
    const rows = await rowsOfSummaries(
      summaries.filter((s): s is CareSummary => s !== undefined),
      careRulesOf(settings.rules),
      today,
      supervisions,
    );
    return { ids, rows: new Map(rows.map((r) => [r.mentor.id, r])) };
  });

/** The mentors who need support now, the longest list of reasons first, then by name. */
export const needsSupport = async (today: string): Promise<CareRow[]> =>
  (await careList(today)).filter((r) => r.reasons.length > 0).sort((a, b) => b.reasons.length - a.reasons.length);

/**
 * A pause that protects: the mentor becomes paused (suggestions leave out everyone who is not
 * active) and, when asked, each of their active pairings is paused with the reason. One
 * transaction: all of it or nothing.
 */
export const pauseMentor = async (
  mentorId: string,
  options: { date: string; reason: string; pausePairings: boolean },
): Promise<number> => {
  assertWritable();
  return db.transaction('rw', db.mentors, db.pairings, async () => {
    await changeMentorStatus(mentorId, { status: 'paused', date: options.date, reason: options.reason });
    if (!options.pausePairings) return 0;
    const active = (await db.pairings.where('[mentorId+status]').equals([mentorId, 'active']).toArray()).filter(
      (p) => !p.deletedAt,
    );
    for (const p of active) await changePairingStatus(p.id, 'paused', options.date, options.reason);
    return active.length;
  });
};
