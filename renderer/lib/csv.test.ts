import { describe, expect, it } from 'vitest';
import { csvBytes, csvCell, csvSeparatorFor, toCsv } from './csv';

describe('csv', () => {
  it('uses the separator Excel expects for the language', () => {
    expect(csvSeparatorFor('en')).toBe(',');
    expect(csvSeparatorFor('hu')).toBe(';');
    expect(csvSeparatorFor('fi')).toBe(';');
    expect(toCsv([['a', 'b']], 'en')).toBe('a,b\r\n');
    expect(toCsv([['a', 'b']], 'hu')).toBe('a;b\r\n');
  });

  it('writes numbers with the locale decimal mark and no grouping', () => {
    expect(toCsv([[1.5, 12000, 0, -2]], 'en')).toBe('1.5,12000,0,-2\r\n');
    expect(toCsv([[1.5, 12000]], 'fi')).toBe('1,5;12000\r\n');
    expect(csvCell(0.1 + 0.2, 'hu')).toBe('0,3');
    expect(csvCell(Number.NaN, 'en')).toBe('');
  });

  it('quotes cells holding the separator, quotes, line breaks or edge spaces', () => {
    expect(csvCell('Kovács, Anna', 'en')).toBe('"Kovács, Anna"');
    expect(csvCell('Kovács, Anna', 'hu')).toBe('Kovács, Anna');
    expect(csvCell('Kovács; Anna', 'hu')).toBe('"Kovács; Anna"');
    expect(csvCell('say "hi"', 'en')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', 'en')).toBe('"two\nlines"');
    expect(csvCell('cr\r', 'fi')).toBe('"cr\r"');
    expect(csvCell(' padded', 'en')).toBe('" padded"');
    expect(csvCell(null, 'en')).toBe('');
    expect(csvCell(undefined, 'en')).toBe('');
    expect(csvCell(true, 'en')).toBe('true');
  });

  it('keeps formulas from running (CSV injection)', () => {
    expect(csvCell('=HYPERLINK("x")', 'hu')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+36 1 234', 'en')).toBe("'+36 1 234");
    expect(csvCell('@home', 'en')).toBe("'@home");
    expect(csvCell(-3, 'en')).toBe('-3');
  });

  it('ends every line with CRLF and starts the bytes with the UTF-8 BOM', () => {
    const bytes = csvBytes(
      [
        ['Név', 'Óra'],
        ['Kovács Ádám', 2.5],
      ],
      'hu',
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFFNév;Óra\r\nKovács Ádám;2,5\r\n');
  });

  it('writes an empty file for no rows (still with the BOM)', () => {
    expect(toCsv([], 'en')).toBe('');
    expect(csvBytes([], 'en')).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
