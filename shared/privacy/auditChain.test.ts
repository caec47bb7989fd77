import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AuditEntrySchema } from '../domain/privacy';
import {
  auditContentCanonical,
  auditContentText,
  auditHashOf,
  nextAuditEntry,
  verifyAuditChain,
  type AuditHead,
  type ChainEntry,
} from './auditChain';

const PC = 'pc-a';
const OTHER = 'pc-b';
const SUBJECT = '7a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';

const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A chain of `n` entries of `pc`, and its head. */
const chainOf = (pc: string, n: number, offset = 0): { entries: ChainEntry[]; head: AuditHead | null } => {
  const entries: ChainEntry[] = [];
  let head: AuditHead | null = null;
  for (let i = 0; i < n; i++) {
    const e = nextAuditEntry(
      head,
      pc,
      { action: AUDIT_ACTIONS[i % AUDIT_ACTIONS.length]!, subjectKind: 'mentee', subjectId: SUBJECT, count: i },
      new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString(),
      uuid(offset + i),
    );
    entries.push({ ...e, deletedAt: null });
    head = { seq: e.seq, hash: e.hash };
  }
  return { entries, head };
};

describe('auditChain', () => {
  it('builds a chain: seq 0, 1, 2 …, each entry linked to the one before by its hash', () => {
    const { entries, head } = chainOf(PC, 3);
    expect(entries.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(entries[0]!.prevHash).toBe('');
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(entries[2]!.prevHash).toBe(entries[1]!.hash);
    expect(head).toEqual({ seq: 2, hash: entries[2]!.hash });
    // What the chain builds is a valid stored entry once the record fields are added.
    const at = entries[0]!.at;
    expect(
      AuditEntrySchema.safeParse({ ...entries[0], pc: PC, id: uuid(0), createdAt: at, updatedAt: at }).success,
    ).toBe(true);
    expect(verifyAuditChain(entries, { pc: PC, head })).toEqual({ ok: true, entries: 3, pcs: [PC], problems: [] });
  });

  it('hashes only the entry’s content, not the stamps a merge keeps, and not key order', () => {
    const [e] = chainOf(PC, 1).entries;
    const stamped = {
      ...e!,
      baseStamp: '2026-01-01T09:00:00.000Z-0000-abcdef0123456789',
      rev: '0123456789abcdef',
      updatedAt: 'x',
    };
    expect(auditHashOf(stamped)).toBe(e!.hash);
    const reordered = Object.fromEntries(Object.entries(e!).reverse()) as ChainEntry;
    expect(auditHashOf(reordered)).toBe(e!.hash);
    expect(auditHashOf({ ...e!, count: 1 })).not.toBe(e!.hash);
  });

  it('property: the hashed text is the canonical JSON of the content, whatever the values', () => {
    fc.assert(
      fc.property(
        fc.record({
          id: fc.uuid(),
          pc: fc.string({ unit: 'grapheme', minLength: 1 }),
          seq: fc.nat(),
          at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          action: fc.constantFrom(...AUDIT_ACTIONS),
          subjectKind: fc.constantFrom('mentor', 'mentee', 'contact', 'pairing', 'session', 'file', null),
          subjectId: fc.option(fc.uuid(), { nil: null }),
          count: fc.option(fc.nat(), { nil: null }),
          prevHash: fc.constantFrom('', 'a'.repeat(64)),
        }),
        (content) => {
          expect(auditContentText(content)).toBe(auditContentCanonical(content));
          expect(JSON.parse(auditContentText(content))).toEqual(content);
        },
      ),
    );
  });

  it('detects an edited entry', () => {
    const { entries, head } = chainOf(PC, 4);
    const edited = entries.map((e) => (e.seq === 1 ? { ...e, subjectId: uuid(99) } : e));
    expect(verifyAuditChain(edited, { pc: PC, head }).problems).toEqual([
      { kind: 'edited', pc: PC, seq: 1, id: entries[1]!.id },
    ]);
  });

  it('detects a removed entry, in the middle and at the end of this PC’s chain', () => {
    const { entries, head } = chainOf(PC, 4);
    expect(
      verifyAuditChain(
        entries.filter((e) => e.seq !== 2),
        { pc: PC, head },
      ).problems,
    ).toEqual([{ kind: 'removed', pc: PC, fromSeq: 2, toSeq: 2 }]);
    expect(
      verifyAuditChain(
        entries.filter((e) => e.seq !== 0),
        { pc: PC, head },
      ).problems,
    ).toEqual([{ kind: 'removed', pc: PC, fromSeq: 0, toSeq: 0 }]);
    expect(verifyAuditChain(entries.slice(0, 2), { pc: PC, head }).problems).toEqual([
      { kind: 'missingTail', pc: PC, fromSeq: 2, toSeq: 3 },
    ]);
    expect(verifyAuditChain([], { pc: PC, head }).problems).toEqual([
      { kind: 'missingTail', pc: PC, fromSeq: 0, toSeq: 3 },
    ]);
  });

  it('detects an entry replaced with a recomputed hash, and entries removed and renumbered', () => {
    const { entries, head } = chainOf(PC, 4);
    const forged = entries.map((e) => {
      if (e.seq !== 1) return e;
      const f = { ...e, action: 'settingsChange' as const };
      return { ...f, hash: auditHashOf(f) };
    });
    expect(verifyAuditChain(forged, { pc: PC, head }).problems).toEqual([
      { kind: 'broken', pc: PC, seq: 2, id: entries[2]!.id },
    ]);
    // The newest entry replaced: only the head kept outside the log can tell.
    const forgedTail = entries.map((e) => {
      if (e.seq !== 3) return e;
      const f = { ...e, count: 0 };
      return { ...f, hash: auditHashOf(f) };
    });
    expect(verifyAuditChain(forgedTail, { pc: PC, head }).problems).toEqual([{ kind: 'headMismatch', pc: PC, seq: 3 }]);
    expect(verifyAuditChain(forgedTail).ok).toBe(true);
  });

  it('reports entries marked deleted and two entries in one place', () => {
    const { entries, head } = chainOf(PC, 3);
    const deleted = entries.map((e) => (e.seq === 0 ? { ...e, deletedAt: '2026-02-01T00:00:00.000Z' } : e));
    expect(verifyAuditChain(deleted, { pc: PC, head }).problems).toEqual([
      { kind: 'edited', pc: PC, seq: 0, id: entries[0]!.id },
    ]);
    const twin = nextAuditEntry(
      { seq: 0, hash: entries[0]!.hash },
      PC,
      { action: 'exportBackup' },
      entries[1]!.at,
      uuid(50),
    );
    const problems = verifyAuditChain([...entries, twin], { pc: PC, head }).problems;
    expect(problems).toEqual([{ kind: 'duplicate', pc: PC, seq: 1, id: [entries[1]!.id, twin.id].sort()[1] }]);
  });

  it('checks every PC’s chain in a merged log, the head only for this PC', () => {
    const a = chainOf(PC, 3);
    const b = chainOf(OTHER, 2, 100);
    const merged = [...b.entries, ...a.entries].reverse();
    expect(verifyAuditChain(merged, { pc: PC, head: a.head })).toMatchObject({
      ok: true,
      entries: 5,
      pcs: [PC, OTHER],
    });
    const damaged = merged.filter((e) => !(e.pc === OTHER && e.seq === 0));
    expect(verifyAuditChain(damaged, { pc: PC, head: a.head }).problems).toEqual([
      { kind: 'removed', pc: OTHER, fromSeq: 0, toSeq: 0 },
    ]);
    // This PC's head missing (or behind) while its chain has entries.
    expect(verifyAuditChain(a.entries, { pc: PC, head: null }).problems).toEqual([
      { kind: 'headMismatch', pc: PC, seq: 2 },
    ]);
  });

  const FIELDS = ['id', 'pc', 'seq', 'at', 'action', 'subjectKind', 'subjectId', 'count', 'prevHash', 'hash'] as const;
  const changed = (e: ChainEntry, field: (typeof FIELDS)[number]): ChainEntry => {
    switch (field) {
      case 'id':
        return { ...e, id: uuid(9999) };
      case 'pc':
        return { ...e, pc: `${e.pc}x` };
      case 'seq':
        return { ...e, seq: e.seq + 1000 };
      case 'at':
        return { ...e, at: new Date(Date.parse(e.at) + 1000).toISOString() };
      case 'action':
        return { ...e, action: e.action === 'erase' ? 'exportBackup' : 'erase' };
      case 'subjectKind':
        return { ...e, subjectKind: e.subjectKind === 'mentor' ? 'contact' : 'mentor' };
      case 'subjectId':
        return { ...e, subjectId: e.subjectId === null ? SUBJECT : null };
      case 'count':
        return { ...e, count: (e.count ?? 0) + 1 };
      case 'prevHash':
        return { ...e, prevHash: e.prevHash === '' ? 'a'.repeat(64) : '' };
      case 'hash':
        return { ...e, hash: e.hash.startsWith('0') ? `1${e.hash.slice(1)}` : `0${e.hash.slice(1)}` };
    }
  };

  it('property: in random chains of several PCs, any single edit or removal is detected', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.nat(),
        fc.constantFrom('edit', 'rehash', 'remove'),
        fc.constantFrom(...FIELDS),
        (n, m, pick, how, field) => {
          // Recomputing the hash of an entry whose hash was changed gives the entry back.
          fc.pre(!(how === 'rehash' && field === 'hash'));
          const a = chainOf(PC, n);
          const b = chainOf(OTHER, m, 1000);
          const all = [...a.entries, ...b.entries];
          expect(verifyAuditChain(all, { pc: PC, head: a.head }).ok).toBe(true);
          // The other PC's newest entry can only be checked on that PC (its head is there).
          const targets = all.filter((e) => e.pc === PC || e.seq < m - 1 || how === 'edit');
          const i = all.indexOf(targets[pick % targets.length]!);
          const target = all[i]!;
          let tampered: ChainEntry[];
          if (how === 'remove') tampered = all.filter((_, j) => j !== i);
          else {
            const edited = changed(target, field);
            const replacement = how === 'rehash' ? { ...edited, hash: auditHashOf(edited) } : edited;
            tampered = all.map((e, j) => (j === i ? replacement : e));
          }
          expect(verifyAuditChain(tampered, { pc: PC, head: a.head }).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
