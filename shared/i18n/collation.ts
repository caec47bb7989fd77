import type { Language } from '../domain/base';

/**
 * Alphabetical order as each language's readers expect it, in two forms that must agree:
 *
 * - `compareText(lng)`: `Intl.Collator` for sorts in memory.
 * - `collationKey(text, lng)`: a string whose plain code-unit order (how IndexedDB orders an
 *   index) is the language's alphabetical order, so a list read from an index (`sortKey`) comes
 *   out right without reading and sorting every record. Stored keys are derived data: they are
 *   recomputed when the organisation's language changes.
 *
 * The key works at the primary level only (case and accents that are not letters of their own
 * are ignored, as `Intl.Collator` with `sensitivity: 'base'` does); rows whose keys tie are
 * ordered by id in an index.
 */

/** BCP 47 tags for Intl (dates, numbers, plural rules, collation) per UI language. */
export const LOCALE_TAG: Record<Language, string> = {
  en: 'en-GB',
  hu: 'hu-HU',
  fi: 'fi-FI',
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
};

const collators = new Map<string, Intl.Collator>();
/** The language's collator (cached: constructing one costs far more than comparing with it). */
export const collatorFor = (lng: Language): Intl.Collator => {
  let c = collators.get(lng);
  if (!c) {
    c = new Intl.Collator(LOCALE_TAG[lng], { sensitivity: 'base', numeric: true });
    collators.set(lng, c);
  }
  return c;
};
export const compareText = (lng: Language) => collatorFor(lng).compare;

const LATIN = 'abcdefghijklmnopqrstuvwxyz'.split('');
const CYRILLIC_SR = 'а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш'.split(' ');
const LATIN_SR = 'a b c č ć d dž đ e f g h i j k l lj m n nj o p q r s š t u v w x y z ž'.split(' ');
const HUNGARIAN = 'a b c cs d dz dzs e f g gy h i j k l ly m n ny o ö p q r s sz t ty u ü v w x y z zs'.split(' ');
const FINNISH = [...LATIN, 'å', 'ä', 'ö'];

type Alphabet = {
  /** Letters in order; a digraph is one letter. */
  letters: string[];
  /** Letters that sort as another one at the primary level (after lower-casing, before accents are stripped). */
  same: Record<string, string>;
  /** Multi-letter spellings read as other letters first (Hungarian doubled digraphs: "ssz" = "sz" + "sz"). */
  expand?: [RegExp, (m: string) => string][];
};

/** Letters kept as themselves (not stripped of their accents) in each alphabet. */
const ALPHABETS: Record<Language, Alphabet> = {
  en: { letters: [...LATIN, ...CYRILLIC_SR], same: {} },
  fi: {
    letters: [...FINNISH, ...CYRILLIC_SR],
    // CLDR Finnish: ü is a y, æ an ä, ø/õ/ő an ö; š and ž are s and z.
    same: { ü: 'y', ű: 'y', æ: 'ä', ø: 'ö', õ: 'ö', ő: 'ö', œ: 'ö' },
  },
  hu: {
    letters: [...HUNGARIAN, ...CYRILLIC_SR],
    // Á sorts with A, Ő with Ö, Ű with Ü (they differ only at the secondary level).
    same: { ő: 'ö', ű: 'ü' },
    expand: [
      [
        /(c)(cs)|(d)(dzs)|(d)(dz)|(g)(gy)|(l)(ly)|(n)(ny)|(s)(sz)|(t)(ty)|(z)(zs)/g,
        (m) => `${m.slice(1)}${m.slice(1)}`,
      ],
    ],
  },
  'sr-Latn': { letters: [...LATIN_SR, ...CYRILLIC_SR], same: { ǆ: 'dž', ǉ: 'lj', ǌ: 'nj' } },
  // Cyrillic names first, then Latin ones in the general Latin order (č with c), as ICU's
  // Serbian Cyrillic collation does.
  'sr-Cyrl': { letters: [...CYRILLIC_SR, ...LATIN], same: {} },
};

/**
 * One code unit per letter, in alphabet order, all above the space and punctuation, so "Kovács"
 * comes before "Kovácsné" and "Anna Liisa" before "Annabella" as with Intl.Collator.
 */
const LETTER_BASE = 0x100;
const DIGIT_BASE = 0x40;
const SPACE = ' ';
const PUNCT = '!';

type Table = { keys: Map<string, string>; longest: number; alphabet: Alphabet };
const tables = new Map<Language, Table>();
const tableFor = (lng: Language): Table => {
  let t = tables.get(lng);
  if (!t) {
    const alphabet = ALPHABETS[lng];
    const keys = new Map<string, string>();
    alphabet.letters.forEach((l, i) => keys.set(l, String.fromCharCode(LETTER_BASE + i)));
    t = { keys, longest: Math.max(...alphabet.letters.map((l) => l.length)), alphabet };
    tables.set(lng, t);
  }
  return t;
};

/** Letters not in the alphabet sort by their accent-free base letter, unknown scripts last. */
const fallback = (ch: string, table: Table): string => {
  if (/\s/u.test(ch)) return SPACE;
  if (/\d/u.test(ch)) return String.fromCharCode(DIGIT_BASE + Number(ch));
  const base = ch.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  const known = table.keys.get(base);
  if (known) return known;
  if (!/\p{L}/u.test(ch)) return PUNCT;
  // Unknown letters after every known one, in code point order.
  return String.fromCharCode(Math.min(0xffff, 0x4000 + (ch.codePointAt(0) ?? 0)));
};

/** A string whose code-unit order is the language's alphabetical order of `text` (primary level). */
export const collationKey = (text: string, lng: Language): string => {
  const table = tableFor(lng);
  let s = text.normalize('NFC').toLowerCase().trim().replace(/\s+/gu, ' ');
  for (const [re, f] of table.alphabet.expand ?? []) s = s.replace(re, f);
  let out = '';
  let i = 0;
  while (i < s.length) {
    let matched = false;
    for (let len = Math.min(table.longest, s.length - i); len >= 1; len--) {
      const piece = s.slice(i, i + len);
      const letter = table.keys.get(table.alphabet.same[piece] ?? piece);
      if (letter !== undefined) {
        out += letter;
        i += len;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const ch = String.fromCodePoint(s.codePointAt(i) ?? 0);
    const mapped = table.alphabet.same[ch];
    out += mapped !== undefined ? (table.keys.get(mapped) ?? fallback(ch, table)) : fallback(ch, table);
    i += ch.length;
  }
  return out;
};

/** The key of a person: family name, then given name (the order lists sort people in). */
export const personSortKey = (p: { givenName: string; familyName: string }, lng: Language): string =>
  `${collationKey(p.familyName, lng)}${SPACE}${collationKey(p.givenName, lng)}`;
