import { fieldsOf } from './fields';
import { headerWords, normaliseWord } from './labels';
import type { Cell, ColumnMapping, FieldKey, ImportKind, MappingGuess, NameOrder } from './types';

/**
 * Which column holds which field, guessed from the headers in any of Tandem's languages
 * ("Vezetéknév", "Sukunimi", "Prezime", "Family name"…), accents and case aside; a column
 * without a telling header but full of e-mail addresses is the e-mail. The coordinator corrects
 * the guess; the corrected mapping is remembered for files of the same shape (`shapeKey`).
 */

/** Headers compared without accents, case, punctuation or hyphens ("E-mail cím" ~ "email cim"). */
export const headerKey = (s: string): string =>
  normaliseWord(s)
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

type Candidate = { col: number; field: FieldKey; score: number };

const wordsCache = new Map<FieldKey, string[]>();
const wordsOfField = (field: FieldKey): string[] => {
  let words = wordsCache.get(field);
  if (!words) {
    words = [
      ...new Set(
        headerWords(field)
          .map((w) => headerKey(w.word))
          .filter(Boolean),
      ),
    ];
    wordsCache.set(field, words);
  }
  return words;
};

const containsWords = (hay: string, needle: string): boolean => ` ${hay} `.includes(` ${needle} `);

/** How well a header names a field: 100 exactly, less for a header that contains one of its words. */
const scoreHeader = (header: string, field: FieldKey): number => {
  const h = headerKey(header);
  if (!h) return 0;
  // A group header over its column ("Contact / Phone"): the column's own name counts most.
  const parts = header.split(' / ').map(headerKey).filter(Boolean);
  let best = 0;
  for (const w of wordsOfField(field)) {
    if (w === h) return 100;
    if (parts.length > 1 && parts[parts.length - 1] === w) best = Math.max(best, 95);
    else if (w.length >= 3 && containsWords(h, w)) best = Math.max(best, 50 + Math.min(w.length, 30));
    else if (h.length >= 4 && containsWords(w, h)) best = Math.max(best, 40 + Math.min(h.length, 20));
  }
  return best;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Score from the cells, for columns whose header says nothing. */
const scoreCells = (kind: ImportKind, values: Cell[]): { field: FieldKey; score: number } | null => {
  const filled = values.filter((v) => v !== null && String(v).trim() !== '');
  if (filled.length === 0) return null;
  const emails = filled.filter((v) => typeof v === 'string' && EMAIL.test(v.trim().replace(/^mailto:/i, ''))).length;
  if (emails / filled.length >= 0.8 && kind !== 'mentees') return { field: 'email', score: 45 };
  return null;
};

/** The key a mapping is remembered under: the kind and the headers (normalised), hashed. */
export const shapeKey = (kind: ImportKind, headers: readonly string[]): string => {
  const text = `${kind}\u0000${headers.map(headerKey).join('\u0001')}`;
  // FNV-1a, 32 bits twice (with two seeds): short, stable, and plenty to tell file shapes apart.
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `${kind}:${headers.length}:${fnv(0x811c9dc5)}${fnv(0x050c5d1f)}`;
};

/**
 * The mapping for these headers: the remembered one when it fits (same number of columns and
 * every field one of the kind's), else the guess. `nameOrder` decides which of two columns under
 * one merged "Név" header is the family name.
 */
export const guessMapping = (
  kind: ImportKind,
  headers: readonly string[],
  remembered?: ColumnMapping | null,
  sample: readonly Cell[][] = [],
  nameOrder: NameOrder = 'givenFirst',
): MappingGuess => {
  const key = shapeKey(kind, headers);
  const known = new Set<string>(
    fieldsOf(kind)
      .filter((f) => f.importable)
      .map((f) => f.key),
  );
  if (remembered && remembered.length === headers.length && remembered.every((f) => f === null || known.has(f)))
    return { mapping: [...remembered], source: 'remembered', shapeKey: key };

  const candidates: Candidate[] = [];
  headers.forEach((header, col) => {
    let any = false;
    for (const field of known) {
      const score = scoreHeader(header, field as FieldKey);
      if (score >= 45) {
        candidates.push({ col, field: field as FieldKey, score });
        any = true;
      }
    }
    if (!any) {
      const byCells = scoreCells(
        kind,
        sample.map((r) => r[col] ?? null),
      );
      if (byCells && known.has(byCells.field)) candidates.push({ col, ...byCells });
    }
  });
  // Best matches first; on a tie the leftmost column.
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<FieldKey>();
  for (const c of candidates) {
    if (mapping[c.col] !== null || taken.has(c.field)) continue;
    mapping[c.col] = c.field;
    taken.add(c.field);
  }

  // One "Név" header merged over two columns: the two name fields, in the language's order.
  const nameCol = mapping.indexOf('fullName');
  if (
    nameCol >= 0 &&
    known.has('familyName') &&
    !taken.has('familyName') &&
    !taken.has('givenName') &&
    mapping[nameCol + 1] === null &&
    headerKey(headers[nameCol + 1] ?? '') === headerKey(headers[nameCol] ?? '')
  ) {
    const familyFirst = nameOrder === 'familyFirst';
    mapping[nameCol] = familyFirst ? 'familyName' : 'givenName';
    mapping[nameCol + 1] = familyFirst ? 'givenName' : 'familyName';
  }
  return { mapping, source: 'guessed', shapeKey: key };
};
