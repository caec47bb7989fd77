import { PASSPHRASE_WORDS } from './wordList';

/**
 * Passphrase suggestion and a strength estimate for the meter. A backup on a lost USB stick
 * is attacked offline, so the passphrase is the only protection: we propose random words
 * (easy to write down and type) and estimate typed ones conservatively.
 */

export const SUGGESTED_WORD_COUNT = 6;
/** Shorter passphrases are refused whatever their estimate. */
export const MIN_PASSPHRASE_LENGTH = 10;
/** Bits below which the export button stays disabled. */
export const MIN_ACCEPTABLE_BITS = 45;

type RandomFill = (array: Uint32Array<ArrayBuffer>) => Uint32Array<ArrayBuffer>;
const defaultFill: RandomFill = (a) => crypto.getRandomValues(a);

/** A uniform index in [0, n): rejection sampling, so no word is likelier than another. */
const uniformIndex = (n: number, fill: RandomFill): number => {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    const v = fill(buf)[0] as number;
    if (v < limit) return v % n;
  }
};

export const suggestPassphrase = (count = SUGGESTED_WORD_COUNT, fill: RandomFill = defaultFill): string => {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(PASSPHRASE_WORDS[uniformIndex(PASSPHRASE_WORDS.length, fill)] as string);
  return words.join('-');
};

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;
export type PassphraseStrength = { bits: number; level: StrengthLevel; acceptable: boolean };

const COMMON = [
  'password',
  'passw0rd',
  'qwerty',
  'asdf',
  '12345',
  'letmein',
  'welcome',
  'admin',
  'tandem',
  'jelszo',
  'salasana',
  'backup',
];
const WORD_SET = new Set(PASSPHRASE_WORDS);

const levelOf = (bits: number): StrengthLevel => (bits < 28 ? 0 : bits < 45 ? 1 : bits < 56 ? 2 : bits < 70 ? 3 : 4);

export const estimateStrength = (passphrase: string): PassphraseStrength => {
  const p = passphrase.normalize('NFC');
  if (p.length === 0) return { bits: 0, level: 0, acceptable: false };
  let bits: number;
  const words = p
    .toLowerCase()
    .split(/[\s\-_.,]+/)
    .filter(Boolean);
  if (words.length >= 3 && words.every((w) => WORD_SET.has(w))) {
    // Words from our list: count only the choice of words, the separators add nothing.
    bits = words.length * Math.log2(PASSPHRASE_WORDS.length);
  } else {
    let pool = 0;
    if (/[a-z]/.test(p)) pool += 26;
    if (/[A-Z]/.test(p)) pool += 26;
    if (/[0-9]/.test(p)) pool += 10;
    if (/[^A-Za-z0-9]/.test(p)) pool += 33;
    const chars = [...p];
    const unique = new Set(chars).size;
    // Repeated characters and runs carry little: count effective length by variety.
    const effectiveLength = Math.min(chars.length, unique * 2);
    // Human-chosen text is far from random: take about 60% of the naive estimate.
    bits = effectiveLength * Math.log2(Math.max(pool, 2)) * 0.6;
    const lower = p.toLowerCase();
    if (COMMON.some((c) => lower.includes(c))) bits -= 20;
  }
  bits = Math.max(0, Math.round(bits));
  return { bits, level: levelOf(bits), acceptable: p.length >= MIN_PASSPHRASE_LENGTH && bits >= MIN_ACCEPTABLE_BITS };
};
