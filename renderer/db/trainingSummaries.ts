import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Table } from 'dexie';
import type Dexie from 'dexie';
import type { ProgressAttendance, ProgressSession, ProgressShadowing } from '../../shared/training/progress';
import { derivedDataMiddleware } from './derivedDataMiddleware';
import { mutateAndDiff } from './mutationRows';

/**
 * A small per-person summary of what training progress is computed from, kept by the database
 * layer so that readiness of every active mentor ("Find a mentor") and the training overview read
 * one small record per mentor instead of every training attendance row, every training session and
 * every shadowing entry (issue 24: about 20,000 attendance rows and 2,000 sessions on the large
 * bench dataset, each read whole and tracked by the live query).
 *
 * Derived data, like an index and like ./personSummaries.ts: not a domain table, never stamped,
 * never in a backup or a shared-folder file, never merged. `trainingSummariesMiddleware` sits under
 * every write of `attendance`, `sessions` and `shadowing` — the repositories, imports, undo,
 * erasure, sync — and updates the summaries in the same IndexedDB transaction (it widens every
 * read-write transaction that includes one of them to the summaries' store, and to `sessions` and
 * `attendance`, which it reads to join the two). A write that bypasses Dexie (raw IndexedDB) must
 * call `rebuildTrainingSummaries`.
 *
 * The summary holds the credit SOURCES, not the credits: the progress rules (hours divided among
 * the linked modules that still exist, completion dates, readiness) stay in
 * shared/training/progress.ts and apply to the curriculum as it is when read, so editing or
 * deleting a module needs no summary change. One entry per
 * - live attendance row `present` at a `training` session (by the row's `sessionKind`) with a
 *   person: its hours, and the session's date and modules while the session is a live training
 *   session (`date` null otherwise: the row then credits nothing, as the rules say);
 * - live shadowing entry: its date, hours and modules.
 * Each entry is keyed by the id of the row it comes from, so a write takes out what the row as it
 * was gave and puts in what the row as written gives: exact, whatever the order of writes (an
 * attendance row written before its session gets the session's date when the session comes).
 * A person with no entry has no summary.
 */
export type TrainingEntry = {
  /** The attendance row's or the shadowing entry's id. */
  id: string;
  source: 'training' | 'shadowing';
  /** The session of a training entry (null for shadowing). */
  sessionId: string | null;
  /** The session's or the shadowing's date; null while the session is not a live training session. */
  date: string | null;
  hours: number;
  moduleIds: string[];
};

export type TrainingSummary = { id: string; entries: TrainingEntry[] };

export const TRAINING_SUMMARIES = 'trainingSummaries';

/** Version 11 (issue 24): the summaries, read by person id only. */
export const STORES_V11_TRAINING_SUMMARIES = { [TRAINING_SUMMARIES]: 'id' } as const;

/**
 * What readiness reads of a person's summary (`creditsOf`): the hours of their crediting entries
 * added up per list of linked modules, one `[moduleIds, hours]` pair per distinct list — a few
 * pairs a person where the summary holds every session they attended. "Find a mentor" reads these
 * for every active mentor each time it opens (issue 24: 3.7 MB of summaries on the large bench
 * dataset, read and decoded cold, against a few hundred kB of credits). Kept with the summary,
 * in the same transaction, by the same middleware; a person without a crediting entry has none.
 * The rules still apply at read time (shared/training/progress.ts, `computeManyReadiness`): hours
 * divide among the linked modules that exist when read, and a list's hours divide as each
 * entry's would.
 */
export type TrainingCredits = { id: string; credits: [moduleIds: string[], hours: number][] };

export const TRAINING_CREDITS = 'trainingCredits';

/** Version 13 (issue 24): the credits, read by person id only. */
export const STORES_V13_TRAINING_CREDITS = { [TRAINING_CREDITS]: 'id' } as const;

/**
 * A person's credits from their summary: entries with a date (a live training session, or
 * shadowing), positive hours and a linked module, added up per list of modules (null when none).
 */
export const creditsOf = (summary: TrainingSummary): TrainingCredits | null => {
  const byList = new Map<string, [string[], number]>();
  for (const e of summary.entries) {
    if (e.date === null || !(e.hours > 0) || e.moduleIds.length === 0) continue;
    const key = e.moduleIds.join('\n');
    const credit = byList.get(key);
    if (credit) credit[1] += e.hours;
    else byList.set(key, [[...e.moduleIds], e.hours]);
  }
  return byList.size > 0 ? { id: summary.id, credits: [...byList.values()] } : null;
};

/** The fields of the rows the summary reads. */
type AttendanceRow = {
  id: string;
  sessionId: string;
  personId: string | null;
  sessionKind: string;
  status: string;
  hours: number;
  deletedAt: string | null;
};
type SessionRow = { id: string; kind: string; date: string; moduleIds?: string[]; deletedAt: string | null };
type ShadowingRow = {
  id: string;
  mentorId: string;
  date: string;
  hours: number;
  moduleIds?: string[];
  deletedAt: string | null;
};

const SUMMARISED = ['attendance', 'sessions', 'shadowing'] as const;
type Summarised = (typeof SUMMARISED)[number];

/** What a session gives the entries of its attendance: its date and modules, or nothing. */
type SessionInfo = { date: string; moduleIds: string[] } | null;
const infoOf = (s: SessionRow | undefined): SessionInfo =>
  s && s.deletedAt === null && s.kind === 'training' ? { date: s.date, moduleIds: [...(s.moduleIds ?? [])] } : null;
const sameInfo = (a: SessionInfo, b: SessionInfo) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.date === b.date &&
    a.moduleIds.length === b.moduleIds.length &&
    a.moduleIds.every((m, i) => m === b.moduleIds[i]));

/** Whether an attendance row gives its person an entry. */
const counts = (r: AttendanceRow | undefined): r is AttendanceRow & { personId: string } =>
  r !== undefined &&
  r.personId !== null &&
  r.deletedAt === null &&
  r.status === 'present' &&
  r.sessionKind === 'training';

const trainingEntry = (r: AttendanceRow, info: SessionInfo): TrainingEntry => ({
  id: r.id,
  source: 'training',
  sessionId: r.sessionId,
  date: info?.date ?? null,
  hours: r.hours,
  moduleIds: info?.moduleIds ?? [],
});

const shadowingEntry = (r: ShadowingRow): TrainingEntry => ({
  id: r.id,
  source: 'shadowing',
  sessionId: null,
  date: r.date,
  hours: r.hours,
  moduleIds: [...(r.moduleIds ?? [])],
});

const byEntryId = (a: TrainingEntry, b: TrainingEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every person's summary computed from the rows (the migration, the rebuild and the tests). */
export const summariesOfRows = (rows: {
  attendance: Iterable<AttendanceRow>;
  sessions: Iterable<SessionRow>;
  shadowing: Iterable<ShadowingRow>;
}): TrainingSummary[] => {
  const sessions = new Map<string, SessionRow>();
  for (const s of rows.sessions) sessions.set(s.id, s);
  const out = new Map<string, TrainingEntry[]>();
  const add = (personId: string, e: TrainingEntry) => {
    const list = out.get(personId) ?? [];
    list.push(e);
    out.set(personId, list);
  };
  for (const a of rows.attendance) if (counts(a)) add(a.personId, trainingEntry(a, infoOf(sessions.get(a.sessionId))));
  for (const s of rows.shadowing) if (s.deletedAt === null) add(s.mentorId, shadowingEntry(s));
  return [...out].map(([id, entries]) => ({ id, entries: entries.sort(byEntryId) }));
};

/**
 * The rows progress (shared/training/progress.ts) computes from, rebuilt from summaries: one
 * session per credited session, one attendance row per training entry, one shadowing entry each.
 */
export const progressRowsOf = (
  summaries: readonly (TrainingSummary | undefined)[],
): { sessions: ProgressSession[]; attendance: ProgressAttendance[]; shadowing: ProgressShadowing[] } => {
  const sessions = new Map<string, ProgressSession>();
  const attendance: ProgressAttendance[] = [];
  const shadowing: ProgressShadowing[] = [];
  for (const s of summaries) {
    if (!s) continue;
    for (const e of s.entries) {
      if (e.date === null) continue;
      if (e.source === 'shadowing') {
        shadowing.push({ mentorId: s.id, date: e.date, hours: e.hours, moduleIds: e.moduleIds, deletedAt: null });
        continue;
      }
      const sessionId = e.sessionId as string;
      if (!sessions.has(sessionId))
        sessions.set(sessionId, {
          id: sessionId,
          kind: 'training',
          date: e.date,
          moduleIds: e.moduleIds,
          deletedAt: null,
        });
      attendance.push({ sessionId, personId: s.id, status: 'present', hours: e.hours, deletedAt: null });
    }
  }
  return { sessions: [...sessions.values()], attendance, shadowing };
};

type Down = {
  attendance: DBCoreTable;
  sessions: DBCoreTable;
  shadowing: DBCoreTable;
  summaries: DBCoreTable;
  /** Null in a schema before 13 (no credits store yet). */
  credits: DBCoreTable | null;
};

/** Entries to take out (by id) and to put in, per person. */
type Changes = Map<string, { out: Set<string>; in: TrainingEntry[] }>;
const changesFor = (changes: Changes, personId: string) => {
  let c = changes.get(personId);
  if (!c) changes.set(personId, (c = { out: new Set(), in: [] }));
  return c;
};

/** Applies the changes to the stored summaries (read, changed, written or deleted when empty). */
const apply = async (d: Down, trans: DBCoreTransaction, changes: Changes): Promise<void> => {
  if (changes.size === 0) return;
  const people = [...changes.keys()];
  const current = (await d.summaries.getMany({ trans, keys: people })) as (TrainingSummary | undefined)[];
  const puts: TrainingSummary[] = [];
  const deletes: string[] = [];
  people.forEach((id, i) => {
    const c = changes.get(id)!;
    const coming = new Set(c.in.map((e) => e.id));
    const kept = (current[i]?.entries ?? []).filter((e) => !c.out.has(e.id) && !coming.has(e.id));
    const entries = [...kept, ...c.in].sort(byEntryId);
    if (entries.length > 0) puts.push({ id, entries });
    else if (current[i]) deletes.push(id);
  });
  if (puts.length > 0) await d.summaries.mutate({ type: 'put', trans, values: puts });
  if (deletes.length > 0) await d.summaries.mutate({ type: 'delete', trans, keys: deletes });
  if (!d.credits) return;
  // The credits follow: rewritten for every summary written, gone with it or when none is left.
  const credits: TrainingCredits[] = [];
  const noCredits = [...deletes];
  for (const summary of puts) {
    const c = creditsOf(summary);
    if (c) credits.push(c);
    else noCredits.push(summary.id);
  }
  if (credits.length > 0) await d.credits.mutate({ type: 'put', trans, values: credits });
  if (noCredits.length > 0) await d.credits.mutate({ type: 'delete', trans, keys: noCredits });
};

/** Every stored summary, changed by `change` (a clear of a summarised table). */
const rewriteAll = async (
  d: Down,
  req: DBCoreMutateRequest & { type: 'deleteRange' },
  change: (e: TrainingEntry) => TrainingEntry | null,
) => {
  const trans = req.trans;
  const all = (
    await d.summaries.query({ trans, values: true, query: { index: d.summaries.schema.primaryKey, range: req.range } })
  ).result as TrainingSummary[];
  const changes: Changes = new Map();
  for (const s of all) {
    const c = changesFor(changes, s.id);
    for (const e of s.entries) {
      const next = change(e);
      if (next === e) continue;
      c.out.add(e.id);
      if (next) c.in.push(next);
    }
  }
  await apply(d, trans, changes);
};

/**
 * Applies one mutation of a summarised table and brings the summaries of the people it touched
 * up to date, in the same transaction.
 */
const summarisingMutate = async (
  name: Summarised,
  d: Down,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> => {
  const trans = req.trans;
  const table = d[name];

  if (req.type === 'deleteRange' && req.range.type === 3 /* DBCoreRangeType.Any */) {
    // Clearing a table takes its part out of every summary (a replace-import then adds the rows back).
    const res = await table.mutate(req);
    await rewriteAll(d, req, (e) =>
      name === 'attendance'
        ? e.source === 'training'
          ? null
          : e
        : name === 'shadowing'
          ? e.source === 'shadowing'
            ? null
            : e
          : e.source === 'training' && e.date !== null
            ? { ...e, date: null, moduleIds: [] }
            : e,
    );
    return res;
  }

  const { res, gone, come } = await mutateAndDiff<unknown>(table, req);
  const changes: Changes = new Map();

  if (name === 'shadowing') {
    for (const r of gone as ShadowingRow[]) if (r.deletedAt === null) changesFor(changes, r.mentorId).out.add(r.id);
    for (const r of come as ShadowingRow[])
      if (r.deletedAt === null) changesFor(changes, r.mentorId).in.push(shadowingEntry(r));
  } else if (name === 'attendance') {
    for (const r of gone as AttendanceRow[]) if (counts(r)) changesFor(changes, r.personId).out.add(r.id);
    const counted = (come as AttendanceRow[]).filter(counts);
    if (counted.length > 0) {
      const sessionIds = [...new Set(counted.map((r) => r.sessionId))];
      const sessions = (await d.sessions.getMany({ trans, keys: sessionIds })) as (SessionRow | undefined)[];
      const info = new Map(sessionIds.map((id, i) => [id, infoOf(sessions[i])]));
      for (const r of counted) changesFor(changes, r.personId).in.push(trainingEntry(r, info.get(r.sessionId) ?? null));
    }
  } else {
    // A session: what it gives its attendance's entries, before and after; unchanged ones (a note
    // edited, a facilitator added) cost nothing more.
    const was = new Map((gone as SessionRow[]).map((s) => [s.id, infoOf(s)]));
    const now = new Map<string, SessionInfo>();
    for (const s of gone as SessionRow[]) now.set(s.id, null);
    for (const s of come as SessionRow[]) now.set(s.id, infoOf(s));
    const changed = [...now].filter(([id, info]) => !sameInfo(was.get(id) ?? null, info));
    if (changed.length > 0) {
      const index = d.attendance.schema.getIndexByKeyPath('sessionId');
      if (!index) throw new Error('attendance has no sessionId index');
      const rows = await Promise.all(
        changed.map(
          async ([id]) =>
            (
              await d.attendance.query({
                trans,
                values: true,
                query: { index, range: { type: 1 /* DBCoreRangeType.Equal */, lower: id, upper: id } },
              })
            ).result as AttendanceRow[],
        ),
      );
      changed.forEach(([, info], i) => {
        for (const r of rows[i]!) if (counts(r)) changesFor(changes, r.personId).in.push(trainingEntry(r, info));
      });
    }
  }
  await apply(d, trans, changes);
  return res;
};

/**
 * The Dexie middleware that keeps `trainingSummaries` in step with the rows (see above). It widens
 * every read-write transaction that includes a summarised table to the summaries' store and to
 * the other tables it reads (attendance ↔ sessions).
 */
export const trainingSummariesMiddleware = derivedDataMiddleware({
  name: 'tandemTrainingSummaries',
  sources: SUMMARISED,
  storeOf: () => TRAINING_SUMMARIES,
  widen: (stores) => [
    TRAINING_SUMMARIES,
    TRAINING_CREDITS,
    ...(stores.includes('attendance') ? ['sessions'] : []),
    ...(stores.includes('sessions') ? ['attendance'] : []),
  ],
  mutate: (source, table, down, req) =>
    summarisingMutate(
      source,
      {
        attendance: down.table('attendance'),
        sessions: down.table('sessions'),
        shadowing: down.table('shadowing'),
        summaries: down.table(TRAINING_SUMMARIES),
        credits: down.schema.tables.some((t) => t.name === TRAINING_CREDITS) ? down.table(TRAINING_CREDITS) : null,
        [source]: table,
      },
      req,
    ),
});

/** Every summary built from the rows (migration 0011, and the rebuild). */
export const buildTrainingSummaries = async (table: (name: string) => Table): Promise<TrainingSummary[]> => {
  const [attendance, sessions, shadowing] = await Promise.all([
    table('attendance').where('[sessionKind+sessionDate]').between(['training', ''], ['training', '\uffff']).toArray(),
    table('sessions').where('[kind+date]').between(['training', ''], ['training', '\uffff']).toArray(),
    table('shadowing').toArray(),
  ]);
  return summariesOfRows({ attendance, sessions, shadowing } as Parameters<typeof summariesOfRows>[0]);
};

/** Every person's credits from their summaries (migration 0013, the rebuild, the e2e seeds). */
export const creditsOfSummaries = (summaries: Iterable<TrainingSummary>): TrainingCredits[] =>
  [...summaries].flatMap((s) => creditsOf(s) ?? []);

/**
 * Rebuilds every summary, and the credits, from the rows, in one transaction (after a write that
 * bypassed Dexie, e.g. the bench's raw seeding; the migrations do the same).
 */
export const rebuildTrainingSummaries = async (db: Dexie): Promise<number> =>
  db.transaction(
    'rw',
    [...SUMMARISED.map((n) => db.table(n)), db.table(TRAINING_SUMMARIES), db.table(TRAINING_CREDITS)],
    async () => {
      const summaries = await buildTrainingSummaries((n) => db.table(n));
      await db.table(TRAINING_SUMMARIES).clear();
      await db.table(TRAINING_SUMMARIES).bulkPut(summaries);
      await db.table(TRAINING_CREDITS).clear();
      await db.table(TRAINING_CREDITS).bulkPut(creditsOfSummaries(summaries));
      return summaries.length;
    },
  );
