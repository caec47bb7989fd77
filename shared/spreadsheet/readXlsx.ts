import type { CellValue } from 'exceljs';
import { toSheetRead, type RawRow } from './grid';
import { SpreadsheetError } from './errors';
import type { Cell, ReadOptions, ReadProgress, SheetRead } from './types';

/**
 * An XLSX workbook through exceljs. Formulas give their cached results (what Excel showed when
 * the file was saved), never evaluated here; rich text and hyperlinks give their text; error
 * values (#N/A) their code. A cell covered by a merged cell reads as the merged cell's value,
 * so a date merged down the rows of a session belongs to each row.
 */

/** exceljs's cell types (Enums.ValueType) that the reading below tells apart. */
const FORMULA_TYPE = 6;

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

/**
 * What exceljs's loader makes of a worksheet (its model, after it has put in the shared strings
 * and turned date-formatted numbers into Dates), as far as the reading below uses it.
 */
type CellModel = {
  address?: string;
  type: number;
  value?: unknown;
  text?: unknown;
  result?: unknown;
};
type WorksheetModel = {
  id: number;
  name: string;
  rows?: { number: number; cells?: CellModel[] }[];
  mergeCells?: string[];
};
type WorkbookModel = { worksheets?: WorksheetModel[]; sheets?: { id: number }[] };

/**
 * Loads the workbook's model. exceljs's loader unzips the file, parses its XML and reconciles
 * the cells (shared strings, dates, merges listed); the last step, building a Worksheet with a
 * Row and a Cell object for every cell from that model, is left out: the cells are read from the
 * model itself (a 10,000-row sheet has a quarter of a million of them).
 */
const loadModel = async (bytes: Uint8Array): Promise<WorkbookModel> => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  let model: WorkbookModel | undefined;
  // The loader ends with `workbook.model = model`: this workbook keeps the model as it is.
  Object.defineProperty(workbook, 'model', {
    configurable: true,
    get: () => model,
    set: (m: WorkbookModel) => {
      model = m;
    },
  });
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
  if (!model) throw new SpreadsheetError('corrupt');
  return model;
};

/** The sheets in the workbook's order (exceljs's `workbook.worksheets`). */
const sheetsOf = (model: WorkbookModel): WorksheetModel[] => {
  const order = (ws: WorksheetModel) => (model.sheets ?? []).findIndex((s) => s.id === ws.id);
  return (model.worksheets ?? [])
    .filter((ws): ws is WorksheetModel => Boolean(ws) && ws.id > 0)
    .map((ws) => ({ ws, at: order(ws) }))
    .sort((a, b) => a.at - b.at)
    .map(({ ws }) => ws);
};

/** A column's letters (`AB`) as its 1-based number, or 0 for what is not an address. */
const columnNumber = (address: string): number => {
  let col = 0;
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i) | 0x20; // lower case
    if (c >= 0x61 && c <= 0x7a) col = col * 26 + (c - 0x60);
    else if (c !== 0x24 /* $ */) break;
  }
  return col;
};

/** A cell model's value as exceljs's `cell.value` gives it. */
const valueOf = (c: CellModel): CellValue | undefined => {
  if (c.type === FORMULA_TYPE) {
    // exceljs's formula value keeps the result only when it is truthy.
    const result = c.result as CellValue | undefined;
    return { formula: '', result: result || undefined } as CellValue;
  }
  if ('hyperlink' in c) return { text: c.text, hyperlink: '' } as CellValue;
  return c.value as CellValue | undefined;
};

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/**
 * The rows of a sheet with their values, as exceljs's `eachRow`/`eachCell` (without empties) give
 * them: a cell covered by a merged cell reads as the merge's master, whatever it held itself.
 */
const rawRows = (ws: WorksheetModel, onRow?: (n: number, last: number) => void): RawRow[] => {
  const byNumber = new Map<number, RawRow>();
  const rowOf = (number: number): RawRow => {
    let row = byNumber.get(number);
    if (!row) byNumber.set(number, (row = { number, cells: [] }));
    return row;
  };
  for (const r of ws.rows ?? []) {
    if (!r || !r.cells || r.cells.length === 0) continue;
    let row: RawRow | undefined;
    let previous = 0;
    for (const c of r.cells) {
      // A cell written without its address is the one after the previous cell.
      const col = c.address ? columnNumber(c.address) : previous + 1;
      previous = col;
      if (col <= 0 || c.type === 0) continue;
      row ??= rowOf(r.number);
      row.cells[col - 1] = fromValue(valueOf(c));
    }
  }

  const covered = new Set<string>();
  for (const range of ws.mergeCells ?? []) {
    const m = RANGE.exec(range);
    if (!m) continue;
    const c1 = columnNumber(m[1]!);
    const r1 = Number(m[2]);
    const c2 = m[3] ? columnNumber(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    const [top, bottom, left, right] = [Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2)];
    // exceljs refuses to load a sheet whose merged cells overlap.
    for (let i = top; i <= bottom; i++)
      for (let j = left; j <= right; j++) {
        const key = `${i}:${j}`;
        if (covered.has(key)) throw new SpreadsheetError('corrupt');
        covered.add(key);
      }
    const master = byNumber.get(top)?.cells[left - 1] ?? null;
    for (let i = top; i <= bottom; i++) {
      const row = rowOf(i);
      for (let j = left; j <= right; j++) {
        if (i === top && j === left) continue;
        row.cells[j - 1] = master;
        if (i === top) (row.mergedFrom ??= new Map()).set(j - 1, left - 1);
        else (row.mergedDown ??= new Set()).add(j - 1);
      }
    }
  }

  const rows = [...byNumber.values()].sort((a, b) => a.number - b.number);
  const last = rows.length > 0 ? rows[rows.length - 1]!.number : 0;
  for (const row of rows) {
    const { cells } = row;
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    onRow?.(row.number, last);
  }
  return rows;
};

export const readXlsx = async (
  bytes: Uint8Array,
  options: ReadOptions,
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetRead> => {
  onProgress?.({ phase: 'read', fraction: 0 });
  const worksheets = sheetsOf(await loadModel(bytes));
  const sheets = worksheets.map((ws) => ws.name);
  if (sheets.length === 0) throw new SpreadsheetError('empty');
  onProgress?.({ phase: 'parse', fraction: 0 });
  const readSheet = (ws: WorksheetModel): SheetRead | null => {
    let last = 0;
    const rows = rawRows(ws, (n, lastRow) => {
      const total = Math.max(1, lastRow);
      if (onProgress && n - last > total / 50) {
        last = n;
        onProgress({ phase: 'parse', fraction: n / total });
      }
    });
    return toSheetRead(rows, { format: 'xlsx', sheets, sheet: ws.name, encoding: null, separator: null });
  };
  if (options.sheet !== undefined) {
    const ws = worksheets.find((w) => w.name === options.sheet);
    if (!ws) throw new SpreadsheetError('sheetNotFound', { sheet: options.sheet });
    const read = readSheet(ws);
    if (!read || read.rows.length === 0) throw new SpreadsheetError('empty');
    return read;
  }
  // The first sheet with rows under its header (a cover sheet or an empty "Sheet1" is passed over).
  for (const ws of worksheets) {
    const read = readSheet(ws);
    if (read && read.rows.length > 0) return read;
  }
  throw new SpreadsheetError('empty');
};
