import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { ImportWizardPage, livePeople } from './pages/ImportWizardPage';
import { MentorsListPage } from './pages/MentorsListPage';
import { tr } from './pages/i18n';

/**
 * The spreadsheet import end to end, typed and clicked as a coordinator would: a Hungarian
 * Windows-1250 CSV (what Hungarian Excel saves as "CSV") into the mentors list with every
 * accent right, and a Finnish XLSX with a title row, a duplicate inside the file, an error row,
 * a second file of the same shape (remembered mapping, an update of an existing mentor) and the
 * undo of that import. axe checks every step and the dialog.
 */

/** axe on the page at rest (the pointer off the button it just pressed). */
const checkA11y = async (page: Page) => {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page);
};

/**
 * Windows-1250 bytes of a text: ASCII as it is, the Hungarian letters from the code page's
 * table (Node's Buffer has no 1250 encoder). A letter outside the table fails the test.
 */
const CP1250: Record<string, number> = {
  á: 0xe1,
  é: 0xe9,
  í: 0xed,
  ó: 0xf3,
  ö: 0xf6,
  ő: 0xf5,
  ú: 0xfa,
  ü: 0xfc,
  ű: 0xfb,
  Á: 0xc1,
  É: 0xc9,
  Í: 0xcd,
  Ó: 0xd3,
  Ö: 0xd6,
  Ő: 0xd5,
  Ú: 0xda,
  Ü: 0xdc,
  Ű: 0xdb,
};
const windows1250 = (text: string): Buffer =>
  Buffer.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      const byte = CP1250[ch];
      if (byte === undefined) throw new Error(`no Windows-1250 byte for ${ch}`);
      return byte;
    }),
  );

test.describe('in Hungarian', () => {
  test.use({ language: 'hu' });

  test('a Windows-1250 CSV of mentors: encoding, mapping, a new programme, preview, import', async ({ page }) => {
    test.setTimeout(120_000);
    const wizard = new ImportWizardPage(page, 'hu');
    const field = (key: string) => wizard.ti(`fields.${key}`);
    // As Hungarian Excel writes "CSV (pontosvesszővel tagolt)": semicolons, CRLF, the PC's code page.
    const csv = [
      'Név;E-mail;Telefonszám;Program;Státusz;Belépés dátuma;Amit még tudni kell',
      'Kovács Ödön;odon.kovacs@example.org;+36 30 111 2222;Ifjúsági program;aktív;2024.03.05.;kedd délután ér rá',
      'Szőke Tünde;tunde.szoke@example.org;+36 30 333 4444;Ifjúsági program;Jelentkező;2024. 03. 12.;csak hétvégén',
      'Őri Árpád;arpad.ori@example.org;;Ifjúsági program;Aktív;5.3.2024;',
      '',
    ].join('\r\n');

    await wizard.openFromList('mentors');
    await checkA11y(page);
    await wizard.chooseFile({ name: 'mentorok.csv', mimeType: 'text/csv', buffer: windows1250(csv) });

    // The sheet: the code page is recognised and the letters read right.
    await wizard.expectStep('sheet');
    const encoding = page.getByRole('combobox', { name: wizard.t('sheet.encoding') });
    await expect(encoding).toHaveValue(wizard.ti('encodings.windows-1250'));
    await expect(wizard.sample).toContainText('Kovács Ödön');
    await expect(wizard.sample).toContainText('Őri Árpád');
    await expect(page.getByTestId('import-sheet-summary')).toContainText(wizard.t('sheet.rowCount_other', { n: 3 }));
    await checkA11y(page);
    // Had the guess been wrong, the coordinator sees it in the rows and picks another.
    await wizard.select(wizard.t('sheet.encoding'), wizard.ti('encodings.windows-1252'));
    await expect(wizard.sample).not.toContainText('Őri Árpád');
    await expect(wizard.sample).toContainText('Õri Árpád');
    await wizard.select(wizard.t('sheet.encoding'), wizard.ti('encodings.windows-1250'));
    await expect(wizard.sample).toContainText('Őri Árpád');
    await wizard.next();

    // The columns: guessed from the Hungarian headers; the one Tandem cannot guess is chosen.
    await wizard.expectStep('mapping');
    await expect(page.getByTestId('mapping-source')).toHaveAttribute('data-source', 'guessed');
    await expect(wizard.columnSelect('Név')).toHaveValue(field('fullName'));
    await expect(wizard.columnSelect('E-mail')).toHaveValue(field('email'));
    await expect(wizard.columnSelect('Telefonszám')).toHaveValue(field('phone'));
    await expect(wizard.columnSelect('Belépés dátuma')).toHaveValue(field('joinedOn'));
    await expect(wizard.columnSelect('Amit még tudni kell')).toHaveValue(wizard.t('mapping.skip'));
    await wizard.mapColumn('Amit még tudni kell', field('notes'));
    await expect(wizard.columnSelect('Amit még tudni kell')).toHaveValue(field('notes'));
    // A single name column reads family name first in Hungarian.
    await expect(page.getByRole('radio', { name: wizard.t('mapping.nameOrders.familyFirst') })).toBeChecked();
    await checkA11y(page);
    await wizard.next();

    // The values: the programme is not in Tandem yet, so it is created with the import.
    await wizard.expectStep('values');
    const answer = wizard.t('values.answerFor', { value: 'Ifjúsági program', target: wizard.ti('targets.programme') });
    // Tandem suggests creating it, with a code prefix from its name; the coordinator picks her own.
    await expect(page.getByRole('combobox', { name: answer, exact: true })).toHaveValue(
      wizard.t('values.create', { name: 'Ifjúsági program' }),
    );
    const prefix = page.getByLabel(wizard.t('values.codePrefix', { name: 'Ifjúsági program' }));
    await expect(prefix).toHaveValue(/^[A-Z]{1,5}$/);
    await prefix.fill('ifp');
    await expect(prefix).toHaveValue('IFP');
    await checkA11y(page);
    await wizard.next();

    // The preview: three new mentors, family name first, nothing written yet.
    await wizard.expectStep('preview');
    await expect(wizard.count('total')).toHaveText('3');
    await expect(wizard.count('new')).toHaveText('3');
    await expect(wizard.count('error')).toHaveText('0');
    await expect(wizard.previewRow(2)).toContainText('Kovács Ödön');
    await expect(wizard.previewRow(4)).toContainText('Őri Árpád');
    expect(await livePeople(page, 'mentors')).toEqual([]);
    await checkA11y(page);
    await wizard.importRows(3);
    await expect(wizard.result).toContainText(wizard.t('done.added_other', { n: 3 }));
    await expect(wizard.result).toContainText(wizard.t('done.programmesCreated_one', { n: 1 }));
    await checkA11y(page);

    // The mentors, in the list, with every accent as it was typed in Excel.
    await page.getByRole('link', { name: wizard.t('done.toList.mentors') }).click();
    const list = new MentorsListPage(page, 'hu');
    await list.heading.waitFor();
    for (const name of ['Kovács Ödön', 'Szőke Tünde', 'Őri Árpád'])
      await expect(list.row(new RegExp(name))).toBeVisible();
    const stored = await livePeople(page, 'mentors');
    expect(stored.map((m) => `${m.familyName}|${m.givenName}|${m.email}`).sort()).toEqual([
      'Kovács|Ödön|odon.kovacs@example.org',
      'Szőke|Tünde|tunde.szoke@example.org',
      'Őri|Árpád|arpad.ori@example.org',
    ]);
    expect(stored.find((m) => m.familyName === 'Szőke')?.status).toBe('applicant');
  });
});

/** A Finnish volunteers' workbook as coordinators keep them: a title row above the header. */
const finnishWorkbook = async (rows: (string | Date | null)[][]): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Vapaaehtoiset');
  ws.addRow(['Vertaistukijat 2024']);
  ws.mergeCells('A1:F1');
  ws.addRow(['Sukunimi', 'Etunimi', 'Sähköposti', 'Puhelin', 'Tila', 'Aloituspäivä']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test.describe('in Finnish', () => {
  test.use({ language: 'fi' });

  test('an XLSX with a duplicate and an error row, a second file of the same shape, and undo', async ({ page }) => {
    test.setTimeout(180_000);
    const wizard = new ImportWizardPage(page, 'fi');

    // Something that is not a spreadsheet: said so, in Finnish, and nothing changes.
    await wizard.openFromList('mentors');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await wizard.chooseFile({ name: 'kuva.png', mimeType: 'image/png', buffer: png });
    await expect(wizard.error).toContainText(wizard.ti('readErrors.notSpreadsheet'));
    await expect(wizard.error).toContainText(wizard.t('file.notChanged'));
    await expect(wizard.stepHeading('file')).toBeVisible();
    await checkA11y(page);

    // File A: two new mentors, one with the phone of an earlier row, one with an impossible date.
    const fileA = await finnishWorkbook([
      ['Virtanen', 'Aino', 'aino.virtanen@example.org', '+358 40 111 1111', 'Aktiivinen', day('2024-03-05')],
      ['Järvinen', 'Eetu', 'eetu.jarvinen@example.org', '040 222 2222', 'Hakija', '5.3.2024'],
      ['Mäkelä', 'Säde', 'sade.makela@example.org', '+358 40 111 1111', 'Hakija', '6.3.2024'],
      ['Öhman', 'Åsa', 'asa.ohman@example.org', '040 333 3333', 'Hakija', '32.13.2024'],
    ]);
    await wizard.chooseFile({ name: 'vapaaehtoiset.xlsx', mimeType: XLSX_TYPE, buffer: fileA });
    await wizard.expectStep('sheet');
    // The title row is skipped: the header is row 2.
    await expect(page.getByTestId('import-sheet-summary')).toContainText(wizard.t('sheet.headerRow', { row: 2 }));
    await expect(wizard.sample).toContainText('Järvinen');
    await checkA11y(page);
    await wizard.next();

    await wizard.expectStep('mapping');
    await expect(wizard.columnSelect('Sukunimi')).toHaveValue(
      wizard.t('mapping.required', { field: wizard.ti('fields.familyName') }),
    );
    await expect(wizard.columnSelect('Aloituspäivä')).toHaveValue(wizard.ti('fields.joinedOn'));
    await checkA11y(page);
    await wizard.next();

    await wizard.expectStep('preview');
    await expect(wizard.count('total')).toHaveText('4');
    await expect(wizard.count('new')).toHaveText('2');
    await expect(wizard.count('duplicate')).toHaveText('1');
    await expect(wizard.count('error')).toHaveText('1');
    // The error names the cell (column header and row) and the reason, in Finnish.
    const errorRow = wizard.previewRow(6);
    await expect(errorRow).toHaveAttribute('data-outcome', 'error');
    await expect(errorRow.getByTestId('preview-error')).toContainText('Aloituspäivä');
    await expect(errorRow.getByTestId('preview-error')).toContainText(wizard.ti('cellErrors.notADate'));
    await expect(errorRow.getByTestId('preview-error')).toContainText('32.13.2024');
    // The duplicate of row 3 inside the file: the coordinator adds it anyway.
    const duplicate = wizard.previewRow(5);
    await expect(duplicate).toHaveAttribute('data-outcome', 'duplicate');
    await duplicate
      .getByRole('combobox', { name: wizard.t('preview.decision', { row: 5 }) })
      .selectOption({ label: wizard.t('preview.decisions.add') });
    await checkA11y(page);
    await wizard.importRows(3);
    await expect(wizard.result).toContainText(wizard.t('done.added_other', { n: 3 }));
    let mentors = await livePeople(page, 'mentors');
    expect(mentors.map((m) => m.familyName).sort()).toEqual(['Järvinen', 'Mäkelä', 'Virtanen']);

    // File B, the same shape: the mapping is remembered; Aino's new phone updates her record.
    await page.getByRole('button', { name: wizard.t('done.another') }).click();
    await wizard.expectStep('file');
    const fileB = await finnishWorkbook([
      ['Virtanen', 'Aino', 'aino.virtanen@example.org', '+358 40 999 9999', 'Aktiivinen', day('2024-03-05')],
      ['Nieminen', 'Lauri', 'lauri.nieminen@example.org', '050 444 4444', 'Hakija', '1.4.2024'],
    ]);
    await wizard.chooseFile({ name: 'vapaaehtoiset-huhtikuu.xlsx', mimeType: XLSX_TYPE, buffer: fileB });
    await wizard.expectStep('sheet');
    await wizard.next();
    await wizard.expectStep('mapping');
    await expect(page.getByTestId('mapping-source')).toHaveAttribute('data-source', 'remembered');
    await wizard.next();
    await wizard.expectStep('preview');
    await expect(wizard.count('duplicate')).toHaveText('1');
    await expect(wizard.previewRow(3)).toContainText('Aino Virtanen');
    await page
      .getByRole('combobox', { name: wizard.t('preview.applyAllLabel') })
      .selectOption({ label: wizard.t('preview.decisions.update') });
    await page.getByRole('button', { name: wizard.t('preview.applyAll') }).click();
    await expect(page.getByTestId('preview-applied')).toHaveText(wizard.t('preview.appliedAll_one', { n: 1 }));
    await wizard.importRows(2);
    await expect(wizard.result).toContainText(wizard.t('done.added_one', { n: 1 }));
    await expect(wizard.result).toContainText(wizard.t('done.updated_one', { n: 1 }));
    mentors = await livePeople(page, 'mentors');
    expect(mentors.find((m) => m.familyName === 'Virtanen')?.phone).toBe('+358 40 999 9999');
    expect(mentors).toHaveLength(4);

    // Undo: the data is exactly as before file B.
    await wizard.undo(checkA11y);
    mentors = await livePeople(page, 'mentors');
    expect(mentors.map((m) => m.familyName).sort()).toEqual(['Järvinen', 'Mäkelä', 'Virtanen']);
    expect(mentors.find((m) => m.familyName === 'Virtanen')?.phone).toBe('+358 40 111 1111');
    await checkA11y(page);
    await expect(page.getByRole('button', { name: tr('fi', 'spreadsheetWizard', 'done.undo') })).toHaveCount(0);
  });
});

test('every list opens its own wizard, whose template downloads with the columns Tandem reads', async ({ page }) => {
  test.setTimeout(120_000);
  const wizard = new ImportWizardPage(page, 'en');
  const firstColumn = { mentees: 'code', contacts: 'familyName', attendance: 'sessionDate' } as const;
  for (const kind of ['mentees', 'contacts', 'attendance'] as const) {
    await wizard.openFromList(kind);
    await checkA11y(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: wizard.t('file.template') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${wizard.t(`template.fileName.${kind}`)}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const [data, notes] = wb.worksheets;
    expect(data?.name).toBe(wizard.t(`template.sheet.${kind}`));
    expect(data?.getCell('A1').value).toBe(wizard.ti(`fields.${firstColumn[kind]}`));
    expect(notes?.name).toBe(wizard.t('template.sheet.notes'));
    await expect(page.getByTestId('template-outcome')).toBeVisible();
  }
});
