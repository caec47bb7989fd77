import { describe, expect, it } from 'vitest';
import { cellText, firstValues } from './cellText';

describe('cellText', () => {
  it('writes a read date as the day it is, in the language', () => {
    const day = new Date(Date.UTC(2024, 2, 5));
    expect(cellText(day, 'hu')).toBe('2024. 03. 05.');
    expect(cellText(day, 'fi')).toBe('05.03.2024');
  });

  it('writes numbers with the language decimal sign, and yes/no in words', () => {
    expect(cellText(1.5, 'hu')).toBe('1,5');
    expect(cellText(1.5, 'en')).toBe('1.5');
    expect(cellText(true, 'en')).toBe('Yes');
    expect(cellText(null, 'en')).toBe('');
    expect(cellText('Kovács', 'en')).toBe('Kovács');
  });

  it('takes the first non-empty values of a column', () => {
    const sample = [
      ['a', null],
      ['', 'x'],
      ['b', 'y'],
      ['c', null],
      ['d', null],
    ];
    expect(firstValues(sample, 0, 'en')).toEqual(['a', 'b', 'c']);
    expect(firstValues(sample, 1, 'en', 5)).toEqual(['x', 'y']);
    expect(firstValues(sample, 7, 'en')).toEqual([]);
  });
});
