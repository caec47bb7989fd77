import { describe, expect, it } from 'vitest';
import { mergeRecords } from './merge';
import { stampWrite, type SyncRecord } from './record';
import { canonical } from './record';

/** Fields that only make sense together merge as one (rules.ts FIELD_GROUPS). */

const stamp = (hhmm: string, node: string) => `2026-12-05T${hhmm}:00.000Z-0000-${node.repeat(16)}`;
const base: SyncRecord = stampWrite(
  'mentors',
  undefined,
  {
    id: '6f1c2d3e-4a5b-4c6d-8e7f-001122334455',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    deletedAt: null,
    givenName: 'Anna',
    familyName: 'Kovács',
    email: '',
    phone: '',
    status: 'applicant',
    exitDate: null,
    exitReason: '',
  },
  stamp('09:00', 'a'),
);

describe('field groups', () => {
  it('an exit on one PC is not undone by a later status change made elsewhere before it was known', () => {
    const exited = stampWrite(
      'mentors',
      base,
      { ...base, status: 'exited', exitDate: '2026-12-05', exitReason: 'moved away' },
      stamp('10:00', 'a'),
    );
    const screened = stampWrite('mentors', base, { ...base, status: 'screening' }, stamp('11:00', 'b'));
    const ab = mergeRecords('mentors', exited, screened).merged;
    const ba = mergeRecords('mentors', screened, exited).merged;
    expect(canonical(ab)).toBe(canonical(ba));
    expect(ab).toMatchObject({ status: 'exited', exitDate: '2026-12-05', exitReason: 'moved away' });
  });

  it('of two exits, takes the later one whole: its date with its reason, never one of each', () => {
    const onA = stampWrite(
      'mentors',
      base,
      { ...base, status: 'exited', exitDate: '2026-12-04', exitReason: 'moved away' },
      stamp('10:00', 'a'),
    );
    const onB = stampWrite(
      'mentors',
      base,
      { ...base, status: 'exited', exitDate: '2026-12-05', exitReason: '' },
      stamp('11:00', 'b'),
    );
    const merged = mergeRecords('mentors', onA, onB).merged;
    expect(merged).toMatchObject({ exitDate: '2026-12-05', exitReason: '' });
    expect(canonical(mergeRecords('mentors', onB, onA).merged)).toBe(canonical(merged));
    expect(mergeRecords('mentors', merged, onA).merged.rev).toBe(merged.rev);
  });

  it('keeps fields outside the group merging one by one', () => {
    const exited = stampWrite(
      'mentors',
      base,
      { ...base, status: 'exited', exitDate: '2026-12-05', exitReason: 'moved away' },
      stamp('10:00', 'a'),
    );
    const phone = stampWrite('mentors', base, { ...base, phone: '+36 30 111 2222' }, stamp('11:00', 'b'));
    expect(mergeRecords('mentors', exited, phone).merged).toMatchObject({ status: 'exited', phone: '+36 30 111 2222' });
  });
});
