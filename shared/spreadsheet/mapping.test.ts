import { describe, expect, it } from 'vitest';
import { guessMapping, shapeKey } from './mapping';
import { FIELDS } from './fields';
import { headerWords } from './labels';

describe('mapping guesses from the headers', () => {
  it('Hungarian', () => {
    expect(
      guessMapping('mentors', [
        'Vezetéknév',
        'Keresztnév',
        'E-mail',
        'Telefonszám',
        'Program',
        'Státusz',
        'Belépés dátuma',
        'Születési év',
      ]).mapping,
    ).toEqual(['familyName', 'givenName', 'email', 'phone', 'programmes', 'status', 'joinedOn', 'birthYear']);
    expect(guessMapping('mentors', ['Név', 'e-mail cím', 'Telefon', 'Nyelvek', 'Megjegyzés']).mapping).toEqual([
      'fullName',
      'email',
      'phone',
      'languages',
      'notes',
    ]);
    expect(
      guessMapping('mentees', ['Kód', 'Program', 'Családnév', 'Utónév', 'Átmeneti időszak', 'Beutalás dátuma']).mapping,
    ).toEqual(['code', 'programme', 'familyName', 'givenName', 'transition', 'referredOn']);
  });

  it('Finnish', () => {
    expect(
      guessMapping('contacts', ['Sukunimi', 'Etunimi', 'Organisaatio', 'Rooli', 'Puhelin', 'Sähköposti']).mapping,
    ).toEqual(['familyName', 'givenName', 'organisation', 'role', 'phone', 'email']);
    expect(
      guessMapping('mentors', ['Nimi', 'Sähköpostiosoite', 'Puh.', 'Syntymävuosi', 'Tila', 'Aloituspäivä']).mapping,
    ).toEqual(['fullName', 'email', 'phone', 'birthYear', 'status', 'joinedOn']);
  });

  it('Serbian (Latin) and English, case and accents aside', () => {
    expect(guessMapping('contacts', ['PREZIME', 'ime', 'Organizacija', 'E-posta', 'Broj telefona']).mapping).toEqual([
      'familyName',
      'givenName',
      'organisation',
      'email',
      'phone',
    ]);
    expect(
      guessMapping('mentors', ['First name', 'Last name', 'Email address', 'Mobile', 'Date of birth', 'Programme'])
        .mapping,
    ).toEqual(['givenName', 'familyName', 'email', 'phone', 'birthYear', 'programmes']);
  });

  it('attendance tables', () => {
    expect(guessMapping('attendance', ['Dátum', 'Alkalom', 'Név', 'Jelenlét', 'Óraszám']).mapping).toEqual([
      'sessionDate',
      'sessionTitle',
      'fullName',
      'attendanceStatus',
      'hours',
    ]);
    expect(
      guessMapping('attendance', ['Päivämäärä', 'Tapaaminen', 'Tuettavan koodi', 'Läsnä', 'Tunnit']).mapping,
    ).toEqual(['sessionDate', 'sessionTitle', 'menteeCode', 'attendanceStatus', 'hours']);
  });

  it("uses a group header over its column, and the column's cells when the header says nothing", () => {
    expect(
      guessMapping('mentors', ['Sukunimi', 'Etunimi', 'Yhteystiedot / Puhelin', 'Yhteystiedot / Sähköposti']).mapping,
    ).toEqual(['familyName', 'givenName', 'phone', 'email']);
    const sample = [
      ['Anna Smith', 'anna@example.org'],
      ['Ben Jones', 'ben@example.org'],
    ];
    expect(guessMapping('contacts', ['Name', ''], null, sample).mapping).toEqual(['fullName', 'email']);
  });

  it('never gives one field to two columns, and leaves unknown headers unmapped', () => {
    const { mapping } = guessMapping('mentors', ['E-mail', 'Email', 'Kedvenc szín']);
    expect(mapping).toEqual(['email', null, null]);
  });

  it('one "Név" header merged over two columns: family and given name in the language\'s order', () => {
    expect(guessMapping('mentors', ['Név', 'Név', 'E-mail'], null, [], 'familyFirst').mapping).toEqual([
      'familyName',
      'givenName',
      'email',
    ]);
    expect(guessMapping('mentors', ['Nimi', 'Nimi'], null, [], 'givenFirst').mapping).toEqual([
      'givenName',
      'familyName',
    ]);
  });

  it('the remembered mapping for the same shape wins; another shape gets its own key', () => {
    const headers = ['A', 'B', 'C'];
    const remembered = ['givenName', null, 'email'] as const;
    const guess = guessMapping('mentors', headers, [...remembered]);
    expect(guess).toEqual({ mapping: [...remembered], source: 'remembered', shapeKey: shapeKey('mentors', headers) });
    // A remembered mapping that does not fit (another number of columns, a field of another kind) is not used.
    expect(guessMapping('mentors', headers, ['givenName']).source).toBe('guessed');
    expect(guessMapping('mentors', headers, ['organisation', null, null]).source).toBe('guessed');
    expect(shapeKey('mentors', ['Név', 'E-mail'])).toBe(shapeKey('mentors', [' név ', 'E-MAIL']));
    expect(shapeKey('mentors', ['Név', 'E-mail'])).not.toBe(shapeKey('contacts', ['Név', 'E-mail']));
    expect(shapeKey('mentors', ['Név', 'E-mail'])).not.toBe(shapeKey('mentors', ['E-mail', 'Név']));
  });

  it('every field has a header in every language, and exported headers map back to their fields', () => {
    for (const kind of ['mentors', 'mentees', 'contacts', 'attendance'] as const)
      for (const f of FIELDS[kind]) {
        const langs = new Set(headerWords(f.key).map((w) => w.lng));
        expect([...langs].sort(), f.key).toEqual(['en', 'fi', 'hu', 'sr-Cyrl', 'sr-Latn']);
      }
    // A template's or an export's header row, in each language, is mapped field by field.
    for (const lng of ['en', 'hu', 'fi', 'sr-Latn', 'sr-Cyrl'] as const)
      for (const kind of ['mentors', 'mentees', 'contacts', 'attendance'] as const) {
        const fields = FIELDS[kind].filter((f) => f.exportable);
        const headers = fields.map((f) => headerWords(f.key).find((w) => w.lng === lng)!.word);
        expect(guessMapping(kind, headers).mapping, `${lng} ${kind}`).toEqual(fields.map((f) => f.key));
      }
  });
});
