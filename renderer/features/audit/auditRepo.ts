import Dexie from 'dexie';
import type { AppDB } from '../../db/AppDB';
import { db } from '../../db/db';
import { getDeviceId, getMeta } from '../../db/meta';
import { AuditEntrySchema, type AuditAction, type AuditEntry } from '../../../shared/domain/privacy';
import {
  auditHashOf,
  nextAuditEntry,
  verifyAuditChain,
  type AuditHead,
  type AuditInput,
  type AuditVerification,
} from '../../../shared/privacy/auditChain';
import { stampWrite } from '../../../shared/sync/record';

export type { AuditInput } from '../../../shared/privacy/auditChain';

/**
 * Appends one entry to this PC's audit chain (shared/privacy/auditChain.ts) and moves the chain's
 * head in `meta`, in one transaction: an entry is never written without its head, nor the head
 * without its entry. The entry holds the action, the subject's kind and id and a count, never
 * personal data.
 *
 * Works on its own and inside a caller's transaction that includes `db.auditLog` and `db.meta`
 * (an import, an erasure): it awaits nothing but Dexie and hashes synchronously. Await each call
 * before the next one in the same transaction: two at once would read the same head.
 *
 * A read-only database (written by a newer Tandem) takes no writes at all: nothing is recorded
 * and the result is null, so that looking at data there is not blocked.
 */
export const recordAudit = async (
  input: AuditInput,
  now: Date = new Date(),
  /** Another database than `db`: the one a Replace writes, or the kept one an undo switches back to. */
  target: AppDB = db,
): Promise<AuditEntry | null> => {
  if (db.readOnly) return null;
  const at = now.toISOString();
  return target.transaction('rw', target.auditLog, target.meta, async () => {
    // Another database than `db` holds this PC's meta too (a Replace copies it, ./databaseSwitch.ts).
    const pc = target === db ? await getDeviceId() : ((await target.meta.get('deviceId'))?.value as string | undefined);
    if (!pc) throw new Error('the database has no device id');
    const head =
      (target === db
        ? await getMeta('auditHead')
        : ((await target.meta.get('auditHead'))?.value as AuditHead | undefined)) ?? (await lastEntryHead(pc, target));
    const content = nextAuditEntry(head, pc, input, at, crypto.randomUUID());
    // Stamped here as well as by the write path: inside an import (a transaction that copies
    // records verbatim, `markReplication`) the write path lets records through unstamped, and
    // an entry without stamps would not merge. Outside one the write path stamps it again.
    const entry = AuditEntrySchema.parse(
      stampWrite('auditLog', undefined, { ...content, createdAt: at, updatedAt: at, deletedAt: null }, db.clock.tick()),
    );
    await target.auditLog.add(entry);
    await target.meta.put({ key: 'auditHead', value: { seq: entry.seq, hash: entry.hash } });
    return entry;
  });
};

/**
 * Where this PC's chain ends when `meta` has no head (a database from before the audit log has
 * no entries either; one whose `meta` was lost continues after its newest entry).
 */
const lastEntryHead = async (pc: string, target: AppDB = db): Promise<AuditHead | null> => {
  const last = await target.auditLog.where('[pc+seq]').between([pc, -Infinity], [pc, Infinity]).last();
  return last ? { seq: last.seq, hash: last.hash } : null;
};

const HASH_BATCH = 1000;

/**
 * Checks every chain in the log, and that this PC's ends at its head (see AuditVerification).
 * The log, the head and this PC's id are read in one transaction; the hashes are computed after
 * it, a thousand entries at a time with a pause for the page between batches: a log of years
 * (tens of thousands of entries) takes a second or two to check and must not freeze the screen.
 */
export const verifyAuditLog = async (): Promise<AuditVerification> => {
  const { pc, head, entries } = await db.transaction('r', db.auditLog, db.meta, async () => ({
    pc: await getMeta('deviceId'),
    head: await getMeta('auditHead'),
    entries: await db.auditLog.toArray(),
  }));
  // Ids are the primary key: one hash per id.
  const hashes = new Map<string, string>();
  for (let i = 0; i < entries.length; i += HASH_BATCH) {
    if (i > 0) await Promise.resolve(new Promise((resolve) => setTimeout(resolve, 0)));
    for (const e of entries.slice(i, i + HASH_BATCH)) hashes.set(e.id, auditHashOf(e));
  }
  return verifyAuditChain(entries, pc ? { pc, head } : undefined, (e) => hashes.get(e.id) ?? auditHashOf(e));
};

/**
 * What the audit page shows: entries of one action, of one subject, between two days (local
 * `YYYY-MM-DD`, both included). Empty parts do not filter.
 */
export type AuditFilter = {
  action?: AuditAction | null;
  subjectId?: string | null;
  from?: string | null;
  to?: string | null;
};

/** Local midnight at the start of `isoDate` (`YYYY-MM-DD`), as the UTC instant entries are stored in. */
const startOfDay = (isoDate: string, plusDays = 0): string => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
};

const newestFirst = (a: AuditEntry, b: AuditEntry): number =>
  a.at < b.at ? 1 : a.at > b.at ? -1 : a.pc.localeCompare(b.pc) || b.seq - a.seq;

/**
 * The entries matching `filter`, through the narrowest index: the subject's id, else the action,
 * else the time range (which alone reads one page, newest first, without reading the rest).
 */
type AuditCollection = ReturnType<typeof db.auditLog.toCollection>;

const matching = (filter: AuditFilter): { collection: AuditCollection; ordered: boolean } => {
  const from = filter.from ? startOfDay(filter.from) : null;
  const to = filter.to ? startOfDay(filter.to, 1) : null;
  const inRange = (e: AuditEntry) => (from === null || e.at >= from) && (to === null || e.at < to);
  if (filter.subjectId) {
    const { action } = filter;
    return {
      collection: db.auditLog
        .where('subjectId')
        .equals(filter.subjectId)
        .filter((e) => (!action || e.action === action) && inRange(e)),
      ordered: false,
    };
  }
  if (filter.action)
    return { collection: db.auditLog.where('action').equals(filter.action).filter(inRange), ordered: false };
  if (from === null && to === null) return { collection: db.auditLog.orderBy('at').reverse(), ordered: true };
  return {
    collection: db.auditLog
      .where('at')
      .between(from ?? Dexie.minKey, to ?? Dexie.maxKey, true, false)
      .reverse(),
    ordered: true,
  };
};

export type AuditPage = { entries: AuditEntry[]; total: number };

/** One page of the entries matching `filter`, newest first, and how many match in all. */
export const listAudit = async (
  filter: AuditFilter = {},
  page: { offset?: number; limit?: number } = {},
): Promise<AuditPage> => {
  const offset = page.offset ?? 0;
  const limit = page.limit ?? 200;
  return db.transaction('r', db.auditLog, async () => {
    const { collection, ordered } = matching(filter);
    if (ordered) {
      const total = await collection.clone().count();
      return { entries: await collection.offset(offset).limit(limit).toArray(), total };
    }
    const all = (await collection.toArray()).sort(newestFirst);
    return { entries: all.slice(offset, offset + limit), total: all.length };
  });
};

/** Every entry matching `filter`, newest first (for an export). */
export const allAudit = async (filter: AuditFilter = {}): Promise<AuditEntry[]> =>
  (await db.transaction('r', db.auditLog, () => matching(filter).collection.toArray())).sort(newestFirst);
