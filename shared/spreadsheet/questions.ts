import { matchWord, normaliseWord, targetValues, wordIndex, type LabelledTarget } from './labels';
import { answerKey, makeReader } from './preview';
import type {
  ColumnMapping,
  FieldKey,
  ImportContext,
  ImportKind,
  ProgrammeRef,
  SheetRead,
  ValueAnswer,
  ValueAnswers,
  ValueQuestion,
  ValueTarget,
} from './types';

/**
 * The values of the file Tandem does not understand ("aktív" it does; "Ifjúsági program" is a
 * programme it does not have yet), one question per distinct value and kind of value, with a
 * suggested answer: the nearest known value, or "create this programme".
 */

const ROWS_SHOWN = 5;

/** Letter pairs of a word, for a similarity that forgives a typo or a missing accent. */
const bigrams = (s: string): string[] => {
  const t = ` ${s} `;
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out;
};

/** Dice coefficient of the letter pairs: 1 for the same word, 0 for nothing in common. */
export const similarity = (a: string, b: string): number => {
  const x = bigrams(normaliseWord(a));
  const y = bigrams(normaliseWord(b));
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      common++;
      counts.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
};

const SIMILAR = 0.7;

const suggestWord = (target: LabelledTarget, raw: string, ctx: ImportContext): ValueAnswer | null => {
  const w = normaliseWord(raw);
  let best: { value: string; score: number } | null = null;
  for (const [word, value] of wordIndex(target, ctx.language)) {
    let score = similarity(w, word);
    // "akt" for "aktív", "supervisio" for "supervision": a beginning of a known word.
    if (w.length >= 3 && (word.startsWith(w) || w.startsWith(word)) && word.length >= 3) score = Math.max(score, 0.8);
    if (!best || score > best.score) best = { value, score };
  }
  return best && best.score >= SIMILAR ? { kind: 'value', value: best.value } : null;
};

const PREFIX_SKIP = new Set([
  'a',
  'az',
  'the',
  'of',
  'and',
  'es',
  'ja',
  'i',
  'program',
  'programme',
  'ohjelma',
  'projekt',
  'projekti',
  'hanke',
]);

/** A code prefix for a new programme: its initials ("Ifjúsági Mentor Program" → IM), free among `taken`. */
export const suggestCodePrefix = (name: string, taken: ReadonlySet<string>): string => {
  const words = normaliseWord(name)
    .toUpperCase()
    .replace(/[^A-Z ]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  const meaningful = words.filter((w) => !PREFIX_SKIP.has(w.toLowerCase()));
  const use = meaningful.length > 0 ? meaningful : words.length > 0 ? words : ['P'];
  const base =
    (use.length >= 2
      ? use
          .slice(0, 3)
          .map((w) => w[0])
          .join('')
      : use[0]!.slice(0, 2)) || 'P';
  const letters = use.join('');
  const candidates = [
    base,
    ...[...letters]
      .slice(base.length)
      .map((_, i) => (base + letters.slice(base.length, base.length + i + 1)).slice(0, 5)),
  ];
  for (const c of candidates) if (/^[A-Z]{1,5}$/.test(c) && !taken.has(c)) return c;
  for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    const c = `${base.slice(0, 4)}${ch}`;
    if (!taken.has(c)) return c;
  }
  return base.slice(0, 5);
};

const suggestProgramme = (raw: string, programmes: readonly ProgrammeRef[], taken: Set<string>): ValueAnswer => {
  let best: { id: string; score: number } | null = null;
  for (const p of programmes) {
    const score = similarity(raw, p.name);
    if (!best || score > best.score) best = { id: p.id, score };
  }
  if (best && best.score >= SIMILAR) return { kind: 'value', value: best.id };
  const codePrefix = suggestCodePrefix(raw, taken);
  taken.add(codePrefix);
  return { kind: 'createProgramme', name: raw.trim(), codePrefix };
};

/**
 * The questions for this sheet and mapping. Answers already given are not asked again
 * (pass them to keep the questions of a corrected mapping short).
 */
export const valueQuestions = (
  kind: ImportKind,
  sheet: Pick<SheetRead, 'headers' | 'rows' | 'rowNumbers'>,
  mapping: ColumnMapping,
  context: ImportContext,
  answers: ValueAnswers = {},
): ValueQuestion[] => {
  // Read without answers, so every value Tandem cannot match by itself is found.
  const reader = makeReader(kind, sheet.headers, context, {});
  const questions = new Map<string, ValueQuestion>();
  sheet.rows.forEach((row, i) => {
    for (const u of reader.unknownOfRow(row, mapping)) {
      const key = answerKey(u.target, u.raw);
      if (answers[key]) continue;
      let q = questions.get(key);
      if (!q) {
        q = { key, target: u.target, fields: [], raw: u.raw, count: 0, rows: [], suggestion: null, options: [] };
        questions.set(key, q);
      }
      q.count++;
      if (q.rows.length < ROWS_SHOWN) q.rows.push(sheet.rowNumbers[i] ?? i + 1);
      if (!q.fields.includes(u.field)) q.fields.push(u.field as FieldKey);
    }
  });
  const taken = new Set(context.programmes.map((p) => p.codePrefix));
  for (const a of Object.values(answers)) if (a.kind === 'createProgramme') taken.add(a.codePrefix);
  const out = [...questions.values()].sort((a, b) => a.target.localeCompare(b.target) || b.count - a.count);
  for (const q of out) {
    q.options = optionsOf(q.target, context);
    q.suggestion =
      q.target === 'programme'
        ? suggestProgramme(q.raw, context.programmes, taken)
        : suggestWord(q.target as LabelledTarget, q.raw, context);
  }
  return out;
};

/** The values a question can be answered with: the target's values, or the programmes' ids. */
export const optionsOf = (target: ValueTarget, context: Pick<ImportContext, 'programmes'>): readonly string[] =>
  target === 'programme' ? context.programmes.map((p) => p.id) : targetValues(target);

/** Whether Tandem understands a word by itself (for tests and the wizard's hints). */
export const knownWord = (target: LabelledTarget, word: string, context: ImportContext): string | undefined =>
  matchWord(target, word, context.language);
