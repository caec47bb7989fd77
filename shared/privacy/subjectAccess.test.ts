import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CareAck, WellbeingCheckIn } from '../domain/care';
import type { CheckIn } from '../domain/checkin';
import type { Contact } from '../domain/contact';
import type { Mentee } from '../domain/mentee';
import type { Mentor } from '../domain/mentor';
import type { ContactLog, Pairing } from '../domain/pairing';
import type { AuditEntry, RetentionDecision } from '../domain/privacy';
import type { Attendance, Session } from '../domain/session';
import type { Shadowing } from '../domain/training';
import {
  SUBJECT_ACCESS_FORMAT,
  SUBJECT_ACCESS_VERSION,
  documentKeys,
  genericValue,
  pseudonymousRef,
  subjectAccessDocument,
  subjectAccessJson,
  withoutMachinery,
  type DocBlock,
  type DocSection,
  type DocValue,
  type SubjectAccessInput,
} from './subjectAccess';

const T0 = '2026-01-05T09:00:00.000Z';
const meta = (id: string, deletedAt: string | null = null) => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  deletedAt,
  baseStamp: '0000000000001-0000-aaaaaaaaaaaaaaaa',
  rev: '0123456789abcdef',
});
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const MENTOR = id(1);
const OTHER_MENTOR = id(2);
const MENTEE = id(3);
const CONTACT = id(4);
const PROGRAMME = id(5);
const PAIRING = id(6);

const mentor: Mentor = {
  ...meta(MENTOR),
  givenName: 'Anna',
  familyName: 'Kovács',
  email: 'anna@example.org',
  phone: '+36 30 111 2222',
  gender: 'female',
  birthYear: 1990,
  languages: ['hu', 'en'],
  livedExperience: ['homelessness'],
  programmeIds: [PROGRAMME],
  capacity: 2,
  availability: 'Evenings',
  notes: 'Own note',
  screening: {
    interview: { date: '2026-01-10', expiresOn: null },
    references: { date: null, expiresOn: null },
    criminalRecord: { date: '2026-01-12', expiresOn: '2027-01-12' },
    volunteerAgreement: { date: null, expiresOn: null },
    confidentialityAgreement: { date: null, expiresOn: null },
  },
  preferredLanguage: 'hu',
  status: 'active',
  statusHistory: [
    {
      status: 'inTraining',
      date: '2026-01-05',
      reason: '',
      override: null,
      stamp: '0000000000001-0000-aaaaaaaaaaaaaaaa',
    },
    { status: 'active', date: '2026-03-01', reason: 'Ready early', override: 'trainingIncomplete' },
  ],
  exitDate: null,
  exitReason: '',
  searchTokens: ['anna', 'kovacs'],
  sortKey: 'kovacs anna',
};

const mentee: Mentee = {
  ...meta(MENTEE),
  programmeId: PROGRAMME,
  code: 'HF-007',
  givenName: 'Titkos',
  familyName: 'Ügyfél',
  transition: 'movingIntoHousing',
  needs: 'A flat',
  goals: 'Keep the flat',
  referralSource: 'Shelter',
  languages: ['hu'],
  livedExperience: ['homelessness'],
  preferredMentorGender: 'any',
  birthYear: null,
  referredOn: '2026-02-01',
  consentGiven: true,
  notes: '',
  status: 'paired',
  closedOn: null,
  searchTokens: ['hf-007', 'titkos'],
};

const contact: Contact = {
  ...meta(CONTACT),
  givenName: 'Gizella',
  familyName: 'Bárány',
  organisation: 'Családsegítő',
  role: 'Social worker',
  phone: '',
  email: 'gizella@example.org',
  notes: '',
  searchTokens: [],
};

const session = (n: number, kind: Session['kind'], date: string, over: Partial<Session> = {}): Session => ({
  ...meta(id(100 + n)),
  title: `Session ${n}`,
  kind,
  subKind:
    kind === 'training' ? 'course' : kind === 'supervision' ? 'caseDiscussion' : kind === 'group' ? 'peerLed' : 'other',
  programmeId: PROGRAMME,
  date,
  startTime: '10:00',
  endTime: '12:00',
  place: '',
  facilitators: [{ kind: 'contact', id: CONTACT }],
  capacity: null,
  topic: '',
  expected: [{ kind: 'mentor', id: MENTOR }],
  confidentialNotes: 'Group secret',
  followUps: [],
  moduleIds: [],
  language: null,
  seriesId: null,
  warnings: [],
  facilitatorIds: [CONTACT],
  expectedIds: [MENTOR],
  ...over,
});

const sessions = [
  session(1, 'training', '2026-02-10'),
  session(2, 'training', '2026-02-01'),
  session(3, 'supervision', '2026-02-20'),
  session(4, 'training', '2026-02-25', { deletedAt: '2026-02-26T08:00:00.000Z' }),
];

const attendance = (
  n: number,
  s: Session,
  status: Attendance['status'],
  hours: number,
  deletedAt: string | null = null,
): Attendance => ({
  ...meta(id(200 + n), deletedAt),
  sessionId: s.id,
  personKind: 'mentor',
  personId: MENTOR,
  walkInName: '',
  status,
  hours,
  sessionDate: s.date,
  sessionKind: s.kind,
});

const shadowing = (n: number, over: Partial<Shadowing>): Shadowing => ({
  ...meta(id(300 + n)),
  mentorId: MENTOR,
  contactId: null,
  professionalName: '',
  date: '2026-02-12',
  hours: 2,
  area: 'Housing',
  moduleIds: [],
  notes: '',
  ...over,
});

const pairing: Pairing = {
  ...meta(PAIRING),
  mentorId: MENTOR,
  menteeId: MENTEE,
  programmeId: PROGRAMME,
  startDate: '2026-03-02',
  plannedEndDate: '2026-09-01',
  goals: [{ id: id(401), text: 'Find a flat', achieved: false, progress: [] }],
  notes: 'About the mentee',
  status: 'closed',
  statusHistory: [
    { status: 'proposed', date: '2026-03-01', note: '' },
    { status: 'active', date: '2026-03-02', note: '' },
    { status: 'closed', date: '2026-05-01', note: 'Moved to Pécs' },
  ],
  overrides: [{ kind: 'overCapacity', at: '2026-03-01T09:00:00.000Z', reason: 'Anna asked for a second mentee' }],
  closure: {
    date: '2026-05-01',
    reason: 'menteeMovedAway',
    reasonText: 'Moved to Pécs',
    planned: false,
    closingConversationHeld: true,
    menteeStatusAfter: 'waiting',
  },
  lastContactDate: '2026-03-05',
};

const log: ContactLog = {
  ...meta(id(501)),
  pairingId: PAIRING,
  mentorId: MENTOR,
  menteeId: MENTEE,
  date: '2026-03-05',
  durationMinutes: 90,
  kind: 'meeting',
  crisis: true,
  notes: 'Crisis about rent',
};

const checkIn = (n: number, respondent: CheckIn['respondent'], note: string): CheckIn => ({
  ...meta(id(600 + n)),
  pairingId: PAIRING,
  date: `2026-04-0${n}`,
  respondent,
  source: 'call',
  questionnaire: 'pairing@1',
  answers: { trust: 4, getOnWell: 5 },
  goodFit: 'yes',
  note,
  programmeId: PROGRAMME,
  mentorId: MENTOR,
  menteeId: MENTEE,
});

const retention: RetentionDecision = {
  ...meta(id(701)),
  personKind: 'mentor',
  personId: MENTOR,
  keepUntil: '2031-01-01',
  reason: 'Complaint pending',
  decidedOn: '2026-06-01',
};

const audit: AuditEntry = {
  ...meta(id(801)),
  pc: id(900),
  seq: 3,
  at: '2026-06-02T10:00:00.000Z',
  action: 'revealName',
  subjectKind: 'mentor',
  subjectId: MENTOR,
  count: null,
  prevHash: '',
  hash: 'a'.repeat(64),
};

/** A consent in the ledger's shape, and one in the shape before it: the export reads both. */
const consents = [
  {
    ...meta(id(901)),
    personKind: 'mentor',
    personId: MENTOR,
    purposeKind: 'processing',
    purpose: '',
    kind: 'given',
    date: '2026-01-05',
    method: 'written',
    notes: '',
  },
  {
    ...meta(id(902)),
    personKind: 'mentor',
    personId: MENTOR,
    purpose: 'Photos at events',
    givenOn: '2026-01-04',
    method: 'verbal',
    withdrawnOn: '2026-02-01',
    notes: 'Asked in person',
  },
];

/** Wellbeing answers (issue 25): 4 + 3 + 5 + (6−4) + (6−2) + 1 = 19 / 6 → 3.17. */
const wellbeing = (n: number, mentorId: string, note: string): WellbeingCheckIn => ({
  ...meta(id(1000 + n)),
  mentorId,
  date: `2026-04-0${n}`,
  source: 'paper',
  questionnaire: 'wellbeing@1',
  answers: { enoughSupport: 4, timeToRest: 3, roleMakesSense: 5, drained: 4, ownPastReturns: 2, canSayNo: 1 },
  note,
});
const careAck = (n: number, mentorId: string): CareAck => ({
  ...meta(id(1100 + n)),
  mentorId,
  date: `2026-04-1${n}`,
  cleared: [{ kind: 'overCapacity', fact: '3/2' }],
  note: 'Talked, fine',
});

const common = {
  programmes: [{ id: PROGRAMME, name: 'Housing First' }],
  consents,
  attendance: [
    attendance(1, sessions[0]!, 'present', 3),
    attendance(2, sessions[1]!, 'excused', 2),
    attendance(3, sessions[2]!, 'present', 1.5),
    attendance(4, sessions[3]!, 'present', 4, '2026-02-26T08:00:00.000Z'),
  ],
  sessions,
  shadowing: [
    shadowing(1, { contactId: CONTACT, hours: 2 }),
    shadowing(2, { professionalName: 'Dr. Typed Name', hours: 1.25, date: '2026-02-11' }),
    shadowing(3, { hours: 5, deletedAt: '2026-02-13T08:00:00.000Z', professionalName: 'X' }),
    shadowing(4, { mentorId: OTHER_MENTOR, contactId: CONTACT, hours: 7 }),
  ],
  pairings: [pairing],
  contactLogs: [log],
  checkIns: [checkIn(1, 'mentor', 'Mentor view'), checkIn(2, 'mentee', 'Mentee view')],
  wellbeingCheckIns: [wellbeing(1, MENTOR, 'Tired after March'), wellbeing(2, OTHER_MENTOR, 'Someone else')],
  careAcks: [careAck(1, MENTOR), careAck(2, OTHER_MENTOR)],
  menteeCodes: new Map([[MENTEE, 'HF-007']]),
  retention: [retention],
  audit: [audit],
};

const mentorInput: SubjectAccessInput = { kind: 'mentor', person: mentor, ...common };
const menteeInput: SubjectAccessInput = { kind: 'mentee', person: mentee, ...common, retention: [], audit: [] };
const contactInput: SubjectAccessInput = { kind: 'contact', person: contact, ...common, retention: [], audit: [] };

const sectionOf = (sections: DocSection[], sid: DocSection['id']): DocSection => {
  const s = sections.find((x) => x.id === sid);
  if (!s) throw new Error(`no section ${sid}`);
  return s;
};
const tableOf = (s: DocSection): Extract<DocBlock, { kind: 'table' }> => {
  const b = s.blocks[0];
  if (b?.kind !== 'table') throw new Error(`${s.id} has no table`);
  return b;
};
const fieldsOf = (b: DocBlock | undefined): Record<string, DocValue> => {
  if (b?.kind !== 'fields') throw new Error('not a list of fields');
  return Object.fromEntries(b.fields.map((f) => [f.label, f.value]));
};

describe('subject-access JSON', () => {
  it('is versioned, dated in ISO 8601, and survives a round trip through JSON text', () => {
    const json = subjectAccessJson(mentorInput, '2026-06-03T12:00:00.000Z');
    expect(json).toMatchObject({
      format: SUBJECT_ACCESS_FORMAT,
      version: SUBJECT_ACCESS_VERSION,
      exportedAt: '2026-06-03T12:00:00.000Z',
      subject: { kind: 'mentor', id: MENTOR },
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.attendance.map((a) => a.sessionDate)).toEqual(['2026-02-01', '2026-02-10', '2026-02-20', '2026-02-25']);
    expect(json.person.statusHistory).toEqual([
      { status: 'inTraining', date: '2026-01-05', reason: '', override: null },
      { status: 'active', date: '2026-03-01', reason: 'Ready early', override: 'trainingIncomplete' },
    ]);
  });

  it('leaves out sync stamps, revs and search keys, at every depth', () => {
    const text = JSON.stringify(subjectAccessJson(mentorInput, T0));
    for (const machinery of ['baseStamp', 'fieldStamps', '"rev"', '"stamp"', 'searchTokens', 'sortKey'])
      expect(text).not.toContain(machinery);
    expect(withoutMachinery({ a: [{ stamp: 'x', b: 1 }], rev: 'r' })).toEqual({ a: [{ b: 1 }] });
  });

  it('counts training and shadowing hours by the progress rules: present, live, training sessions only', () => {
    // 3 (present) — not the excused 2, the supervision 1.5 or the deleted session's 4.
    // 2 + 1.25 of shadowing — not the deleted 5 or another mentor's 7.
    expect(subjectAccessJson(mentorInput, T0).totals).toEqual({ trainingHours: 3, shadowingHours: 3.25 });
    expect(subjectAccessJson(menteeInput, T0).totals).toBeNull();
  });

  it("shows the other party by code or reference, and each side's own free text only", () => {
    const forMentor = subjectAccessJson(mentorInput, T0);
    expect(forMentor.pairings[0]).toMatchObject({
      otherParty: { kind: 'mentee', code: 'HF-007' },
      overrides: [expect.objectContaining({ kind: 'overCapacity' })],
    });
    expect(forMentor.pairings[0]).not.toHaveProperty('notes');
    expect(forMentor.pairings[0]).not.toHaveProperty('goals');
    expect(forMentor.contactLogs[0]).not.toHaveProperty('notes');
    expect(forMentor.checkIns.map((c) => c.note)).toEqual(['Mentor view']);
    expect(forMentor.shadowing.map((s) => s.professional)).toEqual([
      { kind: 'typed', named: true },
      { kind: 'contact', reference: pseudonymousRef('contact', CONTACT) },
      { kind: 'typed', named: true },
    ]);

    const forMentee = subjectAccessJson(menteeInput, T0);
    expect(forMentee.pairings[0]).toMatchObject({
      otherParty: { kind: 'mentor', reference: pseudonymousRef('mentor', MENTOR) },
      notes: 'About the mentee',
      closure: expect.objectContaining({ reasonText: 'Moved to Pécs' }),
    });
    expect(forMentee.pairings[0]).not.toHaveProperty('overrides');
    expect(forMentee.contactLogs[0]).toMatchObject({ notes: 'Crisis about rent' });
    expect(forMentee.checkIns.map((c) => c.note)).toEqual(['Mentee view']);
    expect(forMentee.shadowing).toEqual([]);
    expect(JSON.stringify(forMentee)).not.toContain(MENTOR);

    const forContact = subjectAccessJson(contactInput, T0);
    expect(forContact.shadowing.map((s) => s.mentor)).toEqual([
      { kind: 'mentor', reference: pseudonymousRef('mentor', MENTOR) },
      { kind: 'mentor', reference: pseudonymousRef('mentor', OTHER_MENTOR) },
    ]);
    expect(forContact.sessions.every((s) => (s.roles as string[]).join() === 'facilitator')).toBe(true);
  });

  it('never carries another person’s name, nor a session’s confidential notes', () => {
    const texts = [mentorInput, menteeInput, contactInput].map((i) => ({
      i,
      text: JSON.stringify([subjectAccessJson(i, T0), subjectAccessDocument(i)]),
    }));
    for (const { i, text } of texts) {
      const others = [mentor, mentee, contact].filter((p) => p.id !== i.person.id);
      for (const p of others)
        for (const name of [p.givenName, p.familyName]) expect(text, `${i.kind}: ${name}`).not.toContain(name);
      for (const secret of ['Dr. Typed Name', 'Group secret']) expect(text).not.toContain(secret);
    }
  });
});

describe("a mentor's wellbeing in the export (issue 25)", () => {
  it("holds only the mentor's own wellbeing check-ins, scored, and care notes; nobody else's", () => {
    const json = subjectAccessJson(mentorInput, '2026-06-10T10:00:00.000Z');
    expect(json.wellbeingCheckIns).toEqual([
      expect.objectContaining({
        date: '2026-04-01',
        source: 'paper',
        questionnaire: 'wellbeing@1',
        score: 3.17,
        note: 'Tired after March',
      }),
    ]);
    expect(json.careNotes).toEqual([
      expect.objectContaining({ date: '2026-04-11', cleared: ['overCapacity'], note: 'Talked, fine' }),
    ]);
    expect(JSON.stringify(json)).not.toContain('Someone else');
    const rows = sectionOf(subjectAccessDocument(mentorInput).sections, 'wellbeing').blocks[0];
    expect(rows).toMatchObject({
      kind: 'table',
      rows: [
        [
          { t: 'date', date: '2026-04-01' },
          { t: 'term', key: 'care:source.paper' },
          { t: 'text', text: 'Tired after March' },
          { t: 'number', value: 3.17 },
        ],
      ],
    });
    for (const input of [menteeInput, contactInput]) {
      const other = subjectAccessJson(input, '2026-06-10T10:00:00.000Z');
      expect([other.wellbeingCheckIns, other.careNotes]).toEqual([[], []]);
    }
  });
});

describe('subject-access document', () => {
  it('has the sections of each kind of person, in order', () => {
    expect(subjectAccessDocument(mentorInput).sections.map((s) => s.id)).toEqual([
      'profile',
      'statusHistory',
      'screening',
      'consents',
      'training',
      'attendance',
      'shadowing',
      'sessions',
      'pairings',
      'contactLogs',
      'checkIns',
      'wellbeing',
      'careNotes',
      'retention',
      'auditLog',
    ]);
    expect(subjectAccessDocument(menteeInput).sections.map((s) => s.id)).toEqual([
      'profile',
      'consents',
      'attendance',
      'sessions',
      'pairings',
      'contactLogs',
      'checkIns',
      'retention',
      'auditLog',
    ]);
    expect(subjectAccessDocument(contactInput).sections.map((s) => s.id)).toEqual([
      'profile',
      'consents',
      'attendance',
      'shadowing',
      'sessions',
      'retention',
      'auditLog',
    ]);
  });

  it('states the facts as dates, numbers and terms, never pre-formatted text', () => {
    const doc = subjectAccessDocument(mentorInput);
    const profile = fieldsOf(sectionOf(doc.sections, 'profile').blocks[0]);
    expect(profile['fields.status']).toEqual({ t: 'term', key: 'mentors:status.active', fallback: 'active' });
    expect(profile['fields.birthYear']).toEqual({ t: 'number', value: 1990, digits: 0 });
    expect(profile['fields.languages']).toEqual({
      t: 'list',
      items: [
        { t: 'language', code: 'hu' },
        { t: 'language', code: 'en' },
      ],
    });
    expect(profile['fields.recordCreated']).toEqual({ t: 'dateTime', at: T0 });
    expect(profile).not.toHaveProperty('fields.recordDeleted');
    expect(fieldsOf(sectionOf(doc.sections, 'training').blocks[0])).toEqual({
      'fields.trainingHours': { t: 'number', value: 3, digits: 2 },
      'fields.shadowingHours': { t: 'number', value: 3.25, digits: 2 },
    });
    // A deleted row is listed with the day it was deleted, in a column only then present.
    const att = tableOf(sectionOf(doc.sections, 'attendance'));
    expect(att.columns.map((c) => c.label).at(-1)).toBe('columns.deletedOn');
    expect(att.rows.map((r) => r.at(-1))).toEqual([
      { t: 'none' },
      { t: 'none' },
      { t: 'none' },
      { t: 'dateTime', at: '2026-02-26T08:00:00.000Z' },
    ]);
    expect(tableOf(sectionOf(doc.sections, 'screening')).rows[2]).toEqual([
      { t: 'term', key: 'mentors:screening.items.criminalRecord', fallback: 'criminalRecord' },
      { t: 'date', date: '2026-01-12' },
      { t: 'date', date: '2027-01-12' },
    ]);
    expect(sectionOf(doc.sections, 'pairings').blocks).toHaveLength(1);
    expect(fieldsOf(sectionOf(doc.sections, 'pairings').blocks[0])['fields.menteeCode']).toEqual({
      t: 'text',
      text: 'HF-007',
    });
  });

  it('an empty section has no blocks (the page says nothing is held)', () => {
    const bare: SubjectAccessInput = {
      kind: 'contact',
      person: contact,
      programmes: [],
      consents: [],
      attendance: [],
      sessions: [],
      shadowing: [],
      pairings: [],
      contactLogs: [],
      checkIns: [],
      wellbeingCheckIns: [],
      careAcks: [],
      menteeCodes: new Map(),
      retention: [],
      audit: [],
    };
    const doc = subjectAccessDocument(bare);
    expect(doc.sections.filter((s) => s.blocks.length > 0).map((s) => s.id)).toEqual(['profile']);
  });

  it('shows consent records of any shape, field by field, each from the consents namespace', () => {
    const doc = subjectAccessDocument(mentorInput);
    const [first, second] = sectionOf(doc.sections, 'consents').blocks.map(fieldsOf);
    // Oldest first: the record given on 2026-01-04 (old shape), then the ledger entry of 2026-01-05.
    expect(second).toMatchObject({
      'consents:fields.purposeKind': {
        t: 'term',
        key: 'consents:purposeKind.processing',
        alt: ['consents:purpose.processing'],
        fallback: 'processing',
      },
      'consents:fields.kind': { t: 'term', key: 'consents:kind.given', fallback: 'given' },
      'consents:fields.date': { t: 'date', date: '2026-01-05' },
      'consents:fields.method': { t: 'term', key: 'consents:method.written', fallback: 'written' },
      'consents:fields.notes': { t: 'none' },
    });
    expect(first).toMatchObject({
      'consents:fields.purpose': { t: 'text', text: 'Photos at events' },
      'consents:fields.withdrawnOn': { t: 'date', date: '2026-02-01' },
    });
    // What the record says first, its dates of writing last.
    expect(Object.keys(second!)[0]).toBe('consents:fields.purposeKind');
    expect(Object.keys(second!).slice(-2)).toEqual(['fields.recordCreated', 'fields.recordUpdated']);
    for (const f of [first, second])
      for (const hidden of [
        'consents:fields.id',
        'consents:fields.personId',
        'consents:fields.rev',
        'consents:fields.baseStamp',
      ])
        expect(f).not.toHaveProperty(hidden);
  });

  it('reads unknown values by what they look like', () => {
    expect(genericValue('consents', 'at', '2026-01-05T10:00:00.000Z')).toEqual({
      t: 'dateTime',
      at: '2026-01-05T10:00:00.000Z',
    });
    expect(genericValue('consents', 'confirmed', false)).toEqual({ t: 'term', key: 'values.no', fallback: 'no' });
    expect(genericValue('consents', 'n', 2.5)).toEqual({ t: 'number', value: 2.5, digits: 2 });
    expect(genericValue('consents', 'purpose', 'Sharing with the city')).toEqual({
      t: 'text',
      text: 'Sharing with the city',
    });
    expect(genericValue('consents', 'x', null)).toEqual({ t: 'none' });
    expect(genericValue('consents', 'by', { pc: 'A', stamp: 's' })).toEqual({ t: 'text', text: 'pc: A' });
  });

  it('pseudonymous references are short, stable and kind-marked', () => {
    expect(pseudonymousRef('mentor', '1a2b3c4d-0000-4000-8000-000000000001')).toBe('M-1A2B3C4D');
    expect(pseudonymousRef('contact', '1a2b3c4d-0000-4000-8000-000000000001')).toBe('C-1A2B3C4D');
  });
});

describe('subject-access translations', () => {
  const LANGUAGES = ['en', 'hu', 'fi', 'sr-Latn', 'sr-Cyrl'];
  const lookup = (lng: string, key: string): unknown => {
    const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['subjectAccess', key];
    const json = JSON.parse(
      readFileSync(new URL(`../../locales/${lng}/${ns}.json`, import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], json);
  };

  it('every label, title, note and term of the documents exists in every language', () => {
    // Consent fields are labelled from whatever the consents namespace has (with the field's name as fallback).
    const keys = [mentorInput, menteeInput, contactInput]
      .flatMap((i) => documentKeys(subjectAccessDocument(i)))
      .filter((k) => !k.startsWith('consents:'));
    const missing = LANGUAGES.flatMap((lng) =>
      [...new Set(keys)].filter((k) => typeof lookup(lng, k) !== 'string').map((k) => `${lng}: ${k}`),
    );
    expect(missing).toEqual([]);
  });
});
