import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalStringify } from '../backup/canonicalJson';
import type { AuditAction, AuditEntry } from '../domain/privacy';

/**
 * The audit log's hash chain (issue "Privacy the law asks for", README "Audit log").
 *
 * Each PC appends to its own chain: entry `seq` n holds the hash of entry n − 1 (`prevHash`,
 * '' for entry 0) and its own `hash`, the SHA-256 of its canonical content. The content is the
 * entry's own fields only — never the stamps, `rev` or `updatedAt` the write path and a merge
 * keep — so a merge that copies an entry to another PC leaves its hash valid there.
 *
 * What the chain detects: an entry whose content was changed (its hash no longer matches), an
 * entry taken out (a gap in `seq`, or the next entry's `prevHash` no longer matches), an entry
 * replaced by one with a recomputed hash (the next link breaks), and — on the PC that wrote the
 * chain, which keeps the newest entry's seq and hash as its head outside the log — entries taken
 * off the end. It cannot stop someone who rewrites a whole chain and this PC's head with it:
 * the chain has no secret; it makes tampering visible, not impossible.
 *
 * Synchronous SHA-256 (no WebCrypto), so an entry can be built inside a Dexie transaction.
 */

/** The fields of an entry its hash covers. */
export type AuditContent = Pick<
  AuditEntry,
  'id' | 'pc' | 'seq' | 'at' | 'action' | 'subjectKind' | 'subjectId' | 'count' | 'prevHash'
>;
/** An entry as the chain sees it: its content, its hash, and whether it was soft-deleted. */
export type ChainEntry = AuditContent & { hash: string; deletedAt?: string | null };
/** The newest entry of this PC's chain, kept in `meta` (`auditHead`). */
export type AuditHead = { seq: number; hash: string };

/** What an action recorded is about; every part but the action is optional. */
export type AuditInput = {
  action: AuditAction;
  subjectKind?: AuditEntry['subjectKind'];
  subjectId?: string | null;
  count?: number | null;
};

const contentOf = (e: AuditContent): AuditContent => ({
  id: e.id,
  pc: e.pc,
  seq: e.seq,
  at: e.at,
  action: e.action,
  subjectKind: e.subjectKind ?? null,
  subjectId: e.subjectId ?? null,
  count: e.count ?? null,
  prevHash: e.prevHash,
});

/** The SHA-256 (hex) of an entry's canonical content. */
export const auditHashOf = (entry: AuditContent): string => bytesToHex(sha256(utf8ToBytes(auditContentText(entry))));

/**
 * The text an entry's hash is taken of: the canonical JSON (shared/backup/canonicalJson.ts: keys
 * sorted, no whitespace) of its content fields. Written out key by key because a check of a long
 * log builds it for every entry (the same text as `canonicalStringify`, tested).
 */
export const auditContentText = (entry: AuditContent): string => {
  const e = contentOf(entry);
  const j = JSON.stringify;
  return `{"action":${j(e.action)},"at":${j(e.at)},"count":${j(e.count)},"id":${j(e.id)},"pc":${j(e.pc)},"prevHash":${j(e.prevHash)},"seq":${j(e.seq)},"subjectId":${j(e.subjectId)},"subjectKind":${j(e.subjectKind)}}`;
};

/** The canonical JSON of an entry's content, the slow general way (what `auditContentText` must equal). */
export const auditContentCanonical = (entry: AuditContent): string => canonicalStringify(contentOf(entry));

/**
 * The entry that follows `head` in `pc`'s chain (the first one when there is no head), with its
 * hash. The caller adds the record fields (`createdAt`, …) and moves the head to it.
 */
export const nextAuditEntry = (
  head: AuditHead | null | undefined,
  pc: string,
  input: AuditInput,
  at: string,
  id: string,
): AuditContent & { hash: string } => {
  const content = contentOf({
    id,
    pc,
    seq: head ? head.seq + 1 : 0,
    at,
    action: input.action,
    subjectKind: input.subjectKind ?? null,
    subjectId: input.subjectId ?? null,
    count: input.count ?? null,
    prevHash: head ? head.hash : '',
  });
  return { ...content, hash: auditHashOf(content) };
};

/**
 * One thing wrong with a chain:
 * - `edited`: the entry's content does not match its hash, or it was marked deleted;
 * - `removed`: entries `fromSeq`…`toSeq` are missing between others (or before the first);
 * - `broken`: the entry's `prevHash` is not the hash of the entry before it (that one was
 *   replaced, or entries were taken out and the rest renumbered);
 * - `duplicate`: two entries share a place in the chain;
 * - `missingTail`: this PC's head says entries up to `toSeq` were written; they are gone;
 * - `headMismatch`: this PC's newest entry is not the one its head names (replaced, or the head
 *   is missing or behind).
 */
export type AuditProblem =
  | { kind: 'edited'; pc: string; seq: number; id: string }
  | { kind: 'removed'; pc: string; fromSeq: number; toSeq: number }
  | { kind: 'broken'; pc: string; seq: number; id: string }
  | { kind: 'duplicate'; pc: string; seq: number; id: string }
  | { kind: 'missingTail'; pc: string; fromSeq: number; toSeq: number }
  | { kind: 'headMismatch'; pc: string; seq: number };

export type AuditVerification = {
  ok: boolean;
  /** Entries checked, and the chains (PCs) they belong to. */
  entries: number;
  pcs: string[];
  problems: AuditProblem[];
};

const bySeq = (a: ChainEntry, b: ChainEntry): number => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** How the check gets an entry's hash of its content (computed ahead of time by a caller that spreads the work). */
export type AuditHasher = (entry: ChainEntry) => string;

const verifyOneChain = (pc: string, chain: ChainEntry[], problems: AuditProblem[], hashOf: AuditHasher): void => {
  let prev: ChainEntry | undefined;
  for (const e of chain) {
    if (hashOf(e) !== e.hash || (e.deletedAt !== undefined && e.deletedAt !== null))
      problems.push({ kind: 'edited', pc, seq: e.seq, id: e.id });
    if (prev && e.seq === prev.seq) {
      problems.push({ kind: 'duplicate', pc, seq: e.seq, id: e.id });
      continue;
    }
    const expected = prev ? prev.seq + 1 : 0;
    if (e.seq > expected) problems.push({ kind: 'removed', pc, fromSeq: expected, toSeq: e.seq - 1 });
    else if (e.prevHash !== (prev ? prev.hash : '')) problems.push({ kind: 'broken', pc, seq: e.seq, id: e.id });
    prev = e;
  }
};

/**
 * Checks every chain in `entries` (grouped by PC, ordered by seq) and, for `local.pc`, that the
 * chain ends where `local.head` says. Entries of other PCs are checked for what they hold: their
 * tails are checked on their own PC.
 */
export const verifyAuditChain = (
  entries: readonly ChainEntry[],
  local?: { pc: string; head: AuditHead | null | undefined },
  hashOf: AuditHasher = auditHashOf,
): AuditVerification => {
  const chains = new Map<string, ChainEntry[]>();
  for (const e of entries) {
    const chain = chains.get(e.pc);
    if (chain) chain.push(e);
    else chains.set(e.pc, [e]);
  }
  const problems: AuditProblem[] = [];
  const pcs = [...chains.keys()].sort();
  for (const pc of pcs) verifyOneChain(pc, chains.get(pc)!.sort(bySeq), problems, hashOf);

  if (local) {
    const chain = chains.get(local.pc) ?? [];
    const last = chain.at(-1);
    const head = local.head;
    if (head && (!last || last.seq < head.seq))
      problems.push({ kind: 'missingTail', pc: local.pc, fromSeq: last ? last.seq + 1 : 0, toSeq: head.seq });
    else if (last && (!head || last.seq > head.seq || last.hash !== head.hash))
      problems.push({ kind: 'headMismatch', pc: local.pc, seq: last.seq });
  }
  return { ok: problems.length === 0, entries: entries.length, pcs, problems };
};
