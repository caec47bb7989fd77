/**
 * The API of the spreadsheet import (issue 16): everything between a file's bytes and the records
 * written. Pure types; the functions live beside this file (shared/spreadsheet/*) and, for the
 * page, behind the import worker (renderer/features/spreadsheets/importWorkerClient.ts).
 *
 * USAGE (the wizard) — usable end to end:
 *
 *   // 1. Read the file in the worker (the sheet stays there; the page gets a summary + sample).
 *   const session = await openSpreadsheet({ bytes, fileName }, {}, onProgress);   // importWorkerClient
 *   session.sheet            // SheetSummary: sheets, headers, sample rows, detected encoding/separator
 *   await session.reread({ sheet: 'Lap2' } | { encoding: 'windows-1250' } | { separator: ';' }, onProgress);
 *
 *   // 2. Mapping: the one remembered for a file of the same shape, or a guess from the headers.
 *   const remembered = await loadRememberedMapping(kind, sheet.headers);                // importRepo
 *   const guess = guessMapping(kind, sheet.headers, remembered, sheet.sample, nameOrder); // mapping.ts
 *   // guess.mapping: (FieldKey | null)[], one per column. The select's options: fieldsOf(kind)
 *   // .filter((f) => f.importable), label t(f.labelKey); a field belongs to one column only.
 *
 *   // 3. Values Tandem does not understand ("valami", "Ifjúsági program", …).
 *   const questions = await session.questions(kind, mapping, { language, nameOrder }, answers);
 *   // answers[q.key] = { kind: 'value', value } | { kind: 'createProgramme', name, codePrefix } | { kind: 'ignore' }
 *   // q.suggestion is a ready-made answer (or null); q.options the values it can take; their
 *   // labels: t(valueLabelKey(q.target, value)) (labels.ts), or the programme's name for 'programme'.
 *
 *   // 4. Preview (the worker reads the existing records itself, once per file and kind).
 *   const preview = await session.preview(kind, mapping, answers, { language, nameOrder }, onProgress);
 *   // preview.rows: 'new' / 'duplicate' (row.duplicate.choices: skip | update | add) / 'error'
 *   // (row.errors: the cell and t(messageKey, params)); row.notes: t(messageKey, params).
 *   // countsAfter(preview, decisions) (preview.ts) gives the figures of the "Import" button.
 *
 *   // 5. Write: one transaction, undo snapshot, audit entry; the mapping is remembered.
 *   const result = await session.commit(decisions);   // Decisions: { [row]: 'skip' | 'update' | 'add' }
 *   session.close();
 *   // Undo: the backup feature's undoLastImport() puts the data back.
 *
 * Errors: `openSpreadsheet`, `reread` and `commit` reject with a SpreadsheetError (errors.ts):
 * `t(error.messageKey, error.params)`; anything else (UnexpectedImportFailure) is unexpected. Every
 * `messageKey` in these types is namespaced ("spreadsheetImport:…", "common:validation.…") and
 * goes straight into `t`.
 */
import type { Language } from '../domain/base';
import type { MentorInputParsed, MentorStatus } from '../domain/mentor';
import type { MenteeInputParsed } from '../domain/mentee';
import type { ContactInput } from '../domain/contact';
import type { AttendanceStatus, SessionKind, SubKind } from '../domain/session';

export const IMPORT_KINDS = ['mentors', 'mentees', 'contacts', 'attendance'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** `utf-16le`: what Excel saves as "Unicode Text" (tab-separated, with a byte-order mark). */
export const CSV_ENCODINGS = ['utf-8', 'windows-1250', 'windows-1252', 'iso-8859-15', 'utf-16le'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** One cell as read: text (trimmed), a number, a boolean, a date (UTC midnight for a calendar date), or empty. */
export type Cell = string | number | boolean | Date | null;

/** The largest file read (bytes); larger ones are refused with `tooLarge`. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadOptions = {
  /** CSV: read in this encoding instead of the detected one. */
  encoding?: CsvEncoding;
  /** CSV: split on this instead of the detected separator. */
  separator?: CsvSeparator;
  /** XLSX: this worksheet instead of the first one with data. */
  sheet?: string;
};

export type ReadProgress = { phase: 'read' | 'parse' | 'check' | 'write'; fraction: number };

export type SheetRead = {
  format: 'xlsx' | 'csv';
  /** XLSX: the names of the worksheets; CSV: one name (the file's). */
  sheets: string[];
  sheet: string;
  /** CSV: the encoding used (detected or chosen); null for XLSX. */
  encoding: CsvEncoding | null;
  /** CSV: the separator used; null for XLSX. */
  separator: CsvSeparator | null;
  /** The header's row number as the coordinator sees it in Excel (1-based); title rows above it are skipped. */
  headerRow: number;
  /** One per column, trimmed ('' for a column without a header); trailing empty columns are dropped. */
  headers: string[];
  /** The data rows below the header, each `headers.length` long; empty rows are dropped. */
  rows: Cell[][];
  /** The sheet's row number (1-based) of each of `rows`. */
  rowNumbers: number[];
};

/** What the page gets of a sheet read in the worker: everything but the rows, and a sample of them. */
export type SheetSummary = Omit<SheetRead, 'rows' | 'rowNumbers'> & {
  rowCount: number;
  /** The first rows (up to SAMPLE_ROWS), for the mapping step. */
  sample: Cell[][];
  sampleRowNumbers: number[];
};
export const SAMPLE_ROWS = 20;

export const SPREADSHEET_ERROR_KINDS = [
  /** Not an XLSX or CSV file (an image, a Word document, a PDF…). */
  'notSpreadsheet',
  /** An old Excel .xls or an OpenDocument .ods: save it as .xlsx first. */
  'unsupportedFormat',
  /** A password-protected workbook. */
  'encrypted',
  /** An XLSX file that cannot be opened (damaged, cut short). */
  'corrupt',
  /** No rows with data (or no sheet with any). */
  'empty',
  /** Larger than MAX_FILE_BYTES. */
  'tooLarge',
  /** The sheet asked for is not in the workbook. */
  'sheetNotFound',
  // Refusals of the import itself (nothing is written):
  /** A programme to create has a code prefix another programme has. */
  'prefixTaken',
  /** A programme to create has a code prefix that is not 1–5 capital letters. */
  'invalidPrefix',
  /** A record to update was deleted since the preview. */
  'recordGone',
  /** The database is read-only (a newer Tandem wrote it). */
  'readOnly',
] as const;
export type SpreadsheetErrorKind = (typeof SPREADSHEET_ERROR_KINDS)[number];
export type SpreadsheetErrorData = {
  kind: SpreadsheetErrorKind;
  messageKey: string;
  params?: Record<string, string | number>;
};

// ——— Fields (the catalogue is shared/spreadsheet/fields.ts) ———

export const MENTOR_FIELDS = [
  'fullName',
  'familyName',
  'givenName',
  'email',
  'phone',
  'gender',
  'birthYear',
  'languages',
  'livedExperience',
  'programmes',
  'capacity',
  'availability',
  'status',
  'joinedOn',
  'exitDate',
  'exitReason',
  'preferredLanguage',
  'interviewDate',
  'referencesDate',
  'criminalRecordDate',
  'criminalRecordExpires',
  'volunteerAgreementDate',
  'volunteerAgreementExpires',
  'confidentialityAgreementDate',
  'notes',
] as const;
export type MentorField = (typeof MENTOR_FIELDS)[number];

export const MENTEE_FIELDS = [
  'code',
  'programme',
  'fullName',
  'familyName',
  'givenName',
  'transition',
  'status',
  'referredOn',
  'referralSource',
  'birthYear',
  'languages',
  'livedExperience',
  'preferredMentorGender',
  'needs',
  'goals',
  'consentGiven',
  'closedOn',
  'notes',
] as const;
export type MenteeField = (typeof MENTEE_FIELDS)[number];

export const CONTACT_FIELDS = [
  'fullName',
  'familyName',
  'givenName',
  'organisation',
  'role',
  'phone',
  'email',
  'notes',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export const ATTENDANCE_FIELDS = [
  'sessionDate',
  'sessionTitle',
  'sessionKind',
  'sessionSubKind',
  'startTime',
  'endTime',
  'programme',
  'personType',
  'fullName',
  'familyName',
  'givenName',
  'email',
  'menteeCode',
  'attendanceStatus',
  'hours',
] as const;
export type AttendanceField = (typeof ATTENDANCE_FIELDS)[number];

export type FieldKeyOf = {
  mentors: MentorField;
  mentees: MenteeField;
  contacts: ContactField;
  attendance: AttendanceField;
};
export type FieldKey = MentorField | MenteeField | ContactField | AttendanceField;

/** One entry per column of the sheet: the field it holds, or null (not imported). */
export type ColumnMapping = (FieldKey | null)[];

export type MappingGuess = {
  mapping: ColumnMapping;
  /** Where the mapping came from: remembered for this shape of file, or guessed from the headers. */
  source: 'remembered' | 'guessed';
  /** The key the mapping is remembered under ("the next file of the same shape"). */
  shapeKey: string;
};

// ——— Values ———

/** The kinds of values a file writes as words, matched by name in any of the languages. */
export const VALUE_TARGETS = [
  'mentorStatus',
  'menteeStatus',
  'gender',
  'spokenLanguage',
  'livedExperience',
  'programme',
  'transition',
  'mentorGenderPreference',
  'uiLanguage',
  'boolean',
  'attendanceStatus',
  'sessionKind',
  'subKind',
  'personType',
] as const;
export type ValueTarget = (typeof VALUE_TARGETS)[number];

/** How a value Tandem did not understand is to be read. */
export type ValueAnswer =
  | { kind: 'value'; value: string }
  /** Only for `programme`: a new programme made in the import's transaction. */
  | { kind: 'createProgramme'; name: string; codePrefix: string }
  /** The cell is read as empty (a required field then reports it). */
  | { kind: 'ignore' };
/** Keyed by ValueQuestion.key. */
export type ValueAnswers = Record<string, ValueAnswer>;

export type ValueQuestion = {
  /** Stable for the same value of the same target: `${target}:${normalised text}`. */
  key: string;
  target: ValueTarget;
  /** The fields (columns) it was found in. */
  fields: FieldKey[];
  /** The text as first written in the file. */
  raw: string;
  /** How many cells hold it, and the first few rows (sheet row numbers). */
  count: number;
  rows: number[];
  /** Tandem's best guess, or null. */
  suggestion: ValueAnswer | null;
  /** The values it can be answered with (programme ids for `programme`). */
  options: readonly string[];
};

// ——— Preview ———

export type NameOrder = 'familyFirst' | 'givenFirst';

/** What the wizard passes: the language of the file (or of the UI), and how single name columns read. */
export type ImportOptions = {
  /** The file's / UI's language: name order, and which labels win when a word means two things. */
  language: Language;
  /** Default: family first in Hungarian, given first otherwise ("Family, Given" with a comma always). */
  nameOrder?: NameOrder;
  /** `YYYY-MM-DD`, default today: the date of statuses and referrals the file does not date. */
  today?: string;
};

export type ProgrammeRef = { id: string; name: string; codePrefix: string; active: boolean };

/** ImportOptions completed with what the database knows (the worker fills it in). */
export type ImportContext = Required<Omit<ImportOptions, 'nameOrder'>> & {
  nameOrder: NameOrder;
  programmes: ProgrammeRef[];
};

/** The fields of existing people the duplicate rules look at (importRepo.loadExistingIndex). */
export type ExistingPerson = {
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  birthYear: number | null;
  /** Contacts: their organisation (a same-name contact elsewhere is someone else). */
  organisation?: string;
};
export type ExistingMentee = ExistingPerson & { code: string; formerCodes: string[]; programmeId: string };
export type ExistingSession = {
  id: string;
  date: string;
  title: string;
  kind: SessionKind;
  startTime: string;
  endTime: string;
};
export type ExistingAttendance = { id: string; sessionId: string; personId: string | null; walkInName: string };
export type ExistingIndex = {
  mentors: ExistingPerson[];
  mentees: ExistingMentee[];
  contacts: ExistingPerson[];
  /** Attendance imports only: sessions on the file's dates and their attendance. */
  sessions: ExistingSession[];
  attendance: ExistingAttendance[];
};

export type ImportedMentor = {
  input: MentorInputParsed;
  status: MentorStatus;
  /** The date of the first status (the mentor joined); defaults to today. */
  joinedOn: string;
  exitDate: string | null;
  exitReason: string;
};
export type ImportedMentee = {
  input: MenteeInputParsed;
  /** The file's code when it is free; null: the programme gives the next one. */
  code: string | null;
  status: 'waiting' | 'closed';
  closedOn: string | null;
};
export type ImportedContact = { input: Required<ContactInput> };
export type ImportedPersonRef =
  | { kind: 'mentor' | 'mentee' | 'contact'; id: string; matchedBy: 'email' | 'code' | 'name' | 'phone'; label: string }
  /** Someone not found among the people: recorded by name. */
  | { kind: 'walkIn'; id: null; matchedBy: null; label: string };
export type ImportedAttendance = {
  /** PreviewSession.key of the session the row belongs to. */
  sessionKey: string;
  person: ImportedPersonRef;
  status: AttendanceStatus;
  hours: number;
};
export type ImportedRecord =
  | ({ kind: 'mentors' } & ImportedMentor)
  | ({ kind: 'mentees' } & ImportedMentee)
  | ({ kind: 'contacts' } & ImportedContact)
  | ({ kind: 'attendance' } & ImportedAttendance);

export type CellError = {
  /** 0-based column of the sheet (null when the row as a whole is wrong). */
  column: number | null;
  header: string;
  field: FieldKey | null;
  /** The cell as written in the file (for showing beside the reason). */
  value: string;
  messageKey: string;
  params?: Record<string, string | number>;
};

/** `name`: contacts, which have no year of birth: the same name at the same (or no) organisation. */
export type DuplicateReason = 'email' | 'phone' | 'nameYear' | 'name' | 'code' | 'attendance';
export type DuplicateDecision = 'skip' | 'update' | 'add';
export type DuplicateInfo = {
  reason: DuplicateReason;
  /** The existing record it matches… */
  existingId?: string;
  /** …or the earlier row of the same file. */
  fileRow?: number;
  /** Who it matches, to show: a name, or a mentee's code. */
  label: string;
  /** What may be chosen (attendance: never `add`; a row matching an earlier row: never `update`). */
  choices: DuplicateDecision[];
  messageKey: string;
};
/** Something the coordinator should know about a row that is fine (walk-in, a code taken, a new programme). */
export type RowNote = { messageKey: string; params?: Record<string, string | number> };

export type RowOutcome = 'new' | 'update' | 'duplicate' | 'error';
export type PreviewRow = {
  /** The sheet row number as the coordinator sees it. */
  row: number;
  outcome: 'new' | 'duplicate' | 'error';
  record?: ImportedRecord;
  errors: CellError[];
  notes: RowNote[];
  duplicate?: DuplicateInfo;
};

/** Attendance: the sessions the rows make (grouped by date, title and kind) or attach to. */
export type PreviewSession = {
  key: string;
  date: string;
  title: string;
  kind: SessionKind;
  subKind: SubKind;
  startTime: string;
  endTime: string;
  programmeId: string | null;
  /** An existing session of the same date, title and kind, which the rows are added to. */
  existingId: string | null;
  rows: number;
};

export type NewProgramme = { id: string; name: string; codePrefix: string };

export type ImportPreview = {
  kind: ImportKind;
  rows: PreviewRow[];
  counts: { total: number; new: number; duplicate: number; error: number };
  /** The mapping the preview was made with (remembered for the file's shape when imported). */
  mapping?: ColumnMapping;
  /** The fields the file provides: an update writes only these. */
  mappedFields: FieldKey[];
  sessions: PreviewSession[];
  newProgrammes: NewProgramme[];
  shapeKey: string;
};

/** Row number → what to do with a duplicate; a duplicate without a decision is skipped. */
export type Decisions = Record<number, DuplicateDecision>;

export type ImportCounts = { new: number; update: number; add: number; skip: number; error: number };

export type ImportResult = {
  kind: ImportKind;
  added: number;
  updated: number;
  skipped: number;
  programmesCreated: number;
  sessionsCreated: number;
  /** The undo snapshot (undoLastImport restores it). */
  snapshotId: string;
};
