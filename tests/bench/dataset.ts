import type { WellbeingCheckIn } from '../../shared/domain/care';
import type { Consent } from '../../shared/domain/consent';
import type { Contact } from '../../shared/domain/contact';
import type { DomainRecord, DomainTableName } from '../../shared/domain';
import { serialiseHlc } from '../../shared/sync/hlc';
import { stampWrite, type SyncRecord } from '../../shared/sync/record';
import { upgradeLegacyTable } from '../../shared/sync/upgradeV1';
import { searchTokensOf, type PersonRef } from '../../shared/domain/base';
import { TRANSITIONS, formatMenteeCode, menteeSearchTokens, type Mentee } from '../../shared/domain/mentee';
import { addDays, mentorDerived, type Mentor, type MentorStatus } from '../../shared/domain/mentor';
import { CLOSURE_REASONS, CONTACT_KINDS, type ContactLog, type Pairing, type PairingStatus } from '../../shared/domain/pairing';
import type { Programme } from '../../shared/domain/programme';
import { SUB_KINDS, type Attendance, type AttendanceStatus, type Session, type SessionKind } from '../../shared/domain/session';
import type { Shadowing, TrainingModule } from '../../shared/domain/training';
import { CURRENT_WELLBEING_QUESTIONNAIRE } from '../../shared/care/wellbeingQuestionnaire';
import { questionnaireRef } from '../../shared/checkins';
import { NAMES } from '../../shared/sample/names';
import { createRng, type Rng } from '../../shared/sample/rng';
import { sampleMentor, samplePrograms, sampleSettings } from '../../renderer/features/sampleData/organisationSample';

/**
 * The benchmark's "large office dataset": ten years of a busy organisation's records, generated
 * from a seeded RNG so every run (in Node and in the browser page alike) makes the same data for
 * the same `today`. Dates are relative to `today`, so the app's date-driven lists (upcoming
 * sessions, overdue supervision, monitoring) have true things to show on any day.
 *
 * Pure TypeScript with no database access: run.mjs bundles it with esbuild for the page.
 */

export type DatasetSize = 'large' | 'small';

/** Record counts per size. `small` is a tenth of `large` (a typical NGO). */
export const SIZES = {
  large: { mentors: 2000, mentees: 3000, pairings: 5000, contactLogs: 60000, sessions: 10000, attendance: 100000, contacts: 200, shadowing: 1000 },
  small: { mentors: 200, mentees: 300, pairings: 500, contactLogs: 6000, sessions: 1000, attendance: 10000, contacts: 20, shadowing: 100 },
} as const satisfies Record<DatasetSize, Record<string, number>>;

/** Every domain table, as the backup document and the database hold them. */
export type Dataset = { [K in DomainTableName]: DomainRecord<K>[] };

const YEARS = 10;
const DAYS = YEARS * 365;

/** Mentor statuses in a mature organisation: most are active, many have left over ten years. */
const STATUS_CYCLE: MentorStatus[] = [
  ...Array<MentorStatus>(11).fill('active'),
  'paused',
  'paused',
  'inTraining',
  'inTraining',
  'applicant',
  'screening',
  'exited',
  'exited',
  'exited',
];

const MODULE_NAMES = [
  'Elméleti alapok',
  'Egyéni segítő beszélgetés',
  'Csoportos foglalkozás',
  'Csoport indítása',
  'Tanácsadás és együttműködés',
  'Titoktartás és határok',
  'Krízishelyzetek',
  'Vertaistuen perusteet',
  'Kriisityö',
  'Luottamuksellisuus ja rajat',
];

const NOTES = {
  hu: ['Jól halad, a lakhatási ügyintézésben segítettek egymásnak.', 'Telefonon egyeztettek, a következő találkozó jövő héten lesz.', 'A mentorált nehezebb héten van túl, de bizakodó.'],
  fi: ['Tapasivat kahvilassa, asunnon hakemus eteni.', 'Puhelu sujui hyvin, seuraava tapaaminen ensi viikolla.', 'Vaikea viikko takana, mutta suunta on hyvä.'],
  en: ['Met at the library; the housing form is done.', 'Short call, next meeting agreed for Tuesday.', 'A hard week, but the mentee feels more hopeful.'],
} as const;

/** A training session is a half day: 4 hours, credited to everyone present. */
const TRAINING_HOURS = 4;
/** A training session starts between 9:00 and 12:00 (from the hour drawn for every session). */
const trainingStart = (hour: number): number => 9 + ((hour - 9) % 4);
/** At most this many mentors in training come to one training session (a training group). */
const TRAINING_GROUP = 16;
/** About this share of the attendance rows are at training sessions (two sessions in ten). */
const TRAINING_SHARE = 0.2;

const isoAt = (date: string, hour = 12): string => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

const hex8 = (rng: Rng): string => Math.floor(rng.next() * 0x1_0000_0000).toString(16).padStart(8, '0');

/**
 * A v4-shaped UUID from the seeded generator, four draws instead of `rng.uuid()`'s thirty-two:
 * the large dataset has 190,000 records and this was most of the time to generate them.
 */
const uuid = (rng: Rng): string => {
  const a = hex8(rng);
  const b = hex8(rng);
  const c = hex8(rng);
  const d = hex8(rng);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${'89ab'[rng.int(0, 3)]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
};

/** The instant a record written on `date` carries (created and last changed that day). */
const meta = (rng: Rng, date: string) => {
  const at = isoAt(date, rng.int(8, 18));
  return { id: uuid(rng), createdAt: at, updatedAt: at, deletedAt: null };
};

const min = (a: string, b: string): string => (a < b ? a : b);

/**
 * `count` integers summing to `total`, spread as evenly as possible (the first ones get the
 * remainder), so each table has exactly its size.
 */
const spread = (total: number, count: number): number[] => {
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
};

export const generateDataset = (size: DatasetSize, { today, seed = 2026 }: { today: string; seed?: number }): Dataset => {
  const n = SIZES[size];
  const rng = createRng(seed);
  const start = addDays(today, -DAYS);
  const now = isoAt(today, 6);
  const env = { today, now, rng };
  const dayIn = (from: string, to: string) => {
    const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
    return addDays(from, rng.int(0, span));
  };

  const settings = [sampleSettings(env)];
  const programmes = samplePrograms(env).map((p) => ({ ...p, createdAt: isoAt(start), updatedAt: isoAt(start) }));

  // Ten modules over the three programmes (4 + 3 + 3): the training overview's 2,000 × 10 matrix.
  const modules: TrainingModule[] = MODULE_NAMES.map((name, i) => {
    const programme = programmes[i < 4 ? 0 : i < 7 ? 1 : 2] as Programme;
    return {
      ...meta(rng, start),
      programmeId: programme.id,
      name,
      description: '',
      requiredHours: rng.int(4, 12),
      mandatory: i % 4 !== 3,
      order: i < 4 ? i : i < 7 ? i - 4 : i - 7,
    };
  });
  const modulesOf = (programmeId: string | null) => modules.filter((m) => m.programmeId === programmeId);

  const mentors: Mentor[] = [];
  for (let i = 0; i < n.mentors; i++) {
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length] as MentorStatus;
    let m = sampleMentor(i, status, programmes, env);
    // Every fifth mentor has an English name (the hu/fi split comes from sampleMentor).
    if (i % 5 === 4) {
      const base = { givenName: rng.pick(NAMES.en.given), familyName: rng.pick(NAMES.en.family), phone: m.phone };
      const email = `${base.givenName}.${base.familyName}${i}@example.org`.toLowerCase();
      m = { ...m, ...base, email, ...mentorDerived({ ...base, email }), preferredLanguage: 'en', languages: ['en', ...m.languages.filter((l) => l !== 'en')] };
    }
    const joined = min(m.statusHistory[0]?.date ?? today, dayIn(start, today));
    const at = isoAt(joined, 9);
    mentors.push({ ...m, createdAt: at, updatedAt: isoAt(m.statusHistory.at(-1)?.date ?? joined, 10) });
  }
  const active = mentors.filter((m) => m.status === 'active');
  const pairable = mentors.filter((m) => m.status !== 'applicant' && m.status !== 'screening' && m.status !== 'inTraining');

  const contacts: Contact[] = [];
  for (let i = 0; i < n.contacts; i++) {
    const lng = i % 2 === 0 ? 'hu' : 'fi';
    const givenName = rng.pick(NAMES[lng].given);
    const familyName = rng.pick(NAMES[lng].family);
    const organisation = lng === 'hu' ? rng.pick(['Család- és Gyermekjóléti Központ', 'Rendőrkapitányság', 'Védőnői Szolgálat', 'Független szupervizor']) : rng.pick(['Kaupungin sosiaalipalvelut', 'Poliisilaitos', 'Neuvola', 'Työnohjaus']);
    const role = lng === 'hu' ? rng.pick(['szupervizor', 'szociális munkás', 'tréner']) : rng.pick(['työnohjaaja', 'sosiaalityöntekijä', 'kouluttaja']);
    contacts.push({
      ...meta(rng, dayIn(start, today)),
      givenName,
      familyName,
      organisation,
      role,
      phone: `${lng === 'hu' ? '+36 30' : '+358 40'} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
      email: '',
      notes: '',
      searchTokens: searchTokensOf(givenName, familyName, organisation, role),
    });
  }

  // Mentees: the first two thirds had two pairings over the years, the rest one (5,000 for 3,000).
  const counters = new Map<string, number>();
  const mentees: Mentee[] = [];
  for (let i = 0; i < n.mentees; i++) {
    const programme = programmes[i % programmes.length] as Programme;
    const number = (counters.get(programme.codePrefix) ?? 0) + 1;
    counters.set(programme.codePrefix, number);
    const code = formatMenteeCode(programme.codePrefix, number);
    const lng = i % 3 === 0 ? 'fi' : 'hu';
    const named = i % 4 === 0;
    const givenName = named ? rng.pick(NAMES[lng].given) : '';
    const familyName = named ? rng.pick(NAMES[lng].family) : '';
    const referredOn = dayIn(start, addDays(today, -30));
    mentees.push({
      ...meta(rng, referredOn),
      programmeId: programme.id,
      givenName,
      familyName,
      transition: rng.pick(TRANSITIONS),
      needs: '',
      goals: '',
      referralSource: rng.pick(['Családsegítő', 'Sosiaalitoimisto', 'Self-referral']),
      languages: [lng],
      livedExperience: [rng.pick(['homelessness', 'leavingCare', 'mentalHealth', 'victimOfCrime', 'justiceSystem'] as const)],
      preferredMentorGender: rng.pick(['any', 'any', 'female', 'male'] as const),
      birthYear: rng.int(1960, 2010),
      referredOn,
      consentGiven: true,
      notes: '',
      code,
      status: 'waiting',
      closedOn: null,
      searchTokens: menteeSearchTokens(code, { givenName, familyName }),
    });
  }

  // Pairings: pairing p is the (p / mentees)-th pairing of mentee p % mentees. A mentee's last
  // pairing is open for 40% of mentees (never over the number of active mentors' places).
  const pairings: Pairing[] = [];
  const logCounts = spread(n.contactLogs, n.pairings);
  const contactLogs: ContactLog[] = [];
  const pairingsPerMentee = (i: number) => Math.floor(n.pairings / n.mentees) + (i < n.pairings % n.mentees ? 1 : 0);
  let openIndex = 0;
  for (let p = 0; p < n.pairings; p++) {
    const menteeIndex = p % n.mentees;
    const nth = Math.floor(p / n.mentees);
    const mentee = mentees[menteeIndex] as Mentee;
    const last = nth === pairingsPerMentee(menteeIndex) - 1;
    const open = last && rng.chance(0.4);
    // A mentee whose last pairing closed mostly waits for a new mentor.
    const waitsAgain = last && !open && rng.chance(0.3);
    const status: PairingStatus = open ? rng.pick(['active', 'active', 'active', 'active', 'paused', 'proposed'] as const) : 'closed';
    const mentor = open ? (active[openIndex++ % active.length] as Mentor) : (rng.pick(pairable) as Mentor);
    // Closed pairings lie in the past ten years; open ones started in the last year.
    const startDate = open ? addDays(today, -rng.int(20, 360)) : dayIn(start, addDays(today, -200));
    const endDate = open ? today : min(addDays(startDate, rng.int(90, 365)), addDays(today, -1));
    const history: Pairing['statusHistory'] = [
      { status: 'proposed', date: addDays(startDate, -7), note: '' },
      { status: 'active', date: startDate, note: '' },
    ];
    if (status === 'paused') history.push({ status: 'paused', date: addDays(today, -10), note: '' });
    if (status === 'closed') history.push({ status: 'closed', date: endDate, note: '' });
    const id = uuid(rng);
    // Contact logs between the start and the end; one in ten active pairings went quiet more
    // than the rule's 30 days ago, so the monitoring list shows them.
    const quiet = status === 'active' && rng.chance(0.1);
    const logsTo = status === 'proposed' ? startDate : quiet ? addDays(today, -rng.int(35, 90)) : endDate;
    let lastContactDate = '';
    const count = logCounts[p] ?? 0;
    for (let k = 0; k < count; k++) {
      const date = status === 'proposed' ? addDays(startDate, -rng.int(1, 6)) : dayIn(startDate, logsTo < startDate ? startDate : logsTo);
      if (date > lastContactDate) lastContactDate = date;
      const preferred = mentor.preferredLanguage ?? 'hu';
      const lng = preferred in NOTES ? (preferred as keyof typeof NOTES) : 'hu';
      contactLogs.push({
        ...meta(rng, date),
        pairingId: id,
        date,
        durationMinutes: rng.pick([15, 30, 45, 60, 90]),
        kind: rng.pick(CONTACT_KINDS),
        crisis: rng.chance(0.02),
        notes: rng.pick(NOTES[lng]),
        mentorId: mentor.id,
        menteeId: mentee.id,
      });
    }
    const created = isoAt(addDays(startDate, -7), 9);
    pairings.push({
      id,
      createdAt: created,
      updatedAt: isoAt(status === 'closed' ? endDate : lastContactDate || startDate, 17),
      deletedAt: null,
      mentorId: mentor.id,
      menteeId: mentee.id,
      programmeId: mentee.programmeId,
      startDate: status === 'proposed' ? null : startDate,
      plannedEndDate: addDays(startDate, 365),
      goals: [{ id: uuid(rng), text: rng.pick(['Saját lakás fenntartása', 'Oma asunto ja arki', 'Finish school']), achieved: status === 'closed', progress: [] }],
      notes: '',
      status,
      statusHistory: status === 'proposed' ? [history[0] as Pairing['statusHistory'][number]] : history,
      overrides: [],
      closure:
        status === 'closed'
          ? { date: endDate, reason: rng.pick(CLOSURE_REASONS), reasonText: '', planned: rng.chance(0.7), closingConversationHeld: rng.chance(0.8), menteeStatusAfter: last && !waitsAgain ? 'closed' : 'waiting' }
          : null,
      lastContactDate,
    });
    if (last) Object.assign(mentee, { status: open ? 'paired' : waitsAgain ? 'waiting' : 'closed', closedOn: open || waitsAgain ? null : endDate });
  }

  // Sessions over ten years and the next two months; attendance for the past ones only.
  const KINDS: SessionKind[] = ['supervision', 'supervision', 'supervision', 'supervision', 'group', 'group', 'group', 'training', 'training', 'event'];
  const sessions: Session[] = [];
  // A programme's training sessions teach its curriculum in turn, one or two modules a session,
  // so every module (mandatory or not) comes round again every few sessions, year after year.
  const nextModule = new Map<string, number>();
  const teach = (programmeId: string | null, count: number): string[] => {
    const curriculum = modulesOf(programmeId);
    if (programmeId === null || curriculum.length === 0) return [];
    const first = nextModule.get(programmeId) ?? 0;
    nextModule.set(programmeId, first + count);
    return Array.from({ length: Math.min(count, curriculum.length) }, (_, k) => (curriculum[(first + k) % curriculum.length] as TrainingModule).id);
  };
  for (let i = 0; i < n.sessions; i++) {
    const kind = KINDS[i % KINDS.length] as SessionKind;
    // Evenly over the span (so every week has sessions), jittered by a few days.
    const date = addDays(start, Math.min(DAYS + 60, Math.round(((DAYS + 60) * i) / n.sessions) + rng.int(0, 3)));
    const programme = rng.chance(0.9) ? (programmes[i % programmes.length] as Programme) : null;
    const hour = rng.int(9, 17);
    const facilitator: PersonRef = kind === 'group' && rng.chance(0.5) ? { kind: 'mentor', id: (rng.pick(active) as Mentor).id } : { kind: 'contact', id: (rng.pick(contacts) as Contact).id };
    sessions.push({
      ...meta(rng, min(date, today)),
      title: `${kind === 'supervision' ? 'Esetmegbeszélő csoport' : kind === 'group' ? 'Vertaistukiryhmä' : kind === 'training' ? 'Alapképzés' : 'Open day'} ${i + 1}`,
      kind,
      subKind: rng.pick(SUB_KINDS[kind]),
      programmeId: programme?.id ?? null,
      date,
      startTime: `${String(kind === 'training' ? trainingStart(hour) : hour).padStart(2, '0')}:00`,
      endTime: kind === 'training' ? `${String(trainingStart(hour) + TRAINING_HOURS).padStart(2, '0')}:00` : `${String(hour + 1).padStart(2, '0')}:30`,
      place: rng.pick(['Iroda, nagy terem', 'Asukastalo', 'Online']),
      facilitators: [facilitator],
      capacity: kind === 'supervision' ? 10 : null,
      topic: '',
      expected: [],
      confidentialNotes: '',
      followUps: [],
      moduleIds: kind === 'training' ? teach(programme?.id ?? null, rng.int(1, 2)) : [],
      language: null,
      seriesId: null,
      warnings: [],
      facilitatorIds: [facilitator.id],
      expectedIds: [],
    });
  }
  const past = sessions.filter((s) => s.date < today);
  // Training attendance first (its own RNG): who sat in which training session follows from
  // each mentor's training; the other sessions share the rest of the attendance rows.
  const trainingRows = trainingAttendanceOf(mentors, modules, past, { seed, target: Math.round(n.attendance * TRAINING_SHARE) });
  const others = past.filter((s) => s.kind !== 'training');
  const trainingCount = [...trainingRows.values()].reduce((k, rows) => k + rows.length, 0);
  const otherCounts = spread(n.attendance - trainingCount, others.length);
  const rowCounts = new Map(others.map((s, i) => [s.id, otherCounts[i] ?? 0]));
  const attendance: Attendance[] = [];
  for (const session of past) {
    const rows = trainingRows.get(session.id);
    if (rows) {
      attendance.push(...rows);
      session.expected = rows.map((a) => ({ kind: 'mentor', id: a.personId ?? '' }));
      session.expectedIds = session.expected.map((e) => e.id);
      continue;
    }
    if (session.kind === 'training') continue;
    const count = rowCounts.get(session.id) ?? 0;
    // Participants: a contiguous run of mentors from a random place (cheap and spread evenly).
    const pool = mentors;
    const from = rng.int(0, Math.max(0, pool.length - 1));
    const expected: PersonRef[] = [];
    const hours = 1.5;
    for (let k = 0; k < count; k++) {
      const mentor = pool[(from + k) % pool.length] as Mentor;
      expected.push({ kind: 'mentor', id: mentor.id });
      const r = rng.next();
      const status: AttendanceStatus = r < 0.8 ? 'present' : r < 0.9 ? 'excused' : 'absent';
      attendance.push({
        ...meta(rng, session.date),
        sessionId: session.id,
        personKind: 'mentor',
        personId: mentor.id,
        walkInName: '',
        status,
        hours: status === 'present' ? hours : 0,
        sessionDate: session.date,
        sessionKind: session.kind,
      });
    }
    session.expected = expected;
    session.expectedIds = expected.map((e) => e.id);
  }
  // Upcoming sessions invite the first active mentors (nobody has attended them yet).
  for (const session of sessions.filter((s) => s.date >= today)) {
    const from = rng.int(0, Math.max(0, active.length - 8));
    session.expected = active.slice(from, from + 8).map((m) => ({ kind: 'mentor', id: m.id }));
    session.expectedIds = session.expected.map((e) => e.id);
  }

  const shadowing: Shadowing[] = [];
  for (let i = 0; i < n.shadowing; i++) {
    const mentor = rng.pick(pairable) as Mentor;
    const date = dayIn(mentor.statusHistory[0]?.date ?? start, today);
    shadowing.push({
      ...meta(rng, date),
      mentorId: mentor.id,
      contactId: (rng.pick(contacts) as Contact).id,
      professionalName: '',
      date,
      hours: rng.pick([2, 3, 4]),
      area: rng.pick(['Utcai szociális munka', 'Lakhatási tanácsadás', 'Rikosuhripäivystys']),
      moduleIds: modulesOf(mentor.programmeIds[0] ?? null).slice(0, 1).map((m) => m.id),
      notes: '',
    });
  }

  // The consent ledger: every mentor consented when they applied (every 25th only to photos, so
  // the list of people without consent to processing has mentors on it), every mentee when
  // referred, and every 40th mentee withdrew it three months later.
  const consents: Consent[] = [];
  const entry = (personKind: 'mentor' | 'mentee', personId: string, purposeKind: 'processing' | 'photos', kind: 'given' | 'withdrawn', date: string): Consent => ({
    ...meta(rng, date),
    personKind,
    personId,
    purposeKind,
    purpose: purposeKind === 'processing' && kind === 'given' ? 'Adatkezelés az önkéntes programban' : '',
    kind,
    date,
    method: rng.pick(['written', 'electronic'] as const),
    notes: '',
  });
  mentors.forEach((m, i) => consents.push(entry('mentor', m.id, i % 25 === 24 ? 'photos' : 'processing', 'given', m.statusHistory[0]?.date ?? today)));
  mentees.forEach((m, i) => {
    const since = m.referredOn ?? today;
    consents.push(entry('mentee', m.id, 'processing', 'given', since));
    if (i % 40 === 39) consents.push(entry('mentee', m.id, 'processing', 'withdrawn', min(addDays(since, 90), today)));
  });

  const wellbeingCheckIns = wellbeingOf(mentors, { today, seed });

  return { settings, programmes, mentors, mentees, contacts, modules, shadowing, sessions, attendance, pairings, contactLogs, consents, savedReports: [], checkIns: [], retention: [], erasures: [], auditLog: [], wellbeingCheckIns, careAcks: [] };
};

/**
 * The mentors' wellbeing check-ins (issue 25): every mentor who is active or paused today had one
 * about every three to four months since they joined (the rule's default is three; some were
 * late), until today or until they paused — a few a year, ten years' worth for the oldest. Each
 * mentor has a level of strain of their own that drifts from one check-in to the next; now and
 * then a statement is left unanswered. From an RNG of its own, so the other tables stay as they were.
 */
const wellbeingOf = (mentors: readonly Mentor[], { today, seed }: { today: string; seed: number }): WellbeingCheckIn[] => {
  const rng = createRng(seed + 25);
  const q = CURRENT_WELLBEING_QUESTIONNAIRE;
  const ref = questionnaireRef(q);
  const out: WellbeingCheckIn[] = [];
  for (const m of mentors) {
    if (m.status !== 'active' && m.status !== 'paused') continue;
    const until = m.status === 'paused' ? (m.statusHistory.at(-1)?.date ?? today) : today;
    let level = 2.5 + rng.next() * 2;
    for (let date = addDays(m.createdAt.slice(0, 10), rng.int(60, 120)); date <= until; date = addDays(date, rng.int(75, 130))) {
      level = Math.min(5, Math.max(1, level + (rng.next() - 0.5)));
      const answers = Object.fromEntries(
        q.items.map((item) => {
          if (rng.chance(0.03)) return [item.id, null];
          const agree = Math.min(q.scale.max, Math.max(q.scale.min, Math.round(level + (rng.next() - 0.5) * 1.5)));
          return [item.id, item.reverse ? q.scale.min + q.scale.max - agree : agree];
        }),
      );
      out.push({ ...meta(rng, date), mentorId: m.id, date, source: rng.chance(0.7) ? 'call' : 'paper', questionnaire: ref, answers, note: '' });
    }
  }
  return out;
};

/**
 * The attendance of the past training sessions, by session, from each mentor's training (from an
 * RNG of its own):
 *
 * - A mentor who reached "in training" starts when they joined (an "in training" mentor: on that
 *   status's date) and comes to every training session of their programme that teaches a module
 *   they still need, until every mandatory module is complete (present 8 times in 10; excused or
 *   absent otherwise) — a few months, as each programme's sessions teach its curriculum in turn.
 * - Most never stop before that. One in twelve of those who became active never came to the
 *   sessions of one mandatory module (and were made active with a reason); those who left while
 *   in training stopped after a few sessions and never came to one of them either. Applicants and
 *   mentors in screening have no training.
 * - The remaining places, up to about `target` rows, go to mentors of the programme who
 *   completed their training earlier (a refresher; for sessions of no programme, anyone trained),
 *   so long-standing mentors also have training in recent years.
 */
const trainingAttendanceOf = (
  mentors: readonly Mentor[],
  modules: readonly TrainingModule[],
  past: readonly Session[],
  { seed, target }: { seed: number; target: number },
): Map<string, Attendance[]> => {
  const rng = createRng(seed + 15);
  const required = new Map(modules.map((m) => [m.id, m.requiredHours]));
  const mandatoryOf = new Map<string, string[]>();
  for (const m of modules) if (m.mandatory) mandatoryOf.set(m.programmeId, [...(mandatoryOf.get(m.programmeId) ?? []), m.id]);
  // The module a mentor never completes is never a curriculum's first: shadowing counts toward that one.
  const firstOf = new Set(modules.filter((m) => m.order === 0).map((m) => m.id));
  const skippable = (programmeId: string) => (mandatoryOf.get(programmeId) ?? []).filter((id) => !firstOf.has(id));
  type Trainee = { mentor: Mentor; programmeId: string; start: string; skips: string | null; quitAfter: number; attended: number; hours: Map<string, number>; readyOn: string | null };
  const trainees: Trainee[] = [];
  for (const mentor of mentors) {
    const programmeId = mentor.programmeIds[0];
    const reached = new Set(mentor.statusHistory.map((h) => h.status));
    if (!programmeId || !reached.has('inTraining')) continue;
    const joined = mentor.createdAt.slice(0, 10);
    const trainee: Trainee = { mentor, programmeId, start: addDays(joined, rng.int(0, 30)), skips: null, quitAfter: Infinity, attended: 0, hours: new Map(), readyOn: null };
    if (mentor.status === 'inTraining') trainee.start = mentor.statusHistory.find((h) => h.status === 'inTraining')?.date ?? joined;
    else if (!reached.has('active')) {
      trainee.skips = rng.pick(skippable(programmeId));
      trainee.quitAfter = rng.int(2, 8);
    } else if (rng.chance(1 / 12)) trainee.skips = rng.pick(skippable(programmeId));
    trainees.push(trainee);
  }
  const byDate = <T>(date: (t: T) => string) => (a: T, b: T) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0);
  trainees.sort(byDate((t) => t.start));
  const training = past.filter((s) => s.kind === 'training').sort(byDate((s) => s.date));
  const row = (session: Session, mentor: Mentor): Attendance => {
    const r = rng.next();
    const status: AttendanceStatus = r < 0.8 ? 'present' : r < 0.9 ? 'excused' : 'absent';
    return {
      ...meta(rng, session.date),
      sessionId: session.id,
      personKind: 'mentor',
      personId: mentor.id,
      walkInName: '',
      status,
      hours: status === 'present' ? TRAINING_HOURS : 0,
      sessionDate: session.date,
      sessionKind: 'training',
    };
  };

  const out = new Map<string, Attendance[]>();
  let inTraining: Trainee[] = [];
  let started = 0;
  for (const session of training) {
    inTraining = inTraining.filter((t) => t.readyOn === null && t.attended < t.quitAfter);
    while (started < trainees.length && (trainees[started] as Trainee).start <= session.date) inTraining.push(trainees[started++] as Trainee);
    const rows: Attendance[] = [];
    const taught = session.moduleIds;
    // Those who started first, up to a training group's size; the others come to the next one.
    for (const t of inTraining) {
      if (rows.length === TRAINING_GROUP) break;
      if (t.programmeId !== session.programmeId || (t.skips !== null && taught.includes(t.skips))) continue;
      if (!taught.some((id) => (t.hours.get(id) ?? 0) < (required.get(id) ?? 0))) continue;
      const a = row(session, t.mentor);
      rows.push(a);
      t.attended++;
      if (a.status !== 'present') continue;
      for (const id of taught) t.hours.set(id, (t.hours.get(id) ?? 0) + a.hours / taught.length);
      if ((mandatoryOf.get(t.programmeId) ?? []).every((id) => (t.hours.get(id) ?? 0) >= (required.get(id) ?? 0))) t.readyOn = session.date;
    }
    out.set(session.id, rows);
  }

  // Refreshers: the places left, spread over the sessions, for mentors trained before.
  const traineeRows = [...out.values()].reduce((k, rows) => k + rows.length, 0);
  const places = spread(Math.max(0, target - traineeRows), training.length);
  const trained = trainees.filter((t) => t.readyOn !== null).sort(byDate((t) => t.readyOn ?? ''));
  const pools = new Map<string | null, Mentor[]>([[null, []]]);
  let ready = 0;
  training.forEach((session, i) => {
    while (ready < trained.length && ((trained[ready] as Trainee).readyOn ?? '') < session.date) {
      const t = trained[ready++] as Trainee;
      for (const key of [t.programmeId, null]) {
        if (!pools.has(key)) pools.set(key, []);
        pools.get(key)?.push(t.mentor);
      }
    }
    const pool = pools.get(session.programmeId) ?? [];
    const count = Math.min(places[i] ?? 0, pool.length);
    const from = rng.int(0, Math.max(0, pool.length - 1));
    const rows = out.get(session.id) ?? [];
    for (let k = 0; k < count; k++) rows.push(row(session, pool[(from + k) % pool.length] as Mentor));
  });
  return out;
};

/** Records per table, for reports. */
export const countRecords = (data: Dataset): Record<DomainTableName, number> =>
  Object.fromEntries(Object.entries(data).map(([name, records]) => [name, records.length])) as Record<DomainTableName, number>;

/**
 * The same data as another PC would send it after a little work: every hundredth record of
 * every table changed (`updatedAt` one minute after `at`, and a visible field edited), the
 * rest identical. Returns the new tables and how many records changed.
 */
/** The other PC of the merge benchmark. */
const BENCH_NODE = 'bbbbbbbbbbbbbbbb';

/**
 * The dataset as Tandem stores it since schema 5: every record with its merge stamps and rev
 * (as the schema-5 migration gives them to older data), attendance keyed by session and person.
 */
export const withStamps = (data: Dataset): Dataset =>
  Object.fromEntries(
    Object.entries(data).map(([name, records]) => [name, upgradeLegacyTable(name as DomainTableName, records as SyncRecord[])]),
  ) as unknown as Dataset;

export const changeOnePercent = (data: Dataset, at: string): { data: Dataset; changed: number } => {
  const later = new Date(Date.parse(at) + 60_000).toISOString();
  let changed = 0;
  const out = Object.fromEntries(
    Object.entries(data).map(([name, records]) => [
      name,
      (records as Record<string, unknown>[]).map((r, i) => {
        if (i % 100 !== 99) return r;
        changed++;
        const edited: Record<string, unknown> = { ...r, updatedAt: later };
        if (typeof r.notes === 'string') edited.notes = `${r.notes} (javítva)`.trim();
        else if (typeof r.hours === 'number') edited.hours = r.hours === 0 ? 0 : r.hours + 0.5;
        // Stamped records change as the write path changes them (another PC's edit, a minute later).
        if (typeof r.baseStamp === 'string')
          return stampWrite(name as DomainTableName, r as SyncRecord, edited as SyncRecord, serialiseHlc({ millis: Date.parse(later), counter: 0, node: BENCH_NODE }));
        return edited;
      }),
    ]),
  ) as Dataset;
  return { data: out, changed };
};
