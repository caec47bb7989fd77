import { describe, expect, it } from 'vitest';
import {
  FINNISH_CONTACTS_CSV,
  HUNGARIAN_MENTORS_CSV,
  encodeSingleByte,
  finnishMentorsWorkbook,
  utf8,
  workbookOf,
} from '../../tests/fixtures/spreadsheet/wild';
import { guessMapping } from './mapping';
import { buildPreview, countsAfter, decisionOf } from './preview';
import { suggestCodePrefix, valueQuestions } from './questions';
import { readSpreadsheet } from './read';
import type {
  ColumnMapping,
  ExistingIndex,
  ImportContext,
  ImportKind,
  ImportPreview,
  ImportedRecord,
  SheetRead,
  ValueAnswers,
} from './types';

const LE = '11111111-1111-4111-8111-111111111111';
const HF = '22222222-2222-4222-8222-222222222222';
const ctx = (language: ImportContext['language'] = 'hu'): ImportContext => ({
  language,
  nameOrder: language === 'hu' ? 'familyFirst' : 'givenFirst',
  today: '2025-01-15',
  programmes: [
    { id: LE, name: 'Lakhatás Először', codePrefix: 'LE', active: true },
    { id: HF, name: 'Housing First', codePrefix: 'HF', active: true },
  ],
});
const none = (): ExistingIndex => ({ mentors: [], mentees: [], contacts: [], sessions: [], attendance: [] });
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const preview = (
  kind: ImportKind,
  sheet: SheetRead,
  options: { mapping?: ColumnMapping; answers?: ValueAnswers; existing?: ExistingIndex; context?: ImportContext } = {},
): ImportPreview => {
  const context = options.context ?? ctx();
  return buildPreview({
    kind,
    sheet,
    mapping: options.mapping ?? guessMapping(kind, sheet.headers, null, sheet.rows, context.nameOrder).mapping,
    answers: options.answers ?? {},
    existing: options.existing ?? none(),
    context,
  });
};
const rec = <K extends ImportedRecord['kind']>(p: ImportPreview, row: number, kind: K) => {
  const r = p.rows.find((x) => x.row === row)?.record;
  if (r?.kind !== kind) throw new Error(`row ${row}: ${JSON.stringify(p.rows.find((x) => x.row === row))}`);
  return r as Extract<ImportedRecord, { kind: K }>;
};
const csv = (lines: string[]) => readSpreadsheet(utf8(lines.join('\n')), 'test.csv');

describe('a Hungarian mentor list saved by Excel (Windows-1250)', () => {
  it('asks only about the programme it does not know, suggesting to create it', async () => {
    const sheet = await readSpreadsheet(encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'), 'mentorok.csv');
    const { mapping } = guessMapping('mentors', sheet.headers, null, sheet.rows, 'familyFirst');
    expect(mapping).toEqual([
      'fullName',
      'email',
      'phone',
      'birthYear',
      'programmes',
      'status',
      'joinedOn',
      'languages',
    ]);
    const questions = valueQuestions('mentors', sheet, mapping, ctx());
    expect(questions).toEqual([
      {
        key: 'programme:ifjusagi program',
        target: 'programme',
        fields: ['programmes'],
        raw: 'Ifjúsági program',
        count: 1,
        rows: [2],
        suggestion: { kind: 'createProgramme', name: 'Ifjúsági program', codePrefix: 'IF' },
        options: [LE, HF],
      },
    ]);
  });

  it('previews three new mentors, names family first, dates in three forms, statuses and languages by their Hungarian names', async () => {
    const sheet = await readSpreadsheet(encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'), 'mentorok.csv');
    const answers: ValueAnswers = {
      'programme:ifjusagi program': { kind: 'createProgramme', name: 'Ifjúsági program', codePrefix: 'IF' },
    };
    const p = preview('mentors', sheet, { answers });
    expect(p.counts).toEqual({ total: 3, new: 3, duplicate: 0, error: 0 });
    expect(p.newProgrammes).toHaveLength(1);
    const created = p.newProgrammes[0]!;
    expect(created).toMatchObject({ name: 'Ifjúsági program', codePrefix: 'IF' });
    const anna = rec(p, 2, 'mentors');
    expect(anna).toMatchObject({
      status: 'active',
      joinedOn: '2024-03-05',
      input: {
        familyName: 'Kovács',
        givenName: 'Anna',
        email: 'anna.kovacs@example.hu',
        phone: '+36 20 123 4567',
        birthYear: 1985,
        programmeIds: [created.id],
        languages: ['hu', 'en'],
        capacity: 1,
      },
    });
    expect(p.rows[0]!.notes).toEqual([
      { messageKey: 'spreadsheetImport:notes.newProgramme', params: { name: 'Ifjúsági program' } },
    ]);
    expect(rec(p, 3, 'mentors')).toMatchObject({
      status: 'paused',
      joinedOn: '2023-11-02',
      input: { familyName: 'Szőke', givenName: 'Ödön', programmeIds: [LE] },
    });
    expect(rec(p, 4, 'mentors')).toMatchObject({
      status: 'applicant',
      joinedOn: '2024-03-05',
      input: { familyName: 'Fűzfa', givenName: 'Győző', email: '' },
    });
  });

  it('without an answer, the unknown programme is an error of its cell', async () => {
    const sheet = await readSpreadsheet(encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'), 'mentorok.csv');
    const p = preview('mentors', sheet);
    expect(p.rows[0]).toMatchObject({
      row: 2,
      outcome: 'error',
      errors: [
        {
          column: 4,
          header: 'Program',
          field: 'programmes',
          value: 'Ifjúsági program',
          messageKey: 'spreadsheetImport:cellErrors.unknownProgramme',
          params: { value: 'Ifjúsági program' },
        },
      ],
    });
    // "Ignore" reads the cell as empty: the mentor is imported without that programme.
    const ignored = preview('mentors', sheet, { answers: { 'programme:ifjusagi program': { kind: 'ignore' } } });
    expect(rec(ignored, 2, 'mentors').input.programmeIds).toEqual([]);
    expect(ignored.newProgrammes).toEqual([]);
  });
});

describe('a Finnish workbook with a title row, merged headers, formulas and dates', () => {
  it('previews the mentors given name first', async () => {
    const sheet = await readSpreadsheet(await finnishMentorsWorkbook(), 'vertaistukijat.xlsx');
    const p = preview('mentors', sheet, { context: ctx('fi') });
    expect(p.mapping).toEqual(['familyName', 'givenName', 'phone', 'email', 'birthYear', 'joinedOn', 'status']);
    expect(p.counts).toMatchObject({ new: 2, error: 0 });
    expect(rec(p, 5, 'mentors')).toMatchObject({
      status: 'active',
      joinedOn: '2024-03-05',
      input: {
        familyName: 'Virtanen',
        givenName: 'Aino',
        email: 'aino@example.fi',
        phone: '040 111 2222',
        birthYear: 1988,
      },
    });
    expect(rec(p, 6, 'mentors')).toMatchObject({
      status: 'paused',
      joinedOn: '2023-11-02',
      input: { birthYear: 1975 },
    });
  });
});

describe('contacts', () => {
  it('a Finnish Windows-1252 list is read, mapped and previewed', async () => {
    const sheet = await readSpreadsheet(encodeSingleByte(FINNISH_CONTACTS_CSV, 'windows-1252'), 'yhteystiedot.csv');
    const p = preview('contacts', sheet, { context: ctx('fi') });
    expect(p.counts).toMatchObject({ new: 3, error: 0 });
    expect(rec(p, 3, 'contacts').input).toEqual({
      familyName: 'Öhman',
      givenName: 'Åsa',
      organisation: 'Poliisi',
      role: 'Rikosuhrityön yhdyshenkilö',
      phone: '+358 50 765 4321',
      email: 'asa.ohman@example.fi',
      notes: '',
    });
  });
});

describe('duplicates', () => {
  const lines = [
    'Név;E-mail;Telefon;Születési év',
    'Kovács Anna;ANNA@example.hu;;1985',
    'Szabó Béla;bela@example.hu;06 30 765 4321;1979',
    'Fűzfa Győző;;;1990',
    'Tóth Éva;eva@example.hu;;1992',
    'Kiss Éva;eva@example.hu;;1993',
    'Nagy Péter;peter@example.hu;+36 70 000 1111;1980',
    'Nagy Pál;pal@example.hu;06 70 000 1111;1981',
  ];
  const existing = (): ExistingIndex => ({
    ...none(),
    mentors: [
      { id: uuid(1), familyName: 'Kovács', givenName: 'Anna', email: 'anna@example.hu', phone: '', birthYear: null },
      {
        id: uuid(2),
        familyName: 'Szabó',
        givenName: 'Béla Tamás',
        email: '',
        phone: '+36 30 765 4321',
        birthYear: null,
      },
      // The same name written the other way round, and without accents, with the same year of birth.
      { id: uuid(3), familyName: 'Gyozo', givenName: 'Fuzfa', email: '', phone: '', birthYear: 1990 },
    ],
  });

  it('same e-mail (any case), same phone (+36 or 06), same name and year of birth; then the earlier rows of the file', async () => {
    const p = preview('mentors', await csv(lines), { existing: existing() });
    const dup = (row: number) => p.rows.find((r) => r.row === row)!.duplicate;
    expect(dup(2)).toEqual({
      reason: 'email',
      existingId: uuid(1),
      label: 'Kovács Anna',
      choices: ['skip', 'update', 'add'],
      messageKey: 'spreadsheetImport:duplicates.email',
    });
    expect(dup(3)).toMatchObject({ reason: 'phone', existingId: uuid(2) });
    expect(dup(4)).toMatchObject({ reason: 'nameYear', existingId: uuid(3) });
    expect(dup(5)).toBeUndefined();
    expect(dup(6)).toEqual({
      reason: 'email',
      fileRow: 5,
      label: '5',
      choices: ['skip', 'add'],
      messageKey: 'spreadsheetImport:duplicates.emailInFile',
    });
    expect(dup(8)).toMatchObject({ reason: 'phone', fileRow: 7 });
    expect(p.counts).toEqual({ total: 7, new: 2, duplicate: 5, error: 0 });
  });

  it('a different year of birth is a different person', async () => {
    const p = preview('mentors', await csv(['Név;Születési év', 'Fűzfa Győző;1991']), { existing: existing() });
    expect(p.rows[0]!.outcome).toBe('new');
  });

  it('decisions: skip by default, update or add when allowed', async () => {
    const p = preview('mentors', await csv(lines), { existing: existing() });
    expect(countsAfter(p, {})).toEqual({ new: 2, update: 0, add: 0, skip: 5, error: 0 });
    // Row 6 matches an earlier row of the file: it cannot "update" it.
    expect(countsAfter(p, { 2: 'update', 3: 'add', 6: 'update' })).toEqual({
      new: 2,
      update: 1,
      add: 1,
      skip: 3,
      error: 0,
    });
    expect(decisionOf(p.rows[0]!, { 2: 'update' })).toBe('update');
    expect(decisionOf(p.rows[0]!, { 2: 'add' })).toBe('import');
    expect(decisionOf(p.rows[4]!, { 6: 'update' })).toBe('skip');
  });

  it('contacts: same name at the same (or an unknown) organisation', async () => {
    const existingContacts: ExistingIndex = {
      ...none(),
      contacts: [
        {
          id: uuid(9),
          familyName: 'Lahti',
          givenName: 'Mari',
          email: '',
          phone: '',
          birthYear: null,
          organisation: 'Poliisi',
        },
      ],
    };
    const p = preview(
      'contacts',
      await csv(['Sukunimi;Etunimi;Organisaatio', 'Lahti;Mari;poliisi', 'Lahti;Mari;', 'Lahti;Mari;Kaupunki']),
      { existing: existingContacts, context: ctx('fi') },
    );
    expect(
      p.rows.map((r) =>
        r.duplicate ? `${r.duplicate.reason}:${r.duplicate.existingId ?? r.duplicate.fileRow}` : r.outcome,
      ),
    ).toEqual([
      `name:${uuid(9)}`,
      `name:${uuid(9)}`,
      // Not the one at the police, but maybe the one of row 3 (whose organisation is not known).
      'name:3',
    ]);
    const elsewhere = preview('contacts', await csv(['Sukunimi;Etunimi;Organisaatio', 'Lahti;Mari;Kaupunki']), {
      existing: existingContacts,
      context: ctx('fi'),
    });
    expect(elsewhere.rows[0]!.outcome).toBe('new');
  });
});

describe("cell errors come from the forms' schemas, per cell", () => {
  it('e-mail, date, number, required name, unknown value', async () => {
    const sheet = await csv([
      'Vezetéknév;Keresztnév;E-mail;Belépés dátuma;Kapacitás;Státusz;Születési év',
      'Kovács;Anna;nem-email;2024.13.45.;sok;aktív;1985',
      ';Béla;;;25;valami;1700',
    ]);
    const p = preview('mentors', sheet);
    expect(p.rows[0]!.errors.map((e) => [e.column, e.header, e.field, e.messageKey])).toEqual([
      [3, 'Belépés dátuma', 'joinedOn', 'spreadsheetImport:cellErrors.notADate'],
      [4, 'Kapacitás', 'capacity', 'spreadsheetImport:cellErrors.notANumber'],
      [2, 'E-mail', 'email', 'common:validation.email'],
    ]);
    const second = p.rows[1]!.errors;
    expect(second).toContainEqual({
      column: 5,
      header: 'Státusz',
      field: 'status',
      value: 'valami',
      messageKey: 'spreadsheetImport:cellErrors.unknownValue',
      params: { value: 'valami' },
    });
    expect(second).toContainEqual(
      expect.objectContaining({ column: 0, field: 'familyName', messageKey: 'common:validation.required' }),
    );
    expect(second).toContainEqual(
      expect.objectContaining({ column: 4, field: 'capacity', messageKey: 'common:validation.max20' }),
    );
    expect(second).toContainEqual(
      expect.objectContaining({
        column: 6,
        field: 'birthYear',
        messageKey: 'spreadsheetImport:cellErrors.tooSmall',
        params: { minimum: 1900 },
      }),
    );
    expect(p.counts.error).toBe(2);
  });

  it('a single-word name in the name column is reported on that column', async () => {
    const p = preview('contacts', await csv(['Name;Email', 'Anna;anna@example.org']), { context: ctx('en') });
    expect(p.rows[0]!.errors).toEqual([
      { column: 0, header: 'Name', field: 'givenName', value: 'Anna', messageKey: 'common:validation.required' },
    ]);
  });
});

describe('mentees: codes and programmes', () => {
  const existing = (): ExistingIndex => ({
    ...none(),
    mentees: [
      {
        id: uuid(5),
        familyName: '',
        givenName: '',
        email: '',
        phone: '',
        birthYear: null,
        code: 'HF-007',
        formerCodes: ['HF-001'],
        programmeId: HF,
      },
    ],
  });

  it('keeps a free code, reports one taken by another mentee, takes the programme from the code, and asks about unknown transitions', async () => {
    const sheet = await csv([
      'Code;Transition;Status;Referred on',
      'HF-023;Moving into housing;waiting;05/03/2024',
      'HF-007;leaving care;Paired;',
      'hf-001;Lakásba költözés;;',
      'LE-002;Kikerülés a gyermekvédelmi gondoskodásból;Lezárva;2024. 01. 10.',
      ';Moving into housing;;',
      'XX-001;Other;;',
    ]);
    const context = ctx('en');
    const { mapping } = guessMapping('mentees', sheet.headers);
    expect(mapping).toEqual(['code', 'transition', 'status', 'referredOn']);
    const questions = valueQuestions('mentees', sheet, mapping, context);
    expect(questions.map((q) => [q.target, q.raw, q.suggestion])).toEqual([
      // Close to the Hungarian label "Beköltözés lakásba".
      ['transition', 'Lakásba költözés', { kind: 'value', value: 'movingIntoHousing' }],
    ]);
    const p = preview('mentees', sheet, {
      existing: existing(),
      context,
      answers: { [questions[0]!.key]: { kind: 'value', value: 'movingIntoHousing' } },
    });
    const row = (n: number) => p.rows.find((r) => r.row === n)!;
    expect(row(2)).toMatchObject({
      outcome: 'new',
      record: {
        code: 'HF-023',
        status: 'waiting',
        input: { programmeId: HF, referredOn: '2024-03-05', transition: 'movingIntoHousing' },
      },
    });
    expect(row(2).notes.map((n) => n.messageKey)).toEqual([
      'spreadsheetImport:notes.programmeFromCode',
      'spreadsheetImport:notes.codeKept',
    ]);
    expect(row(3)).toMatchObject({
      outcome: 'duplicate',
      duplicate: { reason: 'code', existingId: uuid(5), label: 'HF-007' },
    });
    expect(row(3).notes.map((n) => n.messageKey)).toContain('spreadsheetImport:notes.pairedAsWaiting');
    expect(row(3).notes.map((n) => n.messageKey)).toContain('spreadsheetImport:notes.codeTaken');
    // A former code still names the mentee.
    expect(row(4)).toMatchObject({ outcome: 'duplicate', duplicate: { reason: 'code', existingId: uuid(5) } });
    expect(row(5)).toMatchObject({
      record: {
        code: 'LE-002',
        status: 'closed',
        closedOn: '2025-01-15',
        input: { programmeId: LE, transition: 'leavingCare', referredOn: '2024-01-10' },
      },
    });
    // No code and no programme column: the programme is missing.
    expect(row(6).errors).toEqual([
      { column: null, header: '', field: 'programme', value: '', messageKey: 'common:validation.required' },
    ]);
    expect(row(7).errors[0]).toMatchObject({
      column: 0,
      messageKey: 'spreadsheetImport:cellErrors.noProgrammeForCode',
      params: { code: 'XX-001' },
    });
  });

  it('the same code twice in the file', async () => {
    const p = preview(
      'mentees',
      await csv(['Kód;Program;Átmenet', 'HF-030;Housing First;Egyéb', 'HF-030;Housing First;Egyéb']),
      {
        existing: existing(),
      },
    );
    expect(p.rows[1]).toMatchObject({
      outcome: 'duplicate',
      duplicate: { reason: 'code', fileRow: 2, choices: ['skip', 'add'] },
    });
  });
});

describe('past attendance', () => {
  const existing = (): ExistingIndex => ({
    ...none(),
    mentors: [
      { id: uuid(1), familyName: 'Kovács', givenName: 'Anna', email: 'anna@example.hu', phone: '', birthYear: 1985 },
    ],
    contacts: [
      { id: uuid(2), familyName: 'Szabó', givenName: 'Béla', email: 'bela@example.hu', phone: '', birthYear: null },
    ],
    mentees: [
      {
        id: uuid(3),
        familyName: 'Tóth',
        givenName: 'Eszter',
        email: '',
        phone: '',
        birthYear: null,
        code: 'HF-003',
        formerCodes: [],
        programmeId: HF,
      },
    ],
    sessions: [
      {
        id: uuid(10),
        date: '2024-03-12',
        title: 'Esetmegbeszélés',
        kind: 'supervision',
        startTime: '10:00',
        endTime: '12:00',
      },
    ],
    attendance: [{ id: uuid(20), sessionId: uuid(10), personId: uuid(1), walkInName: '' }],
  });

  it('groups rows into sessions, matches people by e-mail, code and name, and records the rest as walk-ins', async () => {
    const sheet = await csv([
      'Dátum;Alkalom;Fajta;Kezdés;Befejezés;Név;E-mail;Kód;Jelenlét;Óraszám',
      '2024.03.05.;Képzés 1;Képzés;09:00;12:00;;anna@example.hu;;x;3',
      '2024.03.05.;Képzés 1;Képzés;09:00;12:00;Szabó Béla;;;igen;',
      '2024.03.05.;Képzés 1;Képzés;09:00;12:00;;;HF-003;igazoltan;0',
      '2024.03.05.;Képzés 1;Képzés;09:00;12:00;Vendég Vera;;;x;1,5',
      '2024.03.12.;Esetmegbeszélés;Szupervízió;10:00;12:00;Kovács Anna;;;jelen;2',
      '2024.03.12.;Esetmegbeszélés;Szupervízió;10:00;12:00;Vendég Vera;;;x;2',
      '2024.03.12.;Esetmegbeszélés;Szupervízió;10:00;12:00;Vendég Vera;;;x;2',
      '2024.03.19.;;;;;;;HF-999;x;',
    ]);
    const p = preview('attendance', sheet, { existing: existing() });
    expect(p.mapping).toEqual([
      'sessionDate',
      'sessionTitle',
      'sessionKind',
      'startTime',
      'endTime',
      'fullName',
      'email',
      'menteeCode',
      'attendanceStatus',
      'hours',
    ]);
    expect(p.sessions).toEqual([
      {
        key: '2024-03-05|kepzes 1|training',
        date: '2024-03-05',
        title: 'Képzés 1',
        kind: 'training',
        subKind: 'course',
        startTime: '09:00',
        endTime: '12:00',
        programmeId: null,
        existingId: null,
        rows: 4,
      },
      expect.objectContaining({
        date: '2024-03-12',
        kind: 'supervision',
        subKind: 'caseDiscussion',
        existingId: uuid(10),
        rows: 2,
      }),
    ]);
    const r = (n: number) => p.rows.find((x) => x.row === n)!;
    expect(rec(p, 2, 'attendance')).toMatchObject({
      person: { kind: 'mentor', id: uuid(1), matchedBy: 'email' },
      status: 'present',
      hours: 3,
    });
    expect(rec(p, 3, 'attendance')).toMatchObject({
      person: { kind: 'contact', id: uuid(2), matchedBy: 'name' },
      status: 'present',
      hours: 3,
    });
    expect(rec(p, 4, 'attendance')).toMatchObject({
      person: { kind: 'mentee', id: uuid(3), label: 'HF-003' },
      status: 'excused',
      hours: 0,
    });
    expect(rec(p, 5, 'attendance')).toMatchObject({
      person: { kind: 'walkIn', id: null, label: 'Vendég Vera' },
      hours: 1.5,
    });
    expect(r(5).notes.map((n) => n.messageKey)).toEqual([
      'spreadsheetImport:notes.newSession',
      'spreadsheetImport:notes.walkIn',
    ]);
    expect(r(6)).toMatchObject({
      outcome: 'duplicate',
      duplicate: { reason: 'attendance', existingId: uuid(20), choices: ['skip', 'update'] },
    });
    expect(r(6).notes[0]).toEqual({
      messageKey: 'spreadsheetImport:notes.existingSession',
      params: { date: '2024-03-12', title: 'Esetmegbeszélés' },
    });
    expect(r(7).outcome).toBe('new');
    expect(r(8)).toMatchObject({
      outcome: 'duplicate',
      duplicate: { reason: 'attendance', fileRow: 7, choices: ['skip'] },
    });
    expect(r(9).errors).toEqual([
      expect.objectContaining({
        column: 7,
        field: 'menteeCode',
        messageKey: 'spreadsheetImport:cellErrors.menteeNotFound',
        params: { code: 'HF-999' },
      }),
    ]);
  });

  it("a row naming nobody is an error; end time before start is the schema's", async () => {
    const p = preview(
      'attendance',
      await workbookOf([
        ['Date', 'Session', 'Start', 'End', 'Name'],
        [new Date(Date.UTC(2024, 4, 2)), 'Group', '18:00', '17:00', 'Anna Smith'],
        [new Date(Date.UTC(2024, 4, 2)), 'Group', null, null, null],
      ]).then((b) => readSpreadsheet(b, 'a.xlsx')),
      { context: ctx('en') },
    );
    expect(p.rows[0]!.errors).toEqual([
      expect.objectContaining({ column: 3, field: 'endTime', messageKey: 'common:validation.endAfterStart' }),
    ]);
    expect(p.rows[1]!.errors).toEqual([
      expect.objectContaining({ column: null, messageKey: 'spreadsheetImport:cellErrors.noName' }),
    ]);
  });
});

describe('programme prefixes for new programmes', () => {
  it('initials, free among the taken ones', () => {
    expect(suggestCodePrefix('Ifjúsági Mentor Program', new Set())).toBe('IM');
    expect(suggestCodePrefix('Housing First', new Set(['HF']))).toBe('HFU');
    expect(suggestCodePrefix('Nuoret', new Set())).toBe('NU');
    expect(suggestCodePrefix('Program', new Set())).toBe('PR');
  });
});
