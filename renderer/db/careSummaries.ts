import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Table } from 'dexie';
import type Dexie from 'dexie';
import { addDays, scoreAnswers } from '../../shared/checkins';
import { getWellbeingQuestionnaire } from '../../shared/care/wellbeingQuestionnaire';
import { derivedDataMiddleware } from './derivedDataMiddleware';
import { mutateAndDiff } from './mutationRows';

/**
 * A small per-mentor summary of what the load list (Mentors → Load, issue 25) shows, kept by the
 * database layer so the list reads one small record per active or paused mentor — through the
 * `[status+sortKey]` index, in the organisation's alphabet — instead of the mentors' whole records,
 * three months of contact logs, a year of sessions and the pairings (each read whole).
 *
 * Derived data, like an index and like ./personSummaries.ts: not a domain table, never stamped,
 * never in a backup or a shared-folder file, never merged. `careSummariesMiddleware` sits under
 * every write of the tables it summarises (mentors, pairings, contactLogs, sessions,
 * wellbeingCheckIns) — the repositories, imports, undo, erasure, sync — and updates the summaries
 * in the same IndexedDB transaction (it adds the store to every read-write transaction that
 * includes one of them). Every part is keyed by the id of the row it comes from, so a write takes
 * out what the row as it was gave and puts in what the row as written gives: exact, whatever the
 * order of writes. A write that bypasses Dexie (raw IndexedDB) must call `rebuildCareSummaries`.
 *
 * The parts (each only of live rows, `deletedAt === null`):
 * - the mentor's name, status, capacity, sort key and the date they last became active
 *   (`status` and `sortKey` are null while no live mentor record is there: not in the index);
 * - the ids of their active pairings;
 * - their contact logs (id, date, minutes, crisis): the crisis contacts dated on or after
 *   `crisisFrom`, 400 days before the day of the write (more than the longest crisis window the
 *   rules allow, 365 days), the others on or after `contactsFrom`, 45 days before it (only the
 *   hours of the last 30 days count them). A write moves the horizons on and drops older entries,
 *   so the record stays small; a reader that needs contacts from before a horizon (a `today` far
 *   in the past) reads that mentor's rows;
 * - the sessions they facilitated or were expected at that have follow-ups not done (id, date,
 *   how many): rare, so all of them;
 * - their wellbeing check-ins (id, date, score) dated on or after `wellbeingFrom`, 760 days
 *   before the day of the write (the list looks two years back), kept like the contacts.
 */
export type CareContact = { id: string; date: string; minutes: number; crisis: boolean };
export type CareFollowUp = { id: string; date: string; open: number };
export type CareWellbeing = { id: string; date: string; score: number | null };

export type CareSummary = {
  id: string;
  status: string | null;
  sortKey: string | null;
  givenName: string;
  familyName: string;
  capacity: number;
  activeSince: string | null;
  activePairings: string[];
  contactsFrom: string;
  crisisFrom: string;
  contacts: CareContact[];
  followUps: CareFollowUp[];
  wellbeingFrom: string;
  wellbeing: CareWellbeing[];
};

export const CARE_SUMMARIES = 'careSummaries';

/** Version 10 (issue 25, the load list on ten years of data): the summaries, by id and by status in name order. */
export const STORES_V10_CARE_SUMMARIES = { [CARE_SUMMARIES]: 'id, [status+sortKey]' } as const;

/** How far back a summary keeps contact logs and wellbeing check-ins, from the day it is written. */
export const CONTACT_KEEP_DAYS = 45;
export const CRISIS_KEEP_DAYS = 400;
export const WELLBEING_KEEP_DAYS = 760;

const SUMMARISED = ['mentors', 'pairings', 'contactLogs', 'sessions', 'wellbeingCheckIns'] as const;
type Summarised = (typeof SUMMARISED)[number];

/** Today on this PC (the pruning of contacts only; what a reader asks for is its own `today`). */
const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
export type Horizons = { contactsFrom: string; crisisFrom: string; wellbeingFrom: string };
export const horizonsOf = (today: string): Horizons => ({
  contactsFrom: addDays(today, -CONTACT_KEEP_DAYS),
  crisisFrom: addDays(today, -CRISIS_KEEP_DAYS),
  wellbeingFrom: addDays(today, -WELLBEING_KEEP_DAYS),
});
/** The horizons a write made today gives a summary. */
export const currentHorizons = (): Horizons => horizonsOf(localToday());

// The fields of the rows read (loosely typed: a merged row from a newer Tandem may have more).
type Live = { id: string; deletedAt?: string | null };
type MentorRow = Live & {
  givenName: string;
  familyName: string;
  status: string;
  capacity: number;
  sortKey: string;
  statusHistory: { status: string; date: string }[];
};
type PairingRow = Live & { mentorId: string; status: string };
type ContactRow = Live & { mentorId: string; date: string; durationMinutes: number; crisis: boolean };
type SessionRow = Live & {
  date: string;
  expectedIds?: string[];
  facilitatorIds?: string[];
  followUps?: { done: boolean }[];
};
type WellbeingRow = Live & {
  mentorId: string;
  date: string;
  questionnaire: string;
  answers: Record<string, number | null>;
};
type Row = MentorRow | PairingRow | ContactRow | SessionRow | WellbeingRow;

const live = (r: Live) => !r.deletedAt;

/** The latest move to active (as careRepo's `activeSinceOf`). */
const activeSinceOf = (m: MentorRow): string | null =>
  [...(m.statusHistory ?? [])].reverse().find((h) => h.status === 'active')?.date ?? null;

/** A check-in's score as careRepo's `scoreWellbeing` gives it (null when it cannot be scored). */
export const wellbeingScoreOf = (w: Pick<WellbeingRow, 'questionnaire' | 'answers'>): number | null => {
  const q = getWellbeingQuestionnaire(w.questionnaire);
  if (!q) return null;
  const known = Object.fromEntries(Object.entries(w.answers ?? {}).filter(([id]) => q.items.some((i) => i.id === id)));
  try {
    return scoreAnswers(q, known).score;
  } catch {
    return null;
  }
};

/** Whether a summary keeps a contact: a crisis contact back to `crisisFrom`, another back to `contactsFrom`. */
const kept = (s: Pick<CareSummary, 'contactsFrom' | 'crisisFrom'>, c: CareContact) =>
  c.date >= (c.crisis ? s.crisisFrom : s.contactsFrom);

const openOf = (s: SessionRow) => (s.followUps ?? []).filter((f) => !f.done).length;

/** The mentors a row is about. */
const ownersOf = (table: Summarised, r: Row): string[] => {
  if (table === 'mentors') return [r.id];
  if (table === 'sessions') {
    const s = r as SessionRow;
    return [...new Set([...(s.expectedIds ?? []), ...(s.facilitatorIds ?? [])])];
  }
  const id = (r as PairingRow).mentorId;
  return typeof id === 'string' ? [id] : [];
};

export const emptySummary = (id: string, { contactsFrom, crisisFrom, wellbeingFrom }: Horizons): CareSummary => ({
  id,
  status: null,
  sortKey: null,
  givenName: '',
  familyName: '',
  capacity: 0,
  activeSince: null,
  activePairings: [],
  contactsFrom,
  crisisFrom,
  contacts: [],
  followUps: [],
  wellbeingFrom,
  wellbeing: [],
});

const isEmpty = (s: CareSummary) =>
  s.status === null &&
  s.activePairings.length === 0 &&
  s.contacts.length === 0 &&
  s.followUps.length === 0 &&
  s.wellbeing.length === 0;

const without = <T extends { id: string }>(xs: T[], id: string) =>
  xs.some((x) => x.id === id) ? xs.filter((x) => x.id !== id) : xs;

/** What the row as it was gave the summary, taken out. */
const takeOut = (table: Summarised, s: CareSummary, r: Row): CareSummary => {
  switch (table) {
    case 'mentors':
      return { ...s, status: null, sortKey: null, givenName: '', familyName: '', capacity: 0, activeSince: null };
    case 'pairings':
      return { ...s, activePairings: s.activePairings.filter((id) => id !== r.id) };
    case 'contactLogs':
      return { ...s, contacts: without(s.contacts, r.id) };
    case 'sessions':
      return { ...s, followUps: without(s.followUps, r.id) };
    case 'wellbeingCheckIns':
      return { ...s, wellbeing: without(s.wellbeing, r.id) };
  }
};

/** What the row as written gives the summary, put in (nothing when it is deleted). */
const putIn = (table: Summarised, s: CareSummary, r: Row): CareSummary => {
  if (!live(r)) return s;
  switch (table) {
    case 'mentors': {
      const m = r as MentorRow;
      return {
        ...s,
        status: m.status,
        sortKey: m.sortKey,
        givenName: m.givenName,
        familyName: m.familyName,
        capacity: m.capacity,
        activeSince: activeSinceOf(m),
      };
    }
    case 'pairings':
      return (r as PairingRow).status === 'active' ? { ...s, activePairings: [...s.activePairings, r.id] } : s;
    case 'contactLogs': {
      const c = r as ContactRow;
      const contact = { id: c.id, date: c.date, minutes: c.durationMinutes, crisis: c.crisis === true };
      return kept(s, contact) ? { ...s, contacts: [...s.contacts, contact] } : s;
    }
    case 'sessions': {
      const open = openOf(r as SessionRow);
      return open > 0 ? { ...s, followUps: [...s.followUps, { id: r.id, date: (r as SessionRow).date, open }] } : s;
    }
    case 'wellbeingCheckIns': {
      const w = r as WellbeingRow;
      return w.date >= s.wellbeingFrom
        ? { ...s, wellbeing: [...s.wellbeing, { id: w.id, date: w.date, score: wellbeingScoreOf(w) }] }
        : s;
    }
  }
};

/** Drops the contacts and check-ins before the horizons (a write moves them on). */
const pruned = (s: CareSummary, h: Horizons): CareSummary => {
  let out = s;
  if (h.contactsFrom > out.contactsFrom || h.crisisFrom > out.crisisFrom) {
    const moved = {
      ...out,
      contactsFrom: h.contactsFrom > out.contactsFrom ? h.contactsFrom : out.contactsFrom,
      crisisFrom: h.crisisFrom > out.crisisFrom ? h.crisisFrom : out.crisisFrom,
    };
    out = { ...moved, contacts: out.contacts.filter((c) => kept(moved, c)) };
  }
  if (h.wellbeingFrom > out.wellbeingFrom)
    out = { ...out, wellbeingFrom: h.wellbeingFrom, wellbeing: out.wellbeing.filter((w) => w.date >= h.wellbeingFrom) };
  return out;
};

/** Canonical order of the parts (so a summary reads the same however it was built). */
const sorted = (s: CareSummary): CareSummary => {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...s,
    activePairings: [...s.activePairings].sort(),
    contacts: byId(s.contacts),
    followUps: byId(s.followUps),
    wellbeing: byId(s.wellbeing),
  };
};

/**
 * Every mentor's summary computed from the rows of the summarised tables (the migration, the
 * rebuild and the tests), contacts and check-ins from the horizons on.
 */
export const summariesOfTables = (
  tables: Partial<Record<Summarised, Iterable<unknown>>>,
  horizons: Horizons,
): CareSummary[] => {
  const out = new Map<string, CareSummary>();
  for (const table of SUMMARISED)
    for (const row of (tables[table] ?? []) as Iterable<Row>)
      for (const id of ownersOf(table, row)) out.set(id, putIn(table, out.get(id) ?? emptySummary(id, horizons), row));
  return [...out.values()].filter((s) => !isEmpty(s)).map(sorted);
};

type Down = { table: DBCoreTable; summaries: DBCoreTable };

/**
 * Applies one mutation of a summarised table and brings the summaries of the mentors it touched
 * up to date, in the same transaction.
 */
const summarisingMutate = async (
  name: Summarised,
  d: Down,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> => {
  const trans = req.trans as DBCoreTransaction & IDBTransaction;
  const from = currentHorizons();

  if (req.type === 'deleteRange' && req.range.type === 3 /* DBCoreRangeType.Any */) {
    // Clearing a table takes its part out of every summary (a replace-import then adds the rows back).
    const res = await d.table.mutate(req);
    const all = (
      await d.summaries.query({
        trans,
        values: true,
        query: { index: d.summaries.schema.primaryKey, range: req.range },
      })
    ).result as CareSummary[];
    const cleared = all.map((s) =>
      name === 'mentors'
        ? takeOut('mentors', s, { id: s.id } as Row)
        : {
            ...s,
            ...{
              pairings: { activePairings: [] },
              contactLogs: { contacts: [] },
              sessions: { followUps: [] },
              wellbeingCheckIns: { wellbeing: [] },
            }[name],
          },
    );
    const deletes = cleared.filter(isEmpty).map((s) => s.id);
    const puts = cleared.filter((s) => !isEmpty(s));
    if (puts.length > 0) await d.summaries.mutate({ type: 'put', trans, values: puts });
    if (deletes.length > 0) await d.summaries.mutate({ type: 'delete', trans, keys: deletes });
    return res;
  }

  const { res, gone, come } = await mutateAndDiff<Row>(d.table, req);
  const people = [...new Set([...gone, ...come].flatMap((r) => ownersOf(name, r)))];
  if (people.length === 0) return res;

  const current = (await d.summaries.getMany({ trans, keys: people })) as (CareSummary | undefined)[];
  const next = new Map(people.map((id, i) => [id, pruned(current[i] ?? emptySummary(id, from), from)]));
  for (const r of gone) for (const id of ownersOf(name, r)) next.set(id, takeOut(name, next.get(id)!, r));
  for (const r of come) for (const id of ownersOf(name, r)) next.set(id, putIn(name, next.get(id)!, r));
  const puts = [...next.values()].filter((s) => !isEmpty(s)).map(sorted);
  const deletes = people.filter((id, i) => current[i] !== undefined && isEmpty(next.get(id)!));
  if (puts.length > 0) await d.summaries.mutate({ type: 'put', trans, values: puts });
  if (deletes.length > 0) await d.summaries.mutate({ type: 'delete', trans, keys: deletes });
  return res;
};

/**
 * The Dexie middleware that keeps `careSummaries` in step with the tables it summarises (see
 * above), widening every read-write transaction that includes one of them to the summaries' store.
 */
export const careSummariesMiddleware = derivedDataMiddleware({
  name: 'tandemCareSummaries',
  sources: SUMMARISED,
  storeOf: () => CARE_SUMMARIES,
  widen: () => [CARE_SUMMARIES],
  mutate: (source, table, down, req) =>
    summarisingMutate(source, { table, summaries: down.table(CARE_SUMMARIES) }, req),
});

/** The rows the summaries are built from, read in one transaction (`tx` the store names' tables). */
const readSummarised = async (table: (name: string) => Table, h: Horizons): Promise<Record<Summarised, unknown[]>> => {
  const [mentors, pairings, contactLogs, sessions, wellbeingCheckIns] = await Promise.all([
    table('mentors').toArray(),
    table('pairings').where('status').equals('active').toArray(),
    table('contactLogs')
      .where('date')
      .aboveOrEqual(h.crisisFrom < h.contactsFrom ? h.crisisFrom : h.contactsFrom)
      .toArray(),
    table('sessions').toArray(),
    table('wellbeingCheckIns').where('date').aboveOrEqual(h.wellbeingFrom).toArray(),
  ]);
  return { mentors, pairings, contactLogs, sessions, wellbeingCheckIns };
};

/** Every summary built from the rows (migration 0010, and the rebuild). */
export const buildCareSummaries = async (table: (name: string) => Table): Promise<CareSummary[]> => {
  const h = currentHorizons();
  return summariesOfTables(await readSummarised(table, h), h);
};

/**
 * Rebuilds every summary from the rows, in one transaction (after a write that bypassed Dexie,
 * e.g. the bench's raw seeding; the migration does the same).
 */
export const rebuildCareSummaries = async (db: Dexie): Promise<number> =>
  db.transaction('rw', [...SUMMARISED.map((n) => db.table(n)), db.table(CARE_SUMMARIES)], async () => {
    const summaries = await buildCareSummaries((n) => db.table(n));
    await db.table(CARE_SUMMARIES).clear();
    await db.table(CARE_SUMMARIES).bulkPut(summaries);
    return summaries.length;
  });
