import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { createProgramme } from '../programmes/programmesRepo';
import { createMentor, getMentor } from '../mentors/mentorsRepo';
import { createMentee } from '../mentees/menteesRepo';
import { createSession } from '../sessions/sessionsRepo';
import { saveAttendance } from '../sessions/attendanceRepo';
import { undoLastImport } from '../backup';
import { buildPreview } from '../../../shared/spreadsheet/preview';
import { guessMapping } from '../../../shared/spreadsheet/mapping';
import { readSpreadsheet } from '../../../shared/spreadsheet/read';
import type { ImportKind, ImportPreview, ValueAnswers } from '../../../shared/spreadsheet/types';
import { HUNGARIAN_MENTORS_CSV, encodeSingleByte, utf8 } from '../../../tests/fixtures/spreadsheet/wild';
import {
  commitImport,
  loadExistingIndex,
  loadImportContext,
  loadRememberedMapping,
  rememberMapping,
  sessionDatesOf,
} from './importRepo';

const NOW = new Date('2025-01-15T10:00:00Z');

const previewOf = async (
  kind: ImportKind,
  bytes: Uint8Array,
  answers: ValueAnswers = {},
  language: 'hu' | 'en' | 'fi' = 'hu',
): Promise<ImportPreview> => {
  const sheet = await readSpreadsheet(bytes, 'file.csv');
  const context = await loadImportContext({ language, today: '2025-01-15' });
  const { mapping } = guessMapping(kind, sheet.headers, null, sheet.rows, context.nameOrder);
  const existing = await loadExistingIndex(kind, kind === 'attendance' ? sessionDatesOf(sheet, mapping) : []);
  return buildPreview({ kind, sheet, mapping, answers, existing, context });
};
const csv = (lines: string[]) => utf8(lines.join('\n'));

/** Every table the import may touch, as stored (what an undo must give back exactly). */
const dump = async () => ({
  programmes: await db.programmes.orderBy('id').toArray(),
  mentors: await db.mentors.orderBy('id').toArray(),
  mentees: await db.mentees.orderBy('id').toArray(),
  contacts: await db.contacts.orderBy('id').toArray(),
  sessions: await db.sessions.orderBy('id').toArray(),
  attendance: await db.attendance.orderBy('id').toArray(),
});

let le: string;
beforeEach(async () => {
  await resetDatabase();
  le = await createProgramme({ name: 'Lakhatás Először', codePrefix: 'LE' });
});

describe('importing mentors', () => {
  const createIfjusagi: ValueAnswers = {
    'programme:ifjusagi program': { kind: 'createProgramme', name: 'Ifjúsági program', codePrefix: 'IF' },
  };

  it('writes every new mentor and the programme to create in one go, with an audit entry; undo puts the data back exactly', async () => {
    const before = await dump();
    const preview = await previewOf('mentors', encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'), createIfjusagi);
    const result = await commitImport({ preview, decisions: {}, now: NOW });
    expect(result).toMatchObject({ kind: 'mentors', added: 3, updated: 0, skipped: 0, programmesCreated: 1 });

    const mentors = await db.mentors.toArray();
    expect(mentors).toHaveLength(3);
    const anna = mentors.find((m) => m.familyName === 'Kovács')!;
    const ifjusagi = (await db.programmes.toArray()).find((p) => p.name === 'Ifjúsági program')!;
    expect(ifjusagi.codePrefix).toBe('IF');
    expect(anna).toMatchObject({
      givenName: 'Anna',
      status: 'active',
      statusHistory: [{ status: 'active', date: '2024-03-05', reason: '', override: null }],
      programmeIds: [ifjusagi.id],
      languages: ['hu', 'en'],
      deletedAt: null,
    });
    // Stamped by the write path like any record typed in.
    expect(anna.baseStamp).toMatch(/./);
    expect(anna.rev).toMatch(/^[0-9a-f]{16}$/);
    expect(anna.searchTokens).toContain('kovacs');
    const audit = await db.auditLog.toArray();
    expect(audit).toEqual([expect.objectContaining({ action: 'importSpreadsheet', subjectKind: 'file', count: 3 })]);
    expect(await db.meta.get('lastImportAt')).toEqual({ key: 'lastImportAt', value: NOW.toISOString() });

    await undoLastImport(new Date(NOW.getTime() + 60_000));
    expect(await dump()).toEqual(before);
  });

  it("updates the chosen duplicates field by field (only the file's columns, never with an empty cell), adds or skips the others", async () => {
    const annaId = await createMentor(
      {
        givenName: 'Anna',
        familyName: 'Kovács',
        email: 'anna.kovacs@example.hu',
        phone: '',
        availability: 'Hétvégén',
        birthYear: 1984,
      },
      { status: 'inTraining', date: '2023-01-01' },
    );
    const szokeId = await createMentor({
      givenName: 'Ödön',
      familyName: 'Szőke',
      email: 'odon@example.hu',
      phone: '+36 30 111 2222',
    });
    const original = await getMentor(annaId);
    const preview = await previewOf('mentors', encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'), createIfjusagi);
    expect(preview.rows.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate', 'new']);
    const before = await dump();

    const result = await commitImport({ preview, decisions: { 2: 'update', 3: 'skip' }, now: NOW });
    expect(result).toMatchObject({ added: 1, updated: 1, skipped: 1 });
    const anna = (await getMentor(annaId))!;
    expect(anna).toMatchObject({
      phone: '+36 20 123 4567',
      birthYear: 1985,
      languages: ['hu', 'en'],
      // Not in the file: kept. The lifecycle is not the import's to change.
      availability: 'Hétvégén',
      status: 'inTraining',
      statusHistory: original!.statusHistory,
    });
    expect((await getMentor(szokeId))!.phone).toBe('+36 30 111 2222');
    expect(await db.mentors.count()).toBe(3);

    await undoLastImport(new Date(NOW.getTime() + 60_000));
    expect(await dump()).toEqual(before);
    expect(await getMentor(annaId)).toEqual(original);
  });

  it('"add anyway" makes a second record', async () => {
    await createMentor({ givenName: 'Anna', familyName: 'Kovács', email: 'anna.kovacs@example.hu' });
    const preview = await previewOf('mentors', encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'), createIfjusagi);
    await commitImport({ preview, decisions: { 2: 'add' }, now: NOW });
    expect(await db.mentors.where('familyName').equals('Kovács').count()).toBe(2);
  });

  it('a failure midway (a write refused in the middle of the transaction) leaves nothing written, and the previous undo intact', async () => {
    // An earlier import, whose undo must survive the failed one.
    await commitImport({
      preview: await previewOf('contacts', csv(['Vezetéknév;Keresztnév', 'Lakatos;Márta'])),
      decisions: {},
      now: NOW,
    });
    const snapshots = await db.snapshots.toArray();
    const before = await dump();
    const audit = await db.auditLog.count();

    const lines = ['Vezetéknév;Keresztnév;Program'];
    for (let i = 0; i < 500; i++) lines.push(`Minta${i};Anna;Ifjúsági program`);
    const preview = await previewOf('mentors', csv(lines), createIfjusagi);
    expect(preview.counts.new).toBe(500);
    let seen = 0;
    const refuse = () => {
      if (++seen === 250) throw new Error('disk full');
    };
    db.mentors.hook('creating', refuse);
    try {
      await expect(commitImport({ preview, decisions: {}, now: NOW })).rejects.toThrow('disk full');
    } finally {
      db.mentors.hook('creating').unsubscribe(refuse);
    }
    expect(seen).toBe(250);
    expect(await dump()).toEqual(before);
    expect(await db.snapshots.toArray()).toEqual(snapshots);
    expect(await db.auditLog.count()).toBe(audit);
  });

  it('refuses a programme whose prefix was taken meanwhile, and writes nothing', async () => {
    const preview = await previewOf('mentors', encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'), createIfjusagi);
    await createProgramme({ name: 'Ifjúsági Foglalkoztatás', codePrefix: 'IF' });
    const before = await dump();
    await expect(commitImport({ preview, decisions: {}, now: NOW })).rejects.toMatchObject({
      kind: 'prefixTaken',
      messageKey: 'spreadsheetImport:commitErrors.prefixTaken',
      params: { prefix: 'IF', name: 'Ifjúsági program' },
    });
    expect(await dump()).toEqual(before);
  });

  it('refuses on a read-only database', async () => {
    const preview = await previewOf('mentors', encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'), createIfjusagi);
    db.readOnly = true;
    try {
      await expect(commitImport({ preview, decisions: {}, now: NOW })).rejects.toMatchObject({
        kind: 'readOnly',
        messageKey: 'common:errors.readOnlyDatabase',
      });
    } finally {
      db.readOnly = false;
    }
    expect(await db.mentors.count()).toBe(0);
  });

  it('remembers the mapping for files of the same shape', async () => {
    const headers = ['Név', 'E-mail', 'Telefonszám', 'Születési év', 'Program', 'Státusz', 'Belépés dátuma', 'Nyelvek'];
    expect(await loadRememberedMapping('mentors', headers)).toBeNull();
    const preview = await previewOf('mentors', encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'), createIfjusagi);
    await commitImport({ preview, decisions: {}, now: NOW });
    expect(await loadRememberedMapping('mentors', headers)).toEqual(preview.mapping);
    expect(await loadRememberedMapping('contacts', headers)).toBeNull();
    await rememberMapping(
      preview.shapeKey,
      ['fullName', null, null, null, null, null, null, null],
      new Date(NOW.getTime() + 1000),
    );
    expect(await loadRememberedMapping('mentors', headers)).toEqual([
      'fullName',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('importing mentees', () => {
  it("keeps free codes, gives the others the programme's next numbers (after the kept ones), and creates a programme with its codes", async () => {
    await createMentee({ programmeId: le, transition: 'movingIntoHousing' }, { today: '2025-01-01' }); // LE-001
    const preview = await previewOf(
      'mentees',
      csv([
        'Kód;Program;Átmeneti időszak;Családnév;Utónév',
        'LE-010;Lakhatás Először;Beköltözés lakásba;Kiss;Ágnes',
        ';Lakhatás Először;Egyéb;;',
        'LE-001;Lakhatás Először;Egyéb;;',
        ';Ifjúsági program;Iskolai átmenet;;',
        'IF-005;Ifjúsági program;Iskolai átmenet;;',
      ]),
      { 'programme:ifjusagi program': { kind: 'createProgramme', name: 'Ifjúsági program', codePrefix: 'IF' } },
    );
    expect(preview.rows.map((r) => r.outcome)).toEqual(['new', 'new', 'duplicate', 'new', 'new']);
    const result = await commitImport({ preview, decisions: { 4: 'add' }, now: NOW });
    expect(result).toMatchObject({ added: 5, programmesCreated: 1 });
    const codes = (await db.mentees.orderBy('code').toArray()).map((m) => [m.code, m.familyName, m.status]);
    expect(codes).toEqual([
      ['IF-005', '', 'waiting'],
      ['IF-006', '', 'waiting'],
      ['LE-001', '', 'waiting'],
      ['LE-010', 'Kiss', 'waiting'],
      ['LE-011', '', 'waiting'],
      // The file's LE-001 belongs to another mentee: "add anyway" gives the next code.
      ['LE-012', '', 'waiting'],
    ]);
    const kiss = await db.mentees.where('code').equals('LE-010').first();
    expect(kiss).toMatchObject({
      givenName: 'Ágnes',
      transition: 'movingIntoHousing',
      referredOn: '2025-01-15',
      consentGiven: false,
    });
    expect(kiss!.searchTokens).toEqual(expect.arrayContaining(['le-010', 'kiss', 'agnes']));
  });
});

describe('importing past attendance', () => {
  it('creates the sessions, adds to an existing one, updates a row chosen, records walk-ins; undo takes it all back', async () => {
    const annaId = await createMentor({ givenName: 'Anna', familyName: 'Kovács', email: 'anna@example.hu' });
    const existing = await createSession({
      title: 'Esetmegbeszélés',
      kind: 'supervision',
      subKind: 'caseDiscussion',
      date: '2024-03-12',
      startTime: '10:00',
      endTime: '12:00',
    });
    await saveAttendance(existing.id, [
      { personKind: 'mentor', personId: annaId, walkInName: '', status: 'absent', hours: 0 },
    ]);
    const before = await dump();
    const preview = await previewOf(
      'attendance',
      csv([
        'Dátum;Alkalom;Fajta;Név;E-mail;Jelenlét;Óraszám',
        '2024.03.05.;Képzés 1;Képzés;;anna@example.hu;x;3',
        '2024.03.05.;Képzés 1;Képzés;Vendég Vera;;x;3',
        '2024.03.12.;Esetmegbeszélés;Szupervízió;Kovács Anna;;jelen;2',
        '2024.03.12.;Esetmegbeszélés;Szupervízió;Vendég Vera;;igazoltan;0',
      ]),
    );
    expect(preview.rows.map((r) => r.outcome)).toEqual(['new', 'new', 'duplicate', 'new']);
    const result = await commitImport({ preview, decisions: { 4: 'update' }, now: NOW });
    expect(result).toMatchObject({ kind: 'attendance', added: 3, updated: 1, sessionsCreated: 1 });
    const training = (await db.sessions.where('date').equals('2024-03-05').toArray())[0]!;
    expect(training).toMatchObject({
      title: 'Képzés 1',
      kind: 'training',
      subKind: 'course',
      startTime: '09:00',
      endTime: '12:00',
    });
    const rows = await db.attendance.toArray();
    expect(rows.map((a) => [a.sessionDate, a.personKind, a.personId, a.walkInName, a.status, a.hours]).sort()).toEqual(
      [
        ['2024-03-05', 'mentor', annaId, '', 'present', 3],
        ['2024-03-05', 'walkIn', null, 'Vendég Vera', 'present', 3],
        ['2024-03-12', 'mentor', annaId, '', 'present', 2],
        ['2024-03-12', 'walkIn', null, 'Vendég Vera', 'excused', 0],
      ].sort(),
    );
    await undoLastImport(new Date(NOW.getTime() + 60_000));
    expect(await dump()).toEqual(before);
  });
});
