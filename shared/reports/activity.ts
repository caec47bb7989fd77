import { CLOSURE_REASONS, CONTACT_KINDS, type PairingStatus } from '../domain/pairing';
import { MENTEE_STATUSES, TRANSITIONS, type MenteeStatus } from '../domain/mentee';
import type { MentorStatus } from '../domain/mentor';
import { SUB_KINDS, type SessionKind, type SubKind } from '../domain/session';
import { inPeriod, periodDays, type Period } from './period';

/**
 * The activity report: every figure a funder asks for, computed from the records alone. Pure —
 * no database here: the reports repository fetches the rows of the period through indexes and
 * this module only counts them, so the same rules serve the screen, the XLSX, the CSV, paper
 * and a saved copy, and they are unit-tested on hand-made data.
 *
 * General rules (each figure's own definition is in locales/<lng>/reports.json):
 * - Dates are inclusive: something on the period's first or last day counts.
 * - Deleted records (tombstones) never count, and neither does a row of a deleted session or
 *   pairing. An erased person still counts by their id (anonymously) where their facts remain.
 * - With a programme filter, a session, pairing, mentee or module counts when it belongs to the
 *   programme; a mentor when the programme is one of theirs; a shadowing entry when its mentor
 *   counts; attendance and contact logs go with their session and pairing.
 */

export type ReportMentor = {
  id: string;
  programmeIds: readonly string[];
  statusHistory: readonly { status: MentorStatus; date: string }[];
  exitReason: string;
  deletedAt: string | null;
};
export type ReportSession = {
  id: string;
  kind: SessionKind;
  subKind: SubKind;
  programmeId: string | null;
  date: string;
  startTime: string;
  endTime: string;
  moduleIds: readonly string[];
  deletedAt: string | null;
};
export type ReportAttendance = {
  sessionId: string;
  personKind: 'mentor' | 'mentee' | 'contact' | 'walkIn';
  personId: string | null;
  walkInName: string;
  status: 'present' | 'excused' | 'absent';
  hours: number;
  deletedAt: string | null;
};
export type ReportShadowing = { mentorId: string; date: string; hours: number; deletedAt: string | null };
export type ReportModule = { id: string; name: string; deletedAt: string | null };
export type ReportContact = { id: string; organisation: string };
export type ReportPairing = {
  id: string;
  menteeId: string;
  programmeId: string;
  status: PairingStatus;
  startDate: string | null;
  closure: { date: string; reason: (typeof CLOSURE_REASONS)[number]; planned: boolean } | null;
  deletedAt: string | null;
};
export type ReportContactLog = {
  pairingId: string;
  date: string;
  durationMinutes: number;
  kind: (typeof CONTACT_KINDS)[number];
  crisis: boolean;
  deletedAt: string | null;
};
export type ReportMentee = {
  id: string;
  programmeId: string;
  transition: (typeof TRANSITIONS)[number];
  referredOn: string | null;
  createdAt: string;
  status: MenteeStatus;
  closedOn: string | null;
  deletedAt: string | null;
};

/**
 * What a report is computed from. Rows outside the period (or of another programme) may be
 * included: they are filtered here, so the repository may read generously.
 */
export type ReportInput = {
  period: Period;
  programmeId: string | null;
  /** Every mentor (states at the period's end need the ones who joined earlier). */
  mentors: readonly ReportMentor[];
  /** Mentor id → the date their last mandatory module was completed (training progress). */
  readySince: ReadonlyMap<string, string | null>;
  sessions: readonly ReportSession[];
  attendance: readonly ReportAttendance[];
  shadowing: readonly ReportShadowing[];
  modules: readonly ReportModule[];
  /** Contacts who attended events (for their organisation). */
  contacts: readonly ReportContact[];
  /** Every pairing that may have been open during the period, and those of its contact logs. */
  pairings: readonly ReportPairing[];
  contactLogs: readonly ReportContactLog[];
  /** Every mentee (states at the period's end need the ones referred earlier). */
  mentees: readonly ReportMentee[];
};

export const REPORT_SECTIONS = [
  'mentors',
  'training',
  'supervision',
  'groups',
  'events',
  'pairings',
  'contacts',
  'mentees',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Every figure, by section; each has a label and a one-line definition in `reports:figures.<key>`. */
export const FIGURES = {
  mentors: ['newApplicants', 'completedTraining', 'activeAtEnd', 'pausedAtEnd', 'exited', 'exitedByReason'],
  training: [
    'trainingSessions',
    'trainingHours',
    'trainingHoursByModule',
    'trainingParticipants',
    'trainingParticipantHours',
    'shadowingEntries',
    'shadowingHours',
  ],
  supervision: ['supervisionSessions', 'supervisionHours', 'supervisionParticipants', 'mentorsWithoutSupervision'],
  groups: ['groupMeetings', 'groupAttendees', 'groupAttendances'],
  events: ['eventsByKind', 'eventParticipants', 'externalByOrganisation'],
  pairings: [
    'newPairings',
    'activePairings',
    'closedPlanned',
    'closedEarly',
    'closedByReason',
    'averageClosedLength',
    // Computed in checkIns.ts.
    'averageCheckInScore',
    'pairingsWithCheckIn',
  ],
  contacts: ['contactsLogged', 'contactHours', 'contactsByKind', 'crisisContacts'],
  mentees: ['newMentees', 'newMenteesByTransition', 'menteesByStatusAtEnd'],
} as const satisfies Record<ReportSection, readonly string[]>;
export type FigureKey = (typeof FIGURES)[ReportSection][number];

/**
 * `count`s of 1–4 may be hidden; hours, days, scores (on the questionnaire's 1–5 scale) and
 * percentages never are (they name no one).
 */
export const FIGURE_UNITS = ['count', 'hours', 'days', 'score', 'percent'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * A breakdown of a figure: an i18n key (a session kind, a closure reason…) or a text from the
 * data (a module's name, an organisation). `none` stands for "no module" / "no organisation".
 */
export type FigureDetail = { key: string } | { text: string } | { none: true };

export type ReportRow = {
  /** Stable across periods and saved copies: the figure plus its detail. */
  id: string;
  section: ReportSection;
  figure: FigureKey;
  detail: FigureDetail | null;
  value: number;
  unit: FigureUnit;
};

const round2 = (n: number): number => Math.round(n * 100) / 100;

const minutesOf = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
/** A session's length in hours (the scheduled time, what was delivered). */
export const sessionLength = (s: { startTime: string; endTime: string }): number =>
  Math.max(0, minutesOf(s.endTime) - minutesOf(s.startTime)) / 60;

const daysBetween = (from: string, to: string): number => periodDays({ from, to }) - 1;

/** The status a mentor had at the end of `date` (null: not yet known to the organisation). */
export const mentorStatusOn = (m: ReportMentor, date: string): MentorStatus | null => {
  let status: MentorStatus | null = null;
  let latest = '';
  // History is kept in order; the date comparison guards against an entry back-dated later.
  for (const h of m.statusHistory)
    if (h.date <= date && h.date >= latest) {
      status = h.status;
      latest = h.date;
    }
  return status;
};

/** Who a present attendance row is: the person's id, or a walk-in's typed name. */
const personKey = (a: ReportAttendance): string => a.personId ?? `walkIn:${a.walkInName.trim().toLowerCase()}`;

const detailId = (d: FigureDetail | null): string =>
  d === null ? '' : 'key' in d ? `:${d.key}` : 'text' in d ? `:text:${d.text.trim().toLowerCase()}` : ':none';

class Rows {
  readonly rows: ReportRow[] = [];
  add(
    section: ReportSection,
    figure: FigureKey,
    value: number,
    unit: FigureUnit = 'count',
    detail: FigureDetail | null = null,
  ) {
    this.rows.push({
      id: `${figure}${detailId(detail)}`,
      section,
      figure,
      detail,
      value: unit === 'count' ? value : round2(value),
      unit,
    });
  }
}

/**
 * Counts typed texts (exit reasons, organisations) case-insensitively and without surrounding
 * spaces — "City Police" and "city police " are one organisation — under the first spelling seen.
 */
const tally = (texts: Iterable<string>): Map<string, number> => {
  const spelling = new Map<string, string>();
  const out = new Map<string, number>();
  for (const raw of texts) {
    const text = raw.trim();
    const norm = text.toLowerCase();
    const shown = spelling.get(norm) ?? text;
    spelling.set(norm, shown);
    out.set(shown, (out.get(shown) ?? 0) + 1);
  }
  return out;
};
const bySizeThenName = (m: Map<string, number>): [string, number][] =>
  [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** The activity report for `input.period` (see the module comment for the rules). */
export const computeActivityReport = (input: ReportInput): ReportRow[] => {
  const { period, programmeId } = input;
  const inProgramme = (id: string | null) => programmeId === null || id === programmeId;
  const out = new Rows();

  // --- Mentors -----------------------------------------------------------------------------
  const mentors = input.mentors.filter(
    (m) => m.deletedAt === null && (programmeId === null || m.programmeIds.includes(programmeId)),
  );
  const mentorIds = new Set(mentors.map((m) => m.id));
  const firstDate = (m: ReportMentor) => m.statusHistory.reduce((min, h) => (h.date < min ? h.date : min), '\uffff');
  out.add('mentors', 'newApplicants', mentors.filter((m) => inPeriod(firstDate(m), period)).length);
  out.add('mentors', 'completedTraining', mentors.filter((m) => inPeriod(input.readySince.get(m.id), period)).length);
  const statusAtEnd = new Map(mentors.map((m) => [m.id, mentorStatusOn(m, period.to)]));
  out.add('mentors', 'activeAtEnd', mentors.filter((m) => statusAtEnd.get(m.id) === 'active').length);
  out.add('mentors', 'pausedAtEnd', mentors.filter((m) => statusAtEnd.get(m.id) === 'paused').length);
  const exited = mentors.filter((m) => m.statusHistory.some((h) => h.status === 'exited' && inPeriod(h.date, period)));
  out.add('mentors', 'exited', exited.length);
  for (const [reason, n] of bySizeThenName(tally(exited.map((m) => m.exitReason))))
    out.add('mentors', 'exitedByReason', n, 'count', reason ? { text: reason } : { none: true });

  // --- Sessions and attendance ---------------------------------------------------------------
  const sessions = new Map(
    input.sessions
      .filter((s) => s.deletedAt === null && inPeriod(s.date, period) && inProgramme(s.programmeId))
      .map((s) => [s.id, s]),
  );
  const present: { a: ReportAttendance; s: ReportSession }[] = [];
  for (const a of input.attendance) {
    if (a.deletedAt !== null || a.status !== 'present') continue;
    const s = sessions.get(a.sessionId);
    if (s) present.push({ a, s });
  }
  const sessionsOf = (kind: SessionKind) => [...sessions.values()].filter((s) => s.kind === kind);
  const presentOf = (kind: SessionKind, subKind?: SubKind) =>
    present.filter(({ s }) => s.kind === kind && (subKind === undefined || s.subKind === subKind));

  // --- Training ------------------------------------------------------------------------------
  const training = sessionsOf('training');
  out.add('training', 'trainingSessions', training.length);
  out.add(
    'training',
    'trainingHours',
    training.reduce((sum, s) => sum + sessionLength(s), 0),
    'hours',
  );
  const modules = new Map(input.modules.filter((m) => m.deletedAt === null).map((m) => [m.id, m]));
  const perModule = new Map<string, number>();
  for (const s of training) {
    // A session on several modules divides its hours equally, as training progress does.
    const targets = [...new Set(s.moduleIds)].filter((id) => modules.has(id));
    const keys = targets.length > 0 ? targets : [''];
    for (const k of keys) perModule.set(k, (perModule.get(k) ?? 0) + sessionLength(s) / keys.length);
  }
  for (const [id, hours] of [...perModule].sort((a, b) =>
    (modules.get(a[0])?.name ?? '\uffff').localeCompare(modules.get(b[0])?.name ?? '\uffff'),
  ))
    out.add(
      'training',
      'trainingHoursByModule',
      hours,
      'hours',
      id ? { text: modules.get(id)?.name ?? '' } : { none: true },
    );
  const trainingPresent = presentOf('training');
  out.add('training', 'trainingParticipants', new Set(trainingPresent.map(({ a }) => personKey(a))).size);
  out.add(
    'training',
    'trainingParticipantHours',
    trainingPresent.reduce((sum, { a }) => sum + a.hours, 0),
    'hours',
  );
  const shadowing = input.shadowing.filter(
    (sh) => sh.deletedAt === null && inPeriod(sh.date, period) && mentorIds.has(sh.mentorId),
  );
  out.add('training', 'shadowingEntries', shadowing.length);
  out.add(
    'training',
    'shadowingHours',
    shadowing.reduce((sum, sh) => sum + sh.hours, 0),
    'hours',
  );

  // --- Supervision ---------------------------------------------------------------------------
  for (const sub of SUB_KINDS.supervision) {
    const ss = sessionsOf('supervision').filter((s) => s.subKind === sub);
    const detail = { key: `sessions:subKinds.${sub}` };
    out.add('supervision', 'supervisionSessions', ss.length, 'count', detail);
    out.add(
      'supervision',
      'supervisionHours',
      ss.reduce((sum, s) => sum + sessionLength(s), 0),
      'hours',
      detail,
    );
    out.add(
      'supervision',
      'supervisionParticipants',
      new Set(presentOf('supervision', sub).map(({ a }) => personKey(a))).size,
      'count',
      detail,
    );
  }
  const supervised = new Set(presentOf('supervision').map(({ a }) => a.personId));
  out.add(
    'supervision',
    'mentorsWithoutSupervision',
    mentors.filter((m) => statusAtEnd.get(m.id) === 'active' && !supervised.has(m.id)).length,
  );

  // --- Peer-support groups -------------------------------------------------------------------
  for (const sub of SUB_KINDS.group) {
    const detail = { key: `sessions:subKinds.${sub}` };
    const rows = presentOf('group', sub);
    out.add('groups', 'groupMeetings', sessionsOf('group').filter((s) => s.subKind === sub).length, 'count', detail);
    out.add('groups', 'groupAttendees', new Set(rows.map(({ a }) => personKey(a))).size, 'count', detail);
    out.add('groups', 'groupAttendances', rows.length, 'count', detail);
  }

  // --- Events --------------------------------------------------------------------------------
  for (const sub of SUB_KINDS.event)
    out.add('events', 'eventsByKind', sessionsOf('event').filter((s) => s.subKind === sub).length, 'count', {
      key: `sessions:subKinds.${sub}`,
    });
  const eventPresent = presentOf('event');
  out.add('events', 'eventParticipants', eventPresent.length);
  const organisation = new Map(input.contacts.map((c) => [c.id, c.organisation]));
  const external = eventPresent
    .filter(({ a }) => a.personKind === 'contact' || a.personKind === 'walkIn')
    .map(({ a }) => (a.personId !== null ? (organisation.get(a.personId) ?? '') : ''));
  for (const [org, n] of bySizeThenName(tally(external)))
    out.add('events', 'externalByOrganisation', n, 'count', org ? { text: org } : { none: true });

  // --- Pairings ------------------------------------------------------------------------------
  const pairings = input.pairings.filter((p) => p.deletedAt === null && inProgramme(p.programmeId));
  const started = pairings.filter((p): p is ReportPairing & { startDate: string } => p.startDate !== null);
  out.add('pairings', 'newPairings', started.filter((p) => inPeriod(p.startDate, period)).length);
  out.add(
    'pairings',
    'activePairings',
    started.filter((p) => p.startDate <= period.to && (p.closure === null || p.closure.date >= period.from)).length,
  );
  const closed = started.filter((p) => p.closure !== null && inPeriod(p.closure.date, period));
  out.add('pairings', 'closedPlanned', closed.filter((p) => p.closure?.planned).length);
  out.add('pairings', 'closedEarly', closed.filter((p) => !p.closure?.planned).length);
  for (const reason of CLOSURE_REASONS)
    out.add('pairings', 'closedByReason', closed.filter((p) => p.closure?.reason === reason).length, 'count', {
      key: `pairings:close.reasons.${reason}`,
    });
  const lengths = closed.map((p) => daysBetween(p.startDate, p.closure?.date ?? p.startDate));
  out.add(
    'pairings',
    'averageClosedLength',
    lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0,
    'days',
  );

  // --- Contacts ------------------------------------------------------------------------------
  const pairingIds = new Set(pairings.map((p) => p.id));
  const logs = input.contactLogs.filter(
    (l) => l.deletedAt === null && inPeriod(l.date, period) && pairingIds.has(l.pairingId),
  );
  out.add('contacts', 'contactsLogged', logs.length);
  out.add('contacts', 'contactHours', logs.reduce((sum, l) => sum + l.durationMinutes, 0) / 60, 'hours');
  for (const kind of CONTACT_KINDS)
    out.add('contacts', 'contactsByKind', logs.filter((l) => l.kind === kind).length, 'count', {
      key: `pairings:contacts.kind.${kind}`,
    });
  out.add('contacts', 'crisisContacts', logs.filter((l) => l.crisis).length);

  // --- Mentees -------------------------------------------------------------------------------
  const mentees = input.mentees.filter((m) => m.deletedAt === null && inProgramme(m.programmeId));
  const arrived = (m: ReportMentee) => m.referredOn ?? m.createdAt.slice(0, 10);
  const newMentees = mentees.filter((m) => inPeriod(arrived(m), period));
  out.add('mentees', 'newMentees', newMentees.length);
  for (const t of TRANSITIONS)
    out.add('mentees', 'newMenteesByTransition', newMentees.filter((m) => m.transition === t).length, 'count', {
      key: `mentees:transition.${t}`,
    });
  const pairedAtEnd = new Set(
    started
      .filter((p) => p.startDate <= period.to && (p.closure === null || p.closure.date > period.to))
      .map((p) => p.menteeId),
  );
  const statusOfMentee = (m: ReportMentee): MenteeStatus =>
    m.closedOn !== null && m.closedOn <= period.to ? 'closed' : pairedAtEnd.has(m.id) ? 'paired' : 'waiting';
  const known = mentees.filter((m) => arrived(m) <= period.to);
  for (const st of MENTEE_STATUSES)
    out.add('mentees', 'menteesByStatusAtEnd', known.filter((m) => statusOfMentee(m) === st).length, 'count', {
      key: `mentees:status.${st}`,
    });

  return out.rows;
};

/** A figure shown as "fewer than 5" when small numbers are hidden: a count from 1 to 4. */
export const isSmallCount = (row: Pick<ReportRow, 'unit' | 'value'>): boolean =>
  row.unit === 'count' && row.value >= 1 && row.value <= 4;

export type ComparedRow = ReportRow & { previous: number };

/**
 * The rows of `current` with the same figure's value in `previous` beside them (0 where the
 * other period has no such row, e.g. an organisation that came only once); rows only the
 * previous period has are added after, with a current value of 0.
 */
export const compareRows = (current: readonly ReportRow[], previous: readonly ReportRow[]): ComparedRow[] => {
  const prev = new Map(previous.map((r) => [r.id, r]));
  const seen = new Set(current.map((r) => r.id));
  return [
    ...current.map((r) => ({ ...r, previous: prev.get(r.id)?.value ?? 0 })),
    ...previous.filter((r) => !seen.has(r.id)).map((r) => ({ ...r, value: 0, previous: r.value })),
  ];
};
