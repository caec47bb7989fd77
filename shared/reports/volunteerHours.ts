import type { AttendanceStatus, SessionKind } from '../domain/session';
import { inPeriod, type Period } from './period';

/**
 * A volunteer hours statement: the hours one mentor gave in one calendar year, by category, for
 * recognition letters and the volunteer's own records. Pure — no database here: the reports
 * repository fetches the mentor's rows of the year through indexes and this module only adds
 * them up, so the rules are unit-tested on hand-made data.
 *
 * Rules:
 * - The year is 1 January – 31 December, both days included; a row counts by its own date
 *   (an attendance row by its session's date, copied onto the row).
 * - Training and supervision: the hours recorded on the mentor's attendance rows marked present
 *   at training and supervision sessions (excused and absent rows give no hours); a row counts
 *   only while its session exists (a row of a deleted session never counts).
 * - Shadowing: the hours of the mentor's shadowing entries.
 * - Contact: the duration of the contacts logged in the mentor's pairings (a pairing of another
 *   mentor, or a deleted one, gives none).
 * - Deleted records (tombstones) never count.
 * - Each category's hours are rounded to two decimals and the total is the sum of the rounded
 *   lines, so the printed statement adds up.
 */

export type VolunteerHoursAttendance = {
  sessionId: string;
  personId: string | null;
  sessionKind: SessionKind;
  sessionDate: string;
  status: AttendanceStatus;
  hours: number;
  deletedAt: string | null;
};
export type VolunteerHoursSession = { id: string; deletedAt: string | null };
export type VolunteerHoursShadowing = { mentorId: string; date: string; hours: number; deletedAt: string | null };
export type VolunteerHoursPairing = { id: string; mentorId: string; deletedAt: string | null };
export type VolunteerHoursContactLog = {
  pairingId: string;
  date: string;
  durationMinutes: number;
  deletedAt: string | null;
};

/**
 * What a statement is computed from. Rows of other years, other people or deleted ones may be
 * included: they are filtered here, so the repository may read generously.
 */
export type VolunteerHoursInput = {
  mentorId: string;
  year: number;
  attendance: readonly VolunteerHoursAttendance[];
  /** The sessions of those attendance rows: a row whose session is missing or deleted does not count. */
  sessions: readonly VolunteerHoursSession[];
  shadowing: readonly VolunteerHoursShadowing[];
  /** The mentor's pairings: contact logs count through them. */
  pairings: readonly VolunteerHoursPairing[];
  contactLogs: readonly VolunteerHoursContactLog[];
};

/** The order the statement lists them in. */
export const VOLUNTEER_HOURS_CATEGORIES = ['training', 'shadowing', 'supervision', 'contact'] as const;
export type VolunteerHoursCategory = (typeof VOLUNTEER_HOURS_CATEGORIES)[number];

export type VolunteerHoursLine = {
  category: VolunteerHoursCategory;
  /** Sessions attended, shadowing entries or contacts logged. */
  count: number;
  hours: number;
};

export type VolunteerHoursStatement = {
  mentorId: string;
  year: number;
  period: Period;
  lines: VolunteerHoursLine[];
  totalHours: number;
};

/** The calendar year as a period: 1 January – 31 December. */
export const yearPeriod = (year: number): Period => ({
  from: `${String(year).padStart(4, '0')}-01-01`,
  to: `${String(year).padStart(4, '0')}-12-31`,
});

/**
 * The year a statement is offered for on `today`: the current year, except in January and
 * February, when the year just finished is the one asked for (annual records, letters for the
 * past year) and the new year holds next to nothing yet.
 */
export const defaultStatementYear = (today: string): number => {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 2 ? year - 1 : year;
};

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** One mentor's hours in one year (see the module comment for the rules). */
export const computeVolunteerHours = (input: VolunteerHoursInput): VolunteerHoursStatement => {
  const { mentorId, year } = input;
  const period = yearPeriod(year);
  const liveSessions = new Set(input.sessions.filter((s) => s.deletedAt === null).map((s) => s.id));
  const attended = (kind: SessionKind) =>
    input.attendance.filter(
      (a) =>
        a.deletedAt === null &&
        a.personId === mentorId &&
        a.status === 'present' &&
        a.sessionKind === kind &&
        inPeriod(a.sessionDate, period) &&
        liveSessions.has(a.sessionId),
    );
  const training = attended('training');
  const supervision = attended('supervision');
  const shadowing = input.shadowing.filter(
    (s) => s.deletedAt === null && s.mentorId === mentorId && inPeriod(s.date, period),
  );
  const pairings = new Set(
    input.pairings.filter((p) => p.deletedAt === null && p.mentorId === mentorId).map((p) => p.id),
  );
  const contacts = input.contactLogs.filter(
    (l) => l.deletedAt === null && pairings.has(l.pairingId) && inPeriod(l.date, period),
  );

  const sum = (values: readonly number[]) => round2(values.reduce((a, b) => a + b, 0));
  const lines: Record<VolunteerHoursCategory, VolunteerHoursLine> = {
    training: { category: 'training', count: training.length, hours: sum(training.map((a) => a.hours)) },
    shadowing: { category: 'shadowing', count: shadowing.length, hours: sum(shadowing.map((s) => s.hours)) },
    supervision: { category: 'supervision', count: supervision.length, hours: sum(supervision.map((a) => a.hours)) },
    contact: { category: 'contact', count: contacts.length, hours: sum(contacts.map((l) => l.durationMinutes / 60)) },
  };
  const ordered = VOLUNTEER_HOURS_CATEGORIES.map((c) => lines[c]);
  return { mentorId, year, period, lines: ordered, totalHours: sum(ordered.map((l) => l.hours)) };
};
