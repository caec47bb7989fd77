import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { createProgramme } from '../programmes/programmesRepo';
import { addMentor } from '../../../tests/fixtures/records';
import { createMentee } from '../mentees/menteesRepo';
import { changePairingStatus, createPairing } from '../pairings/pairingsRepo';
import { deleteCheckIn, recordCheckIn } from '../checkins/checkinsRepo';
import { buildReport, computeReport } from './reportsRepo';
import type { ReportRow } from '../../../shared/reports/activity';

/*
 * The check-in figures through the real repositories: check-ins recorded with the app's own
 * write path, read back by the report through the check-ins' `date` index.
 */

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const valueOf = (rows: readonly ReportRow[], id: string) => rows.find((r) => r.id === id)?.value;

let hf: string;

beforeEach(async () => {
  await resetDatabase();
  hf = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
});

const activePairing = async (given: string, start: string) => {
  const mentor = await addMentor(given, 'Kovács');
  const mentee = await createMentee({ programmeId: hf, transition: 'leavingCare' }, { today: '2026-01-01' });
  const p = await createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId: hf }, { date: start });
  await changePairingStatus(p.id, 'active', start);
  return p.id;
};

const answersOf = (value: number) =>
  Object.fromEntries(
    ['getOnWell', 'trust', 'openness', 'supported', 'usefulMeetings', 'oftenEnough', 'progress', 'wantToContinue'].map(
      (id) => [id, value],
    ),
  );

const record = (pairingId: string, date: string, respondent: 'mentor' | 'mentee', answers: Record<string, number>) =>
  recordCheckIn({ pairingId, date, respondent, questionnaire: 'pairing@1', answers });

describe('check-in figures in the activity report', () => {
  it('averages the period’s scores per programme and gives the share of active pairings checked in', async () => {
    const p1 = await activePairing('Anna', '2026-01-10');
    const p2 = await activePairing('Béla', '2026-02-01');
    await activePairing('Csaba', '2026-03-01');
    await activePairing('Dóra', '2026-05-01');
    await record(p1, '2026-04-01', 'mentor', answersOf(4));
    await record(p1, '2026-06-30', 'mentee', answersOf(3));
    // Partial: two statements, scored 2.
    await record(p2, '2026-05-10', 'mentee', { getOnWell: 2, trust: 2 });
    // Outside the period: the previous period's figure.
    await record(p2, '2026-03-31', 'mentor', answersOf(5));
    // Deleted: does not count.
    const gone = await record(p2, '2026-05-11', 'mentor', answersOf(1));
    await deleteCheckIn(gone.id);

    const report = await buildReport(Q2, null);
    // (4 + 3 + 2) / 3; p1 and p2 of four active pairings.
    expect(valueOf(report.rows, 'averageCheckInScore:text:housing first')).toBe(3);
    expect(valueOf(report.rows, 'pairingsWithCheckIn')).toBe(50);
    const prev = (id: string) => report.rows.find((r) => r.id === id)?.previous;
    // Q1: p1, p2, p3 active (p4 started in Q2); p2's mentor answered 5.
    expect(prev('averageCheckInScore:text:housing first')).toBe(5);
    expect(prev('pairingsWithCheckIn')).toBe(33.33);

    // Listed at the end of the pairings section, in the screen's and the files' order.
    const ids = report.rows.map((r) => r.figure);
    expect(ids.indexOf('averageCheckInScore')).toBe(ids.indexOf('averageClosedLength') + 1);
    expect(ids.indexOf('pairingsWithCheckIn')).toBe(ids.indexOf('averageCheckInScore') + 1);
    expect(ids.indexOf('contactsLogged')).toBe(ids.indexOf('pairingsWithCheckIn') + 1);

    // A saved report's "what the data says now" has the same figures.
    const now = await computeReport(Q2, hf);
    expect(valueOf(now, 'averageCheckInScore:text:housing first')).toBe(3);
    expect(valueOf(now, 'pairingsWithCheckIn')).toBe(50);
  });
});
