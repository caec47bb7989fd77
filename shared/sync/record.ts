import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DomainTableName } from '../domain';
import { canonicalStringify } from '../backup/canonicalJson';
import { hlcTime, maxStamp } from './hlc';
import { DERIVE, LIST_FIELDS, derivedFields, isMergedField, type ListRule } from './rules';

/**
 * A stored record as the merge sees it: the fields every table shares, the merge fields the
 * write path keeps (MERGING.md), and the rest.
 */
export type SyncRecord = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  baseStamp?: string;
  fieldStamps?: Record<string, string>;
  rev?: string;
} & Record<string, unknown>;

type Entry = Record<string, unknown> & { stamp?: string; id?: string };

export const canonical = (value: unknown): string => canonicalStringify(value ?? null);

/** The stamp of `field` in `record`: its own if it changed since the record was made, else the base. */
export const fieldStamp = (record: SyncRecord, field: string): string =>
  record.fieldStamps?.[field] ?? record.baseStamp ?? '';

/** The newest stamp anywhere in the record (fields and list entries). */
export const newestStamp = (record: SyncRecord): string => {
  let newest = record.baseStamp ?? '';
  for (const s of Object.values(record.fieldStamps ?? {})) newest = maxStamp(newest, s);
  return newest;
};

/**
 * The record's `rev`: 16 hex digits of the SHA-256 of its canonical JSON without `rev` and the
 * derived fields. Two records with equal revs hold the same fields and stamps (a merge of a
 * 1%-changed file compares revs from an index and reads only the records whose revs differ).
 * Synchronous (no WebCrypto) so that it can run inside a Dexie transaction.
 */
export const revOf = (table: DomainTableName, record: SyncRecord): string => {
  const derived = derivedFields(table);
  const content: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (k !== 'rev' && !derived.has(k) && v !== undefined) content[k] = v;
  return bytesToHex(sha256(utf8ToBytes(canonical(content)))).slice(0, 16);
};

/** Sets `updatedAt` from the newest stamp and `rev` from the content: both follow from the rest. */
export const sealRecord = <R extends SyncRecord>(table: DomainTableName, record: R): R => {
  const newest = newestStamp(record);
  const sealed = { ...record, updatedAt: newest ? hlcTime(newest) : record.updatedAt };
  sealed.rev = revOf(table, sealed);
  return sealed;
};

const withoutStamp = (entry: Entry): string => {
  const { stamp: _stamp, ...rest } = entry;
  return canonical(stampless(rest));
};

/** An entry's content without any stamps, nested lists included (to tell whether it changed). */
const stampless = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stampless);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'stamp') out[k] = stampless(v);
    return out;
  }
  return value;
};

/**
 * The entries of a merged list as written now, each with its stamp: an entry that was there
 * before keeps the stamp it had; a new or edited entry gets `stamp`.
 */
export const stampEntries = (rule: ListRule, before: unknown, after: unknown, stamp: string): unknown => {
  if (!Array.isArray(after)) return after;
  if (rule.kind === 'set') return after;
  const prev = Array.isArray(before) ? (before as Entry[]) : [];
  if (rule.kind === 'log') {
    const known = new Map<string, string | undefined>();
    for (const e of prev) known.set(withoutStamp(e), e.stamp);
    return (after as Entry[]).map((e) => {
      if (e.stamp && known.get(withoutStamp(e)) === e.stamp) return e;
      const kept = known.get(withoutStamp(e));
      return { ...e, stamp: kept ?? stamp };
    });
  }
  const byId = new Map<unknown, Entry>(prev.map((e) => [e.id, e]));
  return (after as Entry[]).map((e) => {
    const old = byId.get(e.id);
    const lists = rule.lists ?? {};
    const next: Entry = { ...e };
    for (const [name, inner] of Object.entries(lists)) next[name] = stampEntries(inner, old?.[name], e[name], stamp);
    if (old && old.stamp && withoutStamp(old) === withoutStamp(next)) return { ...next, stamp: old.stamp };
    return { ...next, stamp };
  });
};

/**
 * A record as this PC writes it now, with `stamp` (this write's clock stamp):
 * - a new record gets `stamp` as its base; every list entry without a stamp gets it too;
 * - a changed record keeps its base and the stamps of the fields that did not change, and each
 *   changed field (a deletion or restore is a change of `deletedAt`) gets `stamp`;
 * - a write that changes no field changes nothing: not the stamps, not `updatedAt`.
 * Stamps in `next` itself are ignored: only the write path sets them.
 */
export const stampWrite = <R extends SyncRecord>(
  table: DomainTableName,
  prev: SyncRecord | undefined,
  next: R,
  stamp: string,
): R => {
  const lists = LIST_FIELDS[table] ?? {};
  // Derived fields (search tokens, sort keys) follow from the rest here as after a merge.
  const out: SyncRecord = { ...next, ...(DERIVE[table]?.(next) ?? {}) };
  delete out.rev;
  if (!prev) {
    for (const [name, rule] of Object.entries(lists))
      if (name in out) out[name] = stampEntries(rule, [], out[name], stamp);
    out.baseStamp = stamp;
    out.fieldStamps = {};
    return sealRecord(table, out) as R;
  }
  const fieldStamps: Record<string, string> = { ...(prev.fieldStamps ?? {}) };
  let changed = false;
  const fields = new Set([...Object.keys(prev), ...Object.keys(out)]);
  for (const field of fields) {
    if (!isMergedField(table, field)) continue;
    const rule = lists[field];
    if (rule && field in out) out[field] = stampEntries(rule, prev[field], out[field], stamp);
    if (canonical(prev[field]) !== canonical(out[field])) {
      fieldStamps[field] = stamp;
      changed = true;
    }
  }
  if (!changed) {
    return {
      ...out,
      baseStamp: prev.baseStamp,
      fieldStamps: prev.fieldStamps,
      updatedAt: prev.updatedAt,
      rev: prev.rev,
    } as R;
  }
  out.baseStamp = prev.baseStamp ?? stamp;
  out.createdAt = prev.createdAt;
  out.fieldStamps = fieldStamps;
  return sealRecord(table, out) as R;
};
