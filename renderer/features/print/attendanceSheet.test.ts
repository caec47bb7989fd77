import { describe, expect, it } from 'vitest';
import type { PersonRef } from '../../../shared/domain/base';
import { describePerson, facilitatorNames, participantLines, sheetRows, type PeopleLookup } from './attendanceSheet';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const alive = { deletedAt: null };

const people: PeopleLookup = {
  mentors: new Map([
    [id(1), { id: id(1), givenName: 'Anna', familyName: 'Kovács', ...alive }],
    [id(2), { id: id(2), givenName: 'Ábel', familyName: 'Ónodi', ...alive }],
    [id(3), { id: id(3), givenName: 'Gone', familyName: 'Deleted', deletedAt: '2026-01-01T00:00:00.000Z' }],
  ]),
  mentees: new Map([
    [id(10), { id: id(10), code: 'HF-010', givenName: 'Titkos', familyName: 'Béla', ...alive }],
    [id(11), { id: id(11), code: 'HF-002', givenName: '', familyName: '', ...alive }],
  ]),
  contacts: new Map([
    [
      id(20),
      {
        id: id(20),
        givenName: 'Mikko',
        familyName: 'Virtanen',
        organisation: 'Poliisi',
        role: 'Rikosuhripäivystäjä',
        ...alive,
      },
    ],
    [id(21), { id: id(21), givenName: 'Olga', familyName: 'Oláh', organisation: '', role: ' ', ...alive }],
  ]),
};
const ref = (kind: PersonRef['kind'], n: number): PersonRef => ({ kind, id: id(n) });
const opts = { lng: 'en' as const, showNames: false, mentorLabel: 'Mentor' };

describe('what a sheet prints about a person', () => {
  it('writes names in the order of the sheet language', () => {
    expect(describePerson(ref('mentor', 1), people, opts)?.name).toBe('Anna Kovács');
    expect(describePerson(ref('mentor', 1), people, { ...opts, lng: 'hu' })?.name).toBe('Kovács Anna');
    expect(describePerson(ref('mentor', 1), people, { ...opts, lng: 'fi' })?.name).toBe('Anna Kovács');
  });

  it('prints mentees by code unless names were asked for', () => {
    expect(describePerson(ref('mentee', 10), people, opts)).toMatchObject({ name: 'HF-010', detail: '' });
    expect(describePerson(ref('mentee', 10), people, { ...opts, showNames: true, lng: 'hu' })?.name).toBe(
      'Béla Titkos (HF-010)',
    );
    // A mentee without a real name stays a code even when names are shown.
    expect(describePerson(ref('mentee', 11), people, { ...opts, showNames: true })?.name).toBe('HF-002');
  });

  it("prints a contact's organisation and role, and the mentor label for mentors", () => {
    expect(describePerson(ref('contact', 20), people, opts)?.detail).toBe('Poliisi, Rikosuhripäivystäjä');
    expect(describePerson(ref('contact', 21), people, opts)?.detail).toBe('');
    expect(describePerson(ref('mentor', 2), people, { ...opts, mentorLabel: 'Vertaistukija' })?.detail).toBe(
      'Vertaistukija',
    );
  });

  it('leaves out deleted and unknown people', () => {
    expect(describePerson(ref('mentor', 3), people, opts)).toBeNull();
    expect(describePerson(ref('contact', 99), people, opts)).toBeNull();
  });
});

describe('the participant list', () => {
  const refs = [
    ref('contact', 20),
    ref('mentor', 2),
    ref('mentee', 10),
    ref('mentor', 1),
    ref('mentor', 3),
    ref('mentor', 1),
    ref('contact', 21),
  ];

  it('lists each person once, sorted by family name with the language collation', () => {
    expect(participantLines(refs, people, { ...opts, lng: 'hu' }).map((l) => l.name)).toEqual([
      'HF-010',
      'Kovács Anna',
      'Oláh Olga',
      'Ónodi Ábel',
      'Virtanen Mikko',
    ]);
  });

  it('sorts mentees shown by name among the others', () => {
    const names = participantLines(refs, people, { ...opts, showNames: true }).map((l) => l.name);
    expect(names.indexOf('Titkos Béla (HF-010)')).toBeLessThan(names.indexOf('Anna Kovács'));
  });

  it('numbers the participants, then the blank rows', () => {
    const rows = sheetRows(participantLines(refs.slice(0, 2), people, opts), 3);
    expect(rows.map((r) => [r.number, r.name])).toEqual([
      [1, 'Ábel Ónodi'],
      [2, 'Mikko Virtanen'],
      [3, ''],
      [4, ''],
      [5, ''],
    ]);
    expect(sheetRows([], -2)).toEqual([]);
  });

  it('names facilitators in the chosen order, skipping the deleted', () => {
    expect(facilitatorNames([ref('contact', 20), ref('mentor', 3), ref('mentor', 1)], people, 'hu')).toEqual([
      'Virtanen Mikko',
      'Kovács Anna',
    ]);
  });
});
