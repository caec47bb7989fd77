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
 * Pure: the plan is computed for the preview and again inside the import transaction.
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

export const planMerge = (local: TablesData, incoming: TablesData): MergePlan =>
  Object.fromEntries(
    DOMAIN_TABLE_NAMES.map((name) => [name, planTableMerge(local[name], incoming[name])]),
  ) as MergePlan;

export type MergeTotals = { added: number; updated: number; deleted: number; unchanged: number; writes: number };

export const mergeTotals = (plan: MergePlan): MergeTotals => {
  const totals: MergeTotals = { added: 0, updated: 0, deleted: 0, unchanged: 0, writes: 0 };
  for (const name of DOMAIN_TABLE_NAMES) {
    const p = plan[name];
    totals.added += p.added;
    totals.updated += p.updated;
    totals.deleted += p.deleted;
    totals.unchanged += p.unchanged;
    totals.writes += p.writes.length;
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
