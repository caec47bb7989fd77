import { DOMAIN_TABLE_NAMES, type DomainTableName } from '../domain';
import type { StoredRecord, TablesData } from './format';

/**
 * Merging another PC's backup into this one, record by record, decided by time alone:
 *
 * - A record's time is the later of its `updatedAt` and `deletedAt` (a deletion is a change).
 * - The newer side wins. A record only the file has is added (tombstones too, so a deletion
 *   travels on to the next PC).
 * - Equal times: a deletion wins over a live record, whichever side it is on — so something
 *   deleted here never comes back from an older or same-age file, and two PCs merging each
 *   other's files end up with the same data. Otherwise equal times leave our record alone.
 *
 * Pure: the plan is computed for the preview and again inside the import transaction. So that
 * a merge costs what changed, not what exists, the database side is read in two steps: first
 * only every record's `updatedAt` (index keys, no records), which settles almost every record
 * of the file (`sortOutByTime`); then only the records still in question, by id.
 */

export type TableMergePlan = {
  /** Records to put, as they come from the file. */
  writes: StoredRecord[];
  /** New live records. */
  added: number;
  /** Live (or deleted) here, replaced by a newer live version from the file. */
  updated: number;
  /** Live here, deleted in the file (newer or same time). */
  deleted: number;
  /** Records in the file that change nothing here. */
  unchanged: number;
};
export type MergePlan = Record<DomainTableName, TableMergePlan>;

const timeOf = (r: StoredRecord): number => {
  const updated = Date.parse(r.updatedAt);
  const deleted = r.deletedAt ? Date.parse(r.deletedAt) : Number.NEGATIVE_INFINITY;
  return Math.max(updated, deleted);
};

const isDeleted = (r: StoredRecord): boolean => r.deletedAt !== null && r.deletedAt !== undefined;

export const planTableMerge = (local: readonly StoredRecord[], incoming: readonly StoredRecord[]): TableMergePlan => {
  const byId = new Map<string, StoredRecord>();
  for (const r of local) byId.set(r.id, r);
  const plan: TableMergePlan = { writes: [], added: 0, updated: 0, deleted: 0, unchanged: 0 };
  for (const theirs of incoming) {
    const ours = byId.get(theirs.id);
    if (!ours) {
      plan.writes.push(theirs);
      if (isDeleted(theirs)) plan.unchanged++;
      else plan.added++;
      continue;
    }
    const tOurs = timeOf(ours);
    const tTheirs = timeOf(theirs);
    const takeTheirs = tTheirs > tOurs || (tTheirs === tOurs && isDeleted(theirs) && !isDeleted(ours));
    if (!takeTheirs) {
      plan.unchanged++;
      continue;
    }
    plan.writes.push(theirs);
    if (isDeleted(theirs)) {
      if (isDeleted(ours)) plan.unchanged++;
      else plan.deleted++;
    } else plan.updated++;
  }
  return plan;
};

/**
 * What can be decided from the local records' `updatedAt` alone (their ids → `updatedAt`).
 * A file record is settled as unchanged when it is older than ours, or as old and not a
 * deletion: our record's time (the later of `updatedAt` and `deletedAt`) is at least that, so
 * `planTableMerge` would keep ours. The rest — new records and those that may win — goes to
 * `toDecide`, and the local records of those with `localIds` must be read to decide them.
 */
export const sortOutByTime = (
  localUpdatedAt: ReadonlyMap<string, string>,
  incoming: readonly StoredRecord[],
): { toDecide: StoredRecord[]; localIds: string[]; unchanged: number } => {
  const toDecide: StoredRecord[] = [];
  const localIds: string[] = [];
  let unchanged = 0;
  for (const theirs of incoming) {
    const ours = localUpdatedAt.get(theirs.id);
    if (ours === undefined) {
      toDecide.push(theirs);
      continue;
    }
    const tTheirs = timeOf(theirs);
    const tOurs = Date.parse(ours);
    if (tTheirs > tOurs || (tTheirs === tOurs && isDeleted(theirs))) {
      toDecide.push(theirs);
      localIds.push(theirs.id);
    } else unchanged++;
  }
  return { toDecide, localIds, unchanged };
};

/**
 * `planTableMerge` against a database, reading only what it must: given `localUpdatedAt`
 * (every local id → `updatedAt`), it names the few local records (`localIds`) the times could
 * not settle; `plan` then takes those records as read and finishes the plan. Synchronous on
 * purpose: the caller reads between the two steps inside an IndexedDB transaction, which must
 * not wait on anything but IndexedDB.
 */
export const planTableMergeByTime = (
  localUpdatedAt: ReadonlyMap<string, string>,
  incoming: readonly StoredRecord[],
): { localIds: string[]; plan: (local: readonly StoredRecord[]) => TableMergePlan } => {
  const { toDecide, localIds, unchanged } = sortOutByTime(localUpdatedAt, incoming);
  return {
    localIds,
    plan: (local) => {
      const plan = planTableMerge(local, toDecide);
      plan.unchanged += unchanged;
      return plan;
    },
  };
};

export const planMerge = (local: TablesData, incoming: TablesData): MergePlan =>
  Object.fromEntries(
    DOMAIN_TABLE_NAMES.map((name) => [name, planTableMerge(local[name], incoming[name])]),
  ) as MergePlan;

export type MergeTotals = { added: number; updated: number; deleted: number; unchanged: number; writes: number };
/** A plan without its records: what the preview shows, per table. */
export type MergeCounts = Record<DomainTableName, MergeTotals>;

export const countsOfPlan = (plan: MergePlan): MergeCounts =>
  Object.fromEntries(
    DOMAIN_TABLE_NAMES.map((name) => {
      const { added, updated, deleted, unchanged, writes } = plan[name];
      return [name, { added, updated, deleted, unchanged, writes: writes.length }];
    }),
  ) as MergeCounts;

export const mergeTotals = (counts: MergeCounts): MergeTotals => {
  const totals: MergeTotals = { added: 0, updated: 0, deleted: 0, unchanged: 0, writes: 0 };
  for (const name of DOMAIN_TABLE_NAMES) {
    const c = counts[name];
    totals.added += c.added;
    totals.updated += c.updated;
    totals.deleted += c.deleted;
    totals.unchanged += c.unchanged;
    totals.writes += c.writes;
  }
  return totals;
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
