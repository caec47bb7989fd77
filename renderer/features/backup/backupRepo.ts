import type { Table } from 'dexie';
import { db } from '../../db/db';
import { SCHEMA_VERSION, type AppDB, type Snapshot } from '../../db/AppDB';
import { assertWritable, isReadOnly } from '../../db/openDatabase';
import { getDeviceId, getMeta, putMeta } from '../../db/meta';
import { markReplication } from '../../db/writePath';
import { addVerbatim, derivedOfTables } from '../../db/derivedData';
import { DOMAIN_TABLE_NAMES, LEDGER_TABLES, type DomainTableName } from '../../../shared/domain';
import { erasedIdsOf, erasedPeopleIn, scrubTables } from '../../../shared/privacy/erasure';
import { applyErasures, ledgerIds, type ErasedRecord } from '../../db/erasure';
import { recordAudit } from '../audit';
import {
  abandonReplace,
  beginReplace,
  commitReplace,
  commitSwitchBack,
  discardKept,
  openKept,
  readPointer,
  reconcileErasures,
  runSwitch,
} from '../../db/databaseSwitch';
import {
  emptyTables,
  type BackupDocument,
  type ManifestInfo,
  type StoredRecord,
  type TablesData,
} from '../../../shared/backup/format';
import {
  codePrefix,
  planTableMergeByRev,
  settleCodes,
  type FutureStamps,
  type MergePlan,
  type Recoded,
  type TableMergePlan,
} from '../../../shared/backup/mergePlan';
import { newestStamp, type SyncRecord } from '../../../shared/sync/record';
import type { Mentor } from '../../../shared/domain/mentor';
import { personSortKey } from '../../../shared/i18n/collation';
import { SETTINGS_ID } from '../../../shared/domain/settings';
import { findInvariantBreaks, type InvariantBreak } from '../../../shared/sync/invariants';
import { backupReminder, type BackupReminder } from '../../../shared/backup/reminder';
import { getSettings } from '../settings';

/**
 * The backup feature reads and writes every domain table as a whole: dumps for export,
 * replace and merge for import, and the undo of an import. A merge is one Dexie transaction
 * that first keeps a snapshot of what it changes and then writes the file's records; nothing
 * but Dexie is awaited inside, so it lands whole or not at all. A Replace writes a new database
 * and switches to it, keeping the old one as its undo (`replaceIntoNewDatabase`,
 * renderer/db/databaseSwitch.ts).
 * The `meta` table (this PC's id, schema version) is never part of a backup or a snapshot.
 */

/** Records per snapshot row: small enough for any IndexedDB value limit, few enough rows. */
const SNAPSHOT_CHUNK = 5_000;
const chunksOf = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += SNAPSHOT_CHUNK) out.push(items.slice(i, i + SNAPSHOT_CHUNK));
  return out;
};

const domainTables = (): Table<StoredRecord, string>[] =>
  DOMAIN_TABLE_NAMES.map((name) => db.table<StoredRecord, string>(name));

/**
 * Every table at once (one getAll request each, all in flight together, as the benchmark's raw
 * limit reads them): IndexedDB reads the next store while this thread is still turning the
 * previous one into objects.
 */
const readAll = async (): Promise<TablesData> => {
  const tables = emptyTables();
  const rows = await Promise.all(DOMAIN_TABLE_NAMES.map((name) => db.table<StoredRecord, string>(name).toArray()));
  DOMAIN_TABLE_NAMES.forEach((name, i) => (tables[name] = rows[i] ?? []));
  return tables;
};

/** Every domain table's records, tombstones included, in id order, read consistently. */
export const dumpTables = (): Promise<TablesData> => db.transaction('r', domainTables(), readAll);

/** What this PC writes into a backup's manifest besides the data. */
export const manifestInfo = async (appVersion: string, now: Date = new Date()): Promise<ManifestInfo> => {
  const [deviceId, settings] = await Promise.all([getDeviceId(), getSettings()]);
  return {
    schemaVersion: SCHEMA_VERSION,
    appVersion,
    deviceId,
    organisationName: settings.organisationName,
    createdAt: now.toISOString(),
  };
};

/**
 * True on a PC that holds no records yet (a new PC: at most its settings and its own audit
 * entries). Such a PC joins an organisation by restoring another PC's file, not by merging into
 * nothing: a restore copies the file as it is (MERGING.md), and the ledgers are united as always.
 */
export const holdsNoRecords = async (): Promise<boolean> => {
  for (const name of DOMAIN_TABLE_NAMES) {
    if (name === 'settings' || LEDGER_TABLES.has(name)) continue;
    if ((await db.table(name).count()) > 0) return false;
  }
  return true;
};

/** This PC's id, to tell the coordinator whether a backup came from here or elsewhere. */
export const thisDeviceId = (): Promise<string> => getDeviceId();

/**
 * Called only after the bridge confirmed the file was saved. A read-only database (written by
 * a newer Tandem) can still be backed up — that is when a backup matters most — but the time
 * of it cannot be recorded there.
 */
export const recordBackupSaved = async (at: string): Promise<void> => {
  if (isReadOnly()) return;
  await putMeta('lastBackupAt', at);
};

export const backupStatus = async (now: Date = new Date()): Promise<BackupReminder> => {
  const [last, settings] = await Promise.all([getMeta('lastBackupAt'), getSettings()]);
  return backupReminder(last, settings.rules.backupEveryDays, now);
};

export type ImportMode = 'replace' | 'merge';
/** `breaks`: rules the merge broke that held before it (shared/sync/invariants.ts), for the coordinator to fix. */
/**
 * `erased`: people another PC erased, erased here by this merge; `reapplied`: people a *Replace*
 * brought back from an older file and who were erased again (the erasure ledger, PRIVACY.md).
 */
export type ImportResult = {
  mode: ImportMode;
  snapshotId: string;
  written: number;
  breaks: InvariantBreak[];
  erased: number;
  reapplied: number;
  /** `refuseBreaks` was asked and the merge would break these rules: nothing was written. */
  refused?: true;
};

/**
 * How a merge is recorded and when it is refused. The shared folder merges by itself only when the
 * coordinator need not decide anything: with `refuseBreaks`, a merge that would break a rule
 * (`breaks`) is rolled back whole and reported as `refused`, for the coordinator to look at.
 */
export type ImportOptions = {
  /** `false`: not recorded (a shared-folder merge that brings only other PCs' audit entries). */
  audit?: { action: 'importMerge' | 'importReplace' | 'syncMerge'; fromDevice?: string | null } | false;
  refuseBreaks?: boolean;
};

/** Thrown inside the import transaction to roll it back (never leaves `importBackup`). */
class RefusedMerge extends Error {
  constructor(readonly breaks: InvariantBreak[]) {
    super('the merge would break rules');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids of mentees, mentors and sessions whose rules a merge's writes can affect. */
type Touched = { mentees: Set<string>; mentors: Set<string>; sessions: Set<string> };
const touchedBy = (planned: Record<DomainTableName, PlannedTable>): Touched => {
  const touched: Touched = { mentees: new Set(), mentors: new Set(), sessions: new Set() };
  for (const p of planned.pairings.plan.writes) {
    touched.mentees.add(String(p.menteeId));
    touched.mentors.add(String(p.mentorId));
  }
  for (const m of planned.mentees.plan.writes) touched.mentees.add(m.id);
  for (const m of planned.mentors.plan.writes) touched.mentors.add(m.id);
  for (const s of planned.sessions.plan.writes) touched.sessions.add(s.id);
  return touched;
};

/** The breaks among the touched records as the database holds them now (inside the caller's transaction). */
const breaksOf = async (touched: Touched): Promise<InvariantBreak[]> => {
  // Only the pairings of the touched mentees and mentors (through their indexes): all that
  // their counts need, not every open pairing of the organisation.
  const table = db.table<StoredRecord, string>('pairings');
  const byId = new Map<string, StoredRecord>();
  for (const p of await table
    .where('menteeId')
    .anyOf([...touched.mentees])
    .toArray())
    byId.set(p.id, p);
  for (const p of await table
    .where('mentorId')
    .anyOf([...touched.mentors])
    .toArray())
    byId.set(p.id, p);
  const pairings = [...byId.values()];
  const get = async (table: DomainTableName, ids: Set<string>) =>
    (await db.table<StoredRecord, string>(table).bulkGet([...ids])).filter((r): r is StoredRecord => r !== undefined);
  const settings = await db.settings.get(SETTINGS_ID);
  return findInvariantBreaks(
    {
      pairings: pairings as never,
      mentors: (await get('mentors', touched.mentors)) as never,
      mentees: (await get('mentees', touched.mentees)) as never,
      sessions: (await get('sessions', touched.sessions)) as never,
    },
    settings?.defaultLanguage ?? 'en',
  );
};

/** Every local record's `rev` by id, from the `rev` index's keys (no record is read). */
const localRevs = async (table: Table<StoredRecord, string>): Promise<Map<string, string>> => {
  const revs = new Map<string, string>();
  await table.orderBy('rev').eachKey((rev, cursor) => revs.set(cursor.primaryKey, String(rev)));
  return revs;
};

type PlannedTable = { plan: TableMergePlan; local: StoredRecord[] };

/** Every local record's `rev` by id, per table, and the stamp of the data they were read from. */
export type LocalRevs = { stamp: string; revs: Record<DomainTableName, Map<string, string>> };

const readRevs = async (): Promise<Record<DomainTableName, Map<string, string>>> => {
  const revs = {} as Record<DomainTableName, Map<string, string>>;
  for (const name of DOMAIN_TABLE_NAMES) revs[name] = await localRevs(db.table<StoredRecord, string>(name));
  return revs;
};

/**
 * Reads every record's `rev` (index keys only) with the stamp of the data. The slow part of a
 * merge plan on a large database, and it needs no file: the app runs it in a second worker
 * while the first decrypts and checks the file, and the plan uses it while the stamp holds.
 */
export const scanLocalRevs = (): Promise<LocalRevs> =>
  db.transaction('r', [...domainTables(), db.snapshots], async () => ({
    stamp: await tablesStamp(),
    revs: await readRevs(),
  }));

/**
 * Local mentees whose code the merged mentees use or might be given (same programme prefix):
 * all that `settleCodes` must see to keep every code unique.
 */
const menteesSharingPrefix = async (writes: readonly StoredRecord[]): Promise<StoredRecord[]> => {
  const prefixes = [...new Set(writes.map((w) => codePrefix(String(w.code))))];
  if (prefixes.length === 0) return [];
  return db.table<StoredRecord, string>('mentees').where('code').startsWithAnyOf(prefixes).toArray();
};

/**
 * Fields copied from other tables for an index (shared/sync/rules.ts `COPIED_FIELDS`) are set
 * again from the merged records: attendance's session date and kind, a pairing's latest contact.
 */
const rederiveCopied = async (planned: Record<DomainTableName, PlannedTable>): Promise<void> => {
  const sessions = new Map(planned.sessions.plan.writes.map((s) => [s.id, s]));
  const attendance = new Map(planned.attendance.plan.writes.map((a) => [a.id, a]));
  const sessionOf = async (id: string) =>
    sessions.get(id) ?? (await db.table<StoredRecord, string>('sessions').get(id));
  // Rows of merged sessions that this merge does not write: their session's date may have changed.
  for (const s of sessions.values())
    for (const a of await db.table<StoredRecord, string>('attendance').where('sessionId').equals(s.id).toArray())
      if (!attendance.has(a.id) && (a.sessionDate !== s.date || a.sessionKind !== s.kind)) attendance.set(a.id, a);
  for (const [id, a] of attendance) {
    const session = await sessionOf(String(a.sessionId));
    if (session && (a.sessionDate !== session.date || a.sessionKind !== session.kind))
      attendance.set(id, { ...a, sessionDate: session.date, sessionKind: session.kind });
  }
  planned.attendance.plan.writes = [...attendance.values()];

  const pairings = new Map(planned.pairings.plan.writes.map((p) => [p.id, p]));
  const touched = new Set([...pairings.keys(), ...planned.contactLogs.plan.writes.map((l) => String(l.pairingId))]);
  const logs = new Map(planned.contactLogs.plan.writes.map((l) => [l.id, l]));
  for (const pairingId of touched) {
    const local = await db.table<StoredRecord, string>('contactLogs').where('pairingId').equals(pairingId).toArray();
    const all = new Map(local.map((l) => [l.id, l]));
    for (const l of logs.values()) if (l.pairingId === pairingId) all.set(l.id, l);
    const last = [...all.values()]
      .filter((l) => !l.deletedAt)
      .reduce((m, l) => (String(l.date) > m ? String(l.date) : m), '');
    const pairing = pairings.get(pairingId) ?? (await db.table<StoredRecord, string>('pairings').get(pairingId));
    if (pairing && pairing.lastContactDate !== last) pairings.set(pairingId, { ...pairing, lastContactDate: last });
  }
  planned.pairings.plan.writes = [...pairings.values()];

  const settings = await db.settings.get(SETTINGS_ID);
  const lng = settings?.defaultLanguage ?? 'en';
  planned.mentors.plan.writes = planned.mentors.plan.writes.map((m) => {
    const sortKey = personSortKey(m as unknown as Mentor, lng);
    return sortKey === m.sortKey ? m : { ...m, sortKey };
  });
};

/**
 * The merge plan of every table against the database, reading only what it must (see
 * `planTableMergeByRev`): the `rev` of every record — `known`, when it was read with this very
 * `stamp` — then the records in question; then the mentees whose codes may clash, and the
 * records whose copied fields follow from what the merge writes. Call inside a transaction
 * over the domain tables.
 */
const planAgainstDb = async (
  incoming: TablesData,
  stamp: string,
  known?: LocalRevs,
): Promise<{ planned: Record<DomainTableName, PlannedTable>; recoded: Recoded[] }> => {
  const revs = known?.stamp === stamp ? known.revs : await readRevs();
  // Nothing of a person erased here or on the file's PC enters the plan (shared/privacy/erasure.ts).
  const erased = new Set([...(await ledgerIds()), ...erasedIdsOf(incoming.erasures)]);
  incoming = scrubTables(incoming, erased).tables;
  const planned = {} as Record<DomainTableName, PlannedTable>;
  for (const name of DOMAIN_TABLE_NAMES) {
    const table = db.table<StoredRecord, string>(name);
    const step = planTableMergeByRev(name, revs[name], incoming[name]);
    const local = step.localIds.length > 0 ? await table.bulkGet(step.localIds) : [];
    const found = local.filter((r): r is StoredRecord => r !== undefined);
    planned[name] = { plan: step.plan(found), local: found };
  }
  const holders = await menteesSharingPrefix(planned.mentees.plan.writes);
  const settled = settleCodes(planned.mentees.plan, holders);
  const before = new Map(planned.mentees.local.map((r) => [r.id, r]));
  for (const h of holders) if (!before.has(h.id) && settled.recoded.some((r) => r.id === h.id)) before.set(h.id, h);
  planned.mentees = { plan: settled.plan, local: [...before.values()] };
  await rederiveCopied(planned);
  await addOverwrittenLocals(planned);
  return { planned, recoded: settled.recoded };
};

/** The local version of every record the merge writes, for the undo snapshot. */
const addOverwrittenLocals = async (planned: Record<DomainTableName, PlannedTable>): Promise<void> => {
  for (const name of DOMAIN_TABLE_NAMES) {
    const { plan, local } = planned[name];
    const known = new Set(local.map((r) => r.id));
    const missing = plan.writes.map((w) => w.id).filter((id) => !known.has(id));
    if (missing.length === 0) continue;
    const found = (await db.table<StoredRecord, string>(name).bulkGet(missing)).filter(
      (r): r is StoredRecord => r !== undefined,
    );
    planned[name] = { plan, local: [...local, ...found] };
  }
};

const DAY_MS = 24 * 60 * 60 * 1000;
export const futureStampsOf = (incoming: TablesData, now: number): FutureStamps => {
  let count = 0;
  let newest = '';
  for (const name of DOMAIN_TABLE_NAMES)
    for (const r of incoming[name]) {
      const updated = Date.parse(r.updatedAt);
      if (updated > now + DAY_MS) {
        count++;
        if (r.updatedAt > newest) newest = r.updatedAt;
      }
    }
  return count > 0 ? { count, newest } : null;
};

/**
 * What the data looks like from outside, cheaply: each domain table's record count and newest
 * `updatedAt` (with that record's id), and the newest undo snapshot. Every edit Tandem makes
 * sets `updatedAt` to now or adds or removes records; every import and undo replaces or clears
 * the snapshot (an undo puts older versions back, which the tables' stamps alone could miss). So
 * any write between reading the data and using what was read changes the stamp.
 */
const tablesStamp = async (): Promise<string> => {
  const parts: string[] = [];
  for (const table of domainTables()) {
    const newest = table.schema.idxByName.updatedAt
      ? await table.orderBy('updatedAt').last()
      : (await table.toArray()).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
    parts.push(`${table.name}:${await table.count()}:${newest?.id ?? ''}@${newest?.updatedAt ?? ''}`);
  }
  const [snapshot] = await db.snapshots.orderBy('createdAt').reverse().limit(1).primaryKeys();
  parts.push(`snapshots:${await db.snapshots.count()}:${snapshot ?? ''}`);
  return parts.join('|');
};

/** A merge plan with what it was computed against, so the import can reuse it while nothing changed. */
export type MergePreview = {
  plan: MergePlan;
  /** People (and walk-in rows naming them) on this PC whom the file's PC erased: the merge erases them here too. */
  erasing: ErasedRecord[];
  stamp: string;
  planned: Record<DomainTableName, PlannedTable>;
  recoded: Recoded[];
  future: FutureStamps;
};

/**
 * The merge preview against the data as it is now; `known` is a `scanLocalRevs` taken earlier,
 * used if nothing was written since.
 */
export const previewMerge = (incoming: TablesData, known?: LocalRevs, now: Date = new Date()): Promise<MergePreview> =>
  db.transaction('r', [...domainTables(), db.snapshots], async () => {
    const stamp = await tablesStamp();
    const { planned, recoded } = await planAgainstDb(incoming, stamp, known);
    const plan = Object.fromEntries(DOMAIN_TABLE_NAMES.map((name) => [name, planned[name].plan])) as MergePlan;
    const erasing = await erasuresToApply(incoming);
    return { plan, erasing, stamp, planned, recoded, future: futureStampsOf(incoming, now.getTime()) };
  });

/** What the file's erasure ledger names that this PC still holds (a merge erases it here too). */
const erasuresToApply = async (incoming: TablesData): Promise<ErasedRecord[]> => {
  const known = await ledgerIds();
  const out: ErasedRecord[] = [];
  for (const e of incoming.erasures) {
    if (known.has(e.id)) continue;
    const table = e.table as ErasedRecord['table'];
    if (await db.table(table).get(e.id)) out.push({ id: e.id, table });
  }
  return out;
};

/** The people among erased records (not the walk-in rows that named them). */
export const peopleAmong = (erased: readonly ErasedRecord[]): number =>
  erased.filter((e) => e.table !== 'attendance').length;

/**
 * The ledgers (`LEDGER_TABLES`: erasures, audit log) of `target` gain the file's entries they lack:
 * what this PC erased or recorded is never lost to an older file. Returns the other tables of the
 * file scrubbed of the people the united ledger erased, and how many of the file's people that
 * erased again.
 */
const uniteLedgers = async (
  incoming: TablesData,
  target: AppDB,
): Promise<{ reapplied: number; tables: Partial<TablesData> }> => {
  for (const name of LEDGER_TABLES) {
    const table = target.table<StoredRecord, string>(name);
    const have = new Set((await table.toCollection().primaryKeys()) as string[]);
    const missing = incoming[name].filter((r) => !have.has(r.id));
    if (missing.length > 0) await table.bulkAdd(missing);
  }
  const erased = await ledgerIds(target);
  const reapplied = erasedPeopleIn(incoming, erased).length;
  const scrubbed = scrubTables(incoming, erased).tables;
  const tables: Partial<TablesData> = {};
  for (const name of DOMAIN_TABLE_NAMES) if (!LEDGER_TABLES.has(name)) tables[name] = scrubbed[name];
  return { reapplied, tables };
};

/**
 * Every table of `db` becomes exactly `tables`, but the ledgers only gain entries
 * (`uniteLedgers`). Through Dexie's clear and bulkAdd, not plain IndexedDB requests: plain adds
 * were ~10% faster on 200,000 records, but Dexie would not know of them and live queries through
 * an index that found nothing before would miss the new records (tested). (A Replace writes a new
 * database no one reads yet, with plain adds: `replaceIntoNewDatabase`.)
 */
const writeTables = async (incoming: TablesData): Promise<void> => {
  const { tables } = await uniteLedgers(incoming, db);
  for (const [name, records] of Object.entries(tables)) {
    const table = db.table<StoredRecord, string>(name);
    await table.clear();
    if (records.length > 0) await table.bulkAdd(records);
  }
};

/**
 * Replace all data, or merge the file's records into it. The document must come from
 * `openBackupFile` (decrypted, checked and schema-validated). Before anything is written the
 * current data is kept as the one snapshot "Undo last import" restores. A merge reuses the
 * `preview` of the same document when the tables' stamp shows nothing was written since;
 * otherwise it plans again inside the transaction.
 */
export const importBackup = async (
  document: BackupDocument,
  mode: ImportMode,
  now: Date = new Date(),
  preview?: MergePreview,
  options: ImportOptions = {},
): Promise<ImportResult> => {
  assertWritable();
  const audit = options.audit;
  const fromDevice = audit ? audit.fromDevice : null;
  const record = async (action: 'importMerge' | 'importReplace', count: number, target: AppDB = db) => {
    if (audit === false) return;
    const subjectId = fromDevice && UUID.test(fromDevice) ? fromDevice : null;
    await recordAudit({ action: audit?.action ?? action, subjectKind: 'file', subjectId, count }, now, target);
  };
  const at = now.toISOString();
  const snapshotId = crypto.randomUUID();
  if (mode === 'replace') {
    const { reapplied, written } = await replaceIntoNewDatabase(document, at, (count, target) =>
      record('importReplace', count, target),
    );
    return { mode, snapshotId, written, breaks: [], erased: 0, reapplied };
  }
  let written = 0;
  let breaks: InvariantBreak[] = [];
  let erased = 0;
  const refused = await db
    // `drafts`: an erasure arriving in a merge removes the drafts about that person too.
    .transaction('rw', [...domainTables(), db.snapshots, db.meta, db.drafts], async () => {
      markReplication();
      const chunk = (
        table: DomainTableName,
        records: unknown[],
        addedIds: string[] = [],
        written?: Snapshot['written'],
      ): Snapshot => ({
        id: crypto.randomUUID(),
        snapshotId,
        createdAt: at,
        reason: 'merge',
        table,
        records,
        addedIds,
        ...(written ? { written } : {}),
      });
      // Taken before anything here is written (the snapshot below changes it).
      const stamp = await tablesStamp();
      // Only the latest import can be undone: older snapshots would only fill the disk.
      await db.snapshots.clear();
      // Reads only the records the merge may change; the snapshot keeps just those.
      const reuse = preview?.stamp === stamp;
      const planned = reuse ? preview.planned : (await planAgainstDb(document.tables, stamp)).planned;
      const erasing = reuse ? preview.erasing : await erasuresToApply(document.tables);
      const chunks: Snapshot[] = [];
      const touched = touchedBy(planned);
      const before = new Set((await breaksOf(touched)).map((b) => `${b.kind}:${b.id}`));
      for (const name of DOMAIN_TABLE_NAMES) {
        const { plan, local } = planned[name];
        const writes = plan.writes;
        if (writes.length === 0) continue;
        const before = new Map(local.map((r) => [r.id, r]));
        const overwritten = writes.flatMap((w) => before.get(w.id) ?? []);
        const addedIds = writes.filter((w) => !before.has(w.id)).map((w) => w.id);
        for (const records of chunksOf(overwritten)) chunks.push(chunk(name, records));
        for (const ids of chunksOf(addedIds)) chunks.push(chunk(name, [], ids));
        for (const revs of chunksOf(writes.map((w) => ({ id: w.id, rev: String(w.rev) }))))
          chunks.push(chunk(name, [], [], revs));
        // The unique code index is checked at each put: a mentee that gives up a code (re-coded
        // by this merge) is written before the one that takes it.
        const freesCode = (w: StoredRecord) => before.has(w.id) && before.get(w.id)?.code !== w.code;
        const ordered =
          name === 'mentees' ? [...writes.filter(freesCode), ...writes.filter((w) => !freesCode(w))] : writes;
        await db.table<StoredRecord, string>(name).bulkPut(ordered);
        written += writes.length;
        // What the merge brought in moves this PC's clock past it: a later local edit wins.
        for (const w of writes)
          db.clock.observe(typeof w.baseStamp === 'string' ? newestStamp(w as SyncRecord) : undefined);
      }
      await db.snapshots.bulkAdd(chunks.length > 0 ? chunks : [chunk('settings', [])]);
      // Erasures the file's PC made: its ledger entries are written above; the people go now,
      // from the tables and from the snapshot just taken.
      await applyErasures(erasing, { local: false });
      erased = peopleAmong(erasing);
      await record('importMerge', written);
      // Only what the merge broke: a rule already broken here before it is not news.
      breaks = (await breaksOf(touched)).filter((b) => !before.has(`${b.kind}:${b.id}`));
      if (options.refuseBreaks && breaks.length > 0) throw new RefusedMerge(breaks);
      await db.meta.put({ key: 'lastImportAt', value: at });
    })
    .catch((err: unknown) => {
      if (err instanceof RefusedMerge) return err;
      throw err;
    });
  if (refused instanceof RefusedMerge)
    return { mode, snapshotId, written: 0, breaks: refused.breaks, erased: 0, reapplied: 0, refused: true };
  // The merge's undo is now the last import's: a Replace's kept database can no longer be switched back to.
  await discardKept();
  return { mode, snapshotId, written, breaks, erased, reapplied: 0 };
};

/**
 * A Replace (issue 24): every record of the file goes into a new database, written as a new PC's
 * restore writes it (no snapshot, nothing to clear), and the app then switches to it in one step
 * (renderer/db/databaseSwitch.ts). The database replaced is kept, whole, as the undo.
 *
 * What a backup does not hold comes along from the database replaced: this PC's `meta` (its id,
 * the audit chain's head, the shared folder, the app lock, the last backup) and its unsaved
 * drafts; the ledgers (erasures, audit log) are united with the file's as before, and every
 * record is scrubbed of the people the united ledger erased. An erasure made here while the new
 * database was written reaches it before the switch.
 */
const replaceIntoNewDatabase = async (
  document: BackupDocument,
  at: string,
  record: (count: number, target: AppDB) => Promise<void>,
): Promise<{ reapplied: number; written: number }> => {
  // The new database carries this PC's id: made now if this PC has none yet.
  await getDeviceId();
  return runSwitch(async () => {
    const local = await db.transaction('r', [db.meta, db.drafts, db.erasures, db.auditLog], async () => ({
      meta: await db.meta.toArray(),
      drafts: await db.drafts.toArray(),
      erasures: await db.erasures.toArray(),
      auditLog: await db.auditLog.toArray(),
    }));
    const fresh = await beginReplace();
    const written = DOMAIN_TABLE_NAMES.reduce((n, name) => n + document.tables[name].length, 0);
    let reapplied = 0;
    try {
      const united = await fresh.transaction('rw', fresh.tables, async () => {
        markReplication();
        await fresh.meta.bulkPut(local.meta);
        await fresh.meta.put({ key: 'schemaVersion', value: SCHEMA_VERSION });
        if (local.drafts.length > 0) await fresh.drafts.bulkAdd(local.drafts);
        if (local.erasures.length > 0) await fresh.erasures.bulkAdd(local.erasures);
        if (local.auditLog.length > 0) await fresh.auditLog.bulkAdd(local.auditLog);
        const united = await uniteLedgers(document.tables, fresh);
        await record(written, fresh);
        await fresh.meta.put({ key: 'lastImportAt', value: at });
        return united;
      });
      reapplied = united.reapplied;
      const tables = united.tables;
      // The records, and what the database layer derives from them, in one plain IndexedDB
      // transaction: nothing reads this database before the switch (which makes every live query
      // read again), and the records are verbatim, so Dexie's write path has nothing to add. The
      // derived stores come from the same functions as the middlewares' rebuilds (derivedData.ts).
      await addVerbatim(fresh.backendDB(), { ...tables, ...derivedOfTables({ ...emptyTables(), ...tables }) });
      await reconcileErasures(db, fresh);
    } catch (err) {
      await abandonReplace(fresh);
      throw err;
    }
    await commitReplace(fresh, at);
    return { reapplied, written };
  });
};

/** When the snapshot "Undo last import" would restore was taken, and until when it can be used. */
export type UndoInfo = { createdAt: string; until: string };

const DAY = 24 * 60 * 60 * 1000;
const undoUntil = (createdAt: string, keepDays: number): string =>
  new Date(Date.parse(createdAt) + keepDays * DAY).toISOString();

/**
 * The last import's undo, if it can still be used: a snapshot is kept for the days the
 * settings say (`rules.undoKeepDays`), then it no longer counts (the next import clears it).
 */
const snapshotUndo = async (now: Date): Promise<UndoInfo | null> => {
  const createdAt = await newestSnapshotAt();
  if (!createdAt) return null;
  const settings = await db.settings.get(SETTINGS_ID);
  const until = undoUntil(createdAt, settings?.rules.undoKeepDays ?? 30);
  return until > now.toISOString() ? { createdAt, until } : null;
};

const newestSnapshotAt = async (): Promise<string | undefined> => {
  const createdAt = (await db.snapshots.orderBy('createdAt').reverse().keys())[0];
  return typeof createdAt === 'string' ? createdAt : undefined;
};

/**
 * The undo of the last Replace (its kept database, renderer/db/databaseSwitch.ts), if no import
 * since has an undo of its own and the days have not passed. Not inside a transaction of `db`:
 * the pointer is a database of its own.
 */
const keptUndo = async (now: Date): Promise<UndoInfo | null> => {
  const { kept } = await readPointer();
  if (!kept) return null;
  const newer = await newestSnapshotAt();
  if (newer && newer > kept.createdAt) return null;
  const settings = await db.settings.get(SETTINGS_ID);
  const until = undoUntil(kept.createdAt, settings?.rules.undoKeepDays ?? 30);
  return until > now.toISOString() ? { createdAt: kept.createdAt, until } : null;
};

export const lastImportUndo = async (now: Date = new Date()): Promise<UndoInfo | null> =>
  (await keptUndo(now)) ?? (await snapshotUndo(now));

export class NothingToUndoError extends Error {
  constructor() {
    super('backup.nothingToUndo');
    this.name = 'NothingToUndoError';
  }
}

/** A record an undo of a merge left as it is, because it was changed after the merge. */
export type UndoSkipped = { table: DomainTableName; id: string };

/**
 * Undoes the last import and forgets its snapshot. A replace is undone whole: the data becomes
 * exactly what it was. A merge is undone record by record: each record it wrote goes back to
 * what it was (or away, if the merge added it) unless it was changed since the merge; those
 * are left as they are and returned, so the coordinator sees what undo did not touch.
 */
export const undoLastImport = async (now: Date = new Date()): Promise<{ skipped: UndoSkipped[] }> => {
  assertWritable();
  if (await keptUndo(now)) {
    await switchBack(now);
    return { skipped: [] };
  }
  const skipped: UndoSkipped[] = [];
  await db.transaction('rw', [...domainTables(), db.snapshots, db.meta], async () => {
    markReplication();
    const latest = await db.snapshots.orderBy('createdAt').last();
    if (!latest || !(await snapshotUndo(now))) throw new NothingToUndoError();
    const chunks = await db.snapshots.where('snapshotId').equals(latest.snapshotId).toArray();
    const erased = await ledgerIds();
    if (latest.reason === 'restore') {
      const tables = emptyTables();
      for (const c of chunks) tables[c.table].push(...(c.records as StoredRecord[]));
      await writeTables(tables);
    } else {
      const written = new Map<string, string>();
      for (const c of chunks) for (const w of c.written ?? []) written.set(`${c.table}:${w.id}`, w.rev);
      for (const c of chunks) {
        const table = db.table<StoredRecord, string>(c.table);
        const ids = [...c.addedIds, ...(c.records as StoredRecord[]).map((r) => r.id)];
        if (ids.length === 0) continue;
        const current = await table.bulkGet(ids);
        const untouched = new Set<string>();
        ids.forEach((id, i) => {
          const rev = written.get(`${c.table}:${id}`);
          // Written records without a rev (a snapshot of an older Tandem) count as untouched.
          if (rev === undefined || current[i]?.rev === rev) untouched.add(id);
          else skipped.push({ table: c.table, id });
        });
        // The ledgers only gain entries: an erasure the merge brought stays (PRIVACY.md).
        const removals = LEDGER_TABLES.has(c.table) ? [] : c.addedIds.filter((id) => untouched.has(id));
        if (removals.length > 0) await table.bulkDelete(removals);
        const putBack = (c.records as StoredRecord[]).filter((r) => untouched.has(r.id));
        const scrubbed = scrubTables({ [c.table]: putBack }, erased).tables[c.table] ?? [];
        if (scrubbed.length > 0) await table.bulkPut(scrubbed);
      }
    }
    await db.snapshots.clear();
    await recordAudit({ action: 'undoImport', subjectKind: 'file' }, now);
  });
  // A Replace before the import just undone stays replaced: its kept database is not an undo any more.
  await discardKept();
  return { skipped };
};

/**
 * Undo of a Replace: the app switches back to the database the Replace kept (issue 24), after
 * bringing over what must outlive the Replace: the ledgers only gain entries (an erasure made or
 * received since stays in force there too, and this PC's audit chain goes on), this PC's `meta`
 * and its unsaved drafts as they are now. Reads and writes only those, never the data: the undo
 * of a large office's Replace takes what a small one's does.
 */
const switchBack = (now: Date): Promise<void> =>
  runSwitch(async () => {
    const opened = await openKept();
    if (!opened) throw new NothingToUndoError();
    const { kept, other } = opened;
    try {
      const local = await db.transaction('r', [db.meta, db.drafts, db.auditLog], async () => ({
        meta: await db.meta.toArray(),
        drafts: await db.drafts.toArray(),
        audit: (await db.auditLog.toCollection().primaryKeys()) as string[],
      }));
      const have = new Set((await other.auditLog.toCollection().primaryKeys()) as string[]);
      const missing = local.audit.filter((id) => !have.has(id));
      const entries = (await db.auditLog.bulkGet(missing)).filter((e) => e !== undefined);
      await reconcileErasures(db, other);
      await other.transaction('rw', [other.auditLog, other.meta, other.drafts, other.snapshots], async () => {
        markReplication();
        if (entries.length > 0) await other.auditLog.bulkPut(entries);
        await other.snapshots.clear();
        await other.meta.bulkPut(local.meta);
        await other.drafts.clear();
        if (local.drafts.length > 0) await other.drafts.bulkPut(local.drafts);
        await recordAudit({ action: 'undoImport', subjectKind: 'file' }, now, other);
      });
    } finally {
      other.close();
    }
    await commitSwitchBack(kept);
  });
