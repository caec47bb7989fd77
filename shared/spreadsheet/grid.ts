import { FIELDS } from './fields';
import { headerWords } from './labels';
import { headerKey } from './mapping';
import type { Cell, FieldKey, SheetRead } from './types';

/**
 * From the non-empty rows of a sheet to what the import works on: the header row found below
 * any title rows, a second header row under merged header cells folded into the first,
 * trailing empty columns and empty rows dropped, every row as wide as the header.
 */

export type RawRow = {
  /** The sheet's row number (1-based). */
  number: number;
  /** 0-based columns; holes are empty. */
  cells: Cell[];
  /** Columns whose cell is covered by a merged cell whose master is in another column of this row. */
  mergedFrom?: Map<number, number>;
  /** Columns covered by a merged cell whose master is in a row above. */
  mergedDown?: Set<number>;
};

const isEmpty = (c: Cell | undefined): boolean =>
  c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

const isTextual = (c: Cell): boolean => typeof c === 'string' && !/^[\d\s.,:/+-]+$/.test(c) && c.trim().length > 0;

/** How many of its own cells a row fills (cells covered by a merge in the same row do not count). */
const ownCount = (row: RawRow): number => {
  let n = 0;
  row.cells.forEach((c, i) => {
    if (!isEmpty(c) && !row.mergedFrom?.has(i)) n++;
  });
  return n;
};

let knownHeaders: Set<string> | null = null;
/** A header of some field of some kind, in some language. */
const isKnownHeader = (s: string): boolean => {
  if (!knownHeaders) {
    const keys = new Set<FieldKey>(Object.values(FIELDS).flatMap((fields) => fields.map((f) => f.key)));
    knownHeaders = new Set([...keys].flatMap((k) => headerWords(k).map((w) => headerKey(w.word))));
  }
  return knownHeaders.has(headerKey(s));
};

/** How many rows at the top are looked at for the header. */
const HEADER_SEARCH = 30;

/**
 * The header: the first row that fills most of the columns the table uses and is mostly text.
 * A title ("Mentors 2024", merged across the table) or a line such as "Exported: 5.3.2024"
 * above it fills one or two cells and is skipped.
 */
export const findHeader = (rows: readonly RawRow[]): number => {
  const top = rows.slice(0, HEADER_SEARCH);
  const widest = Math.max(0, ...top.map(ownCount));
  if (widest <= 1) return 0;
  const need = Math.max(2, Math.ceil(widest * 0.6));
  for (let i = 0; i < top.length; i++) {
    const row = top[i]!;
    const own = ownCount(row);
    if (own < need) continue;
    const filled = row.cells.filter((c, col) => !isEmpty(c) && !row.mergedFrom?.has(col));
    const text = filled.filter(isTextual).length;
    if (text / filled.length >= 0.6) return i;
  }
  const first = top.findIndex((r) => ownCount(r) >= need);
  return first < 0 ? 0 : first;
};

const text = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).replace(/\s+/g, ' ').trim();
};

export const toSheetRead = (
  rawRows: readonly RawRow[],
  meta: Pick<SheetRead, 'format' | 'sheets' | 'sheet' | 'encoding' | 'separator'>,
): SheetRead | null => {
  const rows = rawRows.filter((r) => r.cells.some((c) => !isEmpty(c)));
  if (rows.length === 0) return null;
  const h = findHeader(rows);
  const header = rows[h]!;
  let headers = header.cells.map(text);
  let firstData = h + 1;

  // Merged header cells: a group title spanning columns ("Contact" over "Phone" and "E-mail")
  // with the names of its columns in the row below. The two rows make one header.
  const sub = rows[h + 1];
  const spans = header.mergedFrom && header.mergedFrom.size > 0;
  if (sub && spans && sub.number === header.number + 1) {
    const spanned = new Set<number>();
    for (const [col, master] of header.mergedFrom!) spanned.add(col).add(master);
    const subText = [...spanned].filter((c) => !isEmpty(sub.cells[c]));
    const subAllText = sub.cells.every((c) => isEmpty(c) || isTextual(c));
    // Column names, not a first row of data under a header merged over two columns ("Név" over
    // "Kovács" and "Anna"): some of them are words Tandem knows as headers.
    const named = subText.filter((c) => isKnownHeader(text(sub.cells[c]))).length;
    if (subText.length >= spanned.size / 2 && subAllText && named > 0) {
      const width = Math.max(headers.length, sub.cells.length);
      headers = Array.from({ length: width }, (_, col) => {
        const parent = text(header.cells[col]);
        const child = sub.mergedDown?.has(col) ? '' : text(sub.cells[col]);
        if (!child) return parent;
        return spanned.has(col) && parent && parent !== child ? `${parent} / ${child}` : child;
      });
      firstData = h + 2;
    }
  }

  const data = rows.slice(firstData);
  let width = headers.length;
  while (width > 0 && headers[width - 1] === '') width--;
  for (const r of data) {
    let w = r.cells.length;
    while (w > width && isEmpty(r.cells[w - 1])) w--;
    if (w > width) width = w;
  }
  headers = Array.from({ length: width }, (_, i) => headers[i] ?? '');

  const out: Cell[][] = [];
  const numbers: number[] = [];
  for (const r of data) {
    const cells = Array.from({ length: width }, (_, i) => {
      const c = r.cells[i];
      return c === undefined || isEmpty(c) ? null : c;
    });
    if (cells.every((c) => c === null)) continue;
    out.push(cells);
    numbers.push(r.number);
  }
  return { ...meta, headerRow: header.number, headers, rows: out, rowNumbers: numbers };
};
