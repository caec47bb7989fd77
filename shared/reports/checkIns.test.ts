import { describe, expect, it } from 'vitest';
import type { ReportPairing } from './activity';
import { computeCheckInFigures, type CheckInReportInput, type ReportCheckIn } from './checkIns';

const HF = 'programme-hf';
const YM = 'programme-ym';
const Q2 = { from: '2026-04-01', to: '2026-06-30' };

const pairing = (
  id: string,
  programmeId: string,
  startDate: string | null,
  closedOn: string | null = null,
): ReportPairing => ({
  id,
  menteeId: `mentee-${id}`,
  programmeId,
  status: closedOn ? 'closed' : startDate ? 'active' : 'proposed',
  startDate,
  closure: closedOn ? { date: closedOn, reason: 'goalsMet', planned: true } : null,
  deletedAt: null,
});

const checkIn = (
  pairingId: string,
  programmeId: string,
  date: string,
  score: number | null,
  extra: Partial<ReportCheckIn> = {},
): ReportCheckIn => ({
  pairingId,
  programmeId,
  date,
  questionnaire: 'pairing@1',
  score,
  deletedAt: null,
  ...extra,
});

/**
 * Housing First (HF): p1, p2 and p3 active in Q2, p4 closed before it, p5 only proposed, p6
 * deleted. Youth Mentoring (YM): y1 active, y2 started after Q2.
 */
const input = (over: Partial<CheckInReportInput> = {}): CheckInReportInput => ({
  period: Q2,
  programmeId: null,
  programmes: [
    { id: HF, name: 'Housing First' },
    { id: YM, name: 'Youth Mentoring' },
  ],
  pairings: [
    pairing('p1', HF, '2026-01-10'),
    pairing('p2', HF, '2026-03-01', '2026-04-01'), // closed on Q2's first day: still active in Q2
    pairing('p3', HF, '2026-06-30'), // started on Q2's last day
    pairing('p4', HF, '2025-10-01', '2026-03-31'),
    pairing('p5', HF, null),
    { ...pairing('p6', HF, '2026-01-01'), deletedAt: '2026-05-01T00:00:00.000Z' },
    pairing('y1', YM, '2026-02-01'),
    pairing('y2', YM, '2026-07-01'),
  ],
  checkIns: [
    checkIn('p1', HF, '2026-04-01', 4), // first day of Q2
    checkIn('p1', HF, '2026-06-30', 3.5), // last day of Q2
    checkIn('p2', HF, '2026-04-01', 2.25), // partial check-in, scored on what was answered
    checkIn('p1', HF, '2026-03-31', 1), // before Q2
    checkIn('p1', HF, '2026-07-01', 1), // after Q2
    checkIn('p3', HF, '2026-05-01', 1, { deletedAt: '2026-05-02T00:00:00.000Z' }), // deleted
    checkIn('p6', HF, '2026-05-01', 1), // of a deleted pairing
    checkIn('p1', HF, '2026-05-01', 1, { questionnaire: 'pairing@0' }), // another version: not averaged
    checkIn('y1', YM, '2026-05-15', null), // nothing answered: no score, but y1 was checked in
  ],
  ...over,
});

const byId = (rows: ReturnType<typeof computeCheckInFigures>) => Object.fromEntries(rows.map((r) => [r.id, r.value]));

describe('check-in figures of the activity report', () => {
  it('averages the scored check-ins of the period per programme, and gives the share of active pairings checked in', () => {
    const rows = computeCheckInFigures(input());
    expect(rows.map((r) => [r.id, r.section, r.figure, r.unit])).toEqual([
      ['averageCheckInScore:text:housing first', 'pairings', 'averageCheckInScore', 'score'],
      ['averageCheckInScore:text:youth mentoring', 'pairings', 'averageCheckInScore', 'score'],
      ['pairingsWithCheckIn', 'pairings', 'pairingsWithCheckIn', 'percent'],
    ]);
    expect(rows[0]?.detail).toEqual({ text: 'Housing First' });
    // HF: (4 + 3.5 + 2.25) / 3 = 3.25. YM: nothing scored, 0.
    // Active in Q2: p1, p2, p3, y1 (4); with a check-in in Q2: p1, p2 and y1 (the unanswered one counts) = 75 %.
    expect(byId(rows)).toEqual({
      'averageCheckInScore:text:housing first': 3.25,
      'averageCheckInScore:text:youth mentoring': 0,
      pairingsWithCheckIn: 75,
    });
  });

  it('counts only the chosen programme with a programme filter', () => {
    expect(byId(computeCheckInFigures(input({ programmeId: HF })))).toEqual({
      'averageCheckInScore:text:housing first': 3.25,
      // p1 and p2 of p1, p2, p3.
      pairingsWithCheckIn: 66.67,
    });
    expect(byId(computeCheckInFigures(input({ programmeId: YM })))).toEqual({
      'averageCheckInScore:text:youth mentoring': 0,
      pairingsWithCheckIn: 100,
    });
  });

  it('averages another questionnaire version only when asked to, never mixed with the current one', () => {
    expect(byId(computeCheckInFigures(input({ programmeId: HF, questionnaire: 'pairing@0' })))).toMatchObject({
      'averageCheckInScore:text:housing first': 1,
    });
  });

  it('rounds to two decimals, and gives 0 rather than failing when nothing happened', () => {
    const thirds = input({
      programmeId: HF,
      checkIns: [
        checkIn('p1', HF, '2026-05-01', 4),
        checkIn('p1', HF, '2026-05-02', 4),
        checkIn('p2', HF, '2026-05-03', 3),
      ],
    });
    expect(byId(computeCheckInFigures(thirds))).toMatchObject({ 'averageCheckInScore:text:housing first': 3.67 });
    expect(computeCheckInFigures({ ...input(), pairings: [], checkIns: [] })).toEqual([
      {
        id: 'pairingsWithCheckIn',
        section: 'pairings',
        figure: 'pairingsWithCheckIn',
        detail: null,
        value: 0,
        unit: 'percent',
      },
    ]);
  });

  it('lists a programme without a known name under "none", by its id', () => {
    const rows = computeCheckInFigures(input({ programmes: [] }));
    expect(rows.slice(0, 2).map((r) => [r.id, r.detail])).toEqual([
      [`averageCheckInScore:none:${HF}`, { none: true }],
      [`averageCheckInScore:none:${YM}`, { none: true }],
    ]);
  });
});
