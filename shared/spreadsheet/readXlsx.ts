import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { toSheetRead, type RawRow } from './grid';
import { SpreadsheetError } from './errors';
import type { Cell, ReadOptions, ReadProgress, SheetRead } from './types';

/**
 * An XLSX workbook through exceljs. Formulas give their cached results (what Excel showed when
 * the file was saved), never evaluated here; rich text and hyperlinks give their text; error
 * values (#N/A) their code. A cell covered by a merged cell reads as the merged cell's value,
 * so a date merged down the rows of a session belongs to each row.
 */

/** exceljs's value of a merged-away cell (ValueType.Merge): it reports its master's value. */
const MERGE_TYPE = 1;

const fromValue = (v: CellValue | undefined): Cell => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if ('formula' in v || 'sharedFormula' in v) return fromValue((v as { result?: CellValue }).result);
  if ('richText' in v) return fromValue(v.richText.map((r) => r.text).join(''));
  if ('hyperlink' in v) return fromValue((v as { text?: CellValue }).text);
  if ('error' in v) return String(v.error);
  return null;
};

const IGNORED_NODES = [
  'sheetPr',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'conditionalFormatting',
  'extLst',
  'tableParts',
];

/**
 * Loads exceljs's code (about a megabyte to fetch, parse and compile) ahead of the first file, so
 * a worker started while the coordinator is still choosing the file reads it at once.
 */
export const warmXlsx = async (): Promise<void> => {
  await import('exceljs');
};

export const loadWorkbook = async (bytes: Uint8Array): Promise<Workbook> => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer; an ArrayBuffer is what it reads in the browser.
    await workbook.xlsx.load(
      bytes.slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0],
      {
        // What a sheet holds beside its cells and merges is not read (a hyperlink's text is its cell's value).
        ignoreNodes: IGNORED_NODES,
      } as Parameters<typeof workbook.xlsx.load>[1],
    );
  } catch {
    throw new SpreadsheetError('corrupt');
  }
  return workbook;
};

const rawRows = (ws: Worksheet, onRow?: (n: number) => void): RawRow[] => {
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    let mergedFrom: Map<number, number> | undefined;
    let mergedDown: Set<number> | undefined;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = fromValue(cell.value);
      if (cell.type === MERGE_TYPE && cell.master) {
        const master = cell.master;
        if (master.row === cell.row) (mergedFrom ??= new Map()).set(col - 1, Number(master.col) - 1);
        else (mergedDown ??= new Set()).add(col - 1);
      }
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows.push({ number, cells, ...(mergedFrom ? { mergedFrom } : {}), ...(mergedDown ? { mergedDown } : {}) });
    onRow?.(number);
  });
  return rows;
};

export const readXlsx = async (
  bytes: Uint8Array,
  options: ReadOptions,
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetRead> => {
  onProgress?.({ phase: 'read', fraction: 0 });
  const workbook = await loadWorkbook(bytes);
  const sheets = workbook.worksheets.map((ws) => ws.name);
  if (sheets.length === 0) throw new SpreadsheetError('empty');
  onProgress?.({ phase: 'parse', fraction: 0 });
  const readSheet = (ws: Worksheet): SheetRead | null => {
    const total = Math.max(1, ws.rowCount);
    let last = 0;
    const rows = rawRows(ws, (n) => {
      if (onProgress && n - last > total / 50) {
        last = n;
        onProgress({ phase: 'parse', fraction: n / total });
      }
    });
    return toSheetRead(rows, { format: 'xlsx', sheets, sheet: ws.name, encoding: null, separator: null });
  };
  if (options.sheet !== undefined) {
    const ws = workbook.worksheets.find((w) => w.name === options.sheet);
    if (!ws) throw new SpreadsheetError('sheetNotFound', { sheet: options.sheet });
    const read = readSheet(ws);
    if (!read || read.rows.length === 0) throw new SpreadsheetError('empty');
    return read;
  }
  // The first sheet with rows under its header (a cover sheet or an empty "Sheet1" is passed over).
  for (const ws of workbook.worksheets) {
    if (ws.actualRowCount === 0) continue;
    const read = readSheet(ws);
    if (read && read.rows.length > 0) return read;
  }
  throw new SpreadsheetError('empty');
};
