import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { createProgramme } from '../programmes/programmesRepo';
import {
  createMentee,
  deleteMentee,
  findMentees,
  getMentee,
  listWaitingMentees,
  restoreMentee,
  updateMentee,
} from './menteesRepo';
import { MenteeInputSchema, type MenteeInput } from '../../../shared/domain/mentee';

let hf: string;
let ym: string;
const input = (over: Partial<MenteeInput> = {}): MenteeInput => ({
  programmeId: hf,
  transition: 'movingIntoHousing',
  ...over,
});
const today = { today: '2026-03-01' };

beforeEach(async () => {
  await resetDatabase();
  hf = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  ym = await createProgramme({ name: 'Youth mentoring', codePrefix: 'YM' });
});

describe('mentee codes', () => {
  it('are generated per programme prefix, numbered from 001, unique', async () => {
    const a = await createMentee(input(), today);
    const b = await createMentee(input(), today);
    const c = await createMentee(input({ programmeId: ym, transition: 'leavingCare' }), today);
    expect([a.code, b.code, c.code]).toEqual(['HF-001', 'HF-002', 'YM-001']);
  });

  it('are unique when created at the same time', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, () => createMentee(input(), today)));
    expect(new Set(made.map((m) => m.code)).size).toBe(8);
  });

  it('continue after the highest number, also past 999, and never reuse a deleted mentee’s code', async () => {
    const first = await createMentee(input(), today);
    await deleteMentee(first.id);
    const second = await createMentee(input(), today);
    expect(second.code).toBe('HF-002');
    // "HF-1000" sorts before "HF-999" as text: the next number must come from the numbers.
    await db.mentees.add({ ...second, id: crypto.randomUUID(), code: 'HF-999' });
    expect((await createMentee(input(), today)).code).toBe('HF-1000');
    expect((await createMentee(input(), today)).code).toBe('HF-1001');
  });

  it('bad input writes nothing', async () => {
    await expect(createMentee({ ...input(), birthYear: 1200 }, today)).rejects.toBeInstanceOf(ZodError);
    await expect(createMentee(input({ programmeId: crypto.randomUUID() }), today)).rejects.toThrow(
      'errors.programmeNotFound',
    );
    expect(await findMentees()).toEqual([]);
  });
});

describe('mentees', () => {
  it('start as waiting, referred today unless given, and keep their code when edited', async () => {
    const m = await createMentee(input({ givenName: 'Anna', familyName: 'Kovács' }), today);
    expect(m).toMatchObject({ status: 'waiting', referredOn: '2026-03-01', consentGiven: false });
    await updateMentee(m.id, input({ programmeId: ym, givenName: 'Anna', familyName: 'Kiss', goals: 'own flat' }));
    expect(await getMentee(m.id)).toMatchObject({
      code: 'HF-001',
      programmeId: ym,
      familyName: 'Kiss',
      goals: 'own flat',
    });
  });

  it('are found by code and by name tokens, and filtered through indexes', async () => {
    const a = await createMentee(input({ givenName: 'Anna', familyName: 'Kovács' }), today);
    const b = await createMentee(input({ programmeId: ym, transition: 'leavingCare' }), today);
    expect((await findMentees({ query: 'hf-00' })).map((m) => m.id)).toEqual([a.id]);
    expect((await findMentees({ query: 'kova' })).map((m) => m.id)).toEqual([a.id]);
    expect((await findMentees({ query: 'ym' })).map((m) => m.id)).toEqual([b.id]);
    expect((await findMentees({ transition: 'leavingCare' })).map((m) => m.id)).toEqual([b.id]);
    expect((await findMentees({ programmeId: hf, status: 'waiting' })).map((m) => m.id)).toEqual([a.id]);
    expect(await findMentees({ programmeId: hf, transition: 'leavingCare' })).toEqual([]);
    expect((await findMentees()).map((m) => m.code)).toEqual(['HF-001', 'YM-001']);
  });

  it('delete leaves a tombstone that lists skip, and undo brings the mentee back', async () => {
    const a = await createMentee(input(), today);
    await deleteMentee(a.id);
    expect(await getMentee(a.id)).toBeUndefined();
    expect(await findMentees()).toEqual([]);
    expect(await listWaitingMentees()).toEqual([]);
    await restoreMentee(a.id);
    expect((await listWaitingMentees()).map((m) => m.id)).toEqual([a.id]);
  });
});

describe('mentee input', () => {
  it('asks for a programme when none is chosen', () => {
    const result = MenteeInputSchema.safeParse({ programmeId: '', transition: 'other' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['programmeId'], message: 'validation.required' });
  });
});
