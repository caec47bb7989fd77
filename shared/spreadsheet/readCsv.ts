import Papa from 'papaparse';
import { decodeText, detectEncoding } from './encoding';
import { toSheetRead, type RawRow } from './grid';
import { SpreadsheetError } from './errors';
import { CSV_SEPARATORS, type CsvSeparator, type ReadOptions, type ReadProgress, type SheetRead } from './types';

/**
 * A CSV file: its encoding detected (or chosen), Excel's `sep=;` line honoured, the separator
 * guessed among `;` `,` and tab by papaparse (from how evenly each splits the first rows),
 * quoted fields with line breaks and doubled quotes read as Excel writes them.
 */

const isSeparator = (s: string): s is CsvSeparator => (CSV_SEPARATORS as readonly string[]).includes(s);

/** The separator that splits the first lines into the same number of fields most often. */
const guessSeparator = (text: string): CsvSeparator => {
  const sample = text.slice(0, 64 * 1024);
  let best: CsvSeparator = ';';
  let bestScore = -1;
  for (const sep of CSV_SEPARATORS) {
    const parsed = Papa.parse<string[]>(sample, { delimiter: sep, preview: 30, skipEmptyLines: true });
    const counts = parsed.data.map((r) => r.length).filter((n) => n > 1);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    const [mode, times] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    // Consistency first, then how many columns (a separator that splits nothing scores nothing).
    const score = (times / parsed.data.length) * 1000 + mode;
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
};

/**
 * A cell that a spreadsheet program (or Tandem's own CSV export, renderer/lib/csv.ts) kept from
 * being read as a formula by an apostrophe in front of `= + - @`: the value is what follows it
 * ("'+36 30 555 1234" is the phone number +36 30 555 1234).
 */
export const unguardFormula = (cell: string): string => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

export const readCsv = (
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
  onProgress?: (p: ReadProgress) => void,
): SheetRead => {
  const encoding = options.encoding ?? detectEncoding(bytes);
  let text = decodeText(bytes, encoding);
  onProgress?.({ phase: 'parse', fraction: 0 });
  let hinted: CsvSeparator | undefined;
  const sepLine = /^sep=(.)\r?\n/i.exec(text);
  if (sepLine) {
    const s = sepLine[1]!;
    if (isSeparator(s)) hinted = s;
    text = text.slice(sepLine[0].length);
  }
  const separator = options.separator ?? hinted ?? guessSeparator(text);
  const rows: RawRow[] = [];
  // Line numbers as a text editor or Excel counts them: a quoted field with line breaks spans
  // several lines of the file but is one row of the sheet, so count rows, not line breaks.
  let number = 0;
  const total = text.length;
  let lastReport = 0;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result) => {
      number++;
      const cells = result.data.map((c) => {
        const t = unguardFormula(c.trim());
        return t === '' ? null : t;
      });
      if (cells.some((c) => c !== null)) rows.push({ number, cells });
      const cursor = result.meta.cursor;
      if (onProgress && cursor - lastReport > total / 50) {
        lastReport = cursor;
        onProgress({ phase: 'parse', fraction: cursor / total });
      }
    },
  });
  onProgress?.({ phase: 'parse', fraction: 1 });
  const sheet = fileName.replace(/\.[^.]+$/, '') || fileName;
  const read = toSheetRead(rows, { format: 'csv', sheets: [sheet], sheet, encoding, separator });
  if (!read || read.rows.length === 0) throw new SpreadsheetError('empty');
  return read;
};
