import { describe, expect, it } from 'vitest';
import { applyMergePlan, countsOfPlan, mergeTotals, planMerge, planTableMerge, planTableMergeByTime } from './mergePlan';
import type { StoredRecord } from './format';
import { canonicalStringify } from './canonicalJson';
import type { TablesData } from './format';
import { deleted, edited, makeContact, makeProgramme, sampleTables } from '../../tests/fixtures/backup/records';

const sorted = (t: TablesData): TablesData => applyMergePlan(t, planMerge(t, t));
const merge = (local: TablesData, incoming: TablesData) => applyMergePlan(local, planMerge(local, incoming));

describe('merge plan', () => {
  it('two databases edited apart converge when each merges the other', () => {
    const base = sampleTables();
    const [c0, c1, c2] = base.contacts as [
      (typeof base.contacts)[0],
      (typeof base.contacts)[0],
      (typeof base.contacts)[0],
    ];
    // PC B edits c1 first; later PC A deletes it: the later deletion must win on both PCs.
    const bEditsC1 = edited(c1, { notes: 'edited on B before A deleted it' });
    // PC A: edits c0, deletes c1, adds a programme.
    const a: TablesData = {
      ...base,
      contacts: [edited(c0, { role: 'social worker' }), deleted(c1), c2, ...base.contacts.slice(3)],
      programmes: [...base.programmes, makeProgramme('Mentorpár', 'MP')],
    };
    // PC B: edits c2, adds a contact.
    const b: TablesData = {
      ...base,
      contacts: [
        c0,
        bEditsC1,
        edited(c2, { notes: 'calls on Mondays' }),
        ...base.contacts.slice(3),
        makeContact('Liisa', 'Mäkinen'),
      ],
    };
    const aThenB = merge(a, b);
    const bThenA = merge(b, a);
    expect(canonicalStringify(aThenB)).toBe(canonicalStringify(bThenA));
    expect(aThenB.contacts.find((r) => r.id === c0.id)?.role).toBe('social worker');
    expect(aThenB.contacts.find((r) => r.id === c1.id)?.deletedAt).not.toBeNull();
    expect(aThenB.contacts.find((r) => r.id === c2.id)?.notes).toBe('calls on Mondays');
    expect(aThenB.programmes).toHaveLength(3);
    expect(aThenB.contacts).toHaveLength(5);
    // Merging again changes nothing (idempotent).
    expect(mergeTotals(countsOfPlan(planMerge(aThenB, b))).writes).toBe(0);
    expect(canonicalStringify(sorted(aThenB))).toBe(canonicalStringify(aThenB));
  });

  it('counts what a merge would add, update and delete', () => {
    const base = sampleTables();
    const [c0, c1] = base.contacts as [(typeof base.contacts)[0], (typeof base.contacts)[0]];
    const incoming: TablesData = {
      ...base,
      contacts: [edited(c0, { role: 'x' }), deleted(c1), makeContact('New', 'Person'), ...base.contacts.slice(2)],
    };
    const plan = planMerge(base, incoming);
    expect(plan.contacts).toMatchObject({ added: 1, updated: 1, deleted: 1, unchanged: 2 });
    expect(plan.programmes).toMatchObject({ added: 0, updated: 0, deleted: 0, unchanged: 2, writes: [] });
  });

  it('never brings back from an older file what was deleted here', () => {
    const live = makeContact('Old', 'Record');
    const older = edited(live, { notes: 'edited on the other PC before our deletion' });
    const gone = deleted(older);
    const plan = planTableMerge([gone], [older]);
    expect(plan).toMatchObject({ writes: [], unchanged: 1 });
    // The same time on both sides: the deletion wins, here and there.
    const sameTime = { ...older, updatedAt: gone.updatedAt };
    expect(planTableMerge([gone], [sameTime]).writes).toEqual([]);
    expect(planTableMerge([sameTime], [gone])).toMatchObject({ deleted: 1, writes: [gone] });
  });

  it('brings a record back only when the file edited it after it was deleted here', () => {
    const live = makeContact('Back', 'Again');
    const gone = deleted(live);
    const newer = edited(live, { notes: 'edited later on the other PC' });
    expect(planTableMerge([gone], [newer])).toMatchObject({ updated: 1, writes: [newer] });
  });

  it('leaves alone records equal in time, and carries tombstones of unknown records', () => {
    const r = makeContact('Same', 'Time');
    expect(planTableMerge([r], [{ ...r, notes: 'different but same time' }])).toMatchObject({
      unchanged: 1,
      writes: [],
    });
    const foreignTombstone = deleted(makeContact('Never', 'Here'));
    expect(planTableMerge([], [foreignTombstone])).toMatchObject({
      added: 0,
      unchanged: 1,
      writes: [foreignTombstone],
    });
  });

  it('decides the same from updatedAt first and the few records in question as from every record', () => {
    const at = (s: number) => new Date(Date.parse('2026-11-01T09:00:00.000Z') + s * 1000).toISOString();
    const rec = (id: string, updated: number, deletedAt: number | null = null): StoredRecord => ({
      ...makeContact(id, 'Case'),
      id,
      updatedAt: at(updated),
      deletedAt: deletedAt === null ? null : at(deletedAt),
    });
    // [ours, theirs] pairs: every ordering of times, deletions on either or both sides, and a
    // deletion here later than our own updatedAt (our time is then deletedAt).
    const pairs: [StoredRecord | null, StoredRecord][] = [
      [rec('a', 10), rec('a', 10)],
      [rec('b', 10), rec('b', 11)],
      [rec('c', 11), rec('c', 10)],
      [rec('d', 10), rec('d', 10, 10)],
      [rec('e', 10, 10), rec('e', 10)],
      [rec('f', 10, 10), rec('f', 10, 10)],
      [rec('g', 10, 20), rec('g', 15)],
      [rec('h', 10, 20), rec('h', 25)],
      [rec('i', 10, 20), rec('i', 20, 20)],
      [rec('j', 10), rec('j', 5, 12)],
      [rec('k', 10), rec('k', 12, 8)],
      [null, rec('l', 1)],
      [null, rec('m', 1, 1)],
    ];
    const local = pairs.flatMap(([ours]) => (ours ? [ours] : []));
    const incoming = pairs.map(([, theirs]) => theirs);
    const step = planTableMergeByTime(new Map(local.map((r) => [r.id, r.updatedAt])), incoming);
    const plan = step.plan(local.filter((r) => step.localIds.includes(r.id)));
    expect(plan).toEqual(planTableMerge(local, incoming));
    // Only the records whose time does not settle them were read: not a, c, e.
    expect(step.localIds).toEqual(['b', 'd', 'f', 'g', 'h', 'i', 'j', 'k']);
  });
});
