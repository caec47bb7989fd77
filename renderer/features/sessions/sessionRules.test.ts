import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  agendaRange,
  defaultHours,
  draftAttendance,
  markRow,
  effectiveCapacity,
  isOverCapacity,
  isSupervisionOverdue,
  repeatDates,
  sessionHours,
  supervisionDueBy,
  supervisionWindowStart,
} from './sessionRules';

describe('capacity', () => {
  it('a group case discussion holds 10 unless the session says otherwise', () => {
    expect(effectiveCapacity({ capacity: null, subKind: 'caseDiscussion' })).toBe(10);
    expect(effectiveCapacity({ capacity: 6, subKind: 'caseDiscussion' })).toBe(6);
    expect(effectiveCapacity({ capacity: null, subKind: 'roundtable' })).toBeNull();
    expect(isOverCapacity({ capacity: null, subKind: 'caseDiscussion' }, 10)).toBe(false);
    expect(isOverCapacity({ capacity: null, subKind: 'caseDiscussion' }, 11)).toBe(true);
    expect(isOverCapacity({ capacity: null, subKind: 'peerLed' }, 500)).toBe(false);
  });
});

describe('hours', () => {
  it('credits the session length to the quarter hour when present, nothing otherwise', () => {
    expect(sessionHours({ startTime: '17:00', endTime: '18:30' })).toBe(1.5);
    expect(sessionHours({ startTime: '09:10', endTime: '10:00' })).toBe(0.75);
    expect(defaultHours('present', { startTime: '09:00', endTime: '12:00' })).toBe(3);
    expect(defaultHours('excused', { startTime: '09:00', endTime: '12:00' })).toBe(0);
    expect(defaultHours('absent', { startTime: '09:00', endTime: '12:00' })).toBe(0);
  });
});

// Run the calendar arithmetic in a zone with daylight-saving changes: a naive "+ 7 × 24 h"
// would land on 23:00 the day before after the October change and shift every later date.
describe.each(['Europe/Budapest', 'Europe/Helsinki', 'America/New_York'])('repeat dates in %s', (zone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('weekly across the March change keeps the weekday', () => {
    expect(repeatDates('2026-03-16', 1, '2026-04-13')).toEqual([
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
      '2026-04-13',
    ]);
  });

  it('weekly across the October change keeps the weekday', () => {
    expect(repeatDates('2026-10-19', 1, '2026-11-09')).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
    for (const d of repeatDates('2026-10-01', 1, '2026-12-31')) expect(new Date(`${d}T12:00:00`).getDay()).toBe(4);
  });

  it('every N weeks until a date, inclusive, and nothing when the end is before the next date', () => {
    expect(repeatDates('2026-03-02', 3, '2026-04-13')).toEqual(['2026-03-23', '2026-04-13']);
    expect(repeatDates('2026-10-20', 2, '2026-11-02')).toEqual([]);
    expect(repeatDates('2026-10-20', 2, '2026-10-20')).toEqual([]);
  });
});

describe('repeat limits', () => {
  it('rejects a non-positive interval and stops after two years of weekly meetings', () => {
    expect(() => repeatDates('2026-01-01', 0, '2026-12-31')).toThrow(RangeError);
    expect(repeatDates('2026-01-01', 1, '2040-01-01')).toHaveLength(104);
  });
});

describe('supervision overdue (fixed clock)', () => {
  it('is due N weeks after the last supervision and overdue the day after', () => {
    expect(supervisionDueBy('2026-10-01', 4)).toBe('2026-10-29');
    expect(isSupervisionOverdue('2026-10-01', 4, '2026-10-29')).toBe(false);
    expect(isSupervisionOverdue('2026-10-01', 4, '2026-10-30')).toBe(true);
    expect(isSupervisionOverdue('2026-10-01', 6, '2026-10-30')).toBe(false);
  });

  it('someone who never attended is overdue', () => {
    expect(isSupervisionOverdue(null, 4, '2026-01-01')).toBe(true);
  });

  it('the window start gives the same answer for every date, rule and last supervision (month ends, leap days, clock changes)', () => {
    const day = fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), fc.integer({ min: 1, max: 26 }), (today, last, weeks) => {
        expect((last ?? '') < supervisionWindowStart(today, weeks)).toBe(isSupervisionOverdue(last, weeks, today));
      }),
      { numRuns: 2000 },
    );
    expect(supervisionWindowStart('2026-10-29', 4)).toBe('2026-10-01');
  });
});

describe('attendance draft', () => {
  const session = {
    startTime: '17:00',
    endTime: '19:00',
    expected: [
      { kind: 'mentor' as const, id: 'a' },
      { kind: 'contact' as const, id: 'b' },
    ],
  };

  it('lists every expected person unmarked, keeps what was recorded, then walk-ins', () => {
    const rows = draftAttendance(session, [
      { id: 'r1', personKind: 'contact', personId: 'b', walkInName: '', status: 'excused', hours: 0 },
      { id: 'r2', personKind: 'walkIn', personId: null, walkInName: 'Mari', status: 'present', hours: 2 },
    ]);
    expect(rows.map((r) => [r.personId ?? r.walkInName, r.status])).toEqual([
      ['a', null],
      ['b', 'excused'],
      ['Mari', 'present'],
    ]);
    expect(rows[1]?.id).toBe('r1');
  });

  it('marking sets the default hours: the session length when present, 0 otherwise', () => {
    const [row] = draftAttendance(session, []);
    if (!row) throw new Error('no row');
    expect(markRow(row, 'present', session).hours).toBe(2);
    expect(markRow(markRow(row, 'present', session), 'excused', session).hours).toBe(0);
  });

  it('changing the status keeps the hours the coordinator typed', () => {
    const [row] = draftAttendance(session, []);
    if (!row) throw new Error('no row');
    // Marked present (2 h by default), then 1.5 typed for someone who left early.
    const typed = { ...markRow(row, 'present', session), hours: 1.5, hoursTyped: true };
    expect(markRow(typed, 'excused', session).hours).toBe(1.5);
    expect(markRow(markRow(typed, 'absent', session), 'present', session).hours).toBe(1.5);
    // Hours typed before any status was chosen are kept too, even 0 for someone present.
    const early = { ...row, hours: 0, hoursTyped: true };
    expect(markRow(early, 'present', session)).toMatchObject({ status: 'present', hours: 0 });
    // "Mark all present" marks the others but leaves typed hours alone.
    const all = [typed, row].map((r) => markRow(r, 'present', session));
    expect(all.map((r) => r.hours)).toEqual([1.5, 2]);
  });

  it('hours recorded earlier that differ from the default are kept when the status changes', () => {
    const [, stored] = draftAttendance(session, [
      { id: 'r1', personKind: 'contact', personId: 'b', walkInName: '', status: 'present', hours: 1.25 },
    ]);
    if (!stored) throw new Error('no row');
    expect(markRow(stored, 'excused', session)).toMatchObject({ id: 'r1', status: 'excused', hours: 1.25 });
    // A row recorded at its default follows the new status: an absent person is not credited.
    const [, atDefault] = draftAttendance(session, [
      { id: 'r2', personKind: 'contact', personId: 'b', walkInName: '', status: 'present', hours: 2 },
    ]);
    if (!atDefault) throw new Error('no row');
    expect(markRow(atDefault, 'absent', session).hours).toBe(0);
  });

  it('a new row gets the default hours of the status it is first given', () => {
    const walkIn = { personKind: 'walkIn' as const, personId: null, walkInName: 'Mari', status: null, hours: 0 };
    expect(markRow(walkIn, 'present', session).hours).toBe(2);
    expect(markRow(walkIn, 'excused', session).hours).toBe(0);
  });
});

describe('agenda range', () => {
  it('weeks start on Monday, also across the October change; months are whole', () => {
    expect(agendaRange('2026-10-25', 'week')).toEqual({ from: '2026-10-19', to: '2026-10-25' });
    expect(agendaRange('2026-10-26', 'week')).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(agendaRange('2026-02-14', 'month')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});
