import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { putMeta } from './meta';
import { resetDatabase } from './testing';
import { markReplication } from './writePath';
import { currentHorizons, rebuildCareSummaries, summariesOfTables } from './careSummaries';
import { createBackupFile, openBackupFile } from '../../shared/backup/pipeline';
import { SCHEMA_VERSION } from './AppDB';
import { mentorPairingsOfRows } from './mentorPairings';
import type { StoredRecord } from '../../shared/backup/format';
import { stampWrite, type SyncRecord } from '../../shared/sync/record';
import { addDays } from '../../shared/checkins';
import { dumpTables, importBackup, undoLastImport } from '../features/backup/backupRepo';
import { erasePerson } from '../features/erasure/erasureRepo';
import { changeMentorStatus, deleteMentor, restoreMentor, updateMentor } from '../features/mentors/mentorsRepo';
import { createMentee } from '../features/mentees/menteesRepo';
import { createProgramme } from '../features/programmes/programmesRepo';
import {
  addContactLog,
  changePairingStatus,
  closePairing,
  createPairing,
  deleteContactLog,
  deletePairing,
  restoreContactLog,
  restorePairing,
  updateContactLog,
} from '../features/pairings/pairingsRepo';
import {
  createSession,
  deleteSession,
  restoreSession,
  setFollowUpDone,
  updateSession,
} from '../features/sessions/sessionsRepo';
import { addMentor, sessionInput } from '../../tests/fixtures/records';
import {
  careList,
  deleteWellbeingCheckIn,
  mentorCare,
  recordWellbeingCheckIn,
  restoreWellbeingCheckIn,
} from '../features/care/careRepo';
import { info, stampAt } from '../../tests/fixtures/backup/records';
import { generateDataset, withStamps } from '../../tests/bench/dataset';

/**
 * The per-mentor care summaries (./careSummaries.ts) must always equal what the rows say, whoever
 * writes them: the repositories (a mentor edited, paused, deleted and restored; pairings started,
 * paused, closed, deleted; contact logs added, edited, deleted; sessions with follow-ups, ticked,
 * moved, deleted; wellbeing check-ins recorded and deleted), an erasure, a merge of a backup file
 * and its undo, replicated writes and a clear. And the load list read from them must give the
 * figures the mentor's page computes from the mentor's own rows.
 */

const DEVICE = '11111111-2222-4333-8444-555555555555';
const OTHER_PC = 'a2a2a2a2a2a2a2a2';
const TODAY = new Date().toISOString().slice(0, 10);
const ago = (days: number) => addDays(TODAY, -days);

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
const stored = async () => byId(await db.careSummaries.toArray());
const fromRows = async () =>
  byId(
    summariesOfTables(
      {
        mentors: await db.mentors.toArray(),
        pairings: await db.pairings.toArray(),
        contactLogs: await db.contactLogs.toArray(),
        sessions: await db.sessions.toArray(),
        wellbeingCheckIns: await db.wellbeingCheckIns.toArray(),
      },
      currentHorizons(),
    ),
  );
const inStep = async () => {
  expect(await stored()).toEqual(await fromRows());
  // Each mentor's open pairings (./mentorPairings.ts) follow the same writes of pairings.
  expect(byId(await db.mentorPairings.toArray())).toEqual(mentorPairingsOfRows(await db.pairings.toArray()));
};

/** The list's rows and, for each of its mentors, the row the mentor's page computes from their own records. */
const listAgreesWithPages = async (today = TODAY) => {
  const list = await careList(today);
  for (const row of list) {
    const page = await mentorCare(row.mentor.id, today);
    expect(row.load, row.mentor.givenName).toEqual(page?.load);
    expect(row.reasons, row.mentor.givenName).toEqual(page?.reasons);
    expect(row.wellbeingDue, row.mentor.givenName).toEqual(page?.wellbeingDue);
  }
  return list;
};

const answers = (v: number) => ({
  enoughSupport: v,
  timeToRest: v,
  roleMakesSense: v,
  drained: 6 - v,
  ownPastReturns: 6 - v,
  canSayNo: v,
});

let programmeId: string;

const startPairing = async (mentorId: string): Promise<string> => {
  const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: ago(100) });
  const p = await createPairing({ mentorId, menteeId: mentee.id, programmeId }, { date: ago(90) });
  await changePairingStatus(p.id, 'active', ago(90));
  return p.id;
};

const exportFile = async (tables: Awaited<ReturnType<typeof dumpTables>>) =>
  (
    await openBackupFile({
      bytes: (await createBackupFile({ tables, info: info(), passphrase: 'test passphrase', workFactor: 10 })).bytes,
      passphrase: 'test passphrase',
      schemaVersion: SCHEMA_VERSION,
    })
  ).document;

beforeEach(async () => {
  await resetDatabase();
  await putMeta('deviceId', DEVICE);
  programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
});

describe('per-mentor care summaries', () => {
  it('follow a mentor, their pairings, contact logs, sessions with follow-ups and wellbeing check-ins through every change', async () => {
    const anna = await addMentor('Anna', 'Kovács');
    const bela = await addMentor('Béla', 'Nagy', 'paused');
    await inStep();
    expect(await db.careSummaries.get(anna.id)).toMatchObject({
      status: 'active',
      givenName: 'Anna',
      familyName: 'Kovács',
      sortKey: anna.sortKey,
    });

    // The mentor edited, paused and back, deleted and restored.
    await updateMentor(anna.id, { givenName: 'Anna', familyName: 'Kiss', email: '', phone: '', capacity: 3 });
    await inStep();
    expect(await db.careSummaries.get(anna.id)).toMatchObject({ familyName: 'Kiss', capacity: 3 });
    await changeMentorStatus(anna.id, { status: 'paused', date: ago(5), reason: 'rest' });
    await changeMentorStatus(anna.id, { status: 'active', date: ago(2), reason: '' });
    await inStep();
    expect((await db.careSummaries.get(anna.id))?.activeSince).toBe(ago(2));
    await deleteMentor(bela.id);
    expect(await db.careSummaries.get(bela.id)).toBeUndefined();
    await restoreMentor(bela.id);
    await inStep();

    // Pairings: active ones only, whatever happens to them.
    const p1 = await startPairing(anna.id);
    const p2 = await startPairing(anna.id);
    await inStep();
    expect((await db.careSummaries.get(anna.id))?.activePairings).toEqual([p1, p2].sort());
    await changePairingStatus(p2, 'paused', ago(1));
    await inStep();
    // Only a proposed pairing can be deleted here; an active one deleted on another PC arrives by sync.
    const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: ago(100) });
    const proposed = await createPairing({ mentorId: anna.id, menteeId: mentee.id, programmeId }, { date: ago(1) });
    await deletePairing(proposed.id);
    await restorePairing(proposed.id);
    await inStep();
    await db.transaction('rw', db.pairings, async () => {
      markReplication();
      await db.pairings.put({ ...(await db.pairings.get(p1))!, deletedAt: new Date().toISOString() });
    });
    await inStep();
    expect((await db.careSummaries.get(anna.id))?.activePairings).toEqual([]);
    await db.transaction('rw', db.pairings, async () => {
      markReplication();
      await db.pairings.put({ ...(await db.pairings.get(p1))!, deletedAt: null });
    });
    await changePairingStatus(p2, 'active', TODAY);
    await inStep();
    await closePairing(p2, {
      date: TODAY,
      reason: 'goalsMet',
      reasonText: '',
      planned: true,
      closingConversationHeld: true,
      menteeStatusAfter: 'closed',
    });
    await inStep();

    // Contact logs: added, edited (moved to a crisis), deleted and restored; one too old to keep.
    const c1 = await addContactLog({ pairingId: p1, date: ago(3), durationMinutes: 60, kind: 'meeting' });
    await addContactLog({ pairingId: p1, date: ago(40), durationMinutes: 30, kind: 'phone', crisis: true });
    await addContactLog({ pairingId: p1, date: ago(500), durationMinutes: 30, kind: 'phone', crisis: true });
    await inStep();
    expect((await db.careSummaries.get(anna.id))?.contacts.map((c) => c.date).sort()).toEqual([ago(40), ago(3)]);
    await updateContactLog(c1.id, { pairingId: p1, date: ago(4), durationMinutes: 90, kind: 'meeting', crisis: true });
    await inStep();
    await deleteContactLog(c1.id);
    await inStep();
    await restoreContactLog(c1.id);
    await inStep();

    // Sessions with follow-ups the mentor facilitated or was expected at.
    const followUp = { text: 'Call the housing office', owner: '', dueDate: null, done: false };
    const followUps = [
      { ...followUp, id: crypto.randomUUID() },
      { ...followUp, id: crypto.randomUUID(), text: 'Book a room' },
    ];
    const s = await createSession(
      sessionInput({
        date: ago(10),
        expected: [
          { kind: 'mentor', id: anna.id },
          { kind: 'mentor', id: bela.id },
        ],
        followUps,
      }),
    );
    await inStep();
    expect((await db.careSummaries.get(bela.id))?.followUps).toEqual([{ id: s.id, date: ago(10), open: 2 }]);
    await setFollowUpDone(s.id, s.followUps[0]!.id, true);
    await inStep();
    await updateSession(
      s.id,
      sessionInput({
        date: ago(12),
        expected: [{ kind: 'mentor', id: anna.id }],
        followUps: (await db.sessions.get(s.id))!.followUps,
      }),
    );
    await inStep();
    expect((await db.careSummaries.get(bela.id))?.followUps).toEqual([]);
    await deleteSession(s.id);
    await inStep();
    await restoreSession(s.id);
    await inStep();
    expect((await db.careSummaries.get(anna.id))?.followUps).toEqual([{ id: s.id, date: ago(12), open: 1 }]);

    // Wellbeing check-ins, with their scores.
    const w1 = await recordWellbeingCheckIn({
      mentorId: anna.id,
      date: ago(100),
      questionnaire: 'wellbeing@1',
      answers: answers(5),
    });
    await recordWellbeingCheckIn({
      mentorId: anna.id,
      date: ago(7),
      questionnaire: 'wellbeing@1',
      answers: { ...answers(3), canSayNo: null },
    });
    await inStep();
    expect((await db.careSummaries.get(anna.id))?.wellbeing.map((w) => w.score).sort()).toEqual([3, 5]);
    await deleteWellbeingCheckIn(w1.id);
    await inStep();
    await restoreWellbeingCheckIn(w1.id);
    await inStep();

    const list = await listAgreesWithPages();
    expect(list.map((r) => r.mentor.givenName)).toEqual(['Anna', 'Béla']);
    expect(list[0]?.load).toMatchObject({
      activePairings: 1,
      crisis30: 1,
      crisis90: 2,
      openFollowUps: 1,
      wellbeingScore: 3,
      wellbeingTrend: 'down',
    });
  });

  it('take a mentor’s name and check-ins out when they are erased', async () => {
    const anna = await addMentor('Anna', 'Kovács');
    const p = await startPairing(anna.id);
    await addContactLog({ pairingId: p, date: ago(3), durationMinutes: 60, kind: 'meeting', crisis: true });
    await recordWellbeingCheckIn({
      mentorId: anna.id,
      date: ago(7),
      questionnaire: 'wellbeing@1',
      answers: answers(4),
    });
    await createSession(
      sessionInput({
        date: ago(10),
        expected: [{ kind: 'mentor', id: anna.id }],
        followUps: [{ id: crypto.randomUUID(), text: 'Call back', owner: '', dueDate: null, done: false }],
      }),
    );
    await erasePerson('mentors', anna.id);
    await inStep();
    // What the erasure keeps (the pairing, the contact's duration) stays counted under no name.
    const left = await db.careSummaries.get(anna.id);
    expect(
      left === undefined ||
        (left.status === null && left.givenName === '' && left.familyName === '' && left.wellbeing.length === 0),
    ).toBe(true);
    expect(await careList(TODAY)).toEqual([]);
  });

  it('follow a merged file and its undo, replicated writes, a clear and a re-add (a replace)', async () => {
    const anna = await addMentor('Anna', 'Kovács');
    const p = await startPairing(anna.id);
    const c = await addContactLog({ pairingId: p, date: ago(3), durationMinutes: 60, kind: 'meeting' });
    await recordWellbeingCheckIn({
      mentorId: anna.id,
      date: ago(7),
      questionnaire: 'wellbeing@1',
      answers: answers(4),
    });

    // Another PC made the contact a crisis, paused the pairing and renamed the mentor.
    const later = stampAt(new Date(Date.now() + 1000).toISOString(), OTHER_PC);
    const tables = await dumpTables();
    const edit = (name: keyof typeof tables, id: string, change: Record<string, unknown>) =>
      (tables[name] = tables[name].map((r) =>
        r.id === id ? (stampWrite(name, r as SyncRecord, { ...r, ...change } as SyncRecord, later) as StoredRecord) : r,
      ));
    edit('contactLogs', c.id, { crisis: true });
    edit('pairings', p, { status: 'paused' });
    edit('mentors', anna.id, { givenName: 'Anikó' });
    await importBackup(await exportFile(tables), 'merge');
    await inStep();
    expect(await db.careSummaries.get(anna.id)).toMatchObject({
      givenName: 'Anikó',
      activePairings: [],
      contacts: [{ id: c.id, crisis: true }],
    });
    await undoLastImport();
    await inStep();
    expect(await db.careSummaries.get(anna.id)).toMatchObject({
      givenName: 'Anna',
      activePairings: [p],
      contacts: [{ id: c.id, crisis: false }],
    });

    // Records copied verbatim, as the sync does: the contact log moved to another mentor.
    const bela = await addMentor('Béla', 'Nagy');
    await db.transaction('rw', db.contactLogs, async () => {
      markReplication();
      await db.contactLogs.put({ ...(await db.contactLogs.get(c.id))!, mentorId: bela.id });
    });
    await inStep();

    // A replace clears each table and adds its rows back.
    const rows = {
      mentors: await db.mentors.toArray(),
      contactLogs: await db.contactLogs.toArray(),
      wellbeing: await db.wellbeingCheckIns.toArray(),
    };
    await db.transaction('rw', [db.mentors, db.contactLogs, db.wellbeingCheckIns], async () => {
      markReplication();
      await Promise.all([db.mentors.clear(), db.contactLogs.clear(), db.wellbeingCheckIns.clear()]);
    });
    await inStep();
    expect((await stored()).map((s) => s.id)).toEqual([anna.id]); // the pairing alone is left
    await db.transaction('rw', [db.mentors, db.contactLogs, db.wellbeingCheckIns], async () => {
      markReplication();
      // Together, as an import writes its tables: the summaries take turns.
      await Promise.all([
        db.mentors.bulkAdd(rows.mentors),
        db.contactLogs.bulkAdd(rows.contactLogs),
        db.wellbeingCheckIns.bulkAdd(rows.wellbeing),
      ]);
    });
    await inStep();
  });

  it('are rebuilt from the rows after a write that bypassed Dexie', async () => {
    const anna = await addMentor('Anna', 'Kovács');
    const p = await startPairing(anna.id);
    await addContactLog({ pairingId: p, date: ago(3), durationMinutes: 60, kind: 'meeting' });
    const before = await stored();
    await db.careSummaries.clear();
    expect(await rebuildCareSummaries(db)).toBe(1);
    expect(await stored()).toEqual(before);
  });
});

describe('the load list read from the summaries', () => {
  it('gives the figures of the mentor’s page, also for a day further back than the summaries keep', async () => {
    const anna = await addMentor('Anna', 'Kovács');
    const p = await startPairing(anna.id);
    // Two years ago: two crisis contacts and a check-in, outside what a summary keeps today.
    const then = ago(800);
    await addContactLog({ pairingId: p, date: addDays(then, -3), durationMinutes: 60, kind: 'phone', crisis: true });
    await addContactLog({ pairingId: p, date: then, durationMinutes: 45, kind: 'phone', crisis: true });
    await recordWellbeingCheckIn({
      mentorId: anna.id,
      date: addDays(then, -200),
      questionnaire: 'wellbeing@1',
      answers: answers(5),
    });
    await recordWellbeingCheckIn({
      mentorId: anna.id,
      date: addDays(then, -20),
      questionnaire: 'wellbeing@1',
      answers: answers(2),
    });
    expect((await db.careSummaries.get(anna.id))?.contacts).toEqual([]);
    const [row] = await listAgreesWithPages(then);
    expect(row?.load).toMatchObject({ crisis30: 2, contactHours30: 1.8, wellbeingScore: 2, wellbeingTrend: 'down' });
    expect(row?.reasons.map((r) => r.kind)).toContain('crisisWithoutSupervision');
  });

  it('gives every mentor of the bench’s small office the figures of their own page', async () => {
    const day = '2026-12-05';
    const data = withStamps(generateDataset('small', { today: day }));
    const names = [
      'settings',
      'mentors',
      'pairings',
      'contactLogs',
      'sessions',
      'attendance',
      'wellbeingCheckIns',
    ] as const;
    // Follow-ups not done on some of last year's sessions (the dataset has none).
    const sessions = data.sessions.map((x, i) =>
      i % 7 === 0 && x.date <= day
        ? {
            ...x,
            followUps: [
              { id: crypto.randomUUID(), text: 'Call back', owner: '', dueDate: null, done: false, stamp: x.baseStamp },
            ],
          }
        : x,
    );
    await db.transaction(
      'rw',
      names.map((n) => db.table(n)),
      async () => {
        markReplication();
        await Promise.all(names.map((n) => db.table(n).clear()));
        for (const n of names) await db.table(n).bulkAdd(n === 'sessions' ? sessions : (data[n] as unknown[]));
      },
    );
    await inStep();
    const list = await listAgreesWithPages(day);
    expect(list.length).toBe(data.mentors.filter((m) => m.status === 'active' || m.status === 'paused').length);
    expect(list.filter((r) => r.load.wellbeingScore !== null).length).toBeGreaterThan(100);
    expect(list.some((r) => r.load.openFollowUps > 0)).toBe(true);
  }, 120_000);
});
