import { describe, expect, it } from 'vitest';
import {
  computeVolunteerHours,
  defaultStatementYear,
  yearPeriod,
  type VolunteerHoursAttendance,
  type VolunteerHoursContactLog,
  type VolunteerHoursInput,
  type VolunteerHoursShadowing,
} from './volunteerHours';

/**
 * A hand-built year, 2026, for mentor m1. Every expected number below is counted by hand from
 * these rows; each row that must not count says why.
 */
const DELETED = '2026-11-30T10:00:00.000Z';

const row = (
  sessionId: string,
  sessionKind: VolunteerHoursAttendance['sessionKind'],
  sessionDate: string,
  hours: number,
  over: Partial<VolunteerHoursAttendance> = {},
): VolunteerHoursAttendance => ({
  sessionId,
  personId: 'm1',
  sessionKind,
  sessionDate,
  status: 'present',
  hours,
  deletedAt: null,
  ...over,
});

const attendance: VolunteerHoursAttendance[] = [
  // Counted: training on the year's first and last day → 2 sessions, 3 + 2.5 = 5.5 h.
  row('t-jan1', 'training', '2026-01-01', 3),
  row('t-dec31', 'training', '2026-12-31', 2.5),
  // The day before and the day after the year.
  row('t-prev', 'training', '2025-12-31', 4),
  row('t-next', 'training', '2027-01-01', 4),
  // Not present.
  row('t-absent', 'training', '2026-05-05', 3, { status: 'absent' }),
  row('t-excused', 'training', '2026-05-06', 3, { status: 'excused' }),
  // A deleted attendance row.
  row('t-june', 'training', '2026-06-01', 2, { deletedAt: DELETED }),
  // A live row of a deleted session, and of a session that is not there at all.
  row('t-deleted-session', 'training', '2026-07-01', 5),
  row('t-ghost', 'training', '2026-07-02', 5),
  // Another mentor.
  row('t-other', 'training', '2026-03-03', 6, { personId: 'm2' }),
  // Counted: supervision on the first and last day → 2 sessions, 1.5 + 2 = 3.5 h.
  row('s-jan1', 'supervision', '2026-01-01', 1.5),
  row('s-dec31', 'supervision', '2026-12-31', 2),
  // A deleted supervision row.
  row('s-april', 'supervision', '2026-04-04', 1.25, { deletedAt: DELETED }),
  // Peer-support groups and events are not volunteer hours of these kinds.
  row('g-april', 'group', '2026-04-10', 2),
  row('e-april', 'event', '2026-04-11', 3),
];

const sessions: VolunteerHoursInput['sessions'] = [
  ...[
    't-jan1',
    't-dec31',
    't-prev',
    't-next',
    't-absent',
    't-excused',
    't-june',
    't-other',
    's-jan1',
    's-dec31',
    's-april',
    'g-april',
    'e-april',
  ].map((id) => ({ id, deletedAt: null })),
  { id: 't-deleted-session', deletedAt: DELETED },
];

const shadow = (date: string, hours: number, over: Partial<VolunteerHoursShadowing> = {}): VolunteerHoursShadowing => ({
  mentorId: 'm1',
  date,
  hours,
  deletedAt: null,
  ...over,
});
const shadowing: VolunteerHoursShadowing[] = [
  // Counted: 2 entries, 4 + 1.5 = 5.5 h.
  shadow('2026-01-01', 4),
  shadow('2026-12-31', 1.5),
  shadow('2025-12-31', 3),
  shadow('2027-01-01', 3),
  shadow('2026-08-08', 2, { deletedAt: DELETED }),
  shadow('2026-08-08', 6, { mentorId: 'm2' }),
];

const pairings: VolunteerHoursInput['pairings'] = [
  { id: 'p1', mentorId: 'm1', deletedAt: null },
  { id: 'p2', mentorId: 'm1', deletedAt: DELETED },
  { id: 'p3', mentorId: 'm2', deletedAt: null },
];

const log = (
  pairingId: string,
  date: string,
  durationMinutes: number,
  deletedAt: string | null = null,
): VolunteerHoursContactLog => ({
  pairingId,
  date,
  durationMinutes,
  deletedAt,
});
const contactLogs: VolunteerHoursContactLog[] = [
  // Counted: 3 contacts, 45 + 30 + 20 = 95 minutes = 1.58 h.
  log('p1', '2026-01-01', 45),
  log('p1', '2026-12-31', 30),
  log('p1', '2026-06-15', 20),
  log('p1', '2025-12-31', 60),
  log('p1', '2027-01-01', 60),
  log('p1', '2026-07-07', 90, DELETED),
  // A deleted pairing, another mentor's pairing, a pairing that is not the mentor's at all.
  log('p2', '2026-07-07', 60),
  log('p3', '2026-07-07', 60),
  log('px', '2026-07-07', 60),
];

const input: VolunteerHoursInput = {
  mentorId: 'm1',
  year: 2026,
  attendance,
  sessions,
  shadowing,
  pairings,
  contactLogs,
};

describe('computeVolunteerHours', () => {
  it('adds up one mentor’s hours of the year, boundaries included, deleted records left out', () => {
    const statement = computeVolunteerHours(input);
    expect(statement.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(statement.lines).toEqual([
      { category: 'training', count: 2, hours: 5.5 },
      { category: 'shadowing', count: 2, hours: 5.5 },
      { category: 'supervision', count: 2, hours: 3.5 },
      { category: 'contact', count: 3, hours: 1.58 },
    ]);
    expect(statement.totalHours).toBe(16.08);
  });

  it('gives the neighbouring years their own rows: 31 December and 1 January', () => {
    const before = computeVolunteerHours({ ...input, year: 2025 });
    expect(before.lines.map((l) => [l.category, l.count, l.hours])).toEqual([
      ['training', 1, 4],
      ['shadowing', 1, 3],
      ['supervision', 0, 0],
      ['contact', 1, 1],
    ]);
    expect(before.totalHours).toBe(8);
    const after = computeVolunteerHours({ ...input, year: 2027 });
    expect(after.lines.map((l) => l.hours)).toEqual([4, 3, 0, 1]);
  });

  it('gives another mentor only their own rows', () => {
    const m2 = computeVolunteerHours({ ...input, mentorId: 'm2' });
    expect(m2.lines.map((l) => [l.category, l.count, l.hours])).toEqual([
      ['training', 1, 6],
      ['shadowing', 1, 6],
      ['supervision', 0, 0],
      ['contact', 1, 1],
    ]);
  });

  it('is all zeros for a year without records', () => {
    const empty = computeVolunteerHours({ ...input, year: 2020 });
    expect(empty.lines.every((l) => l.count === 0 && l.hours === 0)).toBe(true);
    expect(empty.totalHours).toBe(0);
  });

  it('rounds each category to two decimals and totals the rounded lines, so the paper adds up', () => {
    const statement = computeVolunteerHours({
      mentorId: 'm1',
      year: 2026,
      attendance: [row('t', 'training', '2026-03-01', 0.165)],
      sessions: [{ id: 't', deletedAt: null }],
      shadowing: [],
      pairings: [{ id: 'p1', mentorId: 'm1', deletedAt: null }],
      // Three contacts of 20 minutes: one hour, not 3 × 0.33.
      contactLogs: [
        log('p1', '2026-03-01', 20),
        log('p1', '2026-03-02', 20),
        log('p1', '2026-03-03', 20),
        log('p1', '2026-03-04', 10),
      ],
    });
    expect(statement.lines.find((l) => l.category === 'training')?.hours).toBe(0.17);
    expect(statement.lines.find((l) => l.category === 'contact')?.hours).toBe(1.17);
    expect(statement.totalHours).toBe(1.34);
  });
});

describe('yearPeriod and defaultStatementYear', () => {
  it('spans the calendar year', () => {
    expect(yearPeriod(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('offers the year just finished in January and February, else the current year', () => {
    expect(defaultStatementYear('2027-01-01')).toBe(2026);
    expect(defaultStatementYear('2027-02-28')).toBe(2026);
    expect(defaultStatementYear('2027-03-01')).toBe(2027);
    expect(defaultStatementYear('2026-12-31')).toBe(2026);
  });
});
