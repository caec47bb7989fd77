import { describe, expect, it } from 'vitest';
import { applyMergePlan, countsOfPlan, mergeTotals, planMerge, planTableMerge, planTableMergeByRev } from './mergePlan';
import type { StoredRecord, TablesData } from './format';
import { canonicalStringify } from './canonicalJson';
import {
  deleted,
  edited,
  makeContact,
  makeMentee,
  makeProgramme,
  sampleTables,
} from '../../tests/fixtures/backup/records';

const PC_A = 'aaaaaaaaaaaaaaaa';
const PC_B = 'bbbbbbbbbbbbbbbb';
const merge = (local: TablesData, incoming: TablesData) => applyMergePlan(local, planMerge(local, incoming).plan);
const find = (t: TablesData, id: string) => t.contacts.find((r) => r.id === id);

describe('merge plan', () => {
  it('two databases edited apart converge when each merges the other', () => {
    const base = sampleTables();
    const [c0, c1, c2] = base.contacts as [StoredRecord, StoredRecord, StoredRecord];
    // PC B edits c1 first; later PC A deletes it: the deletion stands, and B's edit stays in the tombstone.
    const bEditsC1 = edited(c1, { notes: 'edited on B before A deleted it' }, PC_B);
    const a: TablesData = {
      ...base,
      contacts: [edited(c0, { role: 'social worker' }, PC_A), deleted(c1, PC_A), c2, ...base.contacts.slice(3)],
      programmes: [...base.programmes, makeProgramme('Mentorpár', 'MP')],
    };
    const b: TablesData = {
      ...base,
      contacts: [
        c0,
        bEditsC1,
        edited(c2, { notes: 'calls on Mondays' }, PC_B),
        ...base.contacts.slice(3),
        makeContact('Liisa', 'Mäkinen'),
      ],
    };
    const aThenB = merge(a, b);
    const bThenA = merge(b, a);
    expect(canonicalStringify(aThenB)).toBe(canonicalStringify(bThenA));
    expect(find(aThenB, c0.id)?.role).toBe('social worker');
    expect(find(aThenB, c1.id)?.deletedAt).not.toBeNull();
    expect(find(aThenB, c2.id)?.notes).toBe('calls on Mondays');
    expect(aThenB.programmes).toHaveLength(3);
    expect(aThenB.contacts).toHaveLength(5);
    // Merging again changes nothing (idempotent).
    expect(mergeTotals(countsOfPlan(planMerge(aThenB, b).plan)).writes).toBe(0);
    expect(mergeTotals(countsOfPlan(planMerge(aThenB, aThenB).plan)).writes).toBe(0);
  });

  it('keeps both edits when two PCs changed different fields of one record', () => {
    const c = makeContact('Éva', 'Kovács');
    const onA = edited(c, { phone: '+36 30 111 2222' }, PC_A);
    const onB = edited(c, { notes: 'available on Tuesdays' }, PC_B); // later that day
    const plan = planTableMerge('contacts', [onA], [onB]);
    expect(plan).toMatchObject({ updated: 1, conflicts: [] });
    expect(plan.writes[0]).toMatchObject({ phone: '+36 30 111 2222', notes: 'available on Tuesdays' });
  });

  it('lists a field both PCs changed; the later change wins', () => {
    const c = makeContact('Aino', 'Virtanen');
    const onA = edited(c, { phone: '+358 40 111' }, PC_A);
    const onB = edited(c, { phone: '+358 40 222' }, PC_B);
    const plan = planTableMerge('contacts', [onA], [onB]);
    expect(plan.conflicts).toEqual([{ id: c.id, fields: ['phone'] }]);
    expect(plan.writes[0]?.phone).toBe('+358 40 222');
    expect(planTableMerge('contacts', [onB], [onA])).toMatchObject({ unchanged: 1, writes: [] });
  });

  it('never undoes a deletion by an edit of another field; a later restore brings the record back', () => {
    const c = makeContact('Old', 'Record');
    const edit = edited(c, { notes: 'edited on the other PC' }, PC_B);
    const gone = deleted(c, PC_A);
    const merged = planTableMerge('contacts', [gone], [edit]).writes[0];
    expect(merged?.deletedAt).toBe(gone.deletedAt);
    expect(merged?.notes).toBe('edited on the other PC');
    const restored = edited(gone, { deletedAt: null }, PC_B);
    expect(planTableMerge('contacts', [gone], [restored]).writes[0]?.deletedAt).toBeNull();
  });

  it('carries tombstones of records never seen here, and counts them as unchanged', () => {
    const foreignTombstone = deleted(makeContact('Never', 'Here'));
    expect(planTableMerge('contacts', [], [foreignTombstone])).toMatchObject({
      added: 0,
      unchanged: 1,
      writes: [foreignTombstone],
    });
  });

  it('re-codes one of two mentees given the same code on two PCs, the same way on both', () => {
    const base = sampleTables();
    const programmeId = base.programmes[0]?.id ?? '';
    const a: TablesData = { ...base, mentees: [makeMentee('HF-025', programmeId)] };
    const b: TablesData = { ...base, mentees: [makeMentee('HF-025', programmeId)] };
    const onA = planMerge(a, b);
    const onB = planMerge(b, a);
    expect(onA.recoded).toHaveLength(1);
    expect(onA.recoded).toEqual(onB.recoded);
    const aAfter = applyMergePlan(a, onA.plan);
    const bAfter = applyMergePlan(b, onB.plan);
    expect(canonicalStringify(aAfter)).toBe(canonicalStringify(bAfter));
    const codes = aAfter.mentees.map((m) => m.code);
    expect(new Set(codes).size).toBe(2);
    const recoded = aAfter.mentees.find((m) => m.id === onA.recoded[0]?.id);
    expect(recoded?.code).toMatch(/^HF-025-[0-9A-F]{4}$/);
    expect(recoded?.formerCodes).toEqual(['HF-025']);
    expect(recoded?.searchTokens).toContain('hf-025');
  });

  it('decides the same from the revs first and the few records in question as from every record', () => {
    const same = makeContact('Same', 'Both');
    const older = makeContact('Older', 'Here');
    const newer = edited(older, { notes: 'changed there' }, PC_B);
    const onlyThere = makeContact('Only', 'There');
    const local = [same, older];
    const incoming = [same, newer, onlyThere];
    const step = planTableMergeByRev('contacts', new Map(local.map((r) => [r.id, String(r.rev)])), incoming);
    expect(step.localIds).toEqual([older.id, onlyThere.id]);
    const plan = step.plan(local.filter((r) => step.localIds.includes(r.id)));
    expect(plan).toEqual({ ...planTableMerge('contacts', local, incoming) });
    expect(plan).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
  });
});
