import { describe, expect, it } from 'vitest';
import { estimateStrength, suggestPassphrase, SUGGESTED_WORD_COUNT } from './passphrase';
import { PASSPHRASE_WORDS } from './wordList';

describe('suggested passphrases', () => {
  it('come from a list of unique, plain lower-case words large enough for 5+ words to be strong', () => {
    expect(new Set(PASSPHRASE_WORDS).size).toBe(PASSPHRASE_WORDS.length);
    expect(PASSPHRASE_WORDS.length).toBeGreaterThanOrEqual(600);
    for (const w of PASSPHRASE_WORDS) expect(w).toMatch(/^[a-z]{3,10}$/);
    expect(SUGGESTED_WORD_COUNT).toBeGreaterThanOrEqual(5);
  });

  it('pick words with the random source, uniformly by rejection', () => {
    const n = PASSPHRASE_WORDS.length;
    // The first value falls in the biased top range and must be rejected; then index 0 and n-1.
    const values = [0xffff_ffff, 0, n - 1, 1, 2, 3, 4];
    const fill = (a: Uint32Array<ArrayBuffer>) => {
      a[0] = values.shift() ?? 0;
      return a;
    };
    expect(suggestPassphrase(6, fill)).toBe(
      [
        PASSPHRASE_WORDS[0],
        PASSPHRASE_WORDS[n - 1],
        PASSPHRASE_WORDS[1],
        PASSPHRASE_WORDS[2],
        PASSPHRASE_WORDS[3],
        PASSPHRASE_WORDS[4],
      ].join('-'),
    );
    const a = suggestPassphrase();
    expect(a.split('-')).toHaveLength(SUGGESTED_WORD_COUNT);
    expect(a).not.toBe(suggestPassphrase());
  });

  it('are rated strong; short, repetitive and common passphrases are not acceptable', () => {
    expect(estimateStrength(suggestPassphrase())).toMatchObject({ level: 3, acceptable: true });
    expect(estimateStrength('')).toEqual({ bits: 0, level: 0, acceptable: false });
    expect(estimateStrength('password123').acceptable).toBe(false);
    expect(estimateStrength('aaaaaaaaaaaaaaaaaaaa').acceptable).toBe(false);
    expect(estimateStrength('Ab1!').acceptable).toBe(false);
    expect(estimateStrength('Mentoring keeps 7 towns warm!').acceptable).toBe(true);
    expect(estimateStrength('tulip-ocean-maple').acceptable).toBe(false);
  });
});
