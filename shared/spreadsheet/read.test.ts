import { describe, expect, it } from 'vitest';
import {
  FINNISH_CONTACTS_CSV,
  FINNISH_EURO_CSV,
  HUNGARIAN_MENTORS_CSV,
  QUOTED_CSV,
  TAB_TEXT,
  emptyWorkbook,
  encodeSingleByte,
  encryptedWorkbookBytes,
  finnishMentorsWorkbook,
  legacyXlsBytes,
  odsBytes,
  pdfBytes,
  pngBytes,
  utf16le,
  utf8,
  workbookOf,
} from '../../tests/fixtures/spreadsheet/wild';
import { detectEncoding } from './encoding';
import { SpreadsheetError } from './errors';
import { readSpreadsheet, summarise } from './read';
import { MAX_FILE_BYTES, type ReadProgress, type SpreadsheetErrorKind } from './types';

const refusal = async (bytes: Uint8Array, name = 'file.xlsx'): Promise<SpreadsheetErrorKind> => {
  try {
    await readSpreadsheet(bytes, name);
  } catch (e) {
    if (e instanceof SpreadsheetError) return e.kind;
    throw e;
  }
  throw new Error('the file was read');
};

describe('CSV encodings', () => {
  it("reads Hungarian Excel's Windows-1250 CSV, detected from ő and ű", async () => {
    const bytes = encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250');
    expect(detectEncoding(bytes)).toBe('windows-1250');
    const sheet = await readSpreadsheet(bytes, 'mentorok.csv');
    expect(sheet).toMatchObject({
      format: 'csv',
      encoding: 'windows-1250',
      separator: ';',
      headerRow: 1,
      sheet: 'mentorok',
    });
    expect(sheet.headers).toEqual([
      'Név',
      'E-mail',
      'Telefonszám',
      'Születési év',
      'Program',
      'Státusz',
      'Belépés dátuma',
      'Nyelvek',
    ]);
    // The two trailing rows (one empty, one only separators) are dropped.
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows[1]![0]).toBe('Szőke Ödön');
    expect(sheet.rows[2]).toEqual([
      'Fűzfa Győző',
      null,
      null,
      '1990',
      'Lakhatás Először',
      'jelentkező',
      '5.3.2024',
      null,
    ]);
    expect(sheet.rowNumbers).toEqual([2, 3, 4]);
  });

  it('reads UTF-8 with and without a byte-order mark', async () => {
    for (const bytes of [utf8(HUNGARIAN_MENTORS_CSV, true), utf8(HUNGARIAN_MENTORS_CSV)]) {
      const sheet = await readSpreadsheet(bytes, 'm.csv');
      expect(sheet.encoding).toBe('utf-8');
      expect(sheet.headers[0]).toBe('Név');
      expect(sheet.rows[2]![0]).toBe('Fűzfa Győző');
    }
  });

  it('reads a Finnish Windows-1252 file and an ISO-8859-15 file with €, Š and ž', async () => {
    const w1252 = encodeSingleByte(FINNISH_CONTACTS_CSV, 'windows-1252');
    expect(detectEncoding(w1252)).toBe('windows-1252');
    const a = await readSpreadsheet(w1252, 'yhteystiedot.csv');
    expect(a.rows[1]!.slice(0, 2)).toEqual(['Öhman', 'Åsa']);

    const latin9 = encodeSingleByte(FINNISH_EURO_CSV, 'iso-8859-15');
    expect(detectEncoding(latin9)).toBe('iso-8859-15');
    const b = await readSpreadsheet(latin9, 'jasenet.csv');
    expect(b.rows[0]).toEqual(['Šmigun', 'Žaneta', 'Yhdistys ry', 'Jäsenmaksu 20 € maksettu']);
  });

  it('reads the file in the encoding chosen instead of the detected one', async () => {
    const bytes = encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250');
    const wrong = await readSpreadsheet(bytes, 'm.csv', { encoding: 'windows-1252' });
    expect(wrong.encoding).toBe('windows-1252');
    expect(wrong.rows[1]![0]).toBe('Szõke Ödön');
  });

  it('reads UTF-16 ("Unicode Text") with tabs', async () => {
    const sheet = await readSpreadsheet(utf16le(TAB_TEXT), 'export.txt');
    expect(sheet).toMatchObject({ encoding: 'utf-16le', separator: '\t' });
    expect(sheet.rows).toEqual([['Sara', 'Nieminen', 'sara@example.fi']]);
  });
});

describe('CSV shapes', () => {
  it('detects commas, keeps quoted fields with line breaks and doubled quotes, drops trailing empty rows and columns', async () => {
    const sheet = await readSpreadsheet(utf8(QUOTED_CSV), 'contacts.csv');
    expect(sheet.separator).toBe(',');
    expect(sheet.headers).toEqual(['First name', 'Last name', 'Organisation', 'Notes']);
    expect(sheet.rows).toEqual([
      ['Anna', 'Smith', 'Social Services, North', 'Prefers e-mail.\nCall only on Fridays.'],
      ['Ben', "O'Brien".replace("'", '"'), 'Police', null],
    ]);
    // The quoted line break makes one row: Ben is on the sheet's third row.
    expect(sheet.rowNumbers).toEqual([2, 3]);
  });

  it('skips title lines above the header', async () => {
    const sheet = await readSpreadsheet(
      utf8(
        [
          'Mentorlista 2024;;;',
          'Exportálva:;2024.03.05.;;',
          ';;;',
          'Név;E-mail;Telefon;Program',
          'Kovács Anna;a@example.hu;;HF',
        ].join('\r\n'),
      ),
      'lista.csv',
    );
    expect(sheet.headerRow).toBe(4);
    expect(sheet.headers).toEqual(['Név', 'E-mail', 'Telefon', 'Program']);
    expect(sheet.rows).toEqual([['Kovács Anna', 'a@example.hu', null, 'HF']]);
    expect(sheet.rowNumbers).toEqual([5]);
  });

  it('detects tabs and honours Excel\'s "sep=" line', async () => {
    expect((await readSpreadsheet(utf8(TAB_TEXT), 'a.csv')).separator).toBe('\t');
    const hinted = await readSpreadsheet(utf8('sep=,\r\nName,Note\r\nAnna;Kovács,x\r\n'), 'a.csv');
    expect(hinted.separator).toBe(',');
    expect(hinted.rows).toEqual([['Anna;Kovács', 'x']]);
  });

  it('a separator chosen by the coordinator wins', async () => {
    const sheet = await readSpreadsheet(utf8('a;b,c\n1;2,3\n'), 'a.csv', { separator: ',' });
    expect(sheet.headers).toEqual(['a;b', 'c']);
  });

  it('reads 100,000 rows with progress', async () => {
    const lines = ['Sukunimi;Etunimi;Sähköposti'];
    for (let i = 0; i < 100_000; i++) lines.push(`Virtanen${i};Aino;aino${i}@example.fi`);
    const progress: ReadProgress[] = [];
    const sheet = await readSpreadsheet(utf8(lines.join('\n')), 'big.csv', {}, (p) => progress.push(p));
    expect(sheet.rows).toHaveLength(100_000);
    expect(sheet.rows[99_999]).toEqual(['Virtanen99999', 'Aino', 'aino99999@example.fi']);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toEqual({ phase: 'parse', fraction: 1 });
    const summary = summarise(sheet);
    expect(summary.rowCount).toBe(100_000);
    expect(summary.sample).toHaveLength(20);
  });
});

describe('XLSX', () => {
  it('skips a title row and an empty sheet, folds merged group headers, gives formulas their cached values, drops a column with only an uncalculated formula', async () => {
    const sheet = await readSpreadsheet(await finnishMentorsWorkbook(), 'vertaistukijat.xlsx');
    expect(sheet).toMatchObject({
      format: 'xlsx',
      sheets: ['Ohje', 'Vertaistukijat'],
      sheet: 'Vertaistukijat',
      headerRow: 3,
    });
    expect(sheet.headers).toEqual([
      'Sukunimi',
      'Etunimi',
      'Yhteystiedot / Puhelin',
      'Yhteystiedot / Sähköposti',
      'Syntymävuosi',
      'Aloituspäivä',
      'Tila',
    ]);
    expect(sheet.rowNumbers).toEqual([5, 6]);
    expect(sheet.rows[0]).toEqual([
      'Virtanen',
      'Aino',
      '040 111 2222',
      'aino@example.fi',
      1988,
      new Date(Date.UTC(2024, 2, 5)),
      'Aktiivinen',
    ]);
  });

  it('a header merged over two columns with names under it is one header, not a header row over a row of data', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Mentorok');
    ws.getCell('A1').value = 'Név';
    ws.mergeCells('A1:B1');
    ws.getCell('C1').value = 'E-mail';
    ws.addRow(['Kovács', 'Anna', 'anna@example.hu']);
    ws.addRow(['Szabó', 'Béla', 'bela@example.hu']);
    const sheet = await readSpreadsheet(new Uint8Array(await wb.xlsx.writeBuffer()), 'm.xlsx');
    expect(sheet.headers).toEqual(['Név', 'Név', 'E-mail']);
    expect(sheet.rows.map((r) => r[0])).toEqual(['Kovács', 'Szabó']);
  });

  it('reads each kind of cell as exceljs gives it, and a cell under a merge as the merged value', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Borító');
    const ws = wb.addWorksheet('Alkalmak');
    ws.addRow(['Dátum', 'Név', 'Megjegyzés', 'Óra', 'Jelen']);
    ws.getCell('A2').value = new Date(Date.UTC(2024, 2, 5));
    ws.getCell('A2').numFmt = 'yyyy.mm.dd.';
    // One session's date merged down over its three rows of attendance.
    ws.mergeCells('A2:A4');
    ws.getCell('B2').value = { richText: [{ text: 'Kovács ' }, { font: { bold: true }, text: 'Anna' }] };
    ws.getCell('C2').value = { text: 'honlap', hyperlink: 'https://example.hu' };
    ws.getCell('D2').value = { formula: '1+1', result: 2 };
    ws.getCell('E2').value = true;
    ws.getCell('B3').value = 'Szabó Béla';
    ws.getCell('C3').value = { error: '#N/A' };
    ws.getCell('D3').value = { formula: 'DATE(2024,3,6)', result: new Date(Date.UTC(2024, 2, 6)) };
    ws.getCell('D3').numFmt = 'yyyy.mm.dd.';
    ws.getCell('E3').value = false;
    ws.getCell('B4').value = '  Tóth Eszter  ';
    // A merge across the row: the covered column reads as its master.
    ws.getCell('C4').value = 'késett';
    ws.mergeCells('C4:D4');
    ws.getCell('E4').numFmt = '0'; // styled but empty
    const sheet = await readSpreadsheet(new Uint8Array(await wb.xlsx.writeBuffer()), 'alkalmak.xlsx');
    expect(sheet.sheets).toEqual(['Borító', 'Alkalmak']);
    expect(sheet.sheet).toBe('Alkalmak');
    const day = new Date(Date.UTC(2024, 2, 5));
    expect(sheet.rows).toEqual([
      [day, 'Kovács Anna', 'honlap', 2, true],
      [day, 'Szabó Béla', '#N/A', new Date(Date.UTC(2024, 2, 6)), false],
      [day, 'Tóth Eszter', 'késett', 'késett', null],
    ]);
    expect(sheet.rowNumbers).toEqual([2, 3, 4]);
  });

  it('reads the sheet asked for, and refuses one that is not there', async () => {
    const bytes = await finnishMentorsWorkbook();
    expect((await readSpreadsheet(bytes, 'x.xlsx', { sheet: 'Vertaistukijat' })).rows).toHaveLength(2);
    await expect(readSpreadsheet(bytes, 'x.xlsx', { sheet: 'Ohje' })).rejects.toMatchObject({ kind: 'empty' });
    await expect(readSpreadsheet(bytes, 'x.xlsx', { sheet: 'Nope' })).rejects.toMatchObject({
      kind: 'sheetNotFound',
      messageKey: 'spreadsheetImport:readErrors.sheetNotFound',
      params: { sheet: 'Nope' },
    });
  });

  it('reads a workbook whatever the file is called', async () => {
    const bytes = await workbookOf([
      ['Name', 'Email'],
      ['Anna Smith', 'anna@example.org'],
    ]);
    expect((await readSpreadsheet(bytes, 'renamed.csv')).format).toBe('xlsx');
  });
});

describe('files that cannot be read get a translated refusal', () => {
  it('password-protected, corrupt, legacy, OpenDocument, not a spreadsheet, empty, too large', async () => {
    expect(await refusal(encryptedWorkbookBytes())).toBe('encrypted');
    const good = await workbookOf([['Name'], ['Anna']]);
    expect(await refusal(good.slice(0, Math.floor(good.length / 2)))).toBe('corrupt');
    expect(await refusal(legacyXlsBytes(), 'old.xls')).toBe('unsupportedFormat');
    expect(await refusal(odsBytes(), 'calc.ods')).toBe('unsupportedFormat');
    expect(await refusal(pngBytes(), 'photo.png')).toBe('notSpreadsheet');
    expect(await refusal(pdfBytes(), 'list.pdf')).toBe('notSpreadsheet');
    expect(await refusal(Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]), 'setup.exe')).toBe('notSpreadsheet');
    expect(await refusal(utf8('<!DOCTYPE html><table><tr><td>1</td></tr></table>'), 'x.xls')).toBe('notSpreadsheet');
    expect(await refusal(await emptyWorkbook())).toBe('empty');
    expect(await refusal(utf8('Name;Email\r\n'), 'header-only.csv')).toBe('empty');
    expect(await refusal(new Uint8Array(0), 'nothing.csv')).toBe('empty');
    expect(await refusal(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.csv')).toBe('tooLarge');
  });

  it('says what to do in every language', async () => {
    const err = new SpreadsheetError('tooLarge');
    expect(err.messageKey).toBe('spreadsheetImport:readErrors.tooLarge');
    expect(err.params).toEqual({ limit: 50 });
    expect(SpreadsheetError.fromData(err.toData())).toMatchObject({ kind: 'tooLarge', params: { limit: 50 } });
  });
});

describe('cells guarded against formulas', () => {
  it('takes the apostrophe off a CSV cell that a spreadsheet or Tandem kept from being a formula', async () => {
    const csv = new TextEncoder().encode(
      "Sukunimi;Etunimi;Puhelin;Muistiinpanot\r\nVirtanen;Aino;'+358 40 123 4567;'it's fine\r\n",
    );
    const sheet = await readSpreadsheet(csv, 'list.csv');
    expect(sheet.rows[0]).toEqual(['Virtanen', 'Aino', '+358 40 123 4567', "'it's fine"]);
  });
});
