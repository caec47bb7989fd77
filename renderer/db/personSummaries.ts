import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
  type Table,
} from 'dexie';
import { mutateAndDiff } from './mutationRows';

/**
 * A small per-person summary of their attendance, kept by the database layer so that pages
 * that need one figure per mentor (the supervision-overdue list) read one small record per
 * mentor instead of years of attendance rows (issue 24).
 *
 * Derived data, like an index: not a domain table, so never stamped, never in a backup or a
 * shared-folder file, never merged. It is kept up to date by `personSummariesMiddleware`, which
 * sits under every write of `attendance` — the repositories, the merge and replace imports, undo,
 * erasure, the shared-folder sync — and updates the summary in the same IndexedDB transaction as
 * the rows it summarises (the middleware adds the store to every read-write transaction that
 * includes `attendance`). A write that bypasses Dexie (raw IndexedDB) must call
 * `rebuildPersonSummaries` afterwards.
 *
 * `lastSupervision` is the latest `sessionDate` of a live (`deletedAt === null`), `present` row at
 * a `supervision` session, whatever the date (a row dated after today is possible: readers that
 * need "on or before today" look such a person up through the attendance index). A person with
 * no such row has no summary.
 */
export type PersonSummary = { id: string; lastSupervision: string };

export const PERSON_SUMMARIES = 'personSummaries';

/** Version 9 (issue 24): the summaries, read by person id only. */
export const STORES_V9_SUMMARIES = { [PERSON_SUMMARIES]: 'id' } as const;

/** The fields of an attendance row the summary reads. */
type Row = {
  id: string;
  personId: string | null;
  sessionKind: string;
  sessionDate: string;
  status: string;
  deletedAt: string | null;
};

/** The date the row gives its person's `lastSupervision`, or null when it does not count. */
const countedDate = (r: Row | undefined): string | null =>
  r && r.personId !== null && r.deletedAt === null && r.status === 'present' && r.sessionKind === 'supervision'
    ? r.sessionDate
    : null;

/** Every person's summary computed from attendance rows (the migration and the rebuild). */
export const summariesOfRows = (rows: Iterable<Row>): PersonSummary[] => {
  const last = new Map<string, string>();
  for (const r of rows) {
    const d = countedDate(r);
    if (d !== null && (last.get(r.personId as string) ?? '') < d) last.set(r.personId as string, d);
  }
  return [...last].map(([id, lastSupervision]) => ({ id, lastSupervision }));
};

type Down = { core: DBCore; attendance: DBCoreTable; summaries: DBCoreTable };

/** One person's summary from their rows, through `[personId+sessionKind+sessionDate]` (after the write). */
const recompute = async (d: Down, trans: DBCoreTransaction, personId: string): Promise<string | null> => {
  const index = d.attendance.schema.getIndexByKeyPath(['personId', 'sessionKind', 'sessionDate']);
  if (!index) throw new Error('attendance has no [personId+sessionKind+sessionDate] index');
  const { result } = await d.attendance.query({
    trans,
    values: true,
    query: {
      index,
      range: {
        type: 2 /* DBCoreRangeType.Range */,
        lower: [personId, 'supervision', Dexie.minKey],
        upper: [personId, 'supervision', Dexie.maxKey],
        lowerOpen: false,
        upperOpen: false,
      },
    },
  });
  let last: string | null = null;
  for (const r of result as Row[]) {
    const date = countedDate(r);
    if (date !== null && (last === null || date > last)) last = date;
  }
  return last;
};

/**
 * Applies one mutation of `attendance` and brings the summaries of the people it touched up to
 * date, in the same transaction: a row that adds a later supervision raises the figure; a row
 * that took away the person's latest one (deleted, tombstoned, marked absent, moved) makes the
 * figure be read again from that person's rows.
 */
const summarisingMutate = async (d: Down, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
  const trans = req.trans as DBCoreTransaction & IDBTransaction;
  // A schema upgrade's migrations write attendance before this store exists: migration 0009
  // builds the summaries once they are done.
  if (trans.mode === 'versionchange' || !trans.objectStoreNames.contains(PERSON_SUMMARIES))
    return d.attendance.mutate(req);

  if (req.type === 'deleteRange' && req.range.type === 3 /* DBCoreRangeType.Any */) {
    // Clearing attendance clears every summary (a replace-import then adds the rows back).
    const res = await d.attendance.mutate(req);
    await d.summaries.mutate({ type: 'deleteRange', trans, range: req.range });
    return res;
  }

  const changed = await mutateAndDiff<Row>(d.attendance, req);
  const res = changed.res;

  const removed = new Map<string, string>(); // person → latest counted date taken away
  const added = new Map<string, string>(); // person → latest counted date written
  const note = (m: Map<string, string>, r: Row) => {
    const date = countedDate(r);
    if (date !== null && (m.get(r.personId as string) ?? '') < date) m.set(r.personId as string, date);
  };
  for (const r of changed.gone) note(removed, r);
  for (const r of changed.come) note(added, r);
  if (removed.size === 0 && added.size === 0) return res;

  const people = [...new Set([...removed.keys(), ...added.keys()])];
  const current = (await d.summaries.getMany({ trans, keys: people })) as (PersonSummary | undefined)[];
  const puts: PersonSummary[] = [];
  const deletes: string[] = [];
  for (const [i, id] of people.entries()) {
    const was = current[i]?.lastSupervision ?? null;
    const gone = removed.get(id);
    const come = added.get(id) ?? null;
    // Unchanged rows (a put of the same date and status) take away what they give back.
    const lostLatest = gone !== undefined && was !== null && gone >= was && !(come !== null && come >= gone);
    const next = lostLatest
      ? await recompute(d, trans, id)
      : was === null || (come !== null && come > was)
        ? come
        : was;
    if (next === was) continue;
    if (next === null) deletes.push(id);
    else puts.push({ id, lastSupervision: next });
  }
  if (puts.length > 0) await d.summaries.mutate({ type: 'put', trans, values: puts });
  if (deletes.length > 0) await d.summaries.mutate({ type: 'delete', trans, keys: deletes });
  return res;
};

/**
 * The Dexie middleware that keeps `personSummaries` in step with `attendance` (see above). It
 * widens every read-write transaction that includes `attendance` to the summaries' store, so the
 * summary and its rows commit or fail together whoever writes them.
 */
export const personSummariesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'tandemPersonSummaries',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' &&
          stores.includes('attendance') &&
          !stores.includes(PERSON_SUMMARIES) &&
          down.schema.tables.some((t) => t.name === PERSON_SUMMARIES)
          ? [...stores, PERSON_SUMMARIES]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (name !== 'attendance' || !down.schema.tables.some((t) => t.name === PERSON_SUMMARIES)) return table;
      const d: Down = { core: down, attendance: table, summaries: down.table(PERSON_SUMMARIES) };
      return { ...table, mutate: (req) => summarisingMutate(d, req) };
    },
  }),
};

/**
 * Rebuilds every summary from the attendance rows, in one transaction (after a write that
 * bypassed Dexie, e.g. the bench's raw seeding; the migration does the same).
 */
export const rebuildPersonSummaries = async (db: Dexie): Promise<number> =>
  db.transaction('rw', db.table('attendance'), db.table(PERSON_SUMMARIES), async () => {
    const rows = (await db
      .table('attendance')
      .where('[sessionKind+sessionDate]')
      .between(['supervision', Dexie.minKey], ['supervision', Dexie.maxKey])
      .toArray()) as Row[];
    const summaries = summariesOfRows(rows);
    await (db.table(PERSON_SUMMARIES) as Table<PersonSummary, string>).clear();
    await (db.table(PERSON_SUMMARIES) as Table<PersonSummary, string>).bulkPut(summaries);
    return summaries.length;
  });
