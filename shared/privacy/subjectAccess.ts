import { getQuestionnaire } from '../checkins/questionnaire';
import { scoreAnswers } from '../checkins/scoring';
import { getWellbeingQuestionnaire } from '../care/wellbeingQuestionnaire';
import type { CareAck, WellbeingCheckIn } from '../domain/care';
import type { CheckIn } from '../domain/checkin';
import type { Contact } from '../domain/contact';
import type { Mentee } from '../domain/mentee';
import type { Mentor } from '../domain/mentor';
import type { ContactLog, Pairing } from '../domain/pairing';
import type { AuditEntry, RetentionDecision } from '../domain/privacy';
import type { Attendance, Session } from '../domain/session';
import type { Shadowing } from '../domain/training';
import { computeMentorProgress, roundHours } from '../training/progress';

/**
 * The subject-access export (GDPR Art. 15): everything Tandem holds about one mentor, mentee or
 * contact, as a printable document and as JSON. Pure: the repository gathers the records through
 * indexes (renderer/features/subjectAccess/subjectAccessRepo.ts); this module decides what each
 * record shows.
 *
 * Rules, the same for the document and the JSON:
 * - Every record held is included, also those deleted in the app but still kept (a tombstone
 *   still holds its data until the person is erased); they carry the date they were deleted.
 * - Another person is never named. The other party of a pairing, a contact log or a check-in is
 *   the mentee's code, or for a mentor or a contact a pseudonymous reference made from their id
 *   (`M-1A2B3C4D`, `C-…`) that the coordinator can trace and nobody else can. A professional typed
 *   by name on a shadowing entry is said to be recorded, not named.
 * - Free text kept with a pairing (goals, notes, closure remarks) and with its contacts is about
 *   the mentee: it is in the mentee's export, not the mentor's. What concerns the mentor (the
 *   warnings overridden when they were paired) is in the mentor's, not the mentee's. Check-ins
 *   show the person's own answers only; the other party's answers are theirs.
 * - Sessions show the person's role, not the other participants, the confidential notes or
 *   the follow-ups (which concern the whole group).
 * - Sync stamps, revs and search tokens are machinery, not data about the person: left out.
 * - Training and shadowing hours are totalled by the rules of shared/training/progress.ts.
 */

export const SUBJECT_ACCESS_FORMAT = 'tandem-subject-access';
export const SUBJECT_ACCESS_VERSION = 1;

export type SubjectKind = 'mentor' | 'mentee' | 'contact';
export const SUBJECT_KINDS: readonly SubjectKind[] = ['mentor', 'mentee', 'contact'];
export const isSubjectKind = (v: unknown): v is SubjectKind =>
  typeof v === 'string' && (SUBJECT_KINDS as readonly string[]).includes(v);

/** A consent record as stored, whatever its shape (the consent ledger may add fields). */
export type ConsentRecord = Readonly<Record<string, unknown>>;

export type SubjectPerson =
  { kind: 'mentor'; person: Mentor } | { kind: 'mentee'; person: Mentee } | { kind: 'contact'; person: Contact };

/** Everything the repository gathered about one person, as stored. */
export type SubjectAccessInput = SubjectPerson & {
  /** Names of the programmes the records refer to (programmes are not people). */
  programmes: readonly { id: string; name: string }[];
  consents: readonly ConsentRecord[];
  /** The person's attendance rows. */
  attendance: readonly Attendance[];
  /** The sessions of those rows and the sessions the person facilitates or is expected at. */
  sessions: readonly Session[];
  /** A mentor's own shadowing, or the shadowing a contact was accompanied in. */
  shadowing: readonly Shadowing[];
  pairings: readonly Pairing[];
  contactLogs: readonly ContactLog[];
  checkIns: readonly CheckIn[];
  /** A mentor's wellbeing check-ins and the "talked, all right" notes about them (issue 25). */
  wellbeingCheckIns: readonly WellbeingCheckIn[];
  careAcks: readonly CareAck[];
  /** Codes of the mentees on the other side of a mentor's pairings, by mentee id. */
  menteeCodes: ReadonlyMap<string, string>;
  retention: readonly RetentionDecision[];
  audit: readonly AuditEntry[];
};

/** Another person, never by name. */
export type OtherParty =
  { kind: 'mentee'; code: string } | { kind: 'mentor' | 'contact' | 'mentee'; reference: string };

const REF_PREFIX: Record<SubjectKind, string> = { mentor: 'M', contact: 'C', mentee: 'T' };

/**
 * A pseudonymous reference to a person: a letter for the kind and the first eight hex digits of
 * their id. Stable (the same person reads the same in every export) and traceable only with
 * Tandem's data.
 */
export const pseudonymousRef = (kind: SubjectKind, id: string): string =>
  `${REF_PREFIX[kind]}-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;

const otherMentee = (id: string, codes: ReadonlyMap<string, string>): OtherParty => {
  const code = codes.get(id);
  return code ? { kind: 'mentee', code } : { kind: 'mentee', reference: pseudonymousRef('mentee', id) };
};

export const otherPartyText = (p: OtherParty): string => ('code' in p ? p.code : p.reference);

// ---------------------------------------------------------------------------------------------
// Values and sections of the document: plain data, labels are i18n keys (namespace
// `subjectAccess` unless prefixed `ns:`), values are dates, numbers, text or terms to translate.
// ---------------------------------------------------------------------------------------------

export type DocValue =
  | { t: 'none' }
  | { t: 'text'; text: string }
  | { t: 'date'; date: string }
  | { t: 'dateTime'; at: string }
  | { t: 'number'; value: number; digits: number }
  /** A translated term: an i18n key (else the first of `alt` that exists), and what to show if none does. */
  | { t: 'term'; key: string; alt?: string[]; fallback: string }
  /** A spoken language (ISO 639-1), named in the document's language. */
  | { t: 'language'; code: string }
  | { t: 'list'; items: DocValue[] }
  /** One entry of a history: its date, what happened and a remark. */
  | { t: 'dated'; date: string; value: DocValue; note: string };

export type DocField = { label: string; value: DocValue };
export type DocColumn = { label: string; numeric?: boolean };
export type DocBlock =
  { kind: 'fields'; fields: DocField[] } | { kind: 'table'; columns: DocColumn[]; rows: DocValue[][] };

export const DOC_SECTION_IDS = [
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
] as const;
export type DocSectionId = (typeof DOC_SECTION_IDS)[number];

/** A section of the document; no blocks means nothing of the kind is held. */
export type DocSection = { id: DocSectionId; title: string; note: string | null; blocks: DocBlock[] };

export type SubjectAccessDocument = {
  subject: { kind: SubjectKind; id: string };
  /** How the person is named on the document: their own name (a mentee's code and name). */
  name: { code: string | null; givenName: string; familyName: string };
  sections: DocSection[];
};

const NONE: DocValue = { t: 'none' };
const text = (s: string | null | undefined): DocValue => (s ? { t: 'text', text: s } : NONE);
const date = (d: string | null | undefined): DocValue => (d ? { t: 'date', date: d } : NONE);
const dateTime = (d: string | null | undefined): DocValue => (d ? { t: 'dateTime', at: d } : NONE);
const num = (value: number | null | undefined, digits = 0): DocValue =>
  value === null || value === undefined ? NONE : { t: 'number', value, digits };
const hours = (value: number): DocValue => num(roundHours(value), 2);
const term = (key: string, fallback: string): DocValue => ({ t: 'term', key, fallback });
const yesNo = (b: boolean): DocValue => term(b ? 'values.yes' : 'values.no', b ? 'yes' : 'no');
const list = (items: DocValue[]): DocValue => (items.length ? { t: 'list', items } : NONE);
const party = (p: OtherParty): DocValue => text(otherPartyText(p));

const byDate =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

// ---------------------------------------------------------------------------------------------
// The JSON export
// ---------------------------------------------------------------------------------------------

/** Fields that are sync machinery or derived indexes, not data about anybody. */
const MACHINERY = new Set(['baseStamp', 'fieldStamps', 'rev', 'stamp', 'searchTokens', 'sortKey']);

/** A record without its machinery, recursively (JSON values only). */
export const withoutMachinery = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutMachinery);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => !MACHINERY.has(k) && v !== undefined)
        .map(([k, v]) => [k, withoutMachinery(v)]),
    );
  return value;
};

type Json = Record<string, unknown>;

export type SubjectAccessJson = {
  format: typeof SUBJECT_ACCESS_FORMAT;
  version: typeof SUBJECT_ACCESS_VERSION;
  /** ISO 8601 instant; every date below is `YYYY-MM-DD`, every instant ISO 8601 as stored. */
  exportedAt: string;
  subject: { kind: SubjectKind; id: string };
  person: Json;
  consents: Json[];
  attendance: Json[];
  sessions: Json[];
  shadowing: Json[];
  pairings: Json[];
  contactLogs: Json[];
  checkIns: Json[];
  wellbeingCheckIns: Json[];
  careNotes: Json[];
  retentionDecisions: Json[];
  auditLog: Json[];
  /** Mentors only: hours counted as in the training progress. */
  totals: { trainingHours: number; shadowingHours: number } | null;
};

// ---------------------------------------------------------------------------------------------
// Projections shared by the document and the JSON
// ---------------------------------------------------------------------------------------------

const programmeNameOf = (input: SubjectAccessInput) => {
  const names = new Map(input.programmes.map((p) => [p.id, p.name]));
  return (id: string | null): string => (id ? (names.get(id) ?? '') : '');
};

/** The person's own sessions: facilitated, expected at or attended, each with their role(s). */
type SessionView = { session: Session; roles: ('facilitator' | 'expected')[] };
const sessionViews = (input: SubjectAccessInput): SessionView[] => {
  const id = input.person.id;
  return input.sessions
    .map((session) => ({
      session,
      roles: [
        ...(session.facilitatorIds.includes(id) ? (['facilitator'] as const) : []),
        ...(session.expectedIds.includes(id) ? (['expected'] as const) : []),
      ],
    }))
    .filter((v) => v.roles.length > 0)
    .sort(byDate((v) => `${v.session.date} ${v.session.startTime}`));
};

const sessionsById = (input: SubjectAccessInput): Map<string, Session> => new Map(input.sessions.map((s) => [s.id, s]));

const ownAttendance = (input: SubjectAccessInput): Attendance[] =>
  input.attendance.filter((a) => a.personId === input.person.id).sort(byDate((a) => a.sessionDate));

/** Whose side of a pairing the subject is on, and who is on the other. */
const pairingParty = (input: SubjectAccessInput, p: { mentorId: string; menteeId: string }): OtherParty =>
  input.kind === 'mentor'
    ? otherMentee(p.menteeId, input.menteeCodes)
    : { kind: 'mentor', reference: pseudonymousRef('mentor', p.mentorId) };

const ownPairings = (input: SubjectAccessInput): Pairing[] =>
  input.kind === 'contact'
    ? []
    : input.pairings
        .filter((p) => (input.kind === 'mentor' ? p.mentorId : p.menteeId) === input.person.id)
        .sort(byDate((p) => p.statusHistory[0]?.date ?? p.createdAt));

const ownContactLogs = (input: SubjectAccessInput): ContactLog[] =>
  input.kind === 'contact'
    ? []
    : input.contactLogs
        .filter((l) => (input.kind === 'mentor' ? l.mentorId : l.menteeId) === input.person.id)
        .sort(byDate((l) => l.date));

/** Check-ins the person answered themselves. */
const ownCheckIns = (input: SubjectAccessInput): CheckIn[] =>
  input.kind === 'contact'
    ? []
    : input.checkIns
        .filter(
          (c) => c.respondent === input.kind && (input.kind === 'mentor' ? c.mentorId : c.menteeId) === input.person.id,
        )
        .sort(byDate((c) => c.date));

/** A mentor's own wellbeing check-ins and care notes (none for anyone else). */
const ownWellbeing = (input: SubjectAccessInput): WellbeingCheckIn[] =>
  input.kind === 'mentor'
    ? input.wellbeingCheckIns.filter((w) => w.mentorId === input.person.id).sort(byDate((w) => w.date))
    : [];
const ownCareAcks = (input: SubjectAccessInput): CareAck[] =>
  input.kind === 'mentor'
    ? input.careAcks.filter((a) => a.mentorId === input.person.id).sort(byDate((a) => a.date))
    : [];

const wellbeingScore = (w: WellbeingCheckIn): number | null => {
  const q = getWellbeingQuestionnaire(w.questionnaire);
  if (!q) return null;
  try {
    return scoreAnswers(q, w.answers).score;
  } catch {
    return null;
  }
};

const ownShadowing = (input: SubjectAccessInput): Shadowing[] =>
  input.shadowing
    .filter((s) =>
      input.kind === 'mentor'
        ? s.mentorId === input.person.id
        : input.kind === 'contact' && s.contactId === input.person.id,
    )
    .sort(byDate((s) => s.date));

const checkInScore = (c: CheckIn): number | null => {
  const q = getQuestionnaire(c.questionnaire);
  if (!q) return null;
  try {
    return scoreAnswers(q, c.answers).score;
  } catch {
    return null;
  }
};

/** Training and shadowing hours by the progress rules (live rows, present at training sessions). */
export const subjectHours = (input: SubjectAccessInput): { trainingHours: number; shadowingHours: number } | null => {
  if (input.kind !== 'mentor') return null;
  const p = computeMentorProgress({
    mentorId: input.person.id,
    modules: [],
    sessions: input.sessions,
    attendance: input.attendance,
    shadowing: input.shadowing,
  });
  return { trainingHours: p.trainingHoursTotal, shadowingHours: p.shadowingHoursTotal };
};

const consentFields = (c: ConsentRecord): [string, unknown][] =>
  Object.entries(c).filter(
    ([k, v]) => !MACHINERY.has(k) && !['id', 'personKind', 'personId'].includes(k) && v !== undefined,
  );

const consentOrder = (c: ConsentRecord): string => {
  for (const k of ['givenOn', 'date', 'on', 'createdAt']) if (typeof c[k] === 'string') return c[k];
  return '';
};

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/** The JSON export of one person: versioned, dates as stored (ISO 8601), nobody else named. */
export const subjectAccessJson = (input: SubjectAccessInput, exportedAt: string): SubjectAccessJson => {
  const programmeName = programmeNameOf(input);
  const sessions = sessionsById(input);
  const meta = (r: { createdAt: string; updatedAt: string; deletedAt: string | null }) => ({
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
  });
  const person = withoutMachinery(input.person) as Json;
  if (input.kind === 'mentor') person.programmes = input.person.programmeIds.map(programmeName);
  if (input.kind === 'mentee') person.programme = programmeName(input.person.programmeId);
  const mentee = input.kind === 'mentee';

  return {
    format: SUBJECT_ACCESS_FORMAT,
    version: SUBJECT_ACCESS_VERSION,
    exportedAt,
    subject: { kind: input.kind, id: input.person.id },
    person,
    consents: [...input.consents]
      .sort(byDate(consentOrder))
      .map((c) => Object.fromEntries(consentFields(c).map(([k, v]) => [k, withoutMachinery(v)]))),
    attendance: ownAttendance(input).map((a) => {
      const s = sessions.get(a.sessionId);
      return {
        id: a.id,
        sessionId: a.sessionId,
        sessionDate: a.sessionDate,
        sessionKind: a.sessionKind,
        sessionTitle: s?.title ?? null,
        status: a.status,
        hours: a.hours,
        ...meta(a),
      };
    }),
    sessions: sessionViews(input).map(({ session: s, roles }) => ({
      id: s.id,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      title: s.title,
      kind: s.kind,
      subKind: s.subKind,
      place: s.place,
      programme: programmeName(s.programmeId) || null,
      roles,
      deletedAt: s.deletedAt,
    })),
    shadowing: ownShadowing(input).map((s) =>
      input.kind === 'mentor'
        ? {
            id: s.id,
            date: s.date,
            hours: s.hours,
            area: s.area,
            notes: s.notes,
            professional: s.contactId
              ? { kind: 'contact', reference: pseudonymousRef('contact', s.contactId) }
              : { kind: 'typed', named: s.professionalName.length > 0 },
            ...meta(s),
          }
        : {
            id: s.id,
            date: s.date,
            hours: s.hours,
            area: s.area,
            mentor: { kind: 'mentor', reference: pseudonymousRef('mentor', s.mentorId) },
            ...meta(s),
          },
    ),
    pairings: ownPairings(input).map((p) => ({
      id: p.id,
      otherParty: pairingParty(input, p),
      programme: programmeName(p.programmeId),
      status: p.status,
      startDate: p.startDate,
      plannedEndDate: p.plannedEndDate,
      statusHistory: p.statusHistory.map((h) =>
        mentee ? { status: h.status, date: h.date, note: h.note } : { status: h.status, date: h.date },
      ),
      closure: p.closure
        ? mentee
          ? withoutMachinery(p.closure)
          : {
              date: p.closure.date,
              reason: p.closure.reason,
              planned: p.closure.planned,
              closingConversationHeld: p.closure.closingConversationHeld,
            }
        : null,
      ...(mentee
        ? { goals: withoutMachinery(p.goals), notes: p.notes }
        : { overrides: p.overrides.map((o) => ({ kind: o.kind, at: o.at, reason: o.reason })) }),
      lastContactDate: p.lastContactDate || null,
      ...meta(p),
    })),
    contactLogs: ownContactLogs(input).map((l) => ({
      id: l.id,
      pairingId: l.pairingId,
      otherParty: pairingParty(input, l),
      date: l.date,
      kind: l.kind,
      durationMinutes: l.durationMinutes,
      crisis: l.crisis,
      ...(mentee ? { notes: l.notes } : {}),
      ...meta(l),
    })),
    checkIns: ownCheckIns(input).map((c) => ({
      id: c.id,
      pairingId: c.pairingId,
      otherParty: pairingParty(input, c),
      date: c.date,
      respondent: c.respondent,
      source: c.source,
      questionnaire: c.questionnaire,
      answers: c.answers,
      score: checkInScore(c),
      goodFit: c.goodFit,
      note: c.note,
      ...meta(c),
    })),
    wellbeingCheckIns: ownWellbeing(input).map((w) => ({
      id: w.id,
      date: w.date,
      source: w.source,
      questionnaire: w.questionnaire,
      answers: w.answers,
      score: wellbeingScore(w),
      note: w.note,
      ...meta(w),
    })),
    careNotes: ownCareAcks(input).map((a) => ({
      id: a.id,
      date: a.date,
      cleared: a.cleared.map((c) => c.kind),
      note: a.note,
      ...meta(a),
    })),
    retentionDecisions: [...input.retention]
      .sort(byDate((r) => r.decidedOn))
      .map((r) => ({ id: r.id, decidedOn: r.decidedOn, keepUntil: r.keepUntil, reason: r.reason, ...meta(r) })),
    auditLog: [...input.audit]
      .sort(byDate((a) => a.at))
      .map((a) => ({ id: a.id, at: a.at, action: a.action, pc: a.pc, seq: a.seq, count: a.count })),
    totals: subjectHours(input),
  };
};

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A short code (`written`, `processing`) that the consents namespace may translate. */
const TERM_LIKE = /^[a-z][A-Za-z0-9]{0,40}$/;

/** A value of a record whose shape this module does not know (consents): by what it looks like. */
export const genericValue = (ns: string, field: string, v: unknown): DocValue => {
  if (v === null || v === undefined || v === '') return NONE;
  if (typeof v === 'boolean') return yesNo(v);
  if (typeof v === 'number') return num(v, 2);
  if (typeof v === 'string') {
    if (ISO_DATE.test(v)) return date(v);
    if (ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v))) return dateTime(v);
    // `purposeKind: 'processing'` may be translated as `purposeKind.processing` or `purpose.processing`.
    if (TERM_LIKE.test(v)) {
      const stem = field.replace(/Kind$/, '');
      return stem !== field && stem
        ? { t: 'term', key: `${ns}:${field}.${v}`, alt: [`${ns}:${stem}.${v}`], fallback: v }
        : term(`${ns}:${field}.${v}`, v);
    }
    return text(v);
  }
  if (Array.isArray(v)) return list(v.map((x) => genericValue(ns, field, x)));
  // A nested object (an entry of a future ledger): its fields as `name: value`, machinery left out.
  if (typeof v === 'object') {
    const entries = Object.entries(withoutMachinery(v) as Json).filter(([, x]) => x !== null && x !== '');
    return text(entries.map(([k, x]) => `${k}: ${typeof x === 'object' ? JSON.stringify(x) : String(x)}`).join('; '));
  }
  return text(typeof v === 'bigint' ? v.toString() : '');
};

const META_LABELS: Record<string, string> = {
  createdAt: 'fields.recordCreated',
  updatedAt: 'fields.recordUpdated',
  deletedAt: 'fields.recordDeleted',
};

/** The fields of a consent record, whatever they are, labelled from the consents namespace. */
const genericFields = (ns: string, record: ConsentRecord): DocField[] => {
  const fields = consentFields(record).filter(([k, v]) => !(k === 'deletedAt' && v === null));
  // What the record says first, when it was written last (as on every other record).
  const ordered = [...fields.filter(([k]) => !(k in META_LABELS)), ...fields.filter(([k]) => k in META_LABELS)];
  return ordered.map(([k, v]) => ({ label: META_LABELS[k] ?? `${ns}:fields.${k}`, value: genericValue(ns, k, v) }));
};

const recordMeta = (r: { createdAt: string; updatedAt: string; deletedAt: string | null }): DocField[] => [
  { label: 'fields.recordCreated', value: dateTime(r.createdAt) },
  { label: 'fields.recordUpdated', value: dateTime(r.updatedAt) },
  ...(r.deletedAt ? [{ label: 'fields.recordDeleted', value: dateTime(r.deletedAt) }] : []),
];

const languages = (codes: readonly string[]): DocValue => list(codes.map((code) => ({ t: 'language', code })));
const terms = (prefix: string, codes: readonly string[]): DocValue => list(codes.map((c) => term(`${prefix}.${c}`, c)));

const profile = (input: SubjectAccessInput): DocField[] => {
  const programmeName = programmeNameOf(input);
  if (input.kind === 'mentor') {
    const m = input.person;
    return [
      { label: 'fields.givenName', value: text(m.givenName) },
      { label: 'fields.familyName', value: text(m.familyName) },
      { label: 'fields.email', value: text(m.email) },
      { label: 'fields.phone', value: text(m.phone) },
      { label: 'fields.gender', value: term(`mentors:gender.${m.gender}`, m.gender) },
      { label: 'fields.birthYear', value: num(m.birthYear) },
      { label: 'fields.languages', value: languages(m.languages) },
      { label: 'fields.livedExperience', value: terms('mentors:livedExperience', m.livedExperience) },
      { label: 'fields.programmes', value: list(m.programmeIds.map((id) => text(programmeName(id)))) },
      { label: 'fields.capacity', value: num(m.capacity) },
      { label: 'fields.availability', value: text(m.availability) },
      {
        label: 'fields.preferredLanguage',
        value: m.preferredLanguage ? term(`common:language.names.${m.preferredLanguage}`, m.preferredLanguage) : NONE,
      },
      { label: 'fields.status', value: term(`mentors:status.${m.status}`, m.status) },
      { label: 'fields.exitDate', value: date(m.exitDate) },
      { label: 'fields.exitReason', value: text(m.exitReason) },
      { label: 'fields.notes', value: text(m.notes) },
      ...recordMeta(m),
    ];
  }
  if (input.kind === 'mentee') {
    const m = input.person;
    return [
      { label: 'fields.code', value: text(m.code) },
      ...(m.formerCodes?.length ? [{ label: 'fields.formerCodes', value: list(m.formerCodes.map(text)) }] : []),
      { label: 'fields.givenName', value: text(m.givenName) },
      { label: 'fields.familyName', value: text(m.familyName) },
      { label: 'fields.programme', value: text(programmeName(m.programmeId)) },
      { label: 'fields.status', value: term(`mentees:status.${m.status}`, m.status) },
      { label: 'fields.transition', value: term(`mentees:transition.${m.transition}`, m.transition) },
      { label: 'fields.needs', value: text(m.needs) },
      { label: 'fields.goals', value: text(m.goals) },
      { label: 'fields.referralSource', value: text(m.referralSource) },
      { label: 'fields.referredOn', value: date(m.referredOn) },
      { label: 'fields.languages', value: languages(m.languages) },
      { label: 'fields.livedExperience', value: terms('mentors:livedExperience', m.livedExperience) },
      {
        label: 'fields.preferredMentorGender',
        value: term(`mentees:genderPreference.${m.preferredMentorGender}`, m.preferredMentorGender),
      },
      { label: 'fields.birthYear', value: num(m.birthYear) },
      { label: 'fields.consentGiven', value: yesNo(m.consentGiven) },
      { label: 'fields.closedOn', value: date(m.closedOn) },
      { label: 'fields.notes', value: text(m.notes) },
      ...recordMeta(m),
    ];
  }
  const c = input.person;
  return [
    { label: 'fields.givenName', value: text(c.givenName) },
    { label: 'fields.familyName', value: text(c.familyName) },
    { label: 'fields.organisation', value: text(c.organisation) },
    { label: 'fields.role', value: text(c.role) },
    { label: 'fields.phone', value: text(c.phone) },
    { label: 'fields.email', value: text(c.email) },
    { label: 'fields.notes', value: text(c.notes) },
    ...recordMeta(c),
  ];
};

/** A table, with a "deleted on" column only when some row was deleted. */
const table = <T extends { deletedAt: string | null }>(
  columns: DocColumn[],
  rows: readonly T[],
  cells: (r: T) => DocValue[],
): DocBlock[] => {
  if (rows.length === 0) return [];
  const deleted = rows.some((r) => r.deletedAt);
  return [
    {
      kind: 'table',
      columns: deleted ? [...columns, { label: 'columns.deletedOn' }] : columns,
      rows: rows.map((r) => (deleted ? [...cells(r), dateTime(r.deletedAt)] : cells(r))),
    },
  ];
};

const section = (id: DocSectionId, blocks: DocBlock[], note: string | null = null): DocSection => ({
  id,
  title: `sections.${id}`,
  note,
  blocks,
});

/** The document's sections for this kind of person, in order; a section with no blocks holds nothing. */
export const subjectAccessDocument = (input: SubjectAccessInput): SubjectAccessDocument => {
  const sessions = sessionsById(input);
  const programmeName = programmeNameOf(input);
  const kind = input.kind;
  const sections: DocSection[] = [section('profile', [{ kind: 'fields', fields: profile(input) }])];

  if (input.kind === 'mentor') {
    const m = input.person;
    sections.push(
      section(
        'statusHistory',
        m.statusHistory.length
          ? [
              {
                kind: 'table',
                columns: [{ label: 'columns.date' }, { label: 'columns.status' }, { label: 'columns.reason' }],
                rows: [...m.statusHistory]
                  .sort(byDate((h) => h.date))
                  .map((h) => [
                    date(h.date),
                    term(`mentors:status.${h.status}`, h.status),
                    h.override ? list([term(`overrides.${h.override}`, h.override), text(h.reason)]) : text(h.reason),
                  ]),
              },
            ]
          : [],
      ),
      section('screening', [
        {
          kind: 'table',
          columns: [{ label: 'columns.item' }, { label: 'columns.doneOn' }, { label: 'columns.expiresOn' }],
          rows: (Object.keys(m.screening) as (keyof typeof m.screening)[]).map((item) => [
            term(`mentors:screening.items.${item}`, item),
            date(m.screening[item].date),
            date(m.screening[item].expiresOn),
          ]),
        },
      ]),
    );
  }

  sections.push(
    section(
      'consents',
      [...input.consents]
        .sort(byDate(consentOrder))
        .map((c) => ({ kind: 'fields', fields: genericFields('consents', c) })),
    ),
  );

  const totals = subjectHours(input);
  if (totals)
    sections.push(
      section(
        'training',
        [
          {
            kind: 'fields',
            fields: [
              { label: 'fields.trainingHours', value: hours(totals.trainingHours) },
              { label: 'fields.shadowingHours', value: hours(totals.shadowingHours) },
            ],
          },
        ],
        'notes.hours',
      ),
    );

  sections.push(
    section(
      'attendance',
      table(
        [
          { label: 'columns.date' },
          { label: 'columns.session' },
          { label: 'columns.kind' },
          { label: 'columns.attendance' },
          { label: 'columns.hours', numeric: true },
        ],
        ownAttendance(input),
        (a) => [
          date(a.sessionDate),
          text(sessions.get(a.sessionId)?.title),
          term(`print:kind.${a.sessionKind}`, a.sessionKind),
          term(`sessions:statuses.${a.status}`, a.status),
          hours(a.hours),
        ],
      ),
    ),
  );

  if (kind === 'mentor' || kind === 'contact')
    sections.push(
      section(
        'shadowing',
        kind === 'mentor'
          ? table(
              [
                { label: 'columns.date' },
                { label: 'columns.area' },
                { label: 'columns.professional' },
                { label: 'columns.notes' },
                { label: 'columns.hours', numeric: true },
              ],
              ownShadowing(input),
              (s) => [
                date(s.date),
                text(s.area),
                s.contactId
                  ? text(pseudonymousRef('contact', s.contactId))
                  : s.professionalName
                    ? term('values.namedNotShown', '')
                    : NONE,
                text(s.notes),
                hours(s.hours),
              ],
            )
          : table(
              [
                { label: 'columns.date' },
                { label: 'columns.area' },
                { label: 'columns.mentor' },
                { label: 'columns.hours', numeric: true },
              ],
              ownShadowing(input),
              (s) => [date(s.date), text(s.area), text(pseudonymousRef('mentor', s.mentorId)), hours(s.hours)],
            ),
        kind === 'mentor' ? 'notes.shadowingMentor' : 'notes.shadowingContact',
      ),
    );

  sections.push(
    section(
      'sessions',
      table(
        [
          { label: 'columns.date' },
          { label: 'columns.time' },
          { label: 'columns.session' },
          { label: 'columns.kind' },
          { label: 'columns.role' },
        ],
        sessionViews(input).map((v) => ({ ...v, deletedAt: v.session.deletedAt })),
        ({ session: s, roles }) => [
          date(s.date),
          text(`${s.startTime}–${s.endTime}`),
          text(s.title),
          list([term(`print:kind.${s.kind}`, s.kind), term(`print:subKind.${s.subKind}`, s.subKind)]),
          list(roles.map((r) => term(`values.role.${r}`, r))),
        ],
      ),
      'notes.sessions',
    ),
  );

  if (kind === 'mentor' || kind === 'mentee') {
    const mentee = kind === 'mentee';
    sections.push(
      section(
        'pairings',
        ownPairings(input).map((p): DocBlock => ({
          kind: 'fields',
          fields: [
            { label: mentee ? 'fields.mentorRef' : 'fields.menteeCode', value: party(pairingParty(input, p)) },
            { label: 'fields.programme', value: text(programmeName(p.programmeId)) },
            { label: 'fields.status', value: term(`pairings:status.${p.status}`, p.status) },
            { label: 'fields.startDate', value: date(p.startDate) },
            { label: 'fields.plannedEndDate', value: date(p.plannedEndDate) },
            {
              label: 'fields.history',
              value: list(
                p.statusHistory.map((h) => ({
                  t: 'dated',
                  date: h.date,
                  value: term(`pairings:status.${h.status}`, h.status),
                  note: mentee ? h.note : '',
                })),
              ),
            },
            ...(p.closure
              ? [
                  { label: 'fields.closedOn', value: date(p.closure.date) },
                  {
                    label: 'fields.closureReason',
                    value: term(`pairings:close.reasons.${p.closure.reason}`, p.closure.reason),
                  },
                  ...(mentee ? [{ label: 'fields.closureRemarks', value: text(p.closure.reasonText) }] : []),
                ]
              : []),
            ...(mentee
              ? [
                  { label: 'fields.pairingGoals', value: list(p.goals.map((g) => text(g.text))) },
                  { label: 'fields.notes', value: text(p.notes) },
                ]
              : [
                  {
                    label: 'fields.overrides',
                    value: list(
                      p.overrides.map((o) => ({
                        t: 'dated',
                        date: o.at.slice(0, 10),
                        value: term(`overrides.${o.kind}`, o.kind),
                        note: o.reason,
                      })),
                    ),
                  },
                ]),
            ...recordMeta(p),
          ],
        })),
        mentee ? 'notes.pairingsMentee' : 'notes.pairingsMentor',
      ),
      section(
        'contactLogs',
        table(
          [
            { label: 'columns.date' },
            { label: mentee ? 'columns.mentorRef' : 'columns.menteeCode' },
            { label: 'columns.contactKind' },
            { label: 'columns.crisis' },
            ...(mentee ? [{ label: 'columns.notes' }] : []),
            { label: 'columns.minutes', numeric: true },
          ],
          ownContactLogs(input),
          (l) => [
            date(l.date),
            party(pairingParty(input, l)),
            term(`pairings:contacts.kind.${l.kind}`, l.kind),
            yesNo(l.crisis),
            ...(mentee ? [text(l.notes)] : []),
            num(l.durationMinutes),
          ],
        ),
      ),
      section(
        'checkIns',
        table(
          [
            { label: 'columns.date' },
            { label: mentee ? 'columns.mentorRef' : 'columns.menteeCode' },
            { label: 'columns.source' },
            { label: 'columns.goodFit' },
            { label: 'columns.note' },
            { label: 'columns.score', numeric: true },
          ],
          ownCheckIns(input),
          (c) => [
            date(c.date),
            party(pairingParty(input, c)),
            term(`checkins:source.${c.source}`, c.source),
            c.goodFit ? term(`values.goodFit.${c.goodFit}`, c.goodFit) : NONE,
            text(c.note),
            num(checkInScore(c), 2),
          ],
        ),
        'notes.checkIns',
      ),
    );
  }

  if (input.kind === 'mentor')
    sections.push(
      section(
        'wellbeing',
        table(
          [
            { label: 'columns.date' },
            { label: 'columns.source' },
            { label: 'columns.note' },
            { label: 'columns.score', numeric: true },
          ],
          ownWellbeing(input),
          (w) => [date(w.date), term(`care:source.${w.source}`, w.source), text(w.note), num(wellbeingScore(w), 2)],
        ),
        'notes.wellbeing',
      ),
      section(
        'careNotes',
        table(
          [{ label: 'columns.date' }, { label: 'columns.reason' }, { label: 'columns.note' }],
          ownCareAcks(input),
          (a) => [date(a.date), list(a.cleared.map((c) => term(`care:reason.${c.kind}`, c.kind))), text(a.note)],
        ),
      ),
    );

  sections.push(
    section(
      'retention',
      table(
        [{ label: 'columns.decidedOn' }, { label: 'columns.keepUntil' }, { label: 'columns.reason' }],
        [...input.retention].sort(byDate((r) => r.decidedOn)),
        (r) => [date(r.decidedOn), date(r.keepUntil), text(r.reason)],
      ),
    ),
    section(
      'auditLog',
      table(
        [
          { label: 'columns.when' },
          { label: 'columns.action' },
          { label: 'columns.pc' },
          { label: 'columns.count', numeric: true },
        ],
        [...input.audit].sort(byDate((a) => a.at)),
        (a) => [dateTime(a.at), term(`audit.${a.action}`, a.action), text(a.pc.slice(0, 8)), num(a.count)],
      ),
      'notes.auditLog',
    ),
  );

  const p = input.person;
  return {
    subject: { kind, id: p.id },
    name: {
      code: input.kind === 'mentee' ? input.person.code : null,
      givenName: p.givenName,
      familyName: p.familyName,
    },
    sections,
  };
};

/** Every i18n key a document uses (labels, titles, notes, terms), for the translation tests. */
export const documentKeys = (doc: SubjectAccessDocument): string[] => {
  const keys = new Set<string>();
  const visit = (v: DocValue) => {
    if (v.t === 'term') keys.add(v.key);
    else if (v.t === 'list') v.items.forEach(visit);
    else if (v.t === 'dated') visit(v.value);
  };
  for (const s of doc.sections) {
    keys.add(s.title);
    if (s.note) keys.add(s.note);
    for (const b of s.blocks)
      if (b.kind === 'fields')
        for (const f of b.fields) {
          keys.add(f.label);
          visit(f.value);
        }
      else {
        b.columns.forEach((c) => keys.add(c.label));
        b.rows.flat().forEach(visit);
      }
  }
  return [...keys];
};
