import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { createProgramme } from '../programmes/programmesRepo';
import { createSession, deleteSession } from '../sessions/sessionsRepo';
import { saveAttendance } from '../sessions/attendanceRepo';
import { addMentor, sessionInput } from '../../../tests/fixtures/records';
import { createMentee } from '../mentees/menteesRepo';
import {
  addContactLog,
  changePairingStatus,
  closePairing,
  createPairing,
  deleteContactLog,
} from '../pairings/pairingsRepo';
import { createShadowing, deleteShadowing } from '../training/shadowingRepo';
import {
  buildReport,
  computeReport,
  getSavedReport,
  listSavedReports,
  loadVolunteerHours,
  saveSentReport,
} from './reportsRepo';
import type { ReportRow } from '../../../shared/reports/activity';

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const valueOf = (rows: readonly ReportRow[], id: string) => rows.find((r) => r.id === id)?.value;

let hf: string;
let ym: string;

beforeEach(async () => {
  await resetDatabase();
  hf = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  ym = await createProgramme({ name: 'Youth', codePrefix: 'YM' });
});

const present = (personId: string, hours: number) => ({
  personKind: 'mentor' as const,
  personId,
  status: 'present' as const,
  hours,
});

describe('buildReport', () => {
  it('reads the period and the previous one from the other features, boundaries included', async () => {
    const a = await addMentor('Anna', 'Kovács');
    const b = await addMentor('Béla', 'Nagy');
    const first = await createSession(sessionInput({ date: '2026-04-01', programmeId: hf }));
    const last = await createSession(sessionInput({ date: '2026-06-30', programmeId: hf }));
    const before = await createSession(sessionInput({ date: '2026-03-31', programmeId: hf }));
    const after = await createSession(sessionInput({ date: '2026-07-01', programmeId: hf }));
    const deleted = await createSession(sessionInput({ date: '2026-05-05', programmeId: hf }));
    for (const s of [first, last, before, after, deleted]) await saveAttendance(s.id, [present(a.id, 1.5)]);
    await saveAttendance(last.id, [present(a.id, 1.5), present(b.id, 1.5)]);
    await deleteSession(deleted.id);
    await createShadowing({
      mentorId: a.id,
      date: '2026-06-30',
      hours: 2,
      area: 'Outreach',
      professionalName: 'Dr Kiss',
    });
    await createShadowing({
      mentorId: a.id,
      date: '2026-07-01',
      hours: 5,
      area: 'Outreach',
      professionalName: 'Dr Kiss',
    });

    const report = await buildReport(Q2, null);
    expect(report.previous).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    const row = (id: string) => report.rows.find((r) => r.id === id);
    expect(row('supervisionSessions:sessions:subKinds.caseDiscussion')).toMatchObject({ value: 2, previous: 1 });
    expect(row('supervisionHours:sessions:subKinds.caseDiscussion')).toMatchObject({ value: 3, previous: 1.5 });
    expect(row('supervisionParticipants:sessions:subKinds.caseDiscussion')).toMatchObject({ value: 2, previous: 1 });
    expect(row('shadowingHours')).toMatchObject({ value: 2, previous: 0 });
    expect(row('activeAtEnd')).toMatchObject({ value: 2, previous: 2 });
    expect(row('mentorsWithoutSupervision')).toMatchObject({ value: 0, previous: 1 });
  });

  it('counts pairings open during the period and their contacts, by programme', async () => {
    const m = await addMentor('Anna', 'Kovács');
    const mentee = await createMentee(
      { programmeId: hf, transition: 'leavingCare', referredOn: '2026-04-02' },
      { today: '2026-04-02' },
    );
    const youth = await createMentee(
      { programmeId: ym, transition: 'schoolTransition', referredOn: '2026-04-03' },
      { today: '2026-04-03' },
    );
    // Started before the period, closed inside it.
    const p = await createPairing({ mentorId: m.id, menteeId: mentee.id, programmeId: hf }, { date: '2026-02-01' });
    await changePairingStatus(p.id, 'active', '2026-02-01');
    await addContactLog({ pairingId: p.id, date: '2026-04-01', durationMinutes: 90, kind: 'meeting', crisis: true });
    await addContactLog({ pairingId: p.id, date: '2026-03-31', durationMinutes: 60, kind: 'phone' });
    await closePairing(p.id, { date: '2026-05-02', reason: 'goalsMet', planned: true, closingConversationHeld: true });
    const q = await createPairing({ mentorId: m.id, menteeId: youth.id, programmeId: ym }, { date: '2026-06-30' });
    await changePairingStatus(q.id, 'active', '2026-06-30');

    const all = await computeReport(Q2, null);
    expect(valueOf(all, 'activePairings')).toBe(2);
    expect(valueOf(all, 'newPairings')).toBe(1);
    expect(valueOf(all, 'closedPlanned')).toBe(1);
    expect(valueOf(all, 'averageClosedLength')).toBe(90); // 1 Feb → 2 May
    expect(valueOf(all, 'contactsLogged')).toBe(1);
    expect(valueOf(all, 'contactHours')).toBe(1.5);
    expect(valueOf(all, 'crisisContacts')).toBe(1);
    expect(valueOf(all, 'newMentees')).toBe(2);

    const youthOnly = await computeReport(Q2, ym);
    expect(valueOf(youthOnly, 'activePairings')).toBe(1);
    expect(valueOf(youthOnly, 'closedPlanned')).toBe(0);
    expect(valueOf(youthOnly, 'contactsLogged')).toBe(0);
    expect(valueOf(youthOnly, 'newMentees')).toBe(1);
    expect(valueOf(youthOnly, 'newMenteesByTransition:mentees:transition.schoolTransition')).toBe(1);
  });
});

describe('saved reports', () => {
  it('keeps the figures as sent while the data changes, and lists them newest first', async () => {
    const a = await addMentor('Anna', 'Kovács');
    const s = await createSession(sessionInput({ date: '2026-05-10' }));
    await saveAttendance(s.id, [present(a.id, 1.5)]);
    const rows = await computeReport(Q2, null);
    const saved = await saveSentReport(
      { sentOn: '2026-07-05', recipient: 'The Foundation', note: 'Q2 report' },
      { period: Q2, programmeId: null, programmeName: '', smallNumbersHidden: true, rows },
    );
    await saveSentReport(
      { sentOn: '2026-04-05', recipient: 'City council' },
      {
        period: { from: '2026-01-01', to: '2026-03-31' },
        programmeId: null,
        programmeName: '',
        smallNumbersHidden: false,
        rows: [],
      },
    );

    // A late correction: another session in the period.
    const late = await createSession(sessionInput({ date: '2026-06-01' }));
    await saveAttendance(late.id, [present(a.id, 1.5)]);

    const reopened = await getSavedReport(saved.id);
    expect(reopened?.recipient).toBe('The Foundation');
    expect(valueOf(reopened?.rows ?? [], 'supervisionSessions:sessions:subKinds.caseDiscussion')).toBe(1);
    expect(valueOf(await computeReport(Q2, null), 'supervisionSessions:sessions:subKinds.caseDiscussion')).toBe(2);
    expect((await listSavedReports()).map((r) => r.recipient)).toEqual(['The Foundation', 'City council']);
  });

  it('refuses a report without a recipient', async () => {
    await expect(
      saveSentReport(
        { sentOn: '2026-07-05', recipient: ' ' },
        { period: Q2, programmeId: null, programmeName: '', smallNumbersHidden: false, rows: [] },
      ),
    ).rejects.toThrow();
    expect(await listSavedReports()).toEqual([]);
  });
});

describe('loadVolunteerHours', () => {
  it("reads one mentor's rows of the year through the other features: boundaries in, deleted rows out", async () => {
    const a = await addMentor('Anna', 'Kovács');
    const b = await addMentor('Béla', 'Nagy');
    const training = (date: string) =>
      createSession(sessionInput({ date, kind: 'training', subKind: 'course', startTime: '09:00', endTime: '12:00' }));
    const firstDay = await training('2026-01-01');
    const lastDay = await training('2026-12-31');
    const yearBefore = await training('2025-12-31');
    const deleted = await training('2026-05-05');
    const supervision = await createSession(sessionInput({ date: '2026-12-31' }));
    const nextYear = await createSession(sessionInput({ date: '2027-01-01' }));
    await saveAttendance(firstDay.id, [present(a.id, 3), present(b.id, 3)]);
    await saveAttendance(lastDay.id, [present(a.id, 2.5)]);
    await saveAttendance(yearBefore.id, [present(a.id, 4)]);
    await saveAttendance(deleted.id, [present(a.id, 5)]);
    await deleteSession(deleted.id);
    await saveAttendance(supervision.id, [present(a.id, 1.5)]);
    await saveAttendance(nextYear.id, [present(a.id, 1.5)]);
    const shadowing = (date: string, hours: number) =>
      createShadowing({ mentorId: a.id, date, hours, area: 'Outreach', professionalName: 'Dr Kiss' });
    await shadowing('2026-12-31', 2);
    await shadowing('2027-01-01', 7);
    await deleteShadowing((await shadowing('2026-06-01', 3)).id);

    const mentee = await createMentee(
      { programmeId: hf, transition: 'leavingCare', referredOn: '2025-12-01' },
      { today: '2025-12-01' },
    );
    const p = await createPairing({ mentorId: a.id, menteeId: mentee.id, programmeId: hf }, { date: '2025-12-01' });
    await changePairingStatus(p.id, 'active', '2025-12-01');
    await addContactLog({ pairingId: p.id, date: '2025-12-31', durationMinutes: 60, kind: 'meeting' });
    await addContactLog({ pairingId: p.id, date: '2026-01-01', durationMinutes: 45, kind: 'meeting' });
    await addContactLog({ pairingId: p.id, date: '2026-12-31', durationMinutes: 45, kind: 'phone' });
    const gone = await addContactLog({ pairingId: p.id, date: '2026-07-01', durationMinutes: 120, kind: 'meeting' });
    await deleteContactLog(gone.id);

    const statement = await loadVolunteerHours(a.id, 2026);
    expect(statement.lines).toEqual([
      { category: 'training', count: 2, hours: 5.5 },
      { category: 'shadowing', count: 1, hours: 2 },
      { category: 'supervision', count: 1, hours: 1.5 },
      { category: 'contact', count: 2, hours: 1.5 },
    ]);
    expect(statement.totalHours).toBe(10.5);
    expect((await loadVolunteerHours(b.id, 2026)).totalHours).toBe(3);
    expect((await loadVolunteerHours(a.id, 2027)).lines.map((l) => l.hours)).toEqual([0, 7, 1.5, 0]);
  });
});
