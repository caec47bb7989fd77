import { DERIVE } from './rules';
import { mergeList } from './merge';
import { sealRecord, type SyncRecord } from './record';

/**
 * Mentee codes are unique, but two PCs that each add a mentee to one programme give both the
 * same next code. A merge never refuses for that: of the mentees sharing a code, the one made
 * first (then the smaller id) keeps it, and each other one gets the code with a suffix from its
 * own id (`HF-025` → `HF-025-7F3A`), keeping the old code in `formerCodes` (still found by
 * search). The new code depends only on the records, not on which PC merges, and it is not a new
 * edit (no new stamp): so every PC that merges the same files picks the same codes, and an
 * equal-stamp comparison with the old code prefers the longer, suffixed one (MERGING.md).
 */

const SUFFIX_LENGTHS = [4, 8, 12, 16, 20, 24, 28, 32];

/** The codes a re-coded mentee may get, shortest first. */
export const recodeCandidates = (code: string, id: string): string[] => {
  const hex = id.replace(/-/g, '').toUpperCase();
  return SUFFIX_LENGTHS.map((n) => `${baseCode(code)}-${hex.slice(0, n)}`);
};

/** `HF-025` of `HF-025` and of `HF-025-7F3A`. */
const baseCode = (code: string): string => code.split('-').slice(0, 2).join('-');

const firstMade = (a: SyncRecord, b: SyncRecord): number =>
  a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Settles every code shared by more than one of `mentees` (records as the merge will leave
 * them, tombstones included: a deleted mentee's code stays taken). `taken` says whether a code
 * belongs to another mentee not in the list. Returns the mentees whose code changed.
 */
export const resolveCodeClashes = (mentees: readonly SyncRecord[], taken: (code: string) => boolean): SyncRecord[] => {
  const groups = new Map<string, SyncRecord[]>();
  for (const m of mentees) {
    const code = String(m.code);
    groups.set(code, [...(groups.get(code) ?? []), m]);
  }
  const used = new Set(groups.keys());
  const recoded: SyncRecord[] = [];
  for (const code of [...groups.keys()].sort()) {
    const members = groups.get(code) ?? [];
    if (members.length < 2) continue;
    const [, ...losers] = [...members].sort(firstMade);
    for (const m of losers) {
      const next = recodeCandidates(code, m.id).find((c) => !used.has(c) && !taken(c));
      if (!next) throw new Error(`No free code for mentee ${m.id}`);
      used.add(next);
      const out: SyncRecord = { ...m, code: next, formerCodes: mergeList({ kind: 'set' }, m.formerCodes, [code]) };
      recoded.push(sealRecord('mentees', { ...out, ...(DERIVE.mentees?.(out) ?? {}) }));
    }
  }
  return recoded;
};
