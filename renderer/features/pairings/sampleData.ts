import { addDays, type LivedExperience, type Mentor } from '../../../shared/domain/mentor';
import { formatMenteeCode, menteeSearchTokens, type Mentee, type Transition } from '../../../shared/domain/mentee';
import type { Closure, ContactLog, Pairing, PairingStatus } from '../../../shared/domain/pairing';
import type { Programme } from '../../../shared/domain/programme';
import { NAMES } from '../../../shared/sample/names';
import type { Rng } from '../../../shared/sample/rng';
import type { SampleData, SampleStep } from '../../../shared/domain/sampleData';

/**
 * Sample mentees and pairings (step 40): 15 mentees with codes per programme, 10 pairings in
 * every status with contact logs. Two active pairings break the monitoring rule on purpose (one
 * silent for weeks, one short of contacts in its first month) and one contact is a crisis, so
 * the monitoring list and the overview have something to show.
 */

type Env = { today: string; now: string; rng: Rng };

const BY_PREFIX: Record<string, { transitions: Transition[]; areas: LivedExperience[] }> = {
  HF: { transitions: ['movingIntoHousing'], areas: ['homelessness', 'substanceUse', 'mentalHealth'] },
  YM: {
    transitions: ['leavingCare', 'servingSanction', 'schoolTransition', 'enteringWelfare'],
    areas: ['leavingCare', 'justiceSystem', 'disability'],
  },
  VS: { transitions: ['other', 'enteringWelfare'], areas: ['victimOfCrime', 'domesticViolence', 'mentalHealth'] },
};
const REFERRERS = {
  hu: [
    'Családsegítő szolgálat',
    'Utcai szociális munka',
    'Gyermekvédelmi gyám',
    'Pártfogó felügyelő',
    'Áldozatsegítő szolgálat',
  ],
  fi: [
    'Aikuissosiaalityö',
    'Jälkihuollon sosiaalityöntekijä',
    'Rikosseuraamuslaitos',
    'Rikosuhripäivystys',
    'Asumisneuvoja',
  ],
};
const NEEDS = {
  hu: [
    'Segítség az első önálló lakás berendezéséhez és a számlák intézéséhez.',
    'Támogatás a hivatalos ügyek intézésében és a napi rutin kialakításában.',
    'Valaki, akivel a nehéz napokon beszélhet.',
  ],
  fi: [
    'Tukea oman asunnon arkeen ja laskujen hoitoon.',
    'Apua asiointiin ja päivärytmin löytämiseen.',
    'Joku, jolle puhua vaikeina päivinä.',
  ],
};
const GOALS = {
  hu: ['Lakhatás megtartása fél évig', 'Rendszeres iskolába járás', 'Saját támogató kapcsolatháló kiépítése'],
  fi: ['Asumisen vakiintuminen puolen vuoden ajan', 'Säännöllinen koulunkäynti', 'Oman tukiverkoston rakentaminen'],
};
const CONTACT_NOTES = {
  hu: [
    'Közös bevásárlás, költségvetés átnézése.',
    'Telefonon beszéltünk a heti teendőkről.',
    'Elkísértem az önkormányzathoz.',
    '',
  ],
  fi: [
    'Kävimme yhdessä kaupassa ja kävimme läpi budjetin.',
    'Puhelimessa viikon asioista.',
    'Lähdin mukaan virastoon.',
    '',
  ],
};

/** The planned shape of the 10 pairings: status, days since start, and how contacts went. */
const PLAN: {
  status: PairingStatus;
  startDaysAgo: number;
  pattern: 'regular' | 'silent' | 'shortFirstMonth' | 'crisis' | 'none';
}[] = [
  { status: 'active', startDaysAgo: 120, pattern: 'regular' },
  { status: 'active', startDaysAgo: 90, pattern: 'crisis' },
  { status: 'active', startDaysAgo: 150, pattern: 'silent' },
  { status: 'active', startDaysAgo: 40, pattern: 'shortFirstMonth' },
  { status: 'active', startDaysAgo: 12, pattern: 'regular' },
  { status: 'proposed', startDaysAgo: 0, pattern: 'none' },
  { status: 'paused', startDaysAgo: 100, pattern: 'regular' },
  { status: 'paused', startDaysAgo: 200, pattern: 'regular' },
  { status: 'closed', startDaysAgo: 300, pattern: 'regular' },
  { status: 'closed', startDaysAgo: 250, pattern: 'regular' },
];

export const buildPairingSample = (soFar: SampleData, { today, now, rng }: Env): SampleData => {
  const programmes = soFar.programmes ?? [];
  if (programmes.length === 0) return {};
  const lng = soFar.settings?.[0]?.defaultLanguage === 'fi' ? 'fi' : 'hu';
  const counters = new Map<string, number>();

  const mentees: Mentee[] = Array.from({ length: 15 }, (_, i) => {
    const programme = programmes[i % programmes.length] as Programme;
    const prefix = programme.codePrefix;
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const code = formatMenteeCode(prefix, n);
    const shape = BY_PREFIX[prefix] ?? { transitions: ['other'], areas: ['other'] };
    const nameLng = i % 2 === 0 ? 'hu' : 'fi';
    // Every third mentee stays pseudonymous: no real name recorded at all.
    const named = i % 3 !== 0;
    const names = named
      ? { givenName: rng.pick(NAMES[nameLng].given), familyName: rng.pick(NAMES[nameLng].family) }
      : { givenName: '', familyName: '' };
    return {
      id: rng.uuid(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      programmeId: programme.id,
      ...names,
      code,
      transition: rng.pick(shape.transitions),
      needs: rng.pick(NEEDS[nameLng]),
      goals: rng.pick(GOALS[nameLng]),
      referralSource: rng.pick(REFERRERS[nameLng]),
      languages: nameLng === 'hu' ? ['hu'] : rng.chance(0.3) ? ['fi', 'sv'] : ['fi'],
      livedExperience: [rng.pick(shape.areas)],
      preferredMentorGender: rng.chance(0.2) ? 'female' : 'any',
      birthYear: rng.int(1975, 2008),
      referredOn: addDays(today, -rng.int(200, 400)),
      consentGiven: i !== 14,
      notes: '',
      status: 'waiting',
      closedOn: null,
      searchTokens: menteeSearchTokens(code, names),
    };
  });

  const active: Mentor[] = (soFar.mentors ?? []).filter((m) => m.status === 'active');
  if (active.length === 0) return { mentees };
  const load = new Map<string, number>();
  /** A mentor of the mentee's programme with a free place if any, else the least loaded one. */
  const mentorFor = (mentee: Mentee): Mentor => {
    const byLoad = [...active].sort(
      (a, b) => (load.get(a.id) ?? 0) - a.capacity - ((load.get(b.id) ?? 0) - b.capacity),
    );
    return (
      byLoad.find((m) => m.programmeIds.includes(mentee.programmeId) && (load.get(m.id) ?? 0) < m.capacity) ??
      (byLoad[0] as Mentor)
    );
  };

  const pairings: Pairing[] = [];
  const contactLogs: ContactLog[] = [];
  PLAN.forEach((plan, i) => {
    const mentee = mentees[i] as Mentee;
    const mentor = mentorFor(mentee);
    if (plan.status !== 'closed') load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
    const proposedOn = addDays(today, -plan.startDaysAgo - 7);
    const start = plan.status === 'proposed' ? null : addDays(today, -plan.startDaysAgo);
    const pairingId = rng.uuid();
    const closedOn = plan.status === 'closed' && start ? addDays(start, rng.int(120, 200)) : null;
    const pausedOn = plan.status === 'paused' && start ? addDays(today, -rng.int(10, 25)) : null;
    const until = closedOn ?? pausedOn ?? today;

    const dates: string[] = [];
    if (start && plan.pattern === 'regular')
      for (let d = addDays(start, 2); d <= until; d = addDays(d, rng.int(7, 20))) dates.push(d);
    if (start && plan.pattern === 'crisis') {
      for (let d = addDays(start, 3); d <= addDays(today, -10); d = addDays(d, rng.int(8, 16))) dates.push(d);
      dates.push(addDays(today, -4));
    }
    // Two contacts in the first weeks, then nothing: 150 days later it is long overdue.
    if (start && plan.pattern === 'silent') dates.push(addDays(start, 5), addDays(start, 20));
    // Started 40 days ago with a single contact in its first month.
    if (start && plan.pattern === 'shortFirstMonth') dates.push(addDays(start, 9));

    dates.forEach((date, k) => {
      const crisis = plan.pattern === 'crisis' && k === dates.length - 1;
      contactLogs.push({
        id: rng.uuid(),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        pairingId,
        mentorId: mentor.id,
        menteeId: mentee.id,
        date,
        durationMinutes: crisis ? 120 : rng.pick([30, 45, 60, 90]),
        kind: crisis ? 'phone' : rng.pick(['meeting', 'meeting', 'phone', 'message'] as const),
        crisis,
        notes: crisis
          ? lng === 'hu'
            ? 'Éjszakai hívás: kilakoltatással fenyegették. Másnap közösen mentünk a családsegítőhöz.'
            : 'Yöllinen puhelu: häätö uhkasi. Menimme seuraavana päivänä yhdessä sosiaalityöntekijälle.'
          : rng.pick(CONTACT_NOTES[lng]),
      });
    });

    const history: Pairing['statusHistory'] = [{ status: 'proposed', date: proposedOn, note: '' }];
    if (start) history.push({ status: 'active', date: start, note: '' });
    if (pausedOn)
      history.push({
        status: 'paused',
        date: pausedOn,
        note: lng === 'hu' ? 'A mentor vizsgaidőszaka' : 'Vertaistukijan tenttikausi',
      });
    const closure: Closure | null = closedOn
      ? {
          date: closedOn,
          reason: i === 8 ? 'goalsMet' : 'menteeMovedAway',
          reasonText: '',
          planned: i === 8,
          closingConversationHeld: i === 8,
          menteeStatusAfter: i === 8 ? 'closed' : 'waiting',
        }
      : null;
    if (closure) history.push({ status: 'closed', date: closure.date, note: '' });

    pairings.push({
      id: pairingId,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      mentorId: mentor.id,
      menteeId: mentee.id,
      programmeId: mentee.programmeId,
      startDate: start,
      plannedEndDate: start ? addDays(start, 365) : null,
      goals: [
        {
          id: rng.uuid(),
          text: mentee.goals,
          achieved: i === 8,
          progress:
            start && addDays(start, 30) <= until
              ? [
                  {
                    date: addDays(start, 30),
                    note:
                      lng === 'hu' ? 'Jól halad, rendszeresen találkoznak.' : 'Edistyy hyvin, tapaavat säännöllisesti.',
                  },
                ]
              : [],
        },
      ],
      notes: '',
      status: plan.status,
      statusHistory: history,
      overrides: [],
      closure,
      lastContactDate: dates.reduce((max, d) => (d > max ? d : max), ''),
    });
    mentee.status = closure ? closure.menteeStatusAfter : 'paired';
    mentee.closedOn = closure?.menteeStatusAfter === 'closed' ? closure.date : null;
  });

  return { mentees, pairings, contactLogs };
};

export const pairingsSampleStep: SampleStep = { key: 'pairings', order: 40, build: buildPairingSample };
