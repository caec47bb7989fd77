import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Table } from 'dexie';
import type Dexie from 'dexie';
import type { ContactLog } from '../../shared/domain/pairing';
import type { Attendance, Session } from '../../shared/domain/session';
import { derivedDataMiddleware } from './derivedDataMiddleware';
import { mutateAndDiff } from './mutationRows';

/**
 * Day digests: the live sessions, attendance rows and contact logs of each day, packed into one
 * record per day and table, kept by the database layer so that a period's report reads one record
 * per day instead of every row (issue 15: last year's report and the year before it read about
 * 2,000 sessions, 20,000 attendance rows and 12,000 contact logs on the bench's large dataset;
 * IndexedDB's cost is per record and per byte, and a day's few dozen rows packed as arrays of what
 * the report counts cost about what one whole row does).
 *
 * Derived data, like an index and like ./trainingSummaries.ts: not a domain table, never stamped,
 * never in a backup or a shared-folder file, never merged. `dayDigestsMiddleware` sits under every
 * write of `sessions`, `attendance` and `contactLogs` — the repositories, imports, undo, erasure,
 * sync — and updates the digests in the same IndexedDB transaction (it widens every read-write
 * transaction that includes one of them to its digests' store). A write that bypasses Dexie (raw
 * IndexedDB) must call `rebuildDayDigests`.
 *
 * A digest holds only what the activity report counts (shared/reports/activity.ts), one entry per
 * live row (`deletedAt === null`) dated that day — a session and a contact log by its `date`, an
 * attendance row by its `sessionDate` — as a tuple whose first element is the row's id. Each
 * entry is keyed by the id of the row it comes from, so a write takes out what the row as it was
 * gave and puts in what the row as written gives: exact, whatever the order of writes. A walk-in's
 * name is in its entry (the report counts unique walk-ins by name); an erasure that empties or
 * removes the row takes it out of the digest in the same transaction. A day with no live row has
 * no digest.
 */

/** A session: id, kind, sub-kind, programme, start and end time, modules. */
export type SessionEntry = [
  id: string,
  kind: Session['kind'],
  subKind: Session['subKind'],
  programmeId: string | null,
  startTime: string,
  endTime: string,
  moduleIds: string[],
];
/** An attendance row: id, session, person kind, person id, walk-in name, status, hours. */
export type AttendanceEntry = [
  id: string,
  sessionId: string,
  personKind: Attendance['personKind'],
  personId: string | null,
  walkInName: string,
  status: Attendance['status'],
  hours: number,
];
/** A contact log: id, pairing, minutes, kind, crisis. */
export type ContactEntry = [
  id: string,
  pairingId: string,
  durationMinutes: number,
  kind: ContactLog['kind'],
  crisis: boolean,
];

export type DayDigest<E> = { id: string; entries: E[] };

export const SESSION_DAYS = 'sessionDays';
export const ATTENDANCE_DAYS = 'attendanceDays';
export const CONTACT_DAYS = 'contactDays';

/** Version 12 (issue 15): the digests, read by day. */
export const STORES_V12_DAY_DIGESTS = { [SESSION_DAYS]: 'id', [ATTENDANCE_DAYS]: 'id', [CONTACT_DAYS]: 'id' } as const;

/** The fields of the rows the digests read (loosely typed: a merged row from a newer Tandem may have more). */
type SessionRow = {
  id: string;
  date: string;
  kind: Session['kind'];
  subKind: Session['subKind'];
  programmeId: string | null;
  startTime: string;
  endTime: string;
  moduleIds?: string[];
  deletedAt: string | null;
};
type AttendanceRow = {
  id: string;
  sessionId: string;
  sessionDate: string;
  personKind: AttendanceEntry[2];
  personId: string | null;
  walkInName?: string;
  status: AttendanceEntry[5];
  hours: number;
  deletedAt: string | null;
};
type ContactRow = {
  id: string;
  pairingId: string;
  date: string;
  durationMinutes: number;
  kind: ContactLog['kind'];
  crisis?: boolean;
  deletedAt: string | null;
};

/** How one table is digested: into which store, on which day, as which entry. */
type Digest<Row, Entry extends [string, ...unknown[]]> = {
  store: string;
  dayOf: (r: Row) => string;
  entryOf: (r: Row) => Entry;
};
const DIGESTS = {
  sessions: {
    store: SESSION_DAYS,
    dayOf: (r: SessionRow) => r.date,
    entryOf: (r: SessionRow): SessionEntry => [
      r.id,
      r.kind,
      r.subKind,
      r.programmeId,
      r.startTime,
      r.endTime,
      [...(r.moduleIds ?? [])],
    ],
  } satisfies Digest<SessionRow, SessionEntry>,
  attendance: {
    store: ATTENDANCE_DAYS,
    dayOf: (r: AttendanceRow) => r.sessionDate,
    entryOf: (r: AttendanceRow): AttendanceEntry => [
      r.id,
      r.sessionId,
      r.personKind,
      r.personId,
      r.walkInName ?? '',
      r.status,
      r.hours,
    ],
  } satisfies Digest<AttendanceRow, AttendanceEntry>,
  contactLogs: {
    store: CONTACT_DAYS,
    dayOf: (r: ContactRow) => r.date,
    entryOf: (r: ContactRow): ContactEntry => [r.id, r.pairingId, r.durationMinutes, r.kind, r.crisis === true],
  } satisfies Digest<ContactRow, ContactEntry>,
} as const;
type Digested = keyof typeof DIGESTS;
const isDigested = (name: string): name is Digested => Object.hasOwn(DIGESTS, name);
type AnyDigest = Digest<{ id: string; deletedAt: string | null }, [string, ...unknown[]]>;
const digestOf = (name: Digested) => DIGESTS[name] as unknown as AnyDigest;

const byEntryId = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Every day's digest of a table computed from its rows (the migration, the rebuild and the tests). */
export const digestsOfRows = <E extends [string, ...unknown[]]>(
  table: Digested,
  rows: Iterable<{ id: string; deletedAt: string | null }>,
): DayDigest<E>[] => {
  const { dayOf, entryOf } = digestOf(table);
  const days = new Map<string, E[]>();
  for (const r of rows) {
    if (r.deletedAt !== null) continue;
    const day = dayOf(r);
    const entries = days.get(day) ?? [];
    entries.push(entryOf(r) as E);
    days.set(day, entries);
  }
  return [...days].map(([id, entries]) => ({ id, entries: entries.sort(byEntryId) }));
};

/**
 * Applies one mutation of a digested table and brings the digests of the days it touched up to
 * date, in the same transaction.
 */
const digestingMutate = async (
  name: Digested,
  table: DBCoreTable,
  digests: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> => {
  const trans = req.trans;
  if (req.type === 'deleteRange' && req.range.type === 3 /* DBCoreRangeType.Any */) {
    // Clearing the table clears its digests (a replace-import then adds the rows back).
    const res = await table.mutate(req);
    await digests.mutate({ type: 'deleteRange', trans, range: req.range });
    return res;
  }
  const { dayOf, entryOf } = digestOf(name);
  type Row = { id: string; deletedAt: string | null };
  const { res, gone, come } = await mutateAndDiff<Row>(table, req);

  // Per day: the ids to take out and the entries to put in.
  const changes = new Map<string, { out: Set<string>; in: [string, ...unknown[]][] }>();
  const on = (day: string) => {
    let c = changes.get(day);
    if (!c) changes.set(day, (c = { out: new Set(), in: [] }));
    return c;
  };
  for (const r of gone) if (r.deletedAt === null) on(dayOf(r)).out.add(r.id);
  for (const r of come) if (r.deletedAt === null) on(dayOf(r)).in.push(entryOf(r));
  if (changes.size === 0) return res;

  const days = [...changes.keys()];
  const current = (await digests.getMany({ trans, keys: days })) as (DayDigest<[string, ...unknown[]]> | undefined)[];
  const puts: DayDigest<[string, ...unknown[]]>[] = [];
  const deletes: string[] = [];
  days.forEach((day, i) => {
    const c = changes.get(day)!;
    const coming = new Set(c.in.map((e) => e[0]));
    const kept = (current[i]?.entries ?? []).filter((e) => !c.out.has(e[0]) && !coming.has(e[0]));
    const entries = [...kept, ...c.in].sort(byEntryId);
    if (entries.length > 0) puts.push({ id: day, entries });
    else if (current[i]) deletes.push(day);
  });
  if (puts.length > 0) await digests.mutate({ type: 'put', trans, values: puts });
  if (deletes.length > 0) await digests.mutate({ type: 'delete', trans, keys: deletes });
  return res;
};

/**
 * The Dexie middleware that keeps the day digests in step with sessions, attendance and contact
 * logs (see above), widening every read-write transaction that includes one of them to its
 * digests' store.
 */
export const dayDigestsMiddleware = derivedDataMiddleware({
  name: 'tandemDayDigests',
  sources: Object.keys(DIGESTS) as Digested[],
  storeOf: (source) => DIGESTS[source].store,
  widen: (stores) => stores.filter(isDigested).map((s) => DIGESTS[s].store),
  mutate: (source, table, down, req) => digestingMutate(source, table, down.table(DIGESTS[source].store), req),
});

export type BuiltDigests = {
  [SESSION_DAYS]: DayDigest<SessionEntry>[];
  [ATTENDANCE_DAYS]: DayDigest<AttendanceEntry>[];
  [CONTACT_DAYS]: DayDigest<ContactEntry>[];
};
export const DIGEST_STORES = [SESSION_DAYS, ATTENDANCE_DAYS, CONTACT_DAYS] as const;

/** Every digest of the three tables built from the rows (migration 0012, and the rebuild). */
export const buildDayDigests = async (table: (name: string) => Table): Promise<BuiltDigests> => {
  const [sessions, attendance, contactLogs] = await Promise.all([
    table('sessions').toArray(),
    table('attendance').toArray(),
    table('contactLogs').toArray(),
  ]);
  return {
    [SESSION_DAYS]: digestsOfRows<SessionEntry>('sessions', sessions),
    [ATTENDANCE_DAYS]: digestsOfRows<AttendanceEntry>('attendance', attendance),
    [CONTACT_DAYS]: digestsOfRows<ContactEntry>('contactLogs', contactLogs),
  };
};

/**
 * Rebuilds every digest from the rows, in one transaction (after a write that bypassed Dexie,
 * e.g. the bench's raw seeding; the migration does the same). Returns how many days have one.
 */
export const rebuildDayDigests = async (db: Dexie): Promise<number> =>
  db.transaction(
    'rw',
    [...Object.keys(DIGESTS), ...DIGEST_STORES].map((n) => db.table(n)),
    async () => {
      const built = await buildDayDigests((n) => db.table(n));
      let days = 0;
      for (const store of DIGEST_STORES) {
        await db.table(store).clear();
        await db.table(store).bulkPut(built[store]);
        days += built[store].length;
      }
      return days;
    },
  );

/** A session entry, with its day, as the row fields the report reads. */
export const sessionOfEntry = (
  date: string,
  [id, kind, subKind, programmeId, startTime, endTime, moduleIds]: SessionEntry,
) => ({ id, kind, subKind, programmeId, date, startTime, endTime, moduleIds, deletedAt: null });

/** An attendance entry as the row fields the report reads. */
export const attendanceOfEntry = ([
  id,
  sessionId,
  personKind,
  personId,
  walkInName,
  status,
  hours,
]: AttendanceEntry) => ({
  id,
  sessionId,
  personKind,
  personId,
  walkInName,
  status,
  hours,
  deletedAt: null,
});

/** A contact entry, with its day, as the row fields the report reads. */
export const contactLogOfEntry = (date: string, [id, pairingId, durationMinutes, kind, crisis]: ContactEntry) => ({
  id,
  pairingId,
  date,
  durationMinutes,
  kind,
  crisis,
  deletedAt: null,
});
