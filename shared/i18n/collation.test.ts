import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/base';
import { collationKey, compareText, personSortKey } from './collation';

/** Plain code-unit order: how IndexedDB orders an index of strings. */
const byKey = (lng: Language) => (a: string, b: string) => {
  const ka = collationKey(a, lng);
  const kb = collationKey(b, lng);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
const shuffled = <T>(xs: readonly T[]): T[] =>
  [...xs].reverse().sort((a, b) => (String(a).length % 3) - (String(b).length % 3));

/**
 * Names chosen to break the naive (accent-stripped or code-point) order. Each list is in the
 * order a reader of the language expects; the index key and Intl.Collator must both give it.
 */
const CASES: Record<Language, string[]> = {
  en: ['Åberg', 'Ahonen', 'Bronte', 'Éclair', 'Mc Kay', 'McKay', 'Ohman', 'Öst', 'Zola'],
  fi: ['Aalto', 'Ahonen', 'Ohman', 'Vaara', 'Wallin', 'Zetterberg', 'Åberg', 'Äijälä', 'Öhman', 'Östman'],
  hu: [
    'Cukor',
    'Czakó',
    'Csonka',
    'Csordás',
    'Dávid',
    'Dzsida',
    'Gál',
    'Gyenes',
    'Lukács',
    'Lyka',
    'Nagy',
    'Nyári',
    'Olt',
    'Ómolnár',
    'Orosz',
    'Őri',
    'Ötvös',
    'Öz',
    'Szabó',
    'Tóth',
    'Tyukodi',
    'Zala',
    'Zsámboki',
  ],
  'sr-Latn': [
    'Car',
    'Cvetić',
    'Čolić',
    'Čudić',
    'Ćirić',
    'Dimić',
    'Dunđerski',
    'Džajić',
    'Đorđević',
    'Erić',
    'Lazić',
    'Lukić',
    'Ljubić',
    'Marić',
    'Nikolić',
    'Njegoš',
    'Savić',
    'Šarić',
    'Zorić',
    'Živković',
  ],
  'sr-Cyrl': [
    'Антић',
    'Бабић',
    'Вукић',
    'Гајић',
    'Дамјановић',
    'Ђорђевић',
    'Живковић',
    'Зорић',
    'Илић',
    'Јовић',
    'Костић',
    'Лазић',
    'Љубић',
    'Марић',
    'Николић',
    'Његош',
    'Савић',
    'Ћирић',
    'Урошевић',
    'Чолић',
    'Џајић',
    'Шарић',
  ],
};

describe('collation', () => {
  for (const [lng, expected] of Object.entries(CASES) as [Language, string[]][]) {
    it(`${lng}: the index key orders names as the language's readers expect`, () => {
      expect(shuffled(expected).sort(byKey(lng))).toEqual(expected);
    });

    it(`${lng}: the key agrees with Intl.Collator on the same names`, () => {
      expect(shuffled(expected).sort(compareText(lng))).toEqual(shuffled(expected).sort(byKey(lng)));
    });
  }

  it('puts Finnish Å, Ä and Ö after Z, where English files them under A and O', () => {
    expect(['Öberg', 'Zetterberg', 'Ohman'].sort(byKey('fi'))).toEqual(['Ohman', 'Zetterberg', 'Öberg']);
    expect(['Öberg', 'Zetterberg', 'Ohman'].sort(byKey('en'))).toEqual(['Öberg', 'Ohman', 'Zetterberg']);
  });

  it('reads Hungarian digraphs as letters, also doubled ("Hosszú" is sz+sz)', () => {
    expect(['Csonka', 'Czakó', 'Cukor'].sort(byKey('hu'))).toEqual(['Cukor', 'Czakó', 'Csonka']);
    expect(collationKey('Hosszú', 'hu')).toBe(collationKey('Hoszszú', 'hu'));
    // Ő is Ö at the primary level: both come after every O, and among themselves by what follows.
    expect(['Ötvös', 'Őri', 'Orosz', 'Ózd'].sort(byKey('hu'))).toEqual(['Orosz', 'Ózd', 'Őri', 'Ötvös']);
  });

  it('ignores case and accents that are not letters of their own, and keeps word boundaries', () => {
    expect(collationKey('ÁDÁM', 'hu')).toBe(collationKey('adam', 'hu'));
    expect(collationKey('Brontë', 'en')).toBe(collationKey('bronte', 'en'));
    expect(collationKey('Čolić', 'sr-Latn')).not.toBe(collationKey('Colic', 'sr-Latn'));
    expect(['Kovácsné', 'Kovács Anna'].sort(byKey('hu'))).toEqual(['Kovács Anna', 'Kovácsné']);
  });

  it('sorts people by family name, then given name, in every language', () => {
    const people = [
      { givenName: 'Ödön', familyName: 'Nagy' },
      { givenName: 'Anna', familyName: 'Nyári' },
      { givenName: 'Zsolt', familyName: 'Nagy' },
      { givenName: 'Béla', familyName: 'Nagy' },
    ];
    const sorted = [...people].sort((a, b) => (personSortKey(a, 'hu') < personSortKey(b, 'hu') ? -1 : 1));
    expect(sorted.map((p) => `${p.familyName} ${p.givenName}`)).toEqual([
      'Nagy Béla',
      'Nagy Ödön',
      'Nagy Zsolt',
      'Nyári Anna',
    ]);
  });

  it('in Serbian Cyrillic, Cyrillic names come first, then Latin ones (as Intl.Collator orders them)', () => {
    expect(['Čolić', 'Чолић', 'Cvetić', 'Антић'].sort(byKey('sr-Cyrl'))).toEqual(['Антић', 'Чолић', 'Čolić', 'Cvetić']);
    expect(['Čolić', 'Чолић', 'Cvetić', 'Антић'].sort(compareText('sr-Cyrl'))).toEqual([
      'Антић',
      'Чолић',
      'Čolić',
      'Cvetić',
    ]);
  });
});
