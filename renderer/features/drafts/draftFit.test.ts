import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MentorInputSchema } from '../../../shared/domain/mentor';
import { ContactLogInputSchema } from '../../../shared/domain/pairing';
import { checkDraft, draftAsText } from './draftFit';

const MENTOR_START = {
  givenName: '',
  familyName: '',
  email: '',
  phone: '',
  gender: 'unspecified',
  birthYear: null,
  languages: [],
  livedExperience: [],
  programmeIds: [],
  capacity: 1,
  availability: '',
  notes: '',
};

describe('a draft against its form', () => {
  it('fits when half typed: required fields empty, an address not finished, a number cleared', () => {
    const fit = checkDraft(
      MentorInputSchema,
      { ...MENTOR_START, givenName: 'Ani', email: 'ani@', capacity: null },
      MENTOR_START,
    );
    expect(fit).toMatchObject({ fits: true, values: { givenName: 'Ani', email: 'ani@', capacity: null } });
  });

  it('takes a field added to the form since from the form’s start', () => {
    const { notes: _gone, ...older } = MENTOR_START;
    const fit = checkDraft(MentorInputSchema, { ...older, givenName: 'Ani' }, MENTOR_START);
    expect(fit).toMatchObject({ fits: true, values: { givenName: 'Ani', notes: '' } });
  });

  it('does not fit when a field is gone from the form, and is offered as text with that field', () => {
    const fit = checkDraft(
      MentorInputSchema,
      { ...MENTOR_START, givenName: 'Ani', hobbies: 'Chess,\nlong walks' },
      MENTOR_START,
    );
    expect(fit.fits).toBe(false);
    expect(!fit.fits && fit.text).toBe(
      'givenName: Ani\ngender: unspecified\ncapacity: 1\nhobbies:\nChess,\nlong walks',
    );
  });

  it('does not fit when a value changed type or a choice is no longer offered', () => {
    expect(checkDraft(MentorInputSchema, { ...MENTOR_START, capacity: 'two' }, MENTOR_START).fits).toBe(false);
    expect(checkDraft(MentorInputSchema, { ...MENTOR_START, gender: 'robot' }, MENTOR_START).fits).toBe(false);
    expect(
      checkDraft(ContactLogInputSchema, { pairingId: 'p', kind: 'pigeon', notes: 'Met at the café' }, {}).fits,
    ).toBe(false);
  });

  it('checks nested fields and the form’s own rule', () => {
    const schema = z.object({ a: z.object({ b: z.string() }), v: z.string() });
    expect(checkDraft(schema, { a: { b: 'x', c: 'gone' }, v: '1' }, {}).fits).toBe(false);
    expect(checkDraft(schema, { a: { b: 'x' }, v: '1' }, {}, (v) => v.v === '2').fits).toBe(false);
    expect(checkDraft(schema, { a: { b: 'x' }, v: '2' }, {}, (v) => v.v === '2').fits).toBe(true);
  });

  it('never throws, whatever is stored', () => {
    for (const raw of [null, 'text', 42, [1, 2], { a: { b: [{ c: 'd' }] } }]) {
      const fit = checkDraft(MentorInputSchema, raw, MENTOR_START);
      expect(fit.fits).toBe(false);
    }
    expect(draftAsText({ a: { b: [{ c: 'd' }] }, list: ['x', 'y'], n: 3, e: '' })).toBe('a.b.1.c: d\nlist: x, y\nn: 3');
  });
});
