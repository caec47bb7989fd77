import { describe, expect, it } from 'vitest';
import {
  compareRows,
  computeActivityReport,
  isSmallCount,
  mentorStatusOn,
  type ReportAttendance,
  type ReportContactLog,
  type ReportInput,
  type ReportMentee,
  type ReportMentor,
  type ReportPairing,
  type ReportRow,
  type ReportSession,
} from './activity';

/**
 * A hand-built office, Q2 2026 (1 April – 30 June), two programmes: HF (Housing First) and
 * YM (youth mentoring). Every expected number below is counted by hand from these rows.
 */
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const HF = 'hf';
const YM = 'ym';

const mentor = (
  id: string,
  history: [ReportMentor['statusHistory'][number]['status'], string][],
  over: Partial<ReportMentor> = {},
): ReportMentor => ({
  id,
  programmeIds: [HF],
  statusHistory: history.map(([status, date]) => ({ status, date })),
  exitReason: '',
  deletedAt: null,
  ...over,
});

const mentors: ReportMentor[] = [
  // Applied on the period's first day.
  mentor('m1', [['applicant', '2026-04-01']]),
  // Applied on the last day, YM.
  mentor('m2', [['inTraining', '2026-06-30']], { programmeIds: [YM] }),
  // Applied the day before: not new.
  mentor('m3', [
    ['applicant', '2026-03-31'],
    ['screening', '2026-04-10'],
  ]),
  // Active since last year, exits mid-period.
  mentor(
    'm4',
    [
      ['inTraining', '2025-01-01'],
      ['active', '2025-03-01'],
      ['exited', '2026-05-15'],
    ],
    { exitReason: 'Moved abroad' },
  ),
  // Active throughout, in both programmes.
  mentor(
    'm5',
    [
      ['inTraining', '2025-01-01'],
      ['active', '2025-03-01'],
    ],
    { programmeIds: [HF, YM] },
  ),
  // Paused inside the period.
  mentor('m6', [
    ['inTraining', '2025-01-01'],
    ['active', '2025-02-01'],
    ['paused', '2026-06-01'],
  ]),
  // Becomes active the day after the period: in training at its end.
  mentor('m7', [
    ['inTraining', '2026-01-05'],
    ['active', '2026-07-01'],
  ]),
  // Exits on the last day, same reason in other letters' case.
  mentor(
    'm8',
    [
      ['applicant', '2026-02-01'],
      ['exited', '2026-06-30'],
    ],
    { exitReason: ' moved abroad ' },
  ),
  // Deleted: never counts.
  mentor('m9', [['applicant', '2026-04-02']], { deletedAt: '2026-04-03T10:00:00.000Z' }),
];

const readySince = new Map<string, string | null>([
  ['m1', null],
  ['m3', '2026-06-30'], // last day: counts
  ['m7', '2026-07-01'], // the day after: does not
  ['m5', '2025-02-20'],
  ['m2', '2026-04-01'], // first day, YM
]);

const session = (id: string, over: Partial<ReportSession>): ReportSession => ({
  id,
  kind: 'training',
  subKind: 'course',
  programmeId: HF,
  date: '2026-05-01',
  startTime: '10:00',
  endTime: '12:00',
  moduleIds: [],
  deletedAt: null,
  ...over,
});
const sessions: ReportSession[] = [
  session('t1', { date: '2026-04-01', moduleIds: ['modA'] }), // 2 h, first day
  session('t2', { date: '2026-06-30', startTime: '09:00', endTime: '13:00', moduleIds: ['modA', 'modB'] }), // 4 h → 2 + 2, last day
  session('t3', { date: '2026-07-01', moduleIds: ['modA'] }), // after the period
  session('t4', { date: '2026-05-05', moduleIds: ['modA'], deletedAt: '2026-05-06T00:00:00.000Z' }), // deleted
  session('t5', { date: '2026-05-06', programmeId: YM, startTime: '10:00', endTime: '11:30' }), // YM, no module, 1.5 h
  session('s1', {
    kind: 'supervision',
    subKind: 'caseDiscussion',
    date: '2026-04-15',
    startTime: '14:00',
    endTime: '16:00',
  }),
  session('s2', {
    kind: 'supervision',
    subKind: 'caseDiscussion',
    date: '2026-05-15',
    startTime: '14:00',
    endTime: '15:30',
  }),
  session('s3', {
    kind: 'supervision',
    subKind: 'individual',
    date: '2026-06-01',
    startTime: '09:00',
    endTime: '10:00',
  }),
  session('g1', { kind: 'group', subKind: 'peerLed', date: '2026-04-20', programmeId: null }),
  session('g2', { kind: 'group', subKind: 'peerLed', date: '2026-05-20', programmeId: null }),
  session('e1', { kind: 'event', subKind: 'multiplier', date: '2026-06-10', programmeId: null }),
];

const att = (sessionId: string, personId: string | null, over: Partial<ReportAttendance> = {}): ReportAttendance => ({
  sessionId,
  personKind: 'mentor',
  personId,
  walkInName: '',
  status: 'present',
  hours: 2,
  deletedAt: null,
  ...over,
});
const attendance: ReportAttendance[] = [
  att('t1', 'm1'),
  att('t1', 'm3'),
  att('t1', 'm7', { status: 'absent', hours: 0 }),
  att('t2', 'm1', { hours: 4 }),
  att('t2', 'm7', { hours: 3.5 }),
  att('t3', 'm1'), // session after the period
  att('t4', 'm3'), // session deleted
  att('t5', 'm2', { hours: 1.5 }),
  att('t1', 'm5', { deletedAt: '2026-04-02T00:00:00.000Z' }), // row deleted
  att('s1', 'm5'),
  att('s1', 'm6'),
  att('s2', 'm5', { hours: 1.5 }),
  att('s3', 'm6', { hours: 1 }),
  att('g1', 'x1', { personKind: 'mentee' }),
  att('g1', 'x2', { personKind: 'mentee' }),
  att('g1', null, { personKind: 'walkIn', walkInName: 'Anna' }),
  att('g2', 'x1', { personKind: 'mentee' }),
  att('g2', null, { personKind: 'walkIn', walkInName: ' anna' }),
  att('g2', 'x3', { personKind: 'mentee', status: 'excused', hours: 0 }),
  att('e1', 'c1', { personKind: 'contact' }),
  att('e1', 'c2', { personKind: 'contact' }),
  att('e1', 'c3', { personKind: 'contact' }),
  att('e1', null, { personKind: 'walkIn', walkInName: 'Guest' }),
  att('e1', 'm5'),
];

const pairing = (id: string, over: Partial<ReportPairing>): ReportPairing => ({
  id,
  menteeId: `x-${id}`,
  programmeId: HF,
  status: 'active',
  startDate: '2026-01-10',
  closure: null,
  deletedAt: null,
  ...over,
});
const pairings: ReportPairing[] = [
  // Starts before, closes inside (early, 30 Jan → 10 May is 120 days).
  pairing('p1', {
    menteeId: 'x1',
    status: 'closed',
    closure: { date: '2026-05-10', reason: 'menteeMovedAway', planned: false },
  }),
  // Starts on the first day, still open.
  pairing('p2', { menteeId: 'x2', startDate: '2026-04-01' }),
  // Closed before the period: not active in it.
  pairing('p3', {
    status: 'closed',
    startDate: '2025-06-01',
    closure: { date: '2026-03-31', reason: 'goalsMet', planned: true },
  }),
  // Closed on the first day: active in it, closed in it (planned, 2026-01-01 → 04-01 = 90 days).
  pairing('p4', {
    menteeId: 'x4',
    status: 'closed',
    startDate: '2026-01-01',
    closure: { date: '2026-04-01', reason: 'goalsMet', planned: true },
  }),
  // Starts after the period.
  pairing('p5', { startDate: '2026-07-01' }),
  // Proposed, never started.
  pairing('p6', { status: 'proposed', startDate: null }),
  // YM pairing starting on the last day.
  pairing('p7', { programmeId: YM, startDate: '2026-06-30' }),
  // Deleted.
  pairing('p8', { startDate: '2026-04-05', deletedAt: '2026-04-06T00:00:00.000Z' }),
];
pairings[0] = { ...pairings[0]!, startDate: '2026-01-10' };

const log = (pairingId: string, date: string, over: Partial<ReportContactLog> = {}): ReportContactLog => ({
  pairingId,
  date,
  durationMinutes: 60,
  kind: 'meeting',
  crisis: false,
  deletedAt: null,
  ...over,
});
const contactLogs: ReportContactLog[] = [
  log('p1', '2026-04-01'),
  log('p1', '2026-05-10', { kind: 'phone', durationMinutes: 30, crisis: true }),
  log('p2', '2026-06-30', { kind: 'message', durationMinutes: 15 }),
  log('p2', '2026-07-01'), // after
  log('p2', '2026-05-01', { deletedAt: '2026-05-02T00:00:00.000Z' }), // deleted
  log('p8', '2026-04-10'), // deleted pairing
  log('p7', '2026-06-30', { durationMinutes: 45 }), // YM
];

const mentee = (id: string, over: Partial<ReportMentee>): ReportMentee => ({
  id,
  programmeId: HF,
  transition: 'movingIntoHousing',
  referredOn: null,
  createdAt: '2026-01-01T09:00:00.000Z',
  status: 'waiting',
  closedOn: null,
  deletedAt: null,
  ...over,
});
const mentees: ReportMentee[] = [
  mentee('x1', { status: 'waiting' }), // p1 closed in May: waiting at the end
  mentee('x2', { referredOn: '2026-04-01', status: 'paired', transition: 'leavingCare' }), // new, paired
  mentee('x4', { referredOn: '2026-06-30', status: 'closed', closedOn: '2026-06-30' }), // new on the last day, closed
  mentee('x5', { referredOn: '2026-07-01' }), // after: neither new nor known at the end
  mentee('x6', { createdAt: '2026-05-01T22:00:00.000Z' }), // new by its creation date, waiting
  mentee('x7', { programmeId: YM, referredOn: '2026-05-01' }),
  mentee('x8', { referredOn: '2026-05-01', deletedAt: '2026-05-02T00:00:00.000Z' }),
];

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  period: Q2,
  programmeId: null,
  mentors,
  readySince,
  sessions,
  attendance,
  shadowing: [
    { mentorId: 'm1', date: '2026-04-01', hours: 3, deletedAt: null },
    { mentorId: 'm2', date: '2026-06-30', hours: 1.5, deletedAt: null },
    { mentorId: 'm1', date: '2026-03-31', hours: 5, deletedAt: null },
    { mentorId: 'm1', date: '2026-05-01', hours: 2, deletedAt: '2026-05-02T00:00:00.000Z' },
  ],
  modules: [
    { id: 'modA', name: 'Boundaries', deletedAt: null },
    { id: 'modB', name: 'Active listening', deletedAt: null },
  ],
  contacts: [
    { id: 'c1', organisation: 'City Police' },
    { id: 'c2', organisation: 'City Police ' },
    { id: 'c3', organisation: '' },
  ],
  pairings,
  contactLogs,
  mentees,
  ...over,
});

const value = (rows: readonly ReportRow[], id: string): number => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row.value;
};

describe('computeActivityReport: all programmes', () => {
  const rows = computeActivityReport(input());
  const v = (id: string) => value(rows, id);

  it('counts mentors joining, finishing training, at the end and leaving', () => {
    expect(v('newApplicants')).toBe(2); // m1 (first day), m2 (last day); not m3 (day before), not deleted m9
    expect(v('completedTraining')).toBe(2); // m3 (last day), m2 (first day); not m7 (day after)
    expect(v('activeAtEnd')).toBe(1); // m5; m4 exited mid-period, m6 paused, m7 active only from 1 July
    expect(v('pausedAtEnd')).toBe(1); // m6
    expect(v('exited')).toBe(2); // m4 mid-period, m8 on the last day
    expect(v('exitedByReason:text:moved abroad')).toBe(2);
  });

  it('counts training sessions, hours per module and participants', () => {
    expect(v('trainingSessions')).toBe(3); // t1, t2, t5; t3 after, t4 deleted
    expect(v('trainingHours')).toBe(7.5);
    expect(v('trainingHoursByModule:text:boundaries')).toBe(4); // t1 2 h + half of t2
    expect(v('trainingHoursByModule:text:active listening')).toBe(2);
    expect(v('trainingHoursByModule:none')).toBe(1.5);
    expect(v('trainingParticipants')).toBe(4); // m1, m3, m7, m2 (absent rows and deleted rows not)
    expect(v('trainingParticipantHours')).toBe(2 + 2 + 4 + 3.5 + 1.5);
    expect(v('shadowingEntries')).toBe(2);
    expect(v('shadowingHours')).toBe(4.5);
  });

  it('counts supervision by kind and the active mentors who had none', () => {
    expect(v('supervisionSessions:sessions:subKinds.caseDiscussion')).toBe(2);
    expect(v('supervisionHours:sessions:subKinds.caseDiscussion')).toBe(3.5);
    expect(v('supervisionParticipants:sessions:subKinds.caseDiscussion')).toBe(2);
    expect(v('supervisionSessions:sessions:subKinds.individual')).toBe(1);
    expect(v('supervisionSessions:sessions:subKinds.team')).toBe(0);
    expect(v('mentorsWithoutSupervision')).toBe(0); // m5 is the only one active at the end, and was supervised
    const withoutM5 = computeActivityReport(
      input({ attendance: attendance.filter((a) => !(a.sessionId.startsWith('s') && a.personId === 'm5')) }),
    );
    expect(value(withoutM5, 'mentorsWithoutSupervision')).toBe(1);
  });

  it('counts peer groups: meetings, unique attendees (walk-ins by name), attendances', () => {
    expect(v('groupMeetings:sessions:subKinds.peerLed')).toBe(2);
    expect(v('groupAttendees:sessions:subKinds.peerLed')).toBe(3); // x1, x2, Anna
    expect(v('groupAttendances:sessions:subKinds.peerLed')).toBe(5); // the excused row does not count
    expect(v('groupMeetings:sessions:subKinds.volunteerLed')).toBe(0);
  });

  it('counts events and external participants by organisation', () => {
    expect(v('eventsByKind:sessions:subKinds.multiplier')).toBe(1);
    expect(v('eventsByKind:sessions:subKinds.openDay')).toBe(0);
    expect(v('eventParticipants')).toBe(5);
    expect(v('externalByOrganisation:text:city police')).toBe(2);
    expect(v('externalByOrganisation:none')).toBe(2); // c3 without organisation, the walk-in
  });

  it('counts pairings over the period, closures and their length', () => {
    expect(v('newPairings')).toBe(2); // p2 first day, p7 last day; not p5, not deleted p8
    expect(v('activePairings')).toBe(4); // p1, p2, p4 (closed on the first day), p7
    expect(v('closedPlanned')).toBe(1); // p4
    expect(v('closedEarly')).toBe(1); // p1
    expect(v('closedByReason:pairings:close.reasons.goalsMet')).toBe(1);
    expect(v('closedByReason:pairings:close.reasons.menteeMovedAway')).toBe(1);
    expect(v('averageClosedLength')).toBe((120 + 90) / 2);
  });

  it('counts contacts logged in the period', () => {
    expect(v('contactsLogged')).toBe(4); // p1 ×2, p2 on the last day, p7
    expect(v('contactHours')).toBe(2.5);
    expect(v('contactsByKind:pairings:contacts.kind.meeting')).toBe(2);
    expect(v('contactsByKind:pairings:contacts.kind.phone')).toBe(1);
    expect(v('crisisContacts')).toBe(1);
  });

  it('counts mentees: new, by transition, by status at the end', () => {
    expect(v('newMentees')).toBe(4); // x2, x4, x6, x7
    expect(v('newMenteesByTransition:mentees:transition.leavingCare')).toBe(1);
    expect(v('newMenteesByTransition:mentees:transition.movingIntoHousing')).toBe(3);
    expect(v('menteesByStatusAtEnd:mentees:status.closed')).toBe(1); // x4
    expect(v('menteesByStatusAtEnd:mentees:status.paired')).toBe(1); // x2 (p2)
    expect(v('menteesByStatusAtEnd:mentees:status.waiting')).toBe(3); // x1, x6, x7
  });

  it('gives every row a unique id', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});

describe('computeActivityReport: one programme', () => {
  const rows = computeActivityReport(input({ programmeId: YM }));
  const v = (id: string) => value(rows, id);
  it('keeps only that programme', () => {
    expect(v('newApplicants')).toBe(1); // m2
    expect(v('activeAtEnd')).toBe(1); // m5 is in both programmes
    expect(v('exited')).toBe(0);
    expect(v('trainingSessions')).toBe(1); // t5
    expect(v('trainingHoursByModule:none')).toBe(1.5);
    expect(v('shadowingHours')).toBe(1.5); // m2's
    expect(v('supervisionSessions:sessions:subKinds.caseDiscussion')).toBe(0); // HF sessions
    expect(v('groupMeetings:sessions:subKinds.peerLed')).toBe(0); // no programme
    expect(v('newPairings')).toBe(1);
    expect(v('contactsLogged')).toBe(1);
    expect(v('contactHours')).toBe(0.75);
    expect(v('newMentees')).toBe(1);
  });
});

describe('helpers', () => {
  it('reads a mentor status on a date', () => {
    const m = mentors[3]!;
    expect(mentorStatusOn(m, '2024-12-31')).toBeNull();
    expect(mentorStatusOn(m, '2026-05-14')).toBe('active');
    expect(mentorStatusOn(m, '2026-05-15')).toBe('exited');
  });
  it('hides counts from 1 to 4 only', () => {
    expect([0, 1, 4, 5].map((value) => isSmallCount({ unit: 'count', value }))).toEqual([false, true, true, false]);
    expect(isSmallCount({ unit: 'hours', value: 2 })).toBe(false);
  });
  it('puts the previous period beside each figure', () => {
    const current = computeActivityReport(input());
    const previous = computeActivityReport(input({ period: { from: '2026-01-01', to: '2026-03-31' } }));
    const compared = compareRows(current, previous);
    const row = (id: string) => compared.find((r) => r.id === id);
    expect(row('newApplicants')).toMatchObject({ value: 2, previous: 3 }); // m7 (5 Jan), m8 (1 Feb), m3 (31 March)
    expect(row('closedPlanned')).toMatchObject({ value: 1, previous: 1 }); // p3 closed 31 March
    expect(row('activePairings')).toMatchObject({ value: 4, previous: 3 }); // p1, p3, p4
    // A breakdown only the previous period has still shows, at 0 now.
    const onlyBefore = compareRows(
      [],
      [
        {
          id: 'x',
          section: 'events',
          figure: 'externalByOrganisation',
          detail: { text: 'A' },
          value: 3,
          unit: 'count',
        },
      ],
    );
    expect(onlyBefore[0]).toMatchObject({ value: 0, previous: 3 });
  });
});
