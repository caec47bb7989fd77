import type { DomainTableName } from '../domain';
import { maxStamp } from './hlc';
import { canonical, fieldStamp, sealRecord, type SyncRecord } from './record';
import {
  COPIED_FIELDS,
  DERIVE,
  FIELD_GROUPS,
  LIST_FIELDS,
  isMergedField,
  type FieldGroup,
  type ListRule,
} from './rules';

/**
 * Merging two versions of one record, field by field (MERGING.md). Every rule here is a
 * "join": commutative, associative and idempotent, so PCs that have seen the same files hold
 * the same data whatever the order they merged them in (the property test in merge.property.test.ts
 * checks this on random histories of five PCs).
 */

type Entry = Record<string, unknown> & { stamp?: string; id?: string };

/** Orders two candidate values of one field: the later stamp, then the larger canonical JSON. */
const beats = (stampA: string, valueA: unknown, stampB: string, valueB: unknown): boolean =>
  stampA !== stampB ? stampA > stampB : canonical(valueA) >= canonical(valueB);

const entryOrder = (a: Entry, b: Entry): number => {
  const sa = a.stamp ?? '';
  const sb = b.stamp ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  const ca = canonical(a);
  const cb = canonical(b);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
};

/** The union of two lists under `rule` (see rules.ts). */
export const mergeList = (rule: ListRule, a: unknown, b: unknown): unknown[] => {
  const left = Array.isArray(a) ? a : [];
  const right = Array.isArray(b) ? b : [];
  if (rule.kind === 'set')
    return [...new Set([...left, ...right].map((v) => canonical(v)))].sort().map((v) => JSON.parse(v) as unknown);
  if (rule.kind === 'log') {
    const byContent = new Map<string, Entry>();
    for (const e of [...left, ...right] as Entry[]) byContent.set(canonical(e), e);
    return [...byContent.values()].sort(entryOrder);
  }
  const byId = new Map<unknown, Entry>();
  for (const e of [...left, ...right] as Entry[]) {
    const other = byId.get(e.id);
    if (!other) {
      byId.set(e.id, e);
      continue;
    }
    const [win, lose] = beats(e.stamp ?? '', e, other.stamp ?? '', other) ? [e, other] : [other, e];
    const merged: Entry = { ...win };
    for (const [name, inner] of Object.entries(rule.lists ?? {}))
      merged[name] = mergeList(inner, win[name], lose[name]);
    byId.set(e.id, merged);
  }
  return [...byId.values()].sort(entryOrder);
};

/** Whether `a`'s version of a field group wins over `b`'s (rules.ts `FIELD_GROUPS`). */
const groupWins = (group: FieldGroup, a: SyncRecord, b: SyncRecord): boolean => {
  if (group.final) {
    const finalA = group.final.values.includes(String(a[group.final.field]));
    const finalB = group.final.values.includes(String(b[group.final.field]));
    if (finalA !== finalB) return finalA;
  }
  const stampOf = (r: SyncRecord) => group.fields.reduce((m, f) => maxStamp(m, fieldStamp(r, f)), '');
  const values = (r: SyncRecord) => group.fields.map((f) => r[f] ?? null);
  return beats(stampOf(a), values(a), stampOf(b), values(b));
};

export type RecordMerge = {
  merged: SyncRecord;
  /** Fields both versions changed since the record was made, to different values (the later won). */
  conflicts: string[];
};

/**
 * One record from two versions of it (same id). The merged base stamp is the older base; each
 * field takes the value of the version that changed it last (a deletion is the field
 * `deletedAt`: a later restore beats an earlier delete, and an edit of another field does not
 * undelete); lists merge by their rules; derived fields are computed again.
 */
export const mergeRecords = (table: DomainTableName, a: SyncRecord, b: SyncRecord): RecordMerge => {
  if (a.rev !== undefined && a.rev === b.rev) return { merged: a, conflicts: [] };
  const lists = LIST_FIELDS[table] ?? {};
  const baseA = a.baseStamp ?? '';
  const baseB = b.baseStamp ?? '';
  const base = baseA <= baseB ? baseA : baseB;
  const out: SyncRecord = {
    ...a,
    id: a.id,
    createdAt: a.createdAt <= b.createdAt ? a.createdAt : b.createdAt,
  };
  const fieldStamps: Record<string, string> = {};
  const conflicts: string[] = [];
  const grouped = new Set<string>();
  for (const group of FIELD_GROUPS[table] ?? []) {
    const [win, lose] = groupWins(group, a, b) ? [a, b] : [b, a];
    for (const field of group.fields) {
      grouped.add(field);
      if (field in win) out[field] = win[field];
      else delete out[field];
      const stamp = fieldStamp(win, field);
      if (stamp !== base && stamp !== '') fieldStamps[field] = stamp;
      if (a.fieldStamps?.[field] && b.fieldStamps?.[field] && canonical(win[field]) !== canonical(lose[field]))
        conflicts.push(field);
    }
  }
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const field of fields) {
    if (!isMergedField(table, field) || grouped.has(field)) continue;
    const sa = fieldStamp(a, field);
    const sb = fieldStamp(b, field);
    const rule = lists[field];
    let stamp: string;
    if (rule) {
      out[field] = mergeList(rule, a[field], b[field]);
      stamp = maxStamp(sa, sb);
    } else {
      const aWins = beats(sa, a[field], sb, b[field]);
      out[field] = aWins ? a[field] : b[field];
      stamp = aWins ? sa : sb;
      if (a.fieldStamps?.[field] && b.fieldStamps?.[field] && sa !== sb && canonical(a[field]) !== canonical(b[field]))
        conflicts.push(field);
    }
    if (out[field] === undefined) delete out[field];
    if (stamp !== base && stamp !== '') fieldStamps[field] = stamp;
  }
  // Copied fields are set again from the records they copy after the merge; until then the
  // larger value, so that the result does not depend on which side is "ours".
  for (const field of COPIED_FIELDS[table] ?? [])
    out[field] = canonical(a[field]) >= canonical(b[field]) ? a[field] : b[field];
  out.baseStamp = base;
  out.fieldStamps = fieldStamps;
  const derive = DERIVE[table];
  const merged = derive ? { ...out, ...derive(out) } : out;
  return { merged: sealRecord(table, merged), conflicts };
};
