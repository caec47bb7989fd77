import type { Language } from '../../shared/domain/base';

/**
 * CSV that opens correctly in Excel on the coordinator's PC: UTF-8 with a byte-order mark (else
 * Excel reads "Kovács" as "KovÃ¡cs"), the separator Excel expects for the locale (`;` where the
 * decimal mark is a comma — Hungarian, Finnish — `,` in English), numbers with the locale's
 * decimal mark and no grouping, CRLF line ends, RFC 4180 quoting.
 */

export type CsvCell = string | number | boolean | null | undefined;

const SEPARATOR: Record<Language, ',' | ';'> = { en: ',', hu: ';', fi: ';', 'sr-Latn': ';', 'sr-Cyrl': ';' };
const DECIMAL: Record<Language, '.' | ','> = { en: '.', hu: ',', fi: ',', 'sr-Latn': ',', 'sr-Cyrl': ',' };

export const csvSeparatorFor = (lng: Language): ',' | ';' => SEPARATOR[lng];

/** `Number.toString` without exponent or grouping, with the locale's decimal mark. */
const formatNumber = (n: number, lng: Language): string => {
  if (!Number.isFinite(n)) return '';
  const plain = Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
  return plain.replace('.', DECIMAL[lng]);
};

/**
 * A text cell that starts like a formula (= + - @, tab, CR) is prefixed with an apostrophe so
 * that a spreadsheet shows it as text instead of running it (CSV injection): the data comes from
 * typed names and notes.
 */
const neutraliseFormula = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export const csvCell = (value: CsvCell, lng: Language): string => {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number'
      ? formatNumber(value, lng)
      : typeof value === 'boolean'
        ? String(value)
        : neutraliseFormula(value);
  const sep = SEPARATOR[lng];
  return text.includes(sep) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The CSV text, without the byte-order mark. Every line ends with CRLF. */
export const toCsv = (rows: readonly (readonly CsvCell[])[], lng: Language): string =>
  rows.map((row) => row.map((cell) => csvCell(cell, lng)).join(SEPARATOR[lng]) + '\r\n').join('');

/** The bytes of a CSV file: UTF-8 byte-order mark + `toCsv`. */
export const csvBytes = (rows: readonly (readonly CsvCell[])[], lng: Language): Uint8Array =>
  new TextEncoder().encode('\uFEFF' + toCsv(rows, lng));
