import { describe, expect, it } from 'vitest';
import { formatNumberText, parseNumberText, sameNumber } from './numberText';

describe('parseNumberText', () => {
  it('reads the language’s decimal separator, and the other one where it cannot group thousands', () => {
    expect(parseNumberText('1.5', 'en')).toBe(1.5);
    expect(parseNumberText('1,5', 'en')).toBe(1.5);
    expect(parseNumberText('1,5', 'hu')).toBe(1.5);
    expect(parseNumberText('1.5', 'hu')).toBe(1.5);
    expect(parseNumberText('2,25', 'fi')).toBe(2.25);
    expect(parseNumberText('0.5', 'fi')).toBe(0.5);
    // "1,500" in English may be fifteen hundred: not guessed.
    expect(parseNumberText('1,500', 'en')).toBeNaN();
    expect(parseNumberText('1.500', 'en')).toBe(1.5);
    expect(parseNumberText('1,500', 'hu')).toBe(1.5);
    // Serbian groups with "." (1.234,5): "1.500" is not guessed either, "1,5" and "1.5" are.
    expect(parseNumberText('1.500', 'sr-Latn')).toBeNaN();
    expect(parseNumberText('1,500', 'sr-Cyrl')).toBe(1.5);
    expect(parseNumberText('1.5', 'sr-Latn')).toBe(1.5);
  });

  it('gives null for empty text and NaN for text that is not a number, never 0', () => {
    expect(parseNumberText('', 'en')).toBeNull();
    expect(parseNumberText('  ', 'hu')).toBeNull();
    for (const text of ['-', '.', ',', '1.2.3', '1,5,', 'abc', '1e3', '--1'])
      expect(parseNumberText(text, 'en'), text).toBeNaN();
  });

  it('reads half-typed numbers as the number so far', () => {
    expect(parseNumberText('1.', 'en')).toBe(1);
    expect(parseNumberText('1,', 'hu')).toBe(1);
    expect(parseNumberText('.5', 'en')).toBe(0.5);
    expect(parseNumberText('05', 'en')).toBe(5);
  });

  it('reads what Intl writes: grouping spaces and the Unicode minus', () => {
    expect(parseNumberText('1\u00a0234,5', 'hu')).toBe(1234.5);
    expect(parseNumberText('\u22122,5', 'fi')).toBe(-2.5);
    expect(parseNumberText('-3', 'en')).toBe(-3);
  });
});

describe('formatNumberText', () => {
  it('writes the language’s separator, no grouping, at most the decimals asked for', () => {
    expect(formatNumberText(1.5, 'en')).toBe('1.5');
    expect(formatNumberText(1.5, 'hu')).toBe('1,5');
    expect(formatNumberText(1.5, 'fi')).toBe('1,5');
    expect(formatNumberText(2026, 'en')).toBe('2026');
    expect(formatNumberText(12345.678, 'hu', 2)).toBe('12345,68');
    expect(formatNumberText(-2.5, 'fi')).toBe('-2,5');
    expect(formatNumberText(null, 'en')).toBe('');
    expect(formatNumberText(Number.NaN, 'en')).toBe('');
  });

  it('round-trips through parseNumberText in every language', () => {
    for (const lng of ['en', 'hu', 'fi'] as const)
      for (const n of [0, 0.25, 1.5, 24, 2026, -7.75]) expect(parseNumberText(formatNumberText(n, lng), lng)).toBe(n);
  });
});

describe('sameNumber', () => {
  it('treats null, undefined and NaN as the same "no number", and 0 as a number', () => {
    expect(sameNumber(null, Number.NaN)).toBe(true);
    expect(sameNumber(undefined, null)).toBe(true);
    expect(sameNumber(0, null)).toBe(false);
    expect(sameNumber(1.5, 1.5)).toBe(true);
    expect(sameNumber(1, 10)).toBe(false);
  });
});
