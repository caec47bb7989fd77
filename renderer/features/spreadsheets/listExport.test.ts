import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/base';
import { channels, type BridgeApi, type BridgeRequest } from '../../../shared/ipc/contract';
import { browserBridge } from '../../bridge/browserBridge';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { listAudit } from '../audit/auditRepo';
import { createContact } from '../contacts/contactsRepo';
import { createMentee } from '../mentees/menteesRepo';
import { changeMentorStatus, createMentor } from '../mentors/mentorsRepo';
import { createPairing } from '../pairings/pairingsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import { saveAttendance } from '../sessions/attendanceRepo';
import { createSession } from '../sessions/sessionsRepo';
import {
  asciiSlug,
  buildExportTable,
  columnsOf,
  exportFileName,
  runListExport,
  tableToCsv,
  type ExportTable,
  type ListExportRequest,
  type Translate,
} from './listExport';
import { standaloneTranslator } from './listExportTranslator';
import { saveListExport } from './useListExport';

let tr: Record<Language, Translate>;
beforeAll(async () => {
  tr = {
    en: await standaloneTranslator('en'),
    hu: await standaloneTranslator('hu'),
    fi: await standaloneTranslator('fi'),
    'sr-Latn': await standaloneTranslator('sr-Latn'),
    'sr-Cyrl': await standaloneTranslator('sr-Cyrl'),
  };
});

beforeEach(resetDatabase);

const table = (req: ListExportRequest, lng: Language = 'en') => buildExportTable(req, lng, tr[lng]);
const column = (t: ExportTable, key: string) => t.columns.findIndex((c) => c.key === key);
const cell = (t: ExportTable, row: number, key: string) => t.rows[row]?.[column(t, key)];

const loadXlsx = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
};

/** Two programmes; four mentors in three statuses, two in Housing First; one pairing. */
const office = async () => {
  const hf = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  const youth = await createProgramme({ name: 'Ifjúsági program', codePrefix: 'IF' });
  const anna = await createMentor(
    {
      givenName: 'Anna',
      familyName: 'Kovács',
      email: 'anna@pelda.hu',
      phone: '+36 30 555 1234',
      birthYear: 1980,
      languages: ['hu', 'en'],
      programmeIds: [hf],
      capacity: 2,
      notes: '=HYPERLINK("http://x")',
    },
    { status: 'inTraining', date: '2026-02-01' },
  );
  await changeMentorStatus(anna, { status: 'active', date: '2026-03-05', reason: '' });
  const bela = await createMentor(
    { givenName: 'Béla', familyName: 'Nagy', programmeIds: [hf, youth] },
    { date: '2026-01-10' },
  );
  const cili = await createMentor(
    { givenName: 'Cili', familyName: 'Szabó', programmeIds: [youth] },
    { date: '2026-01-11' },
  );
  const dani = await createMentor(
    { givenName: 'Dani', familyName: 'Tóth', programmeIds: [hf] },
    { status: 'inTraining', date: '2026-01-12' },
  );
  const mentee = await createMentee(
    {
      programmeId: hf,
      givenName: 'Zoltán',
      familyName: 'Kiss',
      transition: 'movingIntoHousing',
      needs: 'Lakhatás Kiss Zoltánnak',
      referredOn: '2026-04-02',
      consentGiven: true,
    },
    { today: '2026-04-02' },
  );
  const other = await createMentee(
    { programmeId: youth, givenName: 'Éva', familyName: 'Fekete', transition: 'leavingCare' },
    { today: '2026-04-03' },
  );
  await createPairing({ mentorId: anna, menteeId: mentee.id, programmeId: hf }, { date: '2026-05-01' });
  return { hf, youth, anna, bela, cili, dani, mentee, other };
};

describe('the list export: what the list shows, under its filters', () => {
  it('exports the mentors of a programme and status, in the list order, with the import’s columns first', async () => {
    const o = await office();
    const t = await table({ kind: 'mentors', filter: { programmeId: o.hf, status: 'active' } }, 'hu');
    expect(t.rows).toHaveLength(1);
    expect(t.sheetName).toBe('Mentorok');
    // The import's headers, in Hungarian, family name first; then the extras.
    expect(t.columns.slice(0, 2).map((c) => c.header)).toEqual([
      tr.hu('spreadsheetImport:fields.familyName'),
      tr.hu('spreadsheetImport:fields.givenName'),
    ]);
    expect(cell(t, 0, 'familyName')).toBe('Kovács');
    expect(cell(t, 0, 'status')).toBe(tr.hu('mentors:status.active'));
    expect(cell(t, 0, 'languages')).toBe(`${tr.hu('mentees:language.hu')}, ${tr.hu('mentees:language.en')}`);
    expect(cell(t, 0, 'programmes')).toBe('Housing First');
    expect(cell(t, 0, 'birthYear')).toBe(1980);
    expect(cell(t, 0, 'capacity')).toBe(2);
    expect(cell(t, 0, 'joinedOn')).toBe('2026-02-01');
    expect(cell(t, 0, 'statusSince')).toBe('2026-03-05');
    expect(cell(t, 0, 'openPairings')).toBe(1);
    expect(cell(t, 0, 'pairings')).toBe(1);
    const extras = columnsOf({ kind: 'mentors', filter: {} }).filter((c) => !c.imported);
    expect(extras.map((c) => c.key)).toEqual(['statusSince', 'openPairings', 'pairings']);
    expect(t.columns.at(-1)?.header).toBe(tr.hu('spreadsheetExport:columns.pairings'));

    // Search text: every word must start a word of the name, e-mail or phone, as on the page.
    const found = await table({ kind: 'mentors', filter: { query: 'nag' } });
    expect(found.rows.map((r) => r[column(found, 'givenName')])).toEqual(['Béla']);
    // No filter: everyone, by family name (Kovács, Nagy, Szabó, Tóth).
    const all = await table({ kind: 'mentors', filter: {} });
    expect(all.rows.map((r) => r[column(all, 'familyName')])).toEqual(['Kovács', 'Nagy', 'Szabó', 'Tóth']);
    // A deleted mentor is not in the list, so not in the file.
    await db.mentors.update(o.dani, { deletedAt: new Date().toISOString() });
    expect((await table({ kind: 'mentors', filter: { programmeId: o.hf } })).rows).toHaveLength(2);
  });

  it('exports mentees by code: no names, needs, goals or notes unless real names are asked for', async () => {
    const o = await office();
    const byCode = await table({ kind: 'mentees', filter: { programmeId: o.hf } }, 'en');
    expect(byCode.rows).toHaveLength(1);
    expect(cell(byCode, 0, 'code')).toBe('HF-001');
    expect(cell(byCode, 0, 'programme')).toBe('Housing First');
    expect(cell(byCode, 0, 'status')).toBe('Paired');
    expect(cell(byCode, 0, 'consentGiven')).toBe(tr.en('spreadsheetImport:values.boolean.true').split('|')[0]);
    expect(cell(byCode, 0, 'pairings')).toBe(1);
    for (const key of ['givenName', 'familyName', 'needs', 'goals', 'notes']) expect(column(byCode, key)).toBe(-1);
    expect(JSON.stringify(byCode.rows)).not.toMatch(/Kiss|Zoltán/);

    const named = await table({ kind: 'mentees', filter: { programmeId: o.hf }, realNames: true }, 'en');
    expect(cell(named, 0, 'familyName')).toBe('Kiss');
    expect(cell(named, 0, 'needs')).toBe('Lakhatás Kiss Zoltánnak');
    // The search finds a mentee by a word of the real name, as the list does.
    expect((await table({ kind: 'mentees', filter: { query: 'fek' } })).rows.map((r) => r[0])).toEqual(['IF-001']);
    expect((await table({ kind: 'mentees', filter: { status: 'waiting' } })).rows).toHaveLength(1);
  });

  it('exports the contacts a search finds, every one of them, by name', async () => {
    for (let i = 0; i < 130; i++)
      await createContact({ givenName: `Géza${i}`, familyName: i % 2 ? 'Balogh' : 'Antal', organisation: 'Rendőrség' });
    await createContact({
      givenName: 'Katalin',
      familyName: 'Vörös',
      organisation: 'Családsegítő',
      role: 'szociális munkás',
    });
    const all = await table({ kind: 'contacts', filter: {} }, 'hu');
    // More than the page's first hundred: the export holds the whole list.
    expect(all.rows).toHaveLength(131);
    expect(cell(all, 0, 'familyName')).toBe('Antal');
    expect(cell(all, 130, 'familyName')).toBe('Vörös');
    const found = await table({ kind: 'contacts', filter: { query: 'csal' } }, 'hu');
    expect(found.rows).toHaveLength(1);
    expect(cell(found, 0, 'role')).toBe('szociális munkás');
    expect(cell(found, 0, 'addedOn')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('exports sessions with their attendance counts and hours, under the kind and date filters', async () => {
    const hf = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
    const a = await createMentor({ givenName: 'Anna', familyName: 'Kovács' });
    const b = await createMentor({ givenName: 'Béla', familyName: 'Nagy' });
    const c = await createMentor({ givenName: 'Cili', familyName: 'Szabó' });
    const sup = await createSession({
      title: 'Esetmegbeszélés',
      kind: 'supervision',
      subKind: 'caseDiscussion',
      programmeId: hf,
      date: '2026-11-10',
      startTime: '17:00',
      endTime: '18:30',
      place: 'Iroda',
    });
    await saveAttendance(sup.id, [
      { personKind: 'mentor', personId: a, status: 'present', hours: 1.5 },
      { personKind: 'mentor', personId: b, status: 'present', hours: 1 },
      { personKind: 'mentor', personId: c, status: 'excused', hours: 0 },
      { personKind: 'walkIn', walkInName: 'Vendég', status: 'absent', hours: 0 },
    ]);
    await createSession({
      title: 'Alapképzés',
      kind: 'training',
      subKind: 'course',
      date: '2026-11-12',
      startTime: '09:00',
      endTime: '12:00',
    });
    await createSession({
      title: 'Régi',
      kind: 'supervision',
      subKind: 'team',
      date: '2026-09-01',
      startTime: '10:00',
      endTime: '11:00',
    });

    const t = await table({ kind: 'sessions', filter: { kind: 'supervision', from: '2026-10-01' } }, 'hu');
    expect(t.rows).toHaveLength(1);
    expect(t.columns.map((c) => c.key)).toEqual([
      'date',
      'startTime',
      'endTime',
      'kind',
      'subKind',
      'title',
      'programme',
      'place',
      'capacity',
      'expected',
      'present',
      'excused',
      'absent',
      'hours',
      'attendedHours',
    ]);
    expect(t.rows[0]).toEqual([
      '2026-11-10',
      '17:00',
      '18:30',
      tr.hu('sessions:kinds.supervision'),
      tr.hu('sessions:subKinds.caseDiscussion'),
      'Esetmegbeszélés',
      'Housing First',
      'Iroda',
      null,
      0,
      2,
      1,
      1,
      1.5,
      2.5,
    ]);
    // Past sessions, most recent first, as the "past" list shows them.
    const past = await table({ kind: 'sessions', filter: { to: '2026-12-31', descending: true } });
    expect(past.rows.map((r) => r[5])).toEqual(['Alapképzés', 'Esetmegbeszélés', 'Régi']);
  });
});

describe('the files', () => {
  it('writes an XLSX with a bold frozen header, real dates, numbers as numbers and column widths', async () => {
    await office();
    const { bytes, count } = await runListExport({ kind: 'mentors', filter: {} }, 'xlsx', 'hu', tr.hu);
    expect(count).toBe(4);
    const wb = await loadXlsx(bytes);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Mentorok');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.rowCount).toBe(5);
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (header: string) => headers.indexOf(header) + 1;
    const anna = ws.getRow(2);
    expect(anna.getCell(col(tr.hu('spreadsheetImport:fields.familyName'))).value).toBe('Kovács');
    const joined = anna.getCell(col(tr.hu('spreadsheetImport:fields.joinedOn')));
    expect(joined.value).toEqual(new Date(Date.UTC(2026, 1, 1)));
    expect(joined.numFmt).toBe('yyyy.mm.dd.');
    expect(anna.getCell(col(tr.hu('spreadsheetImport:fields.birthYear'))).value).toBe(1980);
    expect(anna.getCell(col(tr.hu('spreadsheetExport:columns.openPairings'))).value).toBe(1);
    // A typed formula stays text: the cell is a string, never a formula.
    expect(anna.getCell(col(tr.hu('spreadsheetImport:fields.notes'))).value).toBe('=HYPERLINK("http://x")');
    expect(ws.getColumn(col(tr.hu('spreadsheetImport:fields.email'))).width).toBeGreaterThanOrEqual(28);
    // An empty value is an empty cell, not 0 or "".
    expect(ws.getRow(3).getCell(col(tr.hu('spreadsheetImport:fields.birthYear'))).value).toBeNull();
  });

  it('writes sessions’ times as Excel times and hours as numbers', async () => {
    await createSession({
      title: 'Képzés',
      kind: 'training',
      subKind: 'course',
      date: '2026-11-12',
      startTime: '09:30',
      endTime: '12:00',
    });
    const { bytes } = await runListExport({ kind: 'sessions', filter: {} }, 'xlsx', 'fi', tr.fi);
    const ws = (await loadXlsx(bytes)).worksheets[0]!;
    expect(ws.getRow(2).getCell(1).value).toEqual(new Date(Date.UTC(2026, 10, 12)));
    expect(ws.getRow(2).getCell(1).numFmt).toBe('d.m.yyyy');
    // The cell holds 9.5/24 of a day with a time format; exceljs reads such a cell back as a Date on Excel's day 0.
    expect(ws.getRow(2).getCell(2).value).toEqual(new Date(Date.UTC(1899, 11, 30, 9, 30)));
    expect(ws.getRow(2).getCell(2).numFmt).toBe('hh:mm');
    expect(ws.getRow(2).getCell(14).value).toBe(2.5);
  });

  it('writes CSV for Excel: BOM, the language’s separator and decimal mark, dates as written, formulas neutralised', async () => {
    await office();
    const hu = await table({ kind: 'mentors', filter: { status: 'active' } }, 'hu');
    const bytes = tableToCsv(hu, 'hu');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).split('\r\n');
    expect(lines[0]).toBe(hu.columns.map((c) => c.header).join(';'));
    const anna = lines[1]!.split(';');
    expect(anna[column(hu, 'familyName')]).toBe('Kovács');
    expect(anna[column(hu, 'joinedOn')]).toBe('2026. 02. 01.');
    expect(anna[column(hu, 'birthYear')]).toBe('1980');
    expect(anna[column(hu, 'notes')]).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(lines.at(-1)).toBe('');

    await createSession({
      title: 'Képzés',
      kind: 'training',
      subKind: 'course',
      date: '2026-11-12',
      startTime: '09:30',
      endTime: '12:00',
    });
    const en = new TextDecoder().decode(
      (await runListExport({ kind: 'sessions', filter: {} }, 'csv', 'en', tr.en)).bytes,
    );
    expect(en.split('\r\n')[1]).toBe('12/11/2026,09:30,12:00,Training,Course,Képzés,,,,0,0,0,0,2.5,0');
    const fi = new TextDecoder().decode(
      (await runListExport({ kind: 'sessions', filter: {} }, 'csv', 'fi', tr.fi)).bytes,
    );
    expect(fi.split('\r\n')[1]).toMatch(/^12\.11\.2026;09:30;12:00;.*;2,5;0$/);
  });

  it('names files with ASCII slugs in the UI language', () => {
    expect(exportFileName(tr.hu('spreadsheetExport:fileName.mentees'), 'mentees', 'xlsx', '2026-12-06')).toBe(
      'tandem-mentoraltak-2026-12-06.xlsx',
    );
    expect(exportFileName(tr.en('spreadsheetExport:fileName.mentors'), 'mentors', 'csv', '2026-12-06')).toBe(
      'tandem-mentors-2026-12-06.csv',
    );
    expect(asciiSlug('Yhteyshenkilöt')).toBe('yhteyshenkilot');
    expect(asciiSlug('Đorđe Šarić')).toBe('djordje-saric');
    expect(exportFileName('Контакти', 'contacts', 'csv', '2026-12-06')).toBe('tandem-contacts-2026-12-06.csv');
    for (const lng of ['en', 'hu', 'fi', 'sr-Latn'] as const)
      for (const kind of ['mentors', 'mentees', 'contacts', 'sessions'] as const)
        expect(tr[lng](`spreadsheetExport:fileName.${kind}`)).toMatch(/^[a-z-]+$/);
  });
});

describe('saving through the bridge, and the audit log', () => {
  /** The browser bridge with its save dialog replaced by one that keeps what it was asked to save. */
  const savingBridge = (saved: BridgeRequest<'file.save'>[], status: 'saved' | 'cancelled' = 'saved'): BridgeApi => ({
    ...browserBridge,
    saveFile: async (req) => {
      saved.push(channels['file.save'].request.parse(req));
      return status === 'saved' ? { status, path: req.suggestedName, verified: false } : { status };
    },
  });
  const options = (lng: Language, api: BridgeApi) => ({
    lng,
    api,
    today: '2026-12-06',
    produce: (req: ListExportRequest, format: 'xlsx' | 'csv', l: Language) => runListExport(req, format, l, tr[l]),
    translate: (l: Language) => tr[l],
  });
  const exportEntries = async () => (await listAudit()).entries.filter((e) => e.action === 'exportList');

  it('records nothing for mentees by code, and one entry with the count when real names are exported', async () => {
    const o = await office();
    const saved: BridgeRequest<'file.save'>[] = [];
    await saveListExport({ kind: 'mentees', filter: {} }, 'csv', options('hu', savingBridge(saved)));
    expect(saved[0]).toMatchObject({ suggestedName: 'tandem-mentoraltak-2026-12-06.csv', filter: 'csv' });
    expect(new TextDecoder().decode(saved[0]!.bytes)).not.toContain('Kiss');
    expect(await exportEntries()).toEqual([]);

    const { count } = await saveListExport(
      { kind: 'mentees', filter: { programmeId: o.hf }, realNames: true },
      'xlsx',
      options('hu', savingBridge(saved)),
    );
    expect(count).toBe(1);
    const ws = (await loadXlsx(saved[1]!.bytes)).worksheets[0]!;
    expect((ws.getRow(2).values as unknown[]).includes('Kiss')).toBe(true);
    const entries = await exportEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'exportList', subjectKind: 'mentee', count: 1, subjectId: null });
  });

  it('records an export of mentors by name once saved, and nothing when the dialog is cancelled', async () => {
    await office();
    const saved: BridgeRequest<'file.save'>[] = [];
    const cancelled = await saveListExport(
      { kind: 'mentors', filter: {} },
      'xlsx',
      options('sr-Cyrl', savingBridge(saved, 'cancelled')),
    );
    expect(cancelled.result.status).toBe('cancelled');
    // Serbian Cyrillic names the file in its Latin spelling.
    expect(saved[0]?.suggestedName).toBe('tandem-mentori-2026-12-06.xlsx');
    expect(await exportEntries()).toEqual([]);
    await saveListExport({ kind: 'mentors', filter: {} }, 'xlsx', options('en', savingBridge(saved)));
    expect(await exportEntries()).toMatchObject([{ subjectKind: 'mentor', count: 4 }]);
    await saveListExport({ kind: 'sessions', filter: {} }, 'csv', options('en', savingBridge(saved)));
    expect(await exportEntries()).toHaveLength(1);
  });
});
