import { DOMAIN_TABLE_NAMES, type DomainTableName } from '../domain';
import { mergeRecords } from '../sync/merge';
import { resolveCodeClashes } from '../sync/codes';
import type { SyncRecord } from '../sync/record';
import type { StoredRecord, TablesData } from './format';

/**
 * Merging another PC's backup into this one, field by field (shared/backup/MERGING.md):
 *
 * - A record only the file has is added (tombstones too, so a deletion travels on).
 * - A record both have becomes `mergeRecords` of the two: each field takes the value of the
 *   side that changed it last (by the stamps of the PCs' clocks), lists merge as unions.
 *   Where the result equals ours (same `rev`), nothing is written.
 * - Mentees that end up sharing a code are re-coded (`settleCodes`), the same way on every PC.
 *
 * Pure: the plan is computed for the preview and again inside the import transaction. So that
 * a merge costs what changed, not what exists, the database side is read in two steps: first
 * every record's `rev` (index keys, no records), which settles every record of the file that
 * is the same here (`sortOutByRev`); then only the records still in question, by id.
 */

/** Both PCs changed these fields of one record since it was made, to different values: the later won. */
export type FieldConflict = { id: string; fields: string[] };

export type TableMergePlan = {
  /** Records to put: the file's new records, and merged versions of records both have. */
  writes: StoredRecord[];
  /** New live records. */
  added: number;
  /** Live (or deleted) here, changed by the merge and live after it. */
  updated: number;
  /** Live here, deleted after the merge. */
  deleted: number;
  /** Records in the file that change nothing here. */
  unchanged: number;
  conflicts: FieldConflict[];
};
export type MergePlan = Record<DomainTableName, TableMergePlan>;

/** A mentee the merge gave a new code because another one had the same (the old code stays findable). */
export type Recoded = { id: string; from: string; to: string };

const isDeleted = (r: StoredRecord): boolean => r.deletedAt !== null && r.deletedAt !== undefined;

const emptyPlan = (): TableMergePlan => ({ writes: [], added: 0, updated: 0, deleted: 0, unchanged: 0, conflicts: [] });

/** The plan of one table, given the local records that share an id with the file's. */
export const planTableMerge = (
  table: DomainTableName,
  local: readonly StoredRecord[],
  incoming: readonly StoredRecord[],
): TableMergePlan => {
  const byId = new Map<string, StoredRecord>();
  for (const r of local) byId.set(r.id, r);
  const plan = emptyPlan();
  for (const theirs of incoming) {
    const ours = byId.get(theirs.id);
    if (!ours) {
      plan.writes.push(theirs);
      if (isDeleted(theirs)) plan.unchanged++;
      else plan.added++;
      continue;
    }
    const { merged, conflicts } = mergeRecords(table, ours as SyncRecord, theirs as SyncRecord);
    if (conflicts.length > 0) plan.conflicts.push({ id: theirs.id, fields: conflicts });
    if (merged.rev !== undefined && merged.rev === ours.rev) {
      plan.unchanged++;
      continue;
    }
    plan.writes.push(merged as StoredRecord);
    if (isDeleted(merged as StoredRecord)) {
      if (isDeleted(ours)) plan.unchanged++;
      else plan.deleted++;
    } else plan.updated++;
  }
  return plan;
};

/**
 * What the local records' revs alone settle (ids → `rev`): a file record with our rev is the
 * same record, stamps and all. The rest go to `toDecide`; `localIds` are the local records to
 * read to decide them (those the file and this PC both have).
 */
export const sortOutByRev = (
  localRevs: ReadonlyMap<string, string>,
  incoming: readonly StoredRecord[],
): { toDecide: StoredRecord[]; localIds: string[]; unchanged: number } => {
  const toDecide: StoredRecord[] = [];
  const localIds: string[] = [];
  let unchanged = 0;
  for (const theirs of incoming) {
    const ours = localRevs.get(theirs.id);
    if (ours === undefined) {
      // New here, or here without a rev (written by something else than Tandem): read to know.
      toDecide.push(theirs);
      localIds.push(theirs.id);
      continue;
    }
    if (theirs.rev !== undefined && theirs.rev === ours) unchanged++;
    else {
      toDecide.push(theirs);
      localIds.push(theirs.id);
    }
  }
  return { toDecide, localIds, unchanged };
};

/**
 * `planTableMerge` against a database, reading only what it must: given `localRevs` (every
 * local id → `rev`), it names the local records (`localIds`) to read; `plan` then takes them
 * as read and finishes. Synchronous on purpose: the caller reads between the two steps inside
 * an IndexedDB transaction, which must not wait on anything but IndexedDB.
 */
export const planTableMergeByRev = (
  table: DomainTableName,
  localRevs: ReadonlyMap<string, string>,
  incoming: readonly StoredRecord[],
): { localIds: string[]; plan: (local: readonly StoredRecord[]) => TableMergePlan } => {
  const { toDecide, localIds, unchanged } = sortOutByRev(localRevs, incoming);
  return {
    localIds,
    plan: (local) => {
      const plan = planTableMerge(table, local, toDecide);
      plan.unchanged += unchanged;
      return plan;
    },
  };
};

/**
 * Re-codes mentees that the merge would leave sharing a code. `local` must hold every local
 * mentee whose code is one the writes use or could be given (the same programme prefix).
 * Returns the writes with the re-coded mentees in them (a local one is added as updated).
 */
export const settleCodes = (
  plan: TableMergePlan,
  local: readonly StoredRecord[],
): { plan: TableMergePlan; recoded: Recoded[] } => {
  const after = new Map<string, StoredRecord>(local.map((r) => [r.id, r]));
  for (const w of plan.writes) after.set(w.id, w);
  const changed = resolveCodeClashes([...after.values()] as SyncRecord[], () => false);
  if (changed.length === 0) return { plan, recoded: [] };
  const recoded = changed.map((m) => ({ id: m.id, from: String(after.get(m.id)?.code), to: String(m.code) }));
  const writes = new Map(plan.writes.map((w) => [w.id, w]));
  let updated = plan.updated;
  for (const m of changed) {
    if (!writes.has(m.id) && !isDeleted(m as StoredRecord)) updated++;
    writes.set(m.id, m as StoredRecord);
  }
  return { plan: { ...plan, writes: [...writes.values()], updated }, recoded };
};

/** The programme prefix of a code (`HF` of `HF-025-7F3A`): codes that may clash share it. */
export const codePrefix = (code: string): string => `${code.split('-')[0] ?? ''}-`;

/** The whole merge of two sets of tables, in memory (tests, tools): the plan and the re-coded mentees. */
export const planMerge = (local: TablesData, incoming: TablesData): { plan: MergePlan; recoded: Recoded[] } => {
  const plan = Object.fromEntries(
    DOMAIN_TABLE_NAMES.map((name) => {
      const ids = new Set(incoming[name].map((r) => r.id));
      return [
        name,
        planTableMerge(
          name,
          local[name].filter((r) => ids.has(r.id)),
          incoming[name],
        ),
      ];
    }),
  ) as MergePlan;
  const settled = settleCodes(plan.mentees, local.mentees);
  plan.mentees = settled.plan;
  return { plan, recoded: settled.recoded };
};

export type MergeTotals = {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  writes: number;
  conflicts: number;
};
/** A plan without its records: what the preview shows, per table. */
export type MergeCounts = Record<DomainTableName, MergeTotals>;

export const countsOfPlan = (plan: MergePlan): MergeCounts =>
  Object.fromEntries(
    DOMAIN_TABLE_NAMES.map((name) => {
      const { added, updated, deleted, unchanged, writes, conflicts } = plan[name];
      return [name, { added, updated, deleted, unchanged, writes: writes.length, conflicts: conflicts.length }];
    }),
  ) as MergeCounts;

/**
 * The totals the coordinator reads ("12 added, 3 updated"): of the data, not of the audit log,
 * which every import adds to (its entries are counted in their own row of the per-table report).
 */
export const mergeTotals = (counts: MergeCounts): MergeTotals => {
  const totals: MergeTotals = { added: 0, updated: 0, deleted: 0, unchanged: 0, writes: 0, conflicts: 0 };
  for (const name of DOMAIN_TABLE_NAMES) {
    if (name === 'auditLog') continue;
    const c = counts[name];
    totals.added += c.added;
    totals.updated += c.updated;
    totals.deleted += c.deleted;
    totals.unchanged += c.unchanged;
    totals.writes += c.writes;
    totals.conflicts += c.conflicts;
  }
  return totals;
};

/**
 * Stamps of a file more than a day ahead of this PC's clock: the PC that wrote it has a wrong
 * clock. Its edits would win every merge until that time; the preview says so before the import.
 */
export type FutureStamps = { count: number; newest: string } | null;

/** What the merge preview shows: counts per table, the fields in conflict, re-coded mentees, a wrong clock. */
export type MergeSummary = {
  counts: MergeCounts;
  /** Per table, each field both PCs changed and how many records it concerns (the later change won). */
  conflicts: { table: DomainTableName; field: string; records: number }[];
  recoded: Recoded[];
  future: FutureStamps;
  /** People on this PC that the file's PC erased: the merge erases them here too. */
  erasing: number;
};

export const summaryOf = (plan: MergePlan, recoded: Recoded[], future: FutureStamps, erasing = 0): MergeSummary => {
  const conflicts: MergeSummary['conflicts'] = [];
  for (const table of DOMAIN_TABLE_NAMES) {
    const byField = new Map<string, number>();
    for (const c of plan[table].conflicts) for (const f of c.fields) byField.set(f, (byField.get(f) ?? 0) + 1);
    for (const [field, records] of [...byField].sort(([a], [b]) => (a < b ? -1 : 1)))
      conflicts.push({ table, field, records });
  }
  return { counts: countsOfPlan(plan), conflicts, recoded, future, erasing };
};

/** The tables after applying a plan (what the database holds after the merge), sorted by id. */
export const applyMergePlan = (local: TablesData, plan: MergePlan): TablesData =>
  Object.fromEntries(
    DOMAIN_TABLE_NAMES.map((name) => {
      const byId = new Map(local[name].map((r) => [r.id, r]));
      for (const r of plan[name].writes) byId.set(r.id, r);
      return [name, [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))];
    }),
  ) as TablesData;
