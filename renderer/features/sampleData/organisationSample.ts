import { SETTINGS_ID, type Settings } from '../../../shared/domain/settings';
import type { Programme } from '../../../shared/domain/programme';
import {
  SCREENING_ITEMS,
  addDays,
  mentorDerived,
  type LivedExperience,
  type Mentor,
  type MentorStatus,
  type Screening,
  type StatusChange,
} from '../../../shared/domain/mentor';
import { NAMES } from '../../../shared/sample/names';
import type { Rng } from '../../../shared/sample/rng';
import type { SampleStep } from '../../../shared/domain/sampleData';

/**
 * Sample organisation (step 10): settings, three programmes and mentors in every status with a
 * believable history. Pure functions of the seeded RNG and "today", so the same data appears on
 * every run; the benchmark uses `sampleMentor` to make thousands of the same shape.
 */

type Env = { today: string; now: string; rng: Rng };

const PROGRAMMES: { name: string; codePrefix: string; description: string; areas: LivedExperience[] }[] = [
  {
    name: 'Housing First peer support',
    codePrefix: 'HF',
    description:
      'Peer supporters with lived experience of homelessness accompany people moving from the street into a flat.',
    areas: ['homelessness', 'substanceUse', 'mentalHealth'],
  },
  {
    name: 'Youth peer mentoring',
    codePrefix: 'YM',
    description:
      'Young mentors support young people at risky transitions: leaving care, serving a sanction, changing school.',
    areas: ['leavingCare', 'justiceSystem', 'disability'],
  },
  {
    name: 'Victim support',
    codePrefix: 'VS',
    description: 'Peer support for victims of crime, alongside police victim-protection officers and social workers.',
    areas: ['victimOfCrime', 'domesticViolence', 'mentalHealth'],
  },
];

export const samplePrograms = ({ now, rng }: Env): Programme[] =>
  PROGRAMMES.map(({ areas: _areas, ...p }) => ({
    ...p,
    id: rng.uuid(),
    active: true,
    checkInRule: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  }));

export const sampleSettings = ({ now }: Env): Settings => ({
  id: SETTINGS_ID,
  createdAt: now,
  updatedAt: now,
  deletedAt: null,
  organisationName: 'Híd–Silta Peer Support Association',
  address: 'Kossuth Lajos sugárút 12., 6722 Szeged',
  logoDataUrl: null,
  defaultLanguage: 'hu',
  rules: {
    supervisionEveryWeeks: 4,
    firstMonthMinContacts: 2,
    contactEveryDays: 30,
    mandatoryModulesBeforeActive: true,
    backupEveryDays: 7,
    undoKeepDays: 30,
    retentionYears: 5,
    checkInFirstAfterMonths: 1,
    checkInEveryMonths: 2,
    careCrisisCount: 2,
    careCrisisDays: 30,
    careWellbeingDrop: 1,
    careOverCapacity: true,
    careSupervisionOverdue: true,
    wellbeingEveryMonths: 3,
    wellbeingAfterCrisisDays: 14,
  },
});

/** Lower-case ASCII for e-mail addresses ("Zsófia Mészáros" → "zsofia.meszaros"). */
const asciiName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const PATH: MentorStatus[] = ['applicant', 'screening', 'inTraining', 'active'];
const EXIT_REASONS = ['Moved to another city', 'Started full-time work', 'Health reasons', 'Family reasons'];
const PAUSE_REASONS = ['Exam period', 'Parental leave', 'Own recovery comes first for a while'];
const AVAILABILITY = {
  hu: ['Hétköznap délután', 'Kedden és csütörtökön este', 'Hétvégén', 'Rugalmasan, előre egyeztetve'],
  fi: ['Arki-iltapäivisin', 'Tiistai- ja torstai-iltaisin', 'Viikonloppuisin', 'Joustavasti sopimuksen mukaan'],
};
const NOTES = {
  hu: ['Saját tapasztalata miatt különösen hiteles a csoportban.', 'Szívesen kísér ügyintézésre.', '', ''],
  fi: ['Kokemusasiantuntija, vahva ryhmänohjaaja.', 'Toivoo nuoria tuettavia.', '', ''],
};

/** The statuses the mentor passed through to reach `status`, dated back from today. */
const historyFor = (status: MentorStatus, today: string, rng: Rng): StatusChange[] => {
  const steps: MentorStatus[] =
    status === 'paused'
      ? [...PATH, 'paused']
      : status === 'exited'
        ? [...PATH.slice(0, rng.int(1, 4)), 'exited']
        : PATH.slice(0, PATH.indexOf(status) + 1);
  // Gaps between the changes, so that the last change lies a few days to weeks before today.
  const gaps = steps.map(() => rng.int(20, 90));
  let date = addDays(today, -gaps.reduce((a, b) => a + b, 0));
  return steps.map((s, i) => {
    const change: StatusChange = {
      status: s,
      date,
      reason: s === 'exited' ? rng.pick(EXIT_REASONS) : s === 'paused' ? rng.pick(PAUSE_REASONS) : '',
      override: null,
    };
    date = addDays(date, gaps[i] ?? 0);
    return change;
  });
};

/** Screening done so far: more items the further along the mentor is; some certificates lapse. */
const screeningFor = (history: StatusChange[], today: string, rng: Rng): Screening => {
  const screening = Object.fromEntries(SCREENING_ITEMS.map((i) => [i, { date: null, expiresOn: null }])) as Screening;
  const reached = new Set(history.map((h) => h.status));
  const screeningDate = history.find((h) => h.status === 'screening')?.date;
  if (!screeningDate) return screening;
  screening.interview = { date: screeningDate, expiresOn: null };
  if (reached.has('inTraining') || rng.chance(0.5))
    screening.references = { date: addDays(screeningDate, rng.int(3, 14)), expiresOn: null };
  if (reached.has('inTraining')) {
    const certDate = addDays(screeningDate, rng.int(5, 20));
    // Mostly valid for two years; one in five runs out soon or has run out, so the warnings show.
    const expiresOn = rng.chance(0.2) ? addDays(today, rng.int(-20, 25)) : addDays(certDate, 730);
    screening.criminalRecord = { date: certDate, expiresOn: expiresOn < certDate ? addDays(certDate, 1) : expiresOn };
    const signed = addDays(screeningDate, rng.int(10, 30));
    screening.volunteerAgreement = { date: signed, expiresOn: addDays(signed, 365 * 2) };
    screening.confidentialityAgreement = { date: signed, expiresOn: null };
  }
  return screening;
};

/** One sample mentor of the given status; `i` alternates Hungarian and Finnish names. */
export const sampleMentor = (
  i: number,
  status: MentorStatus,
  programmes: Programme[],
  { today, now, rng }: Env,
): Mentor => {
  const lng = i % 2 === 0 ? 'hu' : 'fi';
  const givenName = rng.pick(NAMES[lng].given);
  const familyName = rng.pick(NAMES[lng].family);
  const programmeIndex = rng.int(0, Math.max(0, programmes.length - 1));
  const programme = programmes[programmeIndex];
  const areas = PROGRAMMES[programmeIndex % PROGRAMMES.length]?.areas ?? ['other'];
  const livedExperience = [...new Set([rng.pick(areas), ...(rng.chance(0.4) ? [rng.pick(areas)] : [])])];
  const statusHistory = historyFor(status, today, rng);
  const last = statusHistory[statusHistory.length - 1];
  const email = `${asciiName(givenName)}.${asciiName(familyName)}${i}@${lng === 'hu' ? 'pelda.hu' : 'esimerkki.fi'}`;
  const phone =
    lng === 'hu'
      ? `+36 ${rng.pick(['20', '30', '70'])} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`
      : `+358 ${rng.pick(['40', '44', '50'])} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
  const base = { givenName, familyName, email, phone };
  return {
    id: rng.uuid(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    ...base,
    gender: rng.pick(['female', 'male', 'unspecified'] as const),
    birthYear: rng.int(1965, 2004),
    languages: lng === 'hu' ? (rng.chance(0.4) ? ['hu', 'en'] : ['hu']) : rng.chance(0.4) ? ['fi', 'sv'] : ['fi', 'en'],
    livedExperience,
    programmeIds: programme ? [programme.id] : [],
    capacity: rng.int(1, 3),
    availability: rng.pick(AVAILABILITY[lng]),
    notes: rng.pick(NOTES[lng]),
    screening: screeningFor(statusHistory, today, rng),
    preferredLanguage: lng,
    status,
    statusHistory,
    exitDate: status === 'exited' ? (last?.date ?? today) : null,
    exitReason: status === 'exited' ? (last?.reason ?? '') : '',
    // The sample organisation works in Hungarian (sampleSettings), so its list sorts that way.
    ...mentorDerived(base, 'hu'),
  };
};

/** 24 mentors: most active, a few in every other status. */
const SAMPLE_STATUSES: MentorStatus[] = [
  ...Array<MentorStatus>(3).fill('applicant'),
  ...Array<MentorStatus>(3).fill('screening'),
  ...Array<MentorStatus>(4).fill('inTraining'),
  ...Array<MentorStatus>(9).fill('active'),
  ...Array<MentorStatus>(2).fill('paused'),
  ...Array<MentorStatus>(3).fill('exited'),
];

export const organisationStep: SampleStep = {
  key: 'organisation',
  order: 10,
  build: (_soFar, env) => {
    const programmes = samplePrograms(env);
    return {
      settings: [sampleSettings(env)],
      programmes,
      mentors: SAMPLE_STATUSES.map((status, i) => sampleMentor(i, status, programmes, env)),
    };
  },
};
