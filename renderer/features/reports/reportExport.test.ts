import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIGURES, type ComparedRow } from '../../../shared/reports/activity';
import { reportCsvBytes, reportXlsxBytes, type ReportMeta, type ReportTexts } from './reportExport';

const texts: ReportTexts = {
  section: (s) => `S-${s}`,
  figure: (f) => `F:${f}`,
  definition: (f) => `D:${f}`,
  detail: (r) => (r.detail && 'text' in r.detail ? r.detail.text : ''),
  fewerThan5: 'fewer than 5',
  headers: {
    section: 'Section',
    figure: 'Figure',
    detail: 'Breakdown',
    value: 'Value',
    previous: 'Previous',
    definition: 'Definition',
  },
  cover: {
    title: 'Activity report',
    organisation: 'Organisation',
    period: 'Period',
    previous: 'Compared with',
    programme: 'Programme',
    madeOn: 'Made on',
    smallHidden: 'Small numbers hidden',
  },
};
const meta: ReportMeta = {
  organisation: 'Kapocs Egyesület',
  period: '2026. 04. 01. – 2026. 06. 30.',
  previous: 'Q1',
  programme: 'All',
  madeOn: '2026-07-02',
  smallHidden: 'yes',
};
const rows: ComparedRow[] = [
  {
    id: 'newApplicants',
    section: 'mentors',
    figure: 'newApplicants',
    detail: null,
    value: 3,
    unit: 'count',
    previous: 12,
  },
  {
    id: 'trainingHours',
    section: 'training',
    figure: 'trainingHours',
    detail: null,
    value: 7.5,
    unit: 'hours',
    previous: 0,
  },
  {
    id: 'externalByOrganisation:text:=cmd',
    section: 'events',
    figure: 'externalByOrganisation',
    detail: { text: '=cmd; "x"' },
    value: 6,
    unit: 'count',
    previous: 0,
  },
];

describe('CSV', () => {
  it('opens in Excel: BOM, the language separator, CRLF, quoting, formulas neutralised, small counts hidden', () => {
    const bytes = reportCsvBytes(rows, meta, texts, true, 'hu');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Activity report');
    expect(lines[1]).toBe('Organisation;Kapocs Egyesület');
    expect(lines).toContain('S-mentors;F:newApplicants;;fewer than 5;12');
    expect(lines).toContain('S-training;F:trainingHours;;7,5;0');
    expect(lines).toContain(`S-events;F:externalByOrganisation;"'=cmd; ""x""";6;0`);
    expect(text.endsWith('\r\n')).toBe(true);
  });
  it('uses a comma in English and shows small counts when not hidden', () => {
    const text = new TextDecoder().decode(reportCsvBytes(rows, meta, texts, false, 'en').slice(3));
    expect(text).toContain('S-mentors,F:newApplicants,,3,12\r\n');
    expect(text).toContain('S-training,F:trainingHours,,7.5,0\r\n');
  });
});

describe('XLSX', () => {
  it('reads back with a cover, definitions, one sheet per section, formats and frozen headers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportXlsxBytes(rows, meta, texts, true)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Activity report',
      'S-mentors',
      'S-training',
      'S-supervision',
      'S-groups',
      'S-events',
      'S-pairings',
      'S-contacts',
      'S-mentees',
    ]);
    const cover = wb.getWorksheet('Activity report');
    expect(cover?.getCell('B2').value).toBe('Kapocs Egyesület');
    const definitions = cover?.getColumn(2).values ?? [];
    expect(definitions).toContain('D:averageClosedLength');
    expect(definitions.filter((v) => typeof v === 'string' && v.startsWith('D:')).length).toBe(
      Object.values(FIGURES).flat().length,
    );

    const mentors = wb.getWorksheet('S-mentors');
    expect(mentors?.getRow(1).values).toEqual([undefined, 'Figure', 'Breakdown', 'Value', 'Previous']);
    expect(mentors?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(mentors?.getCell('C2').value).toBe('fewer than 5');
    expect(mentors?.getCell('D2').value).toBe(12);
    expect(mentors?.getCell('D2').numFmt).toBe('0');
    const training = wb.getWorksheet('S-training');
    expect(training?.getCell('C2').value).toBe(7.5);
    expect(training?.getCell('C2').numFmt).toBe('0.00');
    expect(training?.getColumn(1).width).toBe(44);
    expect(wb.getWorksheet('S-events')?.getCell('B2').value).toBe('=cmd; "x"');
  });
});
