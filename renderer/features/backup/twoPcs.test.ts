import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import { SCHEMA_VERSION } from '../../db/AppDB';
import { WriteClock } from '../../db/clock';
import { putMeta } from '../../db/meta';
import { openDatabase } from '../../db/openDatabase';
import { resetDatabase } from '../../db/testing';
import { createBackupFile, openBackupFile } from '../../../shared/backup/pipeline';
import { buildBackupBytes } from '../../../shared/backup/document';
import { encryptWithPassphrase } from '../../../shared/backup/ageCrypto';
import type { BackupDocument, StoredRecord, TablesData } from '../../../shared/backup/format';
import { countsOfPlan, mergeTotals } from '../../../shared/backup/mergePlan';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import { MentorInputSchema, type Mentor, type MentorInput } from '../../../shared/domain/mentor';
import { purposeStates } from '../../../shared/privacy/consentLedger';
import { HLC_PATTERN, LEGACY_NODE, hlcTime, nodeOfDevice, parseHlc } from '../../../shared/sync/hlc';
import { recodeCandidates } from '../../../shared/sync/codes';
import { attendanceId } from '../../../shared/sync/ids';
import { dumpTables, importBackup, manifestInfo, previewMerge, type MergePreview } from './backupRepo';
import {
  changeMentorStatus,
  countMentorsByStatus,
  createMentor,
  getMentor,
  updateMentor,
} from '../mentors/mentorsRepo';
import { createMentee, findMenteeIds, findMentees, getMentee } from '../mentees/menteesRepo';
import { giveConsent, listConsents, withdrawConsent } from '../consents/consentsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import { createSession } from '../sessions/sessionsRepo';
import { listAttendanceForSession, saveAttendance } from '../sessions/attendanceRepo';
import { getMentorProgress } from '../training/progressRepo';

/**
 * Two PCs of one organisation, each with its own copy of the data, exchanging encrypted backup
 * files and merging them (the app's real repositories, write path, backup pipeline and import).
 *
 * The app has one database, so a PC is played by turns (`on`): the database is emptied, this
 * PC's id written to `meta`, its last state restored from its own backup (a replace copies the
 * records verbatim, stamps and all), its clock started as the app starts it (`openDatabase`:
 * a fresh clock of this PC's node, past the newest change it holds), and the wall clock set to
 * this PC's (the world's time plus its skew; `Date` is faked, so the repositories' `createdAt`
 * and the clock's wall time both follow it). Then the PC does its work and its state is saved
 * as its own backup file again, which is also the file it sends to the other PC.
 */

const PASSPHRASE = 'correct horse battery staple';
const APP_VERSION = '0.1.0-test';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse('2026-12-01T09:00:00.000Z');

type Pc = {
  name: string;
  deviceId: string;
  /** How far this PC's wall clock is ahead of the world's. */
  skewMs: number;
  /** The PC's last backup of itself: what it restores from, and what it sends. */
  file: Uint8Array | null;
  /** What that backup holds (a restore must give exactly this back). */
  saved: TablesData | null;
};

let world = START;
let current: Pc | null = null;
let pcA: Pc;
let pcB: Pc;

const makePc = (name: string, deviceId: string, skewMs = 0): Pc => ({
  name,
  deviceId,
  skewMs,
  file: null,
  saved: null,
});

const setWall = (): void => {
  vi.setSystemTime(world + (current?.skewMs ?? 0));
};

/** The world moves on (the PC whose turn it is sees it through its own skew). */
const later = (ms = MINUTE): void => {
  world += ms;
  setWall();
};

const openFile = async (bytes: Uint8Array): Promise<BackupDocument> =>
  (await openBackupFile({ bytes, passphrase: PASSPHRASE, schemaVersion: SCHEMA_VERSION })).document;

/** This PC's backup, as the Backup page makes it (manifest from this PC's meta and settings). */
const backupHere = async (): Promise<{ bytes: Uint8Array; tables: TablesData }> => {
  const tables = await dumpTables();
  const file = await createBackupFile({
    tables,
    info: await manifestInfo(APP_VERSION, new Date()),
    passphrase: PASSPHRASE,
    workFactor: 10,
  });
  expect(file.manifest.deviceId).toBe(current?.deviceId);
  return { bytes: file.bytes, tables };
};

/** Plays `pc` for the length of `body` (see the top of the file), then keeps its state. */
const on = async <T>(pc: Pc, body: () => Promise<T>): Promise<T> => {
  current = pc;
  setWall();
  await resetDatabase();
  await putMeta('deviceId', pc.deviceId);
  if (pc.file) {
    await importBackup(await openFile(pc.file), 'replace');
    expect(withoutAudit(await dumpTables())).toEqual(pc.saved);
  }
  // The app starting on this PC: a new clock (not the other PC's), started past what it holds.
  Object.assign(db.clock, new WriteClock());
  expect(await openDatabase()).toEqual({ mode: 'ready' });
  expect(db.clock.node).toBe(nodeOfDevice(pc.deviceId));
  try {
    const result = await body();
    const backup = await backupHere();
    pc.file = backup.bytes;
    pc.saved = withoutAudit(backup.tables);
    return result;
  } finally {
    current = null;
  }
};

type Merged = { preview: MergePreview; written: number };
/** A backup file as it travels from one PC to the other. */
type Sent = { from: string; deviceId: string; bytes: Uint8Array };

/**
 * The data without the audit log: every import (a Replace here, a merge) records itself there,
 * so two PCs' logs differ by their own last entries while their data is the same.
 */
const withoutAudit = (tables: TablesData): TablesData => ({ ...tables, auditLog: [] });

const sentBy = (pc: Pc): Sent => {
  if (!pc.file) throw new Error(`${pc.name} has no backup`);
  return { from: pc.name, deviceId: pc.deviceId, bytes: pc.file };
};

/** This PC opens a file another PC sent, previews the merge (at this PC's time) and imports it. */
const mergeFile = async (file: Sent): Promise<Merged> => {
  const document = await openFile(file.bytes);
  expect(document.manifest.deviceId).toBe(file.deviceId);
  const preview = await previewMerge(document.tables, undefined, new Date());
  const { written } = await importBackup(document, 'merge', new Date(), preview);
  // Each import adds an entry to the audit log, so a merge always has the other PC's newest
  // entries to copy; what must converge is the data.
  return { preview, written: written - preview.plan.auditLog.writes.length };
};

/**
 * Both PCs send their backup to the other at once and each merges the other's: both must then
 * hold the very same data. Then each merges the other's new backup: nothing is left to write.
 */
const exchange = async (a: Pc, b: Pc): Promise<{ atA: Merged; atB: Merged }> => {
  const [fromA, fromB] = [sentBy(a), sentBy(b)];
  const atA = await on(a, () => mergeFile(fromB));
  const atB = await on(b, () => mergeFile(fromA));
  expect(a.saved).not.toBeNull();
  expect(a.saved).toEqual(b.saved);
  expect((await on(a, () => mergeFile(sentBy(b)))).written).toBe(0);
  expect((await on(b, () => mergeFile(sentBy(a)))).written).toBe(0);
  return { atA, atB };
};

/** Every record has the stamps of the per-field merge and its rev. */
const expectStamped = (tables: TablesData | null): void => {
  for (const name of DOMAIN_TABLE_NAMES)
    for (const r of tables?.[name] ?? []) {
      expect(r.baseStamp, `${name} ${r.id}`).toMatch(HLC_PATTERN);
      expect(r.rev, `${name} ${r.id}`).toMatch(/^[0-9a-f]{16}$/);
      expect(r.fieldStamps, `${name} ${r.id}`).toBeTypeOf('object');
    }
};

const mentorInput = (m: Mentor): MentorInput => MentorInputSchema.parse(m);

const anna: MentorInput = {
  givenName: 'Anna',
  familyName: 'Kovács',
  email: 'anna.kovacs@pelda.hu',
  phone: '+36 30 555 1234',
  livedExperience: ['homelessness'],
};
const bence: MentorInput = { givenName: 'Bence', familyName: 'Tóth', phone: '+36 20 444 5678' };

type Base = {
  programmeId: string;
  annaId: string;
  benceId: string;
  consentId: string;
  sessionId: string;
  firstMenteeId: string;
};

/** The organisation's data as set up on PC A; PC B starts from A's backup of it (a replace). */
const setUpBase = async (): Promise<Base> => {
  const base = await on(pcA, async () => {
    const programmeId = await createProgramme({ name: 'Housing First mentoring', codePrefix: 'HF' });
    const annaId = await createMentor({ ...anna, programmeIds: [programmeId] }, { date: '2026-11-02' });
    const benceId = await createMentor({ ...bence, programmeIds: [programmeId] }, { date: '2026-11-02' });
    const consentId = await giveConsent({
      personKind: 'mentor',
      personId: annaId,
      purposeKind: 'processing',
      purpose: 'Data processing',
      date: '2026-11-02',
      method: 'written',
    });
    const session = await createSession({
      title: 'Basics of peer support',
      kind: 'training',
      subKind: 'course',
      programmeId,
      date: '2026-11-28',
      startTime: '09:00',
      endTime: '12:00',
      expected: [
        { kind: 'mentor', id: annaId },
        { kind: 'mentor', id: benceId },
      ],
    });
    const first = await createMentee({ programmeId, transition: 'movingIntoHousing' }, { today: '2026-11-02' });
    expect(first.code).toBe('HF-001');
    return { programmeId, annaId, benceId, consentId, sessionId: session.id, firstMenteeId: first.id };
  });
  pcB.file = pcA.file;
  pcB.saved = pcA.saved;
  later(HOUR);
  return base;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  world = START;
  current = null;
  pcA = makePc('A', 'aaaaaaaa-1111-4111-8111-111111111111');
  pcB = makePc('B', 'bbbbbbbb-2222-4222-8222-222222222222');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('two PCs exchanging backups', () => {
  it('both add a mentee to one programme (same next code): one keeps it, the other is re-coded the same way on both PCs', async () => {
    const base = await setUpBase();
    const input = { programmeId: base.programmeId, transition: 'movingIntoHousing' as const };
    later();
    const aliz = await on(pcA, () => createMentee({ ...input, givenName: 'Aliz' }, { today: '2026-12-01' }));
    later();
    const bea = await on(pcB, () => createMentee({ ...input, givenName: 'Bea' }, { today: '2026-12-01' }));
    expect([aliz.code, bea.code]).toEqual(['HF-002', 'HF-002']);

    const { atA, atB } = await exchange(pcA, pcB);
    // Aliz was made first: she keeps the code; Bea gets it with a suffix from her id, on both PCs.
    const newCode = recodeCandidates('HF-002', bea.id)[0];
    const recoded = [{ id: bea.id, from: 'HF-002', to: newCode }];
    expect(atA.preview.recoded).toEqual(recoded);
    expect(atB.preview.recoded).toEqual(recoded);

    for (const pc of [pcA, pcB])
      await on(pc, async () => {
        const all = await findMentees({ programmeId: base.programmeId });
        expect(all.map((m) => [m.givenName, m.code])).toEqual([
          ['', 'HF-001'],
          ['Aliz', 'HF-002'],
          ['Bea', newCode],
        ]);
        expect(new Set(all.map((m) => m.code)).size).toBe(3);
        expect((await getMentee(bea.id))?.formerCodes).toEqual(['HF-002']);
        expect((await getMentee(aliz.id))?.formerCodes ?? []).toEqual([]);
        // The old code still finds her (the paper records say HF-002), and the new one only her.
        expect(await findMenteeIds({ query: 'HF-002' })).toContain(bea.id);
        expect(await findMenteeIds({ query: newCode })).toEqual([bea.id]);
      });

    // The next mentee on either PC takes the next free number.
    later();
    expect((await on(pcB, () => createMentee(input, { today: '2026-12-01' }))).code).toBe('HF-003');
  });

  it('the same clash sent back and forth: B merges the file in which A already re-coded B’s mentee', async () => {
    const base = await setUpBase();
    const input = { programmeId: base.programmeId, transition: 'movingIntoHousing' as const };
    // Ids chosen so that the file lists A's mentee (who keeps the code) before B's (re-coded).
    const alizId = '11111111-1111-4111-8111-111111111111';
    const beaId = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
    later();
    await on(pcA, async () => {
      vi.spyOn(crypto, 'randomUUID').mockReturnValueOnce(alizId);
      expect((await createMentee({ ...input, givenName: 'Aliz' }, { today: '2026-12-01' })).code).toBe('HF-002');
    });
    later();
    await on(pcB, async () => {
      vi.spyOn(crypto, 'randomUUID').mockReturnValueOnce(beaId);
      expect((await createMentee({ ...input, givenName: 'Bea' }, { today: '2026-12-01' })).code).toBe('HF-002');
    });
    vi.restoreAllMocks();
    const newCode = recodeCandidates('HF-002', beaId)[0];
    // A merges B's file: B's mentee is re-coded on A.
    const atA = await on(pcA, () => mergeFile(sentBy(pcB)));
    expect(atA.preview.recoded).toEqual([{ id: beaId, from: 'HF-002', to: newCode }]);
    // A sends its merged data back: B takes A's mentee (HF-002) and its own one's new code.
    const atB = await on(pcB, () => mergeFile(sentBy(pcA)));
    expect(atB.preview.plan.mentees).toMatchObject({ added: 1, updated: 1 });
    expect(pcB.saved).toEqual(pcA.saved);
    await on(pcB, async () => {
      expect((await findMentees({ programmeId: base.programmeId })).map((m) => m.code)).toEqual([
        'HF-001',
        'HF-002',
        newCode,
      ]);
    });
  });

  it('a phone changed on A and the availability changed later on B: both changes survive on both PCs', async () => {
    const base = await setUpBase();
    later();
    await on(pcA, async () => {
      const m = (await getMentor(base.annaId)) as Mentor;
      await updateMentor(base.annaId, { ...mentorInput(m), phone: '+36 30 999 0000' });
    });
    later(HOUR);
    await on(pcB, async () => {
      const m = (await getMentor(base.annaId)) as Mentor;
      await updateMentor(base.annaId, { ...mentorInput(m), availability: 'Tuesday evenings' });
    });
    const { atA, atB } = await exchange(pcA, pcB);
    for (const { preview } of [atA, atB]) {
      expect(preview.plan.mentors).toMatchObject({ updated: 1, conflicts: [] });
      expect(mergeTotals(countsOfPlan(preview.plan)).writes).toBe(1);
    }
    for (const pc of [pcA, pcB])
      await on(pc, async () => {
        expect(await getMentor(base.annaId)).toMatchObject({
          phone: '+36 30 999 0000',
          availability: 'Tuesday evenings',
          email: anna.email,
        });
      });
  });

  it('a consent withdrawn on A, given again and for photos on B the same day: every entry arrives, both PCs read one ledger', async () => {
    const base = await setUpBase();
    const anna = { personKind: 'mentor', personId: base.annaId, purposeKind: 'processing', method: 'written' } as const;
    later();
    await on(pcA, () => withdrawConsent({ ...anna, date: '2026-12-01', method: 'verbal' }));
    later();
    // B has not seen the withdrawal: a new form signed the same day, and consent to photos.
    await on(pcB, async () => {
      await giveConsent({ ...anna, date: '2026-12-01', notes: 'New form signed.' });
      await giveConsent({ ...anna, purposeKind: 'photos', date: '2026-12-01' });
    });
    await exchange(pcA, pcB);
    const [onA, onB] = [
      await on(pcA, () => listConsents('mentor', base.annaId)),
      await on(pcB, () => listConsents('mentor', base.annaId)),
    ];
    expect(onB).toEqual(onA);
    expect(onA.map((c) => [c.purposeKind, c.kind, c.date])).toEqual([
      ['photos', 'given', '2026-12-01'],
      ['processing', 'given', '2026-12-01'],
      ['processing', 'withdrawn', '2026-12-01'],
      ['processing', 'given', '2026-11-02'],
    ]);
    // On the same day the entry made later holds: B's consent, made after A's withdrawal.
    expect(purposeStates(onA).map((s) => [s.purposeKind, s.state])).toEqual([
      ['processing', 'given'],
      ['photos', 'given'],
    ]);
    // The first consent is untouched: nothing edits the past.
    expect(onA.find((c) => c.id === base.consentId)).toMatchObject({
      kind: 'given',
      date: '2026-11-02',
      fieldStamps: {},
    });
  });

  it("a mentor's exit on A and a phone change on B: the exit stands with its history entry, the phone is changed", async () => {
    const base = await setUpBase();
    later();
    await on(pcA, () =>
      changeMentorStatus(base.annaId, { status: 'exited', date: '2026-12-01', reason: 'Moved abroad' }),
    );
    later(2 * HOUR);
    await on(pcB, async () => {
      const m = (await getMentor(base.annaId)) as Mentor;
      await updateMentor(base.annaId, { ...mentorInput(m), phone: '+36 70 123 4567' });
    });
    await exchange(pcA, pcB);
    for (const pc of [pcA, pcB])
      await on(pc, async () => {
        const m = (await getMentor(base.annaId)) as Mentor;
        expect(m).toMatchObject({
          status: 'exited',
          exitDate: '2026-12-01',
          exitReason: 'Moved abroad',
          phone: '+36 70 123 4567',
        });
        expect(m.statusHistory.map((h) => [h.status, h.date])).toEqual([
          ['applicant', '2026-11-02'],
          ['exited', '2026-12-01'],
        ]);
        expect(m.statusHistory.every((h) => h.stamp !== undefined && HLC_PATTERN.test(h.stamp))).toBe(true);
        expect((await countMentorsByStatus()).exited).toBe(1);
      });
  });

  it('both PCs record the attendance of one session for the same people: one row per person, hours not doubled', async () => {
    const base = await setUpBase();
    later();
    await on(pcA, () =>
      saveAttendance(base.sessionId, [
        { personKind: 'mentor', personId: base.annaId, status: 'present', hours: 3 },
        { personKind: 'mentor', personId: base.benceId, status: 'present', hours: 3 },
      ]),
    );
    later();
    // B types the same sheet a little later, and Bence as absent (B's later entry wins for him).
    await on(pcB, () =>
      saveAttendance(base.sessionId, [
        { personKind: 'mentor', personId: base.annaId, status: 'present', hours: 3 },
        { personKind: 'mentor', personId: base.benceId, status: 'absent', hours: 0 },
      ]),
    );
    await exchange(pcA, pcB);
    for (const pc of [pcA, pcB])
      await on(pc, async () => {
        const rows = await listAttendanceForSession(base.sessionId);
        expect(rows).toHaveLength(2);
        expect(await db.attendance.count()).toBe(2); // no duplicate, not even a tombstone
        const perPerson = new Map<string, number>();
        for (const r of rows) perPerson.set(String(r.personId), (perPerson.get(String(r.personId)) ?? 0) + 1);
        expect([...perPerson.values()]).toEqual([1, 1]);
        for (const r of rows)
          expect(r.id).toBe(attendanceId(base.sessionId, { personKind: 'mentor', personId: r.personId }));
        expect(rows.find((r) => r.personId === base.benceId)).toMatchObject({ status: 'absent', hours: 0 });
        expect((await getMentorProgress(base.annaId))?.progress.trainingHoursTotal).toBe(3);
        expect((await getMentorProgress(base.benceId))?.progress.trainingHoursTotal).toBe(0);
      });
  });

  it('a PC whose clock runs two days fast: the preview names it, and a later edit of the same field on the other PC still wins', async () => {
    const base = await setUpBase();
    pcB.skewMs = 2 * DAY;
    later();
    await on(pcB, async () => {
      const m = (await getMentor(base.annaId)) as Mentor;
      await updateMentor(base.annaId, { ...mentorInput(m), phone: '+36 30 111 1111', email: 'anna@b.example' });
    });
    const bStamp = String(pcB.saved?.mentors.find((m) => m.id === base.annaId)?.fieldStamps?.['phone' as never]);
    // (The app's start moves the clock past its newest record: the audit entry of the restore, a millisecond.)
    expect(Date.parse(hlcTime(bStamp)) - (world + 2 * DAY)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(hlcTime(bStamp)) - (world + 2 * DAY)).toBeLessThan(5);

    later(HOUR);
    // A (right clock) receives B's file, merges it, and right then edits the same field again.
    const atA = await on(pcA, async () => {
      const merged = await mergeFile(sentBy(pcB));
      later();
      const m = (await getMentor(base.annaId)) as Mentor;
      expect(m.phone).toBe('+36 30 111 1111');
      await updateMentor(base.annaId, { ...mentorInput(m), phone: '+36 30 222 2222' });
      return merged;
    });
    // The edit, and the audit entry of that PC's restore: both stamped by the fast clock.
    expect(atA.preview.future).toEqual({ count: 2, newest: hlcTime(bStamp) });
    const aStamp = String(pcA.saved?.mentors.find((m) => m.id === base.annaId)?.fieldStamps?.['phone' as never]);
    expect(aStamp > bStamp).toBe(true);
    // The stamp is the clock's, past B's (the wall clock of A is two days behind it).
    expect(parseHlc(aStamp).node).toBe(nodeOfDevice(pcA.deviceId));

    // A restarts (its clock starts past what it holds) and edits B's other field: it wins too.
    later();
    await on(pcA, async () => {
      const m = (await getMentor(base.annaId)) as Mentor;
      await updateMentor(base.annaId, { ...mentorInput(m), email: 'anna@a.example' });
    });

    // A's stamps follow B's clock now, but none is a day ahead of B's own: B's preview names none.
    const atB = await on(pcB, () => mergeFile(sentBy(pcA)));
    expect(atB.preview.future).toBeNull();

    await exchange(pcA, pcB);
    for (const pc of [pcA, pcB])
      await on(pc, async () => {
        expect(await getMentor(base.annaId)).toMatchObject({ phone: '+36 30 222 2222', email: 'anna@a.example' });
      });
  });

  it('a format-1 file (records without stamps): both PCs restore it, work, and merge their format-2 files', async () => {
    // The data of an older Tandem: made here, then stripped of everything format 2 added.
    const base = await setUpBase();
    const legacyTables = {} as TablesData;
    const strip = (r: StoredRecord): StoredRecord => {
      const { baseStamp: _b, fieldStamps: _f, rev: _r, ...rest } = r;
      for (const [k, v] of Object.entries(rest))
        if (Array.isArray(v))
          rest[k] = v.map((e: unknown) => {
            if (e === null || typeof e !== 'object') return e;
            const { stamp: _s, ...entry } = e as Record<string, unknown>;
            return entry;
          });
      return rest as StoredRecord;
    };
    for (const name of DOMAIN_TABLE_NAMES) legacyTables[name] = (pcA.saved?.[name] ?? []).map(strip);
    // Format 1 gave attendance rows random ids, and an old merge could leave one fact twice.
    const row = (personId: string, status: string, hours: number, at: string) => ({
      id: crypto.randomUUID(),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      sessionId: base.sessionId,
      personKind: 'mentor',
      personId,
      walkInName: '',
      status,
      hours,
      sessionDate: '2026-11-28',
      sessionKind: 'training',
    });
    legacyTables.attendance = [
      row(base.annaId, 'present', 3, '2026-11-28T13:00:00.000Z'),
      row(base.annaId, 'present', 2, '2026-11-28T14:00:00.000Z'),
      row(base.benceId, 'present', 3, '2026-11-28T13:00:00.000Z'),
    ];
    for (const name of DOMAIN_TABLE_NAMES)
      for (const r of legacyTables[name]) expect(r.baseStamp ?? r.fieldStamps ?? r.rev).toBeUndefined();

    const { bytes: plain } = await buildBackupBytes(legacyTables, {
      schemaVersion: 4,
      appVersion: '0.0.9',
      deviceId: 'cccccccc-3333-4333-8333-333333333333',
      organisationName: '',
      createdAt: new Date().toISOString(),
    });
    const v1Text = new TextDecoder().decode(plain).replace('"formatVersion":2', '"formatVersion":1');
    expect(v1Text).toContain('"formatVersion":1');
    const legacyFile = (await encryptWithPassphrase(new TextEncoder().encode(v1Text), PASSPHRASE, { workFactor: 10 }))
      .bytes;
    expect((await openFile(legacyFile)).manifest.formatVersion).toBe(1);

    // Both PCs are set up anew from the old file (replace).
    pcA.file = null;
    pcB.file = null;
    for (const pc of [pcA, pcB])
      await on(pc, async () => {
        await importBackup(await openFile(legacyFile), 'replace');
      });
    // Upgraded the same way on both, stamps made up from the old data (no PC's node).
    expect(pcA.saved).toEqual(pcB.saved);
    expectStamped(pcA.saved);
    expect(pcA.saved?.mentors.every((m) => parseHlc(String(m.baseStamp)).node === LEGACY_NODE)).toBe(true);
    expect(pcA.saved?.attendance).toHaveLength(2);
    expect(pcA.saved?.attendance.find((a) => a.personId === base.annaId)).toMatchObject({
      id: attendanceId(base.sessionId, { personKind: 'mentor', personId: base.annaId }),
      hours: 2,
    });

    later();
    await on(pcA, async () => {
      const m = (await getMentor(base.annaId)) as Mentor;
      await updateMentor(base.annaId, { ...mentorInput(m), phone: '+36 30 999 0000' });
    });
    later();
    await on(pcB, async () => {
      const m = (await getMentor(base.annaId)) as Mentor;
      await updateMentor(base.annaId, { ...mentorInput(m), availability: 'Weekends' });
      await saveAttendance(base.sessionId, [
        { personKind: 'mentor', personId: base.annaId, status: 'present', hours: 3 },
        { personKind: 'mentor', personId: base.benceId, status: 'present', hours: 3 },
      ]);
      await changeMentorStatus(base.benceId, { status: 'screening', date: '2026-12-01' });
    });

    await exchange(pcA, pcB);
    expectStamped(pcA.saved);
    for (const pc of [pcA, pcB])
      await on(pc, async () => {
        expect(await getMentor(base.annaId)).toMatchObject({ phone: '+36 30 999 0000', availability: 'Weekends' });
        expect((await getMentor(base.benceId))?.statusHistory.map((h) => h.status)).toEqual(['applicant', 'screening']);
        expect((await getMentorProgress(base.annaId))?.progress.trainingHoursTotal).toBe(3);
        expect(await db.attendance.count()).toBe(2);
      });

    // The old file merged again on a PC that has moved on changes nothing.
    const again = await on(pcA, async () => {
      const document = await openFile(legacyFile);
      return (await importBackup(document, 'merge')).written;
    });
    expect(again).toBe(0);
  });
});
