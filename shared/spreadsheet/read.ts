import { looksUtf16le } from './encoding';
import { SpreadsheetError } from './errors';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import {
  MAX_FILE_BYTES,
  SAMPLE_ROWS,
  type ReadOptions,
  type ReadProgress,
  type SheetRead,
  type SheetSummary,
} from './types';

/**
 * Reads a spreadsheet file: what it is is decided by its bytes, not its name (a CSV saved as
 * ".xls", an .xlsx renamed ".csv" both happen). Refusals are SpreadsheetErrors with a
 * translated message; nothing else is thrown for a bad file.
 */

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary: an old .xls, or an encrypted (password-protected) .xlsx. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const BINARY_SIGNATURES = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
];

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, i) => b[i] === x);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const utf16 = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

const contains = (b: Uint8Array, needle: readonly number[]): boolean => {
  const first = needle[0]!;
  outer: for (let i = b.indexOf(first); i >= 0 && i <= b.length - needle.length; i = b.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

export type FileKind = 'xlsx' | 'csv';

/** What the bytes are, or the refusal. */
export const sniff = (bytes: Uint8Array): FileKind => {
  if (bytes.length > MAX_FILE_BYTES) throw new SpreadsheetError('tooLarge');
  if (bytes.length === 0) throw new SpreadsheetError('empty');
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
    if (contains(bytes, ascii('xl/workbook'))) return 'xlsx';
    if (contains(bytes, ascii('opendocument.spreadsheet'))) throw new SpreadsheetError('unsupportedFormat');
    // A zip without a workbook: a Word document, a folder of files — or a damaged workbook.
    if (contains(bytes, ascii('[Content_Types].xml')) && !contains(bytes, ascii('word/')))
      throw new SpreadsheetError('corrupt');
    throw new SpreadsheetError('notSpreadsheet');
  }
  if (startsWith(bytes, CFB)) {
    if (contains(bytes, utf16('EncryptionInfo')) || contains(bytes, utf16('EncryptedPackage')))
      throw new SpreadsheetError('encrypted');
    if (contains(bytes, utf16('Workbook')) || contains(bytes, utf16('Book')))
      throw new SpreadsheetError('unsupportedFormat');
    throw new SpreadsheetError('notSpreadsheet');
  }
  if (BINARY_SIGNATURES.some((sig) => startsWith(bytes, sig))) throw new SpreadsheetError('notSpreadsheet');
  // Text: UTF-16 has a zero in every other byte; any other text has none.
  const head = bytes.subarray(0, 64 * 1024);
  const utf16Text = (head[0] === 0xff && head[1] === 0xfe) || looksUtf16le(head);
  if (!utf16Text && head.includes(0)) throw new SpreadsheetError('notSpreadsheet');
  // An HTML or XML page (some web tools save a table as ".xls"): not a spreadsheet Tandem reads.
  const start = new TextDecoder('utf-8')
    .decode(head.subarray(0, 512))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (!utf16Text && /^<(!doctype|html|\?xml|table)/i.test(start)) throw new SpreadsheetError('notSpreadsheet');
  return 'csv';
};

/** Reads the file (see ReadOptions); throws a SpreadsheetError for what cannot be read. */
export const readSpreadsheet = async (
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetRead> => {
  const kind = sniff(bytes);
  return kind === 'xlsx' ? readXlsx(bytes, options, onProgress) : readCsv(bytes, fileName, options, onProgress);
};

/** A sheet without its rows but with the first few, for the page. */
export const summarise = (sheet: SheetRead): SheetSummary => {
  const { rows, rowNumbers, ...rest } = sheet;
  return {
    ...rest,
    rowCount: rows.length,
    sample: rows.slice(0, SAMPLE_ROWS),
    sampleRowNumbers: rowNumbers.slice(0, SAMPLE_ROWS),
  };
};
