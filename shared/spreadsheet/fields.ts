import type { Contact } from '../domain/contact';
import type { Mentee } from '../domain/mentee';
import type { Mentor } from '../domain/mentor';
import { enumLabel } from './labels';
import {
  ATTENDANCE_FIELDS,
  CONTACT_FIELDS,
  MENTEE_FIELDS,
  MENTOR_FIELDS,
  type Cell,
  type FieldKey,
  type FieldKeyOf,
  type ImportKind,
  type ProgrammeRef,
  type ValueTarget,
} from './types';
import type { Language } from '../domain/base';

/**
 * The field catalogue: the one list of the columns of each kind that the import reads, the
 * templates offer and the list exports write, so an exported list re-imports field by field.
 *
 * A field's value has a canonical form (`FieldValue`: ISO dates, enum codes, programme ids) that
 * `recordValues` takes from a stored record; `toCell` writes it as a coordinator reads it (labels
 * in the chosen language, programme names, real dates in XLSX) and the import reads that back.
 */

/** How a value is written in a cell, and read back. */
export const VALUE_KINDS = [
  'text',
  'email',
  'phone',
  'year',
  'integer',
  'number',
  'date',
  'time',
  'boolean',
  'enum',
  'enumList',
  'programme',
  'programmeList',
  'menteeCode',
  'fullName',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export type FieldValue = string | number | boolean | string[] | null;

export type FieldDef<K extends ImportKind = ImportKind> = {
  key: FieldKeyOf[K];
  /** The column's header (namespaced i18n key): templates and exports write it, the guess reads it. */
  labelKey: string;
  /** How the value is written (namespaced i18n key of its description, for a template's notes). */
  value: ValueKind;
  valueKey: string;
  /** Enum-like values: which words it is matched against. */
  target: ValueTarget | null;
  /** A new record cannot be made without it (the notes sheet says so; the schema decides). */
  required: boolean;
  /** False: only exported (a mentee's status is the pairings' business). */
  importable: boolean;
  /** False: only read (a single name column is split into the two name fields). */
  exportable: boolean;
};

type Spec = Partial<Pick<FieldDef, 'target' | 'required' | 'importable' | 'exportable'>> & { value: ValueKind };

const make = <K extends ImportKind>(
  specs: Record<FieldKeyOf[K], Spec>,
  order: readonly FieldKeyOf[K][],
): FieldDef<K>[] =>
  order.map((key) => {
    const s = specs[key];
    return {
      key,
      labelKey: `spreadsheetImport:fields.${key}`,
      value: s.value,
      valueKey: `spreadsheetImport:valueKinds.${s.value}`,
      target: s.target ?? null,
      required: s.required ?? false,
      importable: s.importable ?? true,
      exportable: s.exportable ?? true,
    };
  });

const fullName: Spec = { value: 'fullName', exportable: false };

const MENTOR_SPECS: Record<FieldKeyOf['mentors'], Spec> = {
  fullName,
  familyName: { value: 'text', required: true },
  givenName: { value: 'text', required: true },
  email: { value: 'email' },
  phone: { value: 'phone' },
  gender: { value: 'enum', target: 'gender' },
  birthYear: { value: 'year' },
  languages: { value: 'enumList', target: 'spokenLanguage' },
  livedExperience: { value: 'enumList', target: 'livedExperience' },
  programmes: { value: 'programmeList', target: 'programme' },
  capacity: { value: 'integer' },
  availability: { value: 'text' },
  status: { value: 'enum', target: 'mentorStatus' },
  joinedOn: { value: 'date' },
  exitDate: { value: 'date' },
  exitReason: { value: 'text' },
  preferredLanguage: { value: 'enum', target: 'uiLanguage' },
  interviewDate: { value: 'date' },
  referencesDate: { value: 'date' },
  criminalRecordDate: { value: 'date' },
  criminalRecordExpires: { value: 'date' },
  volunteerAgreementDate: { value: 'date' },
  volunteerAgreementExpires: { value: 'date' },
  confidentialityAgreementDate: { value: 'date' },
  notes: { value: 'text' },
};

const MENTEE_SPECS: Record<FieldKeyOf['mentees'], Spec> = {
  code: { value: 'menteeCode' },
  programme: { value: 'programme', target: 'programme', required: true },
  fullName,
  familyName: { value: 'text' },
  givenName: { value: 'text' },
  transition: { value: 'enum', target: 'transition', required: true },
  status: { value: 'enum', target: 'menteeStatus' },
  referredOn: { value: 'date' },
  referralSource: { value: 'text' },
  birthYear: { value: 'year' },
  languages: { value: 'enumList', target: 'spokenLanguage' },
  livedExperience: { value: 'enumList', target: 'livedExperience' },
  preferredMentorGender: { value: 'enum', target: 'mentorGenderPreference' },
  needs: { value: 'text' },
  goals: { value: 'text' },
  consentGiven: { value: 'boolean', target: 'boolean' },
  closedOn: { value: 'date' },
  notes: { value: 'text' },
};

const CONTACT_SPECS: Record<FieldKeyOf['contacts'], Spec> = {
  fullName,
  familyName: { value: 'text', required: true },
  givenName: { value: 'text', required: true },
  organisation: { value: 'text' },
  role: { value: 'text' },
  phone: { value: 'phone' },
  email: { value: 'email' },
  notes: { value: 'text' },
};

const ATTENDANCE_SPECS: Record<FieldKeyOf['attendance'], Spec> = {
  sessionDate: { value: 'date', required: true },
  sessionTitle: { value: 'text' },
  sessionKind: { value: 'enum', target: 'sessionKind' },
  sessionSubKind: { value: 'enum', target: 'subKind' },
  startTime: { value: 'time' },
  endTime: { value: 'time' },
  programme: { value: 'programme', target: 'programme' },
  personType: { value: 'enum', target: 'personType' },
  fullName: { value: 'fullName' },
  familyName: { value: 'text' },
  givenName: { value: 'text' },
  email: { value: 'email' },
  menteeCode: { value: 'menteeCode' },
  attendanceStatus: { value: 'enum', target: 'attendanceStatus' },
  hours: { value: 'number' },
};

export const FIELDS: { [K in ImportKind]: FieldDef<K>[] } = {
  mentors: make<'mentors'>(MENTOR_SPECS, MENTOR_FIELDS),
  mentees: make<'mentees'>(MENTEE_SPECS, MENTEE_FIELDS),
  contacts: make<'contacts'>(CONTACT_SPECS, CONTACT_FIELDS),
  attendance: make<'attendance'>(ATTENDANCE_SPECS, ATTENDANCE_FIELDS),
};

export const fieldsOf = <K extends ImportKind>(kind: K): FieldDef<K>[] => FIELDS[kind];

export const fieldDef = (kind: ImportKind, key: FieldKey): FieldDef | undefined =>
  (FIELDS[kind] as FieldDef[]).find((f) => f.key === key);

/** The columns an export (and a template) writes, in order. */
export const exportFieldsOf = <K extends ImportKind>(kind: K): FieldDef<K>[] =>
  FIELDS[kind].filter((f) => f.exportable);

// ——— From records ———

type ScreeningDates = Mentor['screening'];
const screeningValues = (s: ScreeningDates) => ({
  interviewDate: s.interview.date,
  referencesDate: s.references.date,
  criminalRecordDate: s.criminalRecord.date,
  criminalRecordExpires: s.criminalRecord.expiresOn,
  volunteerAgreementDate: s.volunteerAgreement.date,
  volunteerAgreementExpires: s.volunteerAgreement.expiresOn,
  confidentialityAgreementDate: s.confidentialityAgreement.date,
});

export const mentorValues = (m: Mentor): Record<FieldKeyOf['mentors'], FieldValue> => ({
  fullName: null,
  familyName: m.familyName,
  givenName: m.givenName,
  email: m.email,
  phone: m.phone,
  gender: m.gender,
  birthYear: m.birthYear,
  languages: [...m.languages],
  livedExperience: [...m.livedExperience],
  programmes: [...m.programmeIds],
  capacity: m.capacity,
  availability: m.availability,
  status: m.status,
  joinedOn: m.statusHistory[0]?.date ?? null,
  exitDate: m.exitDate,
  exitReason: m.exitReason,
  preferredLanguage: m.preferredLanguage,
  ...screeningValues(m.screening),
  notes: m.notes,
});

export const menteeValues = (m: Mentee): Record<FieldKeyOf['mentees'], FieldValue> => ({
  code: m.code,
  programme: m.programmeId,
  fullName: null,
  familyName: m.familyName,
  givenName: m.givenName,
  transition: m.transition,
  status: m.status,
  referredOn: m.referredOn,
  referralSource: m.referralSource,
  birthYear: m.birthYear,
  languages: [...m.languages],
  livedExperience: [...m.livedExperience],
  preferredMentorGender: m.preferredMentorGender,
  needs: m.needs,
  goals: m.goals,
  consentGiven: m.consentGiven,
  closedOn: m.closedOn,
  notes: m.notes,
});

export const contactValues = (c: Contact): Record<FieldKeyOf['contacts'], FieldValue> => ({
  fullName: null,
  familyName: c.familyName,
  givenName: c.givenName,
  organisation: c.organisation,
  role: c.role,
  phone: c.phone,
  email: c.email,
  notes: c.notes,
});

// ——— To cells ———

export type CellContext = {
  /** The language of labels (statuses, languages, yes/no…). */
  language: Language;
  /** Programme names by id. */
  programmes: readonly Pick<ProgrammeRef, 'id' | 'name'>[];
  /** XLSX cells hold real dates and numbers; CSV cells hold text (dates as `YYYY-MM-DD`, which Excel reads in every locale). */
  format: 'xlsx' | 'csv';
};

/** Separates the items of a list in one cell ("Hungarian, English"); the import also splits on `;` and line breaks. */
export const LIST_SEPARATOR = ', ';

/** A calendar date `YYYY-MM-DD` as the UTC-midnight Date exceljs writes as that day. */
export const isoToDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const programmeName = (id: string, ctx: CellContext): string => ctx.programmes.find((p) => p.id === id)?.name ?? id;

/** One value as a cell of an export or a template. Empty values give an empty cell. */
export const toCell = (def: Pick<FieldDef, 'value' | 'target'>, value: FieldValue, ctx: CellContext): Cell => {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  const items = Array.isArray(value) ? value : [String(value)];
  switch (def.value) {
    case 'date':
      return ctx.format === 'xlsx' ? isoToDate(String(value)) : String(value);
    case 'year':
    case 'integer':
    case 'number':
      return typeof value === 'number' ? (ctx.format === 'xlsx' ? value : String(value)) : String(value);
    case 'boolean':
      return enumLabel('boolean', String(value === true), ctx.language);
    case 'enum':
    case 'enumList':
      return items.map((v) => (def.target ? enumLabel(def.target, v, ctx.language) : v)).join(LIST_SEPARATOR);
    case 'programme':
    case 'programmeList':
      return items.map((id) => programmeName(id, ctx)).join(LIST_SEPARATOR);
    default:
      return items.join(LIST_SEPARATOR);
  }
};

/** A record's exportable fields as one row of cells, in `exportFieldsOf(kind)` order. */
export const recordToCells = <K extends 'mentors' | 'mentees' | 'contacts'>(
  kind: K,
  values: Record<FieldKeyOf[K], FieldValue>,
  ctx: CellContext,
  fields: readonly FieldDef<K>[] = exportFieldsOf(kind),
): Cell[] => fields.map((f) => toCell(f, values[f.key], ctx));
