import { csvBytes, type CsvCell } from '../../lib/csv';
import type { Language } from '../../../shared/domain/base';
import {
  FIGURES,
  REPORT_SECTIONS,
  isSmallCount,
  type ComparedRow,
  type FigureKey,
  type ReportRow,
  type ReportSection,
} from '../../../shared/reports/activity';

/**
 * The report as files: XLSX (a cover sheet with the organisation, the period, the programme, the
 * date it was made and every figure's definition; one sheet per section) and CSV for Excel
 * (through `lib/csv.ts`: BOM, the language's separator, CRLF, formulas neutralised). The words
 * come in through `ReportTexts`, so the same definitions serve the screen, the files and paper.
 */

export type ReportTexts = {
  section: (s: ReportSection) => string;
  figure: (f: FigureKey) => string;
  definition: (f: FigureKey) => string;
  /** A breakdown's label ('' for a figure without one). */
  detail: (row: ReportRow) => string;
  /** What a hidden small count shows ("fewer than 5"). */
  fewerThan5: string;
  headers: { section: string; figure: string; detail: string; value: string; previous: string; definition: string };
  cover: {
    title: string;
    organisation: string;
    period: string;
    previous: string;
    programme: string;
    madeOn: string;
    smallHidden: string;
  };
};

export type ReportMeta = {
  organisation: string;
  /** Already formatted for the language ("1 Apr 2026 – 30 Jun 2026"). */
  period: string;
  previous: string;
  programme: string;
  madeOn: string;
  smallHidden: string;
};

/** A figure's value as reported: the number, or the "fewer than 5" text when hidden. */
export const shownValue = (
  value: number,
  unit: ReportRow['unit'],
  hideSmall: boolean,
  texts: Pick<ReportTexts, 'fewerThan5'>,
): number | string => (hideSmall && isSmallCount({ unit, value }) ? texts.fewerThan5 : value);

const coverRows = (meta: ReportMeta, texts: ReportTexts): [string, string][] => [
  [texts.cover.organisation, meta.organisation],
  [texts.cover.period, meta.period],
  [texts.cover.previous, meta.previous],
  [texts.cover.programme, meta.programme],
  [texts.cover.madeOn, meta.madeOn],
  [texts.cover.smallHidden, meta.smallHidden],
];

/** The CSV's rows: the cover lines, a blank line, then one line per figure. */
export const reportCsvRows = (
  rows: readonly ComparedRow[],
  meta: ReportMeta,
  texts: ReportTexts,
  hideSmall: boolean,
): CsvCell[][] => [
  [texts.cover.title],
  ...coverRows(meta, texts),
  [],
  [texts.headers.section, texts.headers.figure, texts.headers.detail, texts.headers.value, texts.headers.previous],
  ...rows.map((r) => [
    texts.section(r.section),
    texts.figure(r.figure),
    texts.detail(r),
    shownValue(r.value, r.unit, hideSmall, texts),
    shownValue(r.previous, r.unit, hideSmall, texts),
  ]),
];

export const reportCsvBytes = (
  rows: readonly ComparedRow[],
  meta: ReportMeta,
  texts: ReportTexts,
  hideSmall: boolean,
  lng: Language,
): Uint8Array => csvBytes(reportCsvRows(rows, meta, texts, hideSmall), lng);

const NUMBER_FORMAT: Record<ReportRow['unit'], string> = {
  count: '0',
  hours: '0.00',
  days: '0.0',
  score: '0.00',
  percent: '0.0',
};

/** Sheet names: at most 31 characters, none of `[]:*?/\`. */
const sheetName = (s: string): string => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export const reportXlsxBytes = async (
  rows: readonly ComparedRow[],
  meta: ReportMeta,
  texts: ReportTexts,
  hideSmall: boolean,
): Promise<Uint8Array> => {
  // Loaded on first export: exceljs is large, and the screen and paper never need it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tandem';
  wb.created = new Date();

  const cover = wb.addWorksheet(sheetName(texts.cover.title));
  cover.columns = [{ width: 34 }, { width: 90 }];
  cover.addRow([texts.cover.title]).font = { bold: true, size: 14 };
  for (const line of coverRows(meta, texts)) cover.addRow(line).getCell(1).font = { bold: true };
  cover.addRow([]);
  const defHeader = cover.addRow([texts.headers.figure, texts.headers.definition]);
  defHeader.font = { bold: true };
  for (const section of REPORT_SECTIONS)
    for (const figure of FIGURES[section])
      cover.addRow([texts.figure(figure), texts.definition(figure)]).getCell(2).alignment = { wrapText: true };

  for (const section of REPORT_SECTIONS) {
    const ws = wb.addWorksheet(sheetName(texts.section(section)), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [{ width: 44 }, { width: 36 }, { width: 14 }, { width: 18 }];
    ws.addRow([texts.headers.figure, texts.headers.detail, texts.headers.value, texts.headers.previous]).font = {
      bold: true,
    };
    for (const r of rows.filter((row) => row.section === section)) {
      const added = ws.addRow([
        texts.figure(r.figure),
        texts.detail(r),
        shownValue(r.value, r.unit, hideSmall, texts),
        shownValue(r.previous, r.unit, hideSmall, texts),
      ]);
      for (const col of [3, 4]) {
        const cell = added.getCell(col);
        if (typeof cell.value === 'number') cell.numFmt = NUMBER_FORMAT[r.unit];
        else cell.alignment = { horizontal: 'right' };
      }
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
