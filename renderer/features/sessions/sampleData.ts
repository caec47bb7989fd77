import dayjs from 'dayjs';
import { searchTokensOf, type PersonRef } from '../../../shared/domain/base';
import type { Contact } from '../../../shared/domain/contact';
import type { Mentor } from '../../../shared/domain/mentor';
import type { Attendance, AttendanceStatus, Session, SessionKind, SubKind } from '../../../shared/domain/session';
import type { Rng } from '../../../shared/sample/rng';
import type { SampleData, SampleStep } from '../../../shared/domain/sampleData';
import { sessionHours } from './sessionRules';

/**
 * Sample contacts and sessions (step 30): eight professionals, and about thirty sessions of every
 * kind over the past three months and the next month, with attendance for the past ones. Two
 * active mentors are never invited to supervision and one stops coming, so the overdue list and
 * the dashboard card have something true to show.
 */

type Env = { today: string; now: string; rng: Rng };
type Lng = 'hu' | 'fi';

const CONTACTS: Record<Lng, { givenName: string; familyName: string; organisation: string; role: string }[]> = {
  hu: [
    { givenName: 'Judit', familyName: 'Farkas', organisation: 'Független szupervizor', role: 'szupervizor' },
    { givenName: 'Gábor', familyName: 'Simon', organisation: 'Magyar Szupervizorok Egyesülete', role: 'szupervizor' },
    { givenName: 'Katalin', familyName: 'Rácz', organisation: 'Sorstárs Képzőközpont', role: 'tréner' },
    {
      givenName: 'Eszter',
      familyName: 'Balogh',
      organisation: 'Család- és Gyermekjóléti Központ',
      role: 'szociális munkás',
    },
    {
      givenName: 'Péter',
      familyName: 'Juhász',
      organisation: 'Hajléktalanokat Ellátó Intézmény',
      role: 'szociális munkás',
    },
    {
      givenName: 'László',
      familyName: 'Oláh',
      organisation: 'Szegedi Rendőrkapitányság',
      role: 'rendőrségi áldozatvédelmi referens',
    },
    { givenName: 'Márta', familyName: 'Papp', organisation: 'Védőnői Szolgálat', role: 'védőnő' },
    { givenName: 'Aino', familyName: 'Korhonen', organisation: 'Vertaistoiminnan verkosto', role: 'tréner (vendég)' },
  ],
  fi: [
    { givenName: 'Päivi', familyName: 'Heinonen', organisation: 'Työnohjaus Heinonen', role: 'työnohjaaja' },
    { givenName: 'Jukka', familyName: 'Salminen', organisation: 'Suomen työnohjaajat ry', role: 'työnohjaaja' },
    { givenName: 'Sanna', familyName: 'Laine', organisation: 'Vertaistoiminnan koulutuskeskus', role: 'kouluttaja' },
    {
      givenName: 'Johanna',
      familyName: 'Mäkelä',
      organisation: 'Kaupungin sosiaalipalvelut',
      role: 'sosiaalityöntekijä',
    },
    { givenName: 'Timo', familyName: 'Niemi', organisation: 'Asumispalvelut', role: 'sosiaaliohjaaja' },
    { givenName: 'Antti', familyName: 'Koskinen', organisation: 'Poliisilaitos', role: 'rikosuhrityön yhdyshenkilö' },
    { givenName: 'Maria', familyName: 'Ahonen', organisation: 'Neuvola', role: 'terveydenhoitaja' },
    { givenName: 'Eszter', familyName: 'Tóth', organisation: 'Híd–Silta, Szeged', role: 'kouluttaja (vieras)' },
  ],
};

const TITLES: Record<
  Lng,
  Record<
    | 'caseDiscussion'
    | 'individual'
    | 'team'
    | 'crisisDebrief'
    | 'peerGroup'
    | 'training'
    | 'roundtable'
    | 'multiplier'
    | 'openDay',
    string
  >
> = {
  hu: {
    caseDiscussion: 'Esetmegbeszélő csoport',
    individual: 'Egyéni szupervízió',
    team: 'Team-szupervízió',
    crisisDebrief: 'Krízis utáni megbeszélés',
    peerGroup: 'Csütörtöki sorstárs csoport',
    training: 'Alapképzés',
    roundtable: 'Kerekasztal az áldozatsegítésről',
    multiplier: 'Multiplikátor rendezvény: Kortárs mentorok akcióban',
    openDay: 'Nyílt nap',
  },
  fi: {
    caseDiscussion: 'Tapauskonsultaatioryhmä',
    individual: 'Yksilötyönohjaus',
    team: 'Tiimityönohjaus',
    crisisDebrief: 'Kriisin jälkipuinti',
    peerGroup: 'Torstain vertaistukiryhmä',
    training: 'Peruskoulutus',
    roundtable: 'Pyöreä pöytä rikosuhrien tukemisesta',
    multiplier: 'Levitystilaisuus: vertaismentorit toiminnassa',
    openDay: 'Avoimet ovet',
  },
};
const PLACES: Record<Lng, string[]> = {
  hu: ['Iroda, nagy terem', 'Iroda, kis tárgyaló', 'Közösségi ház, Szeged', 'Online (videóhívás)'],
  fi: ['Toimisto, iso sali', 'Toimisto, neuvotteluhuone', 'Asukastalo', 'Etänä (videopuhelu)'],
};

const mentorRef = (m: Mentor): PersonRef => ({ kind: 'mentor', id: m.id });
const contactRef = (c: Contact): PersonRef => ({ kind: 'contact', id: c.id });

export const buildSessionsSample = (soFar: SampleData, { today, now, rng }: Env): SampleData => {
  const lng: Lng = soFar.settings?.[0]?.defaultLanguage === 'fi' ? 'fi' : 'hu';
  const contacts: Contact[] = CONTACTS[lng].map((c, i) => ({
    ...c,
    id: rng.uuid(),
    phone: `${lng === 'hu' ? '+36 30' : '+358 40'} ${100 + i * 37} ${1000 + i * 211}`,
    email: '',
    notes: '',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    searchTokens: searchTokensOf(c.givenName, c.familyName, c.organisation, c.role),
  }));
  const [supervisor, supervisor2, trainer, social1, social2, police, healthVisitor, guestTrainer] = contacts as [
    Contact,
    Contact,
    Contact,
    Contact,
    Contact,
    Contact,
    Contact,
    Contact,
  ];

  const mentors = soFar.mentors ?? [];
  const active = mentors.filter((m) => m.status === 'active');
  const inTraining = mentors.filter((m) => m.status === 'inTraining');
  // Two active mentors never come to supervision, one stopped coming two months ago.
  const neverSupervised = new Set(active.slice(-2).map((m) => m.id));
  const lapsed = active.at(-3)?.id;
  const supervised = active.filter((m) => !neverSupervised.has(m.id));
  const programme = soFar.programmes?.[0] ?? null;
  const modules = (soFar.modules ?? []).filter((m) => m.programmeId === programme?.id);
  const t = TITLES[lng];

  const sessions: Session[] = [];
  const attendance: Attendance[] = [];
  const day = (offset: number, weekday: number) => {
    const base = dayjs(today).add(offset * 7, 'day');
    return base.subtract((base.day() + 7 - weekday) % 7, 'day').format('YYYY-MM-DD');
  };

  const add = (s: {
    title: string;
    kind: SessionKind;
    subKind: SubKind;
    date: string;
    startTime: string;
    endTime: string;
    facilitators: PersonRef[];
    expected: PersonRef[];
    capacity?: number | null;
    topic?: string;
    moduleIds?: string[];
    seriesId?: string | null;
    walkIns?: string[];
    followUp?: string;
    overCapacity?: boolean;
  }) => {
    const session: Session = {
      id: rng.uuid(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      title: s.title,
      kind: s.kind,
      subKind: s.subKind,
      programmeId: programme?.id ?? null,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      place: rng.pick(PLACES[lng]),
      facilitators: s.facilitators,
      capacity: s.capacity ?? null,
      topic: s.topic ?? '',
      expected: s.expected,
      confidentialNotes: '',
      followUps: s.followUp
        ? [
            {
              id: rng.uuid(),
              text: s.followUp,
              owner: '',
              dueDate: dayjs(s.date).add(14, 'day').format('YYYY-MM-DD'),
              done: s.date < today && rng.chance(0.5),
            },
          ]
        : [],
      moduleIds: s.moduleIds ?? [],
      language: null,
      seriesId: s.seriesId ?? null,
      warnings: s.overCapacity ? [{ kind: 'overCapacity', at: now, count: s.expected.length }] : [],
      facilitatorIds: s.facilitators.map((p) => p.id),
      expectedIds: s.expected.map((p) => p.id),
    };
    sessions.push(session);
    if (session.date >= today) return;
    const hours = sessionHours(session);
    const row = (
      personKind: Attendance['personKind'],
      personId: string | null,
      walkInName: string,
      status: AttendanceStatus,
    ): Attendance => ({
      id: rng.uuid(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      sessionId: session.id,
      personKind,
      personId,
      walkInName,
      status,
      hours: status === 'present' ? hours : 0,
      sessionDate: session.date,
      sessionKind: session.kind,
    });
    for (const p of session.expected) {
      const r = rng.next();
      const stopped =
        p.id === lapsed &&
        session.kind === 'supervision' &&
        session.date > dayjs(today).subtract(60, 'day').format('YYYY-MM-DD');
      const status: AttendanceStatus = stopped ? 'absent' : r < 0.8 ? 'present' : r < 0.9 ? 'excused' : 'absent';
      attendance.push(row(p.kind, p.id, '', status));
    }
    for (const name of s.walkIns ?? []) attendance.push(row('walkIn', null, name, 'present'));
  };

  // Group case discussions every two weeks (Tuesdays), from 12 weeks ago to 4 weeks ahead.
  for (let w = -12; w <= 4; w += 2) {
    const overCapacity = w === -4 && supervised.length > 10;
    add({
      title: t.caseDiscussion,
      kind: 'supervision',
      subKind: 'caseDiscussion',
      date: day(w, 2),
      startTime: '17:00',
      endTime: '18:30',
      facilitators: [contactRef(w % 4 === 0 ? supervisor : supervisor2)],
      expected: supervised.slice(0, overCapacity ? 11 : 10).map(mentorRef),
      capacity: 10,
      overCapacity,
      followUp:
        w === -2
          ? lng === 'hu'
            ? 'Esetgazda visszajelzést kér a családsegítőtől'
            : 'Tapauksen tuoja pyytää palautteen sosiaalityöntekijältä'
          : undefined,
    });
  }
  // Individual supervision for mentors beyond the first ten, so they are not overdue either.
  supervised.slice(10).forEach((m, i) =>
    add({
      title: t.individual,
      kind: 'supervision',
      subKind: 'individual',
      date: day(-1 - (i % 3), 3),
      startTime: '10:00',
      endTime: '11:00',
      facilitators: [contactRef(supervisor)],
      expected: [mentorRef(m)],
    }),
  );
  add({
    title: t.team,
    kind: 'supervision',
    subKind: 'team',
    date: day(-6, 4),
    startTime: '09:00',
    endTime: '11:00',
    facilitators: [contactRef(supervisor2)],
    expected: supervised.slice(0, 6).map(mentorRef),
  });
  add({
    title: t.crisisDebrief,
    kind: 'supervision',
    subKind: 'crisisDebrief',
    date: day(-3, 5),
    startTime: '14:00',
    endTime: '15:00',
    facilitators: [contactRef(supervisor)],
    expected: supervised.slice(2, 5).map(mentorRef),
  });

  // A peer-support group every two weeks, one series, led by a mentor.
  const seriesId = rng.uuid();
  const leader = active[0];
  for (let w = -11; w <= 3; w += 2) {
    add({
      title: t.peerGroup,
      kind: 'group',
      subKind: 'peerLed',
      date: day(w, 4),
      startTime: '18:00',
      endTime: '19:30',
      facilitators: leader ? [mentorRef(leader)] : [],
      expected: active.slice(1, 6).map(mentorRef),
      seriesId,
      walkIns: w < 0 && rng.chance(0.4) ? [lng === 'hu' ? 'Kiss Ádám' : 'Onni Lehtonen'] : [],
    });
  }

  // Training of the curriculum's first modules for the mentors in training.
  modules.slice(0, 5).forEach((mod, i) =>
    add({
      title: `${t.training}: ${mod.name}`,
      kind: 'training',
      subKind: i === 2 ? 'workshop' : 'course',
      date: day(-10 + i * 2 + (i === 4 ? 6 : 0), 6),
      startTime: '09:00',
      endTime: '13:00',
      facilitators: [contactRef(i % 2 === 0 ? trainer : guestTrainer)],
      expected: inTraining.map(mentorRef),
      moduleIds: [mod.id],
    }),
  );

  // Events with outside professionals.
  add({
    title: t.roundtable,
    kind: 'event',
    subKind: 'roundtable',
    date: day(-7, 3),
    startTime: '13:00',
    endTime: '16:00',
    facilitators: [contactRef(police)],
    expected: [social1, social2, healthVisitor].map(contactRef).concat(active.slice(0, 3).map(mentorRef)),
    walkIns: [lng === 'hu' ? 'Dr. Németh Ildikó (háziorvos)' : 'Ville Järvinen (lastensuojelu)'],
    followUp: lng === 'hu' ? 'Emlékeztető kiküldése a résztvevőknek' : 'Muistion lähettäminen osallistujille',
  });
  add({
    title: t.multiplier,
    kind: 'event',
    subKind: 'multiplier',
    date: day(2, 5),
    startTime: '10:00',
    endTime: '15:00',
    facilitators: [contactRef(trainer)],
    expected: [social1, social2, police].map(contactRef).concat(active.slice(0, 4).map(mentorRef)),
    capacity: 40,
  });
  add({
    title: t.openDay,
    kind: 'event',
    subKind: 'openDay',
    date: day(-5, 6),
    startTime: '10:00',
    endTime: '14:00',
    facilitators: active.slice(0, 2).map(mentorRef),
    expected: [],
    walkIns: [],
  });

  return { contacts, sessions, attendance };
};

export const sessionsSampleStep: SampleStep = { key: 'sessions', order: 30, build: buildSessionsSample };
