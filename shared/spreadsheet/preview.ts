import type { ZodError } from 'zod';
import type { Language } from '../domain/base';
import { ContactInputSchema } from '../domain/contact';
import { MENTEE_CODE_PATTERN, MenteeInputSchema } from '../domain/mentee';
import { MentorInputSchema, SCREENING_ITEMS, type MentorStatus } from '../domain/mentor';
import { formatPersonName } from '../domain/names';
import {
  AttendanceInputSchema,
  SUB_KINDS,
  SessionInputSchema,
  type SessionKind,
  type SubKind,
} from '../domain/session';
import { fieldDef, fieldsOf, type FieldDef, type FieldValue } from './fields';
import { enumLabel, matchWord, normaliseWord, targetValues } from './labels';
import type {
  Cell,
  CellError,
  ColumnMapping,
  Decisions,
  DuplicateInfo,
  DuplicateReason,
  ExistingIndex,
  ExistingMentee,
  ExistingPerson,
  FieldKey,
  ImportContext,
  ImportCounts,
  ImportKind,
  ImportPreview,
  ImportedAttendance,
  ImportedPersonRef,
  ImportedRecord,
  NewProgramme,
  PreviewRow,
  PreviewSession,
  ReadProgress,
  RowNote,
  SheetRead,
  ValueAnswers,
  ValueTarget,
} from './types';
import {
  cellText,
  cleanEmail,
  cleanPhone,
  emailKey,
  nameKey,
  parseDate,
  parseNumber,
  parseTime,
  parseYear,
  phoneKey,
  splitList,
  splitName,
} from './values';
import { shapeKey } from './mapping';

/**
 * The preview: every row of the sheet read through the mapping and the answers, validated by
 * the same zod schemas as the forms, and checked for duplicates inside the file and against
 * the existing records. Pure: the worker runs it, the tests call it.
 */

// ——— Reading cells ———

export const answerKey = (target: ValueTarget, raw: string): string => `${target}:${normaliseWord(raw)}`;

type Unknown = { target: ValueTarget; raw: string; field: FieldKey; col: number };

type RowRead = {
  values: Partial<Record<FieldKey, FieldValue>>;
  /** Shared by every row read with the same mapping: not to be changed. */
  cols: Readonly<Partial<Record<FieldKey, number>>>;
  errors: CellError[];
  unknown: Unknown[];
  usedProgrammes: Set<string>;
};

type Resolved = { value: string } | { ignored: true } | { unknown: true };

/** Builds what reading one sheet needs, once: the answers resolved and the new programmes. */
export const makeReader = (kind: ImportKind, headers: readonly string[], ctx: ImportContext, answers: ValueAnswers) => {
  const created = new Map<string, NewProgramme>();
  const byName = new Map<string, NewProgramme>();
  for (const [key, a] of Object.entries(answers)) {
    if (a.kind !== 'createProgramme' || !key.startsWith('programme:')) continue;
    const name = a.name.trim();
    const n = normaliseWord(name);
    const prog = byName.get(n) ?? { id: crypto.randomUUID(), name, codePrefix: a.codePrefix.trim().toUpperCase() };
    byName.set(n, prog);
    created.set(key, prog);
  }

  // Programmes by their name and by their code prefix ("HF"), compared as words.
  const programmeByWord = new Map<string, string>();
  for (const p of ctx.programmes) programmeByWord.set(normaliseWord(p.name), p.id);
  for (const p of ctx.programmes)
    if (!programmeByWord.has(p.codePrefix.toLowerCase())) programmeByWord.set(p.codePrefix.toLowerCase(), p.id);

  const resolve = (target: ValueTarget, raw: string, used: Set<string>): Resolved => {
    if (target === 'programme') {
      const id = programmeByWord.get(normaliseWord(raw));
      if (id) return { value: id };
    } else {
      const v = matchWord(target, raw, ctx.language);
      if (v !== undefined) return { value: v };
    }
    const key = answerKey(target, raw);
    const a = answers[key];
    if (!a) return { unknown: true };
    if (a.kind === 'ignore') return { ignored: true };
    if (a.kind === 'createProgramme') {
      const p = created.get(key);
      if (!p) return { unknown: true };
      used.add(p.id);
      return { value: p.id };
    }
    const valid =
      target === 'programme' ? ctx.programmes.some((p) => p.id === a.value) : targetValues(target).includes(a.value);
    return valid ? { value: a.value } : { unknown: true };
  };

  /**
   * The words of a cell, read once per distinct text: a file repeats its statuses, languages and
   * programmes on every row, and matching a word (accents, case, every language) is the costly
   * part of reading a row.
   */
  type WordsRead = { value: FieldValue; unknown: string[]; used: string[] };
  const wordsCache = new Map<FieldDef, Map<string, WordsRead>>();
  const readWordsOnce = (def: FieldDef, text: string): WordsRead => {
    const target = def.target!;
    const list = def.value === 'enumList' || def.value === 'programmeList';
    const used = new Set<string>();
    const whole = resolve(target, text, used);
    const parts = list && 'unknown' in whole ? splitList(text) : [text];
    const values: string[] = [];
    const unknown: string[] = [];
    for (const part of parts) {
      const r = parts.length === 1 ? whole : resolve(target, part, used);
      if ('value' in r) {
        if (!values.includes(r.value)) values.push(r.value);
      } else if ('unknown' in r) unknown.push(part);
    }
    const single = values[0] ?? null;
    const value = list ? values : target === 'boolean' ? (single === null ? null : single === 'true') : single;
    return { value, unknown, used: [...used] };
  };
  const readWords = (def: FieldDef, text: string, col: number, out: RowRead): FieldValue => {
    let ofField = wordsCache.get(def);
    if (!ofField) wordsCache.set(def, (ofField = new Map()));
    let read = ofField.get(text);
    if (!read) {
      read = readWordsOnce(def, text);
      ofField.set(text, read);
    }
    for (const raw of read.unknown) out.unknown.push({ target: def.target!, raw, field: def.key, col });
    for (const id of read.used) out.usedProgrammes.add(id);
    return Array.isArray(read.value) ? [...read.value] : read.value;
  };

  const cellError = (
    col: number,
    field: FieldKey,
    cell: Cell,
    messageKey: string,
    params?: Record<string, string | number>,
  ): CellError => ({
    column: col,
    header: headers[col] ?? '',
    field,
    value: cellText(cell),
    messageKey,
    ...(params ? { params } : {}),
  });

  const readCell = (def: FieldDef, cell: Cell, col: number, out: RowRead): FieldValue | undefined => {
    const bad = (key: string) => {
      out.errors.push(cellError(col, def.key, cell, `spreadsheetImport:cellErrors.${key}`));
      return undefined;
    };
    switch (def.value) {
      case 'email':
        return cleanEmail(cell);
      case 'phone':
        return cleanPhone(cell);
      case 'year': {
        const y = parseYear(cell);
        return y === undefined ? bad('notAYear') : y;
      }
      case 'integer':
      case 'number': {
        const n = parseNumber(cell);
        return n === undefined ? bad('notANumber') : n;
      }
      case 'date': {
        const d = parseDate(cell);
        return d === undefined ? bad('notADate') : d;
      }
      case 'time': {
        const t = parseTime(cell);
        return t === undefined ? bad('notATime') : t;
      }
      case 'menteeCode': {
        const code = cellText(cell).toUpperCase().replace(/\s+/g, '');
        if (code === '') return null;
        return MENTEE_CODE_PATTERN.test(code) ? code : bad('badCode');
      }
      case 'boolean':
      case 'enum':
      case 'enumList':
      case 'programme':
      case 'programmeList': {
        if (typeof cell === 'boolean' && def.target === 'boolean') return cell;
        const text = cellText(cell);
        if (text === '') return def.value.endsWith('List') ? [] : null;
        return readWords(def, text, col, out);
      }
      default:
        return cellText(cell);
    }
  };

  const defs = mappingDefs(kind);
  // The mapped columns, worked out once per mapping (a field mapped twice: its first column).
  let columnsFor: ColumnMapping | null = null;
  let columns: { col: number; def: FieldDef }[] = [];
  // Which column each field is read from: the same for every row, so one object for all of them.
  let colsOfFields: RowRead['cols'] = {};
  const columnsOf = (mapping: ColumnMapping) => {
    if (mapping === columnsFor) return columns;
    const seen = new Set<FieldKey>();
    columns = [];
    const cols: Partial<Record<FieldKey, number>> = {};
    mapping.forEach((field, col) => {
      const def = field ? defs.get(field) : undefined;
      if (!def || seen.has(def.key)) return;
      seen.add(def.key);
      columns.push({ col, def });
      cols[def.key] = col;
    });
    colsOfFields = Object.freeze(cols);
    columnsFor = mapping;
    return columns;
  };
  const readRow = (row: readonly Cell[], mapping: ColumnMapping): RowRead => {
    const fields = columnsOf(mapping);
    const out: RowRead = { values: {}, cols: colsOfFields, errors: [], unknown: [], usedProgrammes: new Set() };
    for (const { col, def } of fields) {
      const v = readCell(def, row[col] ?? null, col, out);
      if (v !== undefined) out.values[def.key] = v;
    }
    return out;
  };

  // The columns whose values are words (statuses, languages, programmes…), once per mapping.
  let wordColumnsFor: ColumnMapping | null = null;
  let wordColumns: { col: number; def: FieldDef }[] = [];
  /**
   * The values of a row Tandem does not know (what the value questions ask about): only the
   * columns of words are read, as readRow reads them; the other columns have no unknown values.
   */
  const unknownOfRow = (row: readonly Cell[], mapping: ColumnMapping): Unknown[] => {
    if (mapping !== wordColumnsFor) {
      wordColumns = columnsOf(mapping).filter(({ def }) => WORD_VALUES.has(def.value));
      wordColumnsFor = mapping;
    }
    const out: RowRead = { values: {}, cols: {}, errors: [], unknown: [], usedProgrammes: new Set() };
    for (const { col, def } of wordColumns) readCell(def, row[col] ?? null, col, out);
    return out.unknown;
  };

  return { readRow, unknownOfRow, cellError, created: byName, resolve };
};

/** The kinds of value read as words: the only ones with values Tandem may not know. */
const WORD_VALUES = new Set<FieldDef['value']>(['boolean', 'enum', 'enumList', 'programme', 'programmeList']);

const defsCache = new Map<ImportKind, Map<FieldKey, FieldDef>>();
const mappingDefs = (kind: ImportKind): Map<FieldKey, FieldDef> => {
  let m = defsCache.get(kind);
  if (!m) {
    m = new Map((fieldsOf(kind) as FieldDef[]).filter((f) => f.importable).map((f) => [f.key, f]));
    defsCache.set(kind, m);
  }
  return m;
};

// ——— Values of a row ———

const str = (v: FieldValue | undefined): string => (typeof v === 'string' ? v : '');
const num = (v: FieldValue | undefined): number | null => (typeof v === 'number' ? v : null);
const list = (v: FieldValue | undefined): string[] => (Array.isArray(v) ? v : []);

/** The two name fields of a row: from their own columns, else split from one name column. */
const namesOf = (r: RowRead, ctx: ImportContext) => {
  const familyName = str(r.values.familyName);
  const givenName = str(r.values.givenName);
  const full = str(r.values.fullName);
  if (!familyName && !givenName && full) {
    const split = splitName(full, ctx.nameOrder);
    return { ...split, fromFull: true };
  }
  return { familyName, givenName, fromFull: false };
};

// ——— Zod issues as cell errors ———

type Issue = ZodError['issues'][number];

/** Messages a number's type error gives to every issue of its schema, bounds included. */
const GENERIC_NUMBER = new Set(['validation.number', 'validation.required']);

const issueMessage = (
  issue: Issue,
  input: unknown,
): { messageKey: string; params?: Record<string, string | number> } => {
  const bound = (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number';
  if (issue.message.startsWith('validation.') && !(bound && GENERIC_NUMBER.has(issue.message)))
    return { messageKey: `common:${issue.message}` };
  if (issue.code === 'too_big')
    return { messageKey: 'spreadsheetImport:cellErrors.tooBig', params: { maximum: Number(issue.maximum) } };
  if (issue.code === 'too_small')
    return { messageKey: 'spreadsheetImport:cellErrors.tooSmall', params: { minimum: Number(issue.minimum) } };
  if (input === undefined || input === null || input === '') return { messageKey: 'common:validation.required' };
  return { messageKey: 'spreadsheetImport:cellErrors.invalid' };
};

const valueAt = (obj: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (o, k) => (o && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined),
    obj,
  );

/** Which field (column) a schema path is about, per kind. */
const fieldOfPath = (
  schema: 'mentor' | 'mentee' | 'contact' | 'session' | 'attendance',
  path: readonly PropertyKey[],
): FieldKey | null => {
  const [first, second, third] = path.map(String);
  switch (schema) {
    case 'mentor':
      if (first === 'programmeIds') return 'programmes';
      if (first === 'screening' && second) return `${second}${third === 'expiresOn' ? 'Expires' : 'Date'}` as FieldKey;
      return (first ?? null) as FieldKey | null;
    case 'mentee':
      return first === 'programmeId' ? 'programme' : ((first ?? null) as FieldKey | null);
    case 'contact':
      return (first ?? null) as FieldKey | null;
    case 'session':
      return (
        (
          {
            title: 'sessionTitle',
            date: 'sessionDate',
            kind: 'sessionKind',
            subKind: 'sessionSubKind',
            startTime: 'startTime',
            endTime: 'endTime',
            programmeId: 'programme',
          } as Record<string, FieldKey>
        )[first ?? ''] ?? null
      );
    case 'attendance':
      return ({ status: 'attendanceStatus', hours: 'hours' } as Record<string, FieldKey>)[first ?? ''] ?? null;
  }
};

// ——— Duplicates ———

type PersonKeys = { email: string; phone: string; nameYear: string; name: string; code: string };

const keysOf = (
  p: {
    familyName: string;
    givenName: string;
    email?: string;
    phone?: string;
    birthYear?: number | null;
    organisation?: string;
  },
  code = '',
): PersonKeys => {
  const name = p.familyName || p.givenName ? nameKeySorted(p.familyName, p.givenName) : '';
  return {
    email: p.email ? emailKey(p.email) : '',
    phone: p.phone ? phoneKey(p.phone) : '',
    nameYear: name && p.birthYear ? `${name}|${p.birthYear}` : '',
    name: name ? `${name}|${normaliseWord(p.organisation ?? '')}` : '',
    code,
  };
};

/** Names compared whatever their order: a file that has them the other way round still matches. */
const nameKeySorted = (family: string, given: string): string => nameKey(family, given).split(' ').sort().join(' ');

const REASONS_BY_KIND: Record<'mentors' | 'mentees' | 'contacts', DuplicateReason[]> = {
  mentors: ['email', 'phone', 'nameYear'],
  mentees: ['code', 'nameYear'],
  contacts: ['email', 'phone', 'name'],
};

class KeyIndex<T> {
  private maps = new Map<DuplicateReason, Map<string, T>>();
  private reasons: ReadonlySet<DuplicateReason>;
  /** An index of the keys a kind's duplicate rules look up (the other keys are not kept). */
  constructor(kind: ImportKind) {
    this.reasons = new Set(kind === 'attendance' ? [] : REASONS_BY_KIND[kind]);
  }
  keeps(reason: DuplicateReason): boolean {
    return this.reasons.has(reason);
  }
  add(reason: DuplicateReason, key: string, value: T) {
    if (!key || !this.reasons.has(reason)) return;
    let m = this.maps.get(reason);
    if (!m) this.maps.set(reason, (m = new Map()));
    if (!m.has(key)) m.set(key, value);
  }
  get(reason: DuplicateReason, key: string): T | undefined {
    return key ? this.maps.get(reason)?.get(key) : undefined;
  }
}

/**
 * A contact with no organisation matches a same-name contact at any organisation, and back; two
 * organisations tell two people of the same name apart. Each contact is known by `name|org`
 * and by `name|*`; a row looks up `name|*` when it has no organisation, else `name|org` and
 * `name|` (a contact kept without one).
 */
const contactNameKeys = (keys: PersonKeys): string[] =>
  keys.name ? [keys.name, keys.name.replace(/\|.*$/, '|*')] : [];
const contactNameLookups = (keys: PersonKeys, orgEmpty: boolean): string[] =>
  !keys.name ? [] : orgEmpty ? [keys.name.replace(/\|.*$/, '|*')] : [keys.name, keys.name.replace(/\|.*$/, '|')];

// ——— The preview ———

export type PreviewInput = {
  kind: ImportKind;
  sheet: Pick<SheetRead, 'headers' | 'rows' | 'rowNumbers'>;
  mapping: ColumnMapping;
  answers: ValueAnswers;
  existing: ExistingIndex;
  context: ImportContext;
  onProgress?: (p: ReadProgress) => void;
};

const DEFAULT_SESSION_KIND: SessionKind = 'group';
const DEFAULT_START = '09:00';

const addHours = (time: string, hours: number): string => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = Math.min(23 * 60 + 59, h * 60 + m + Math.round(hours * 60));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};
const hoursBetween = (start: string, end: string): number => {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return Math.max(0, (toMin(end) - toMin(start)) / 60);
};

/** A UUID that passes the schemas' id check, for validating rows whose real id comes later. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

export const buildPreview = ({
  kind,
  sheet,
  mapping,
  answers,
  existing,
  context: ctx,
  onProgress,
}: PreviewInput): ImportPreview => {
  const reader = makeReader(kind, sheet.headers, ctx, answers);
  const lng: Language = ctx.language;
  const rows: PreviewRow[] = [];
  const usedProgrammes = new Set<string>();
  const sessions = new Map<string, PreviewSession>();

  // What the duplicate rules look up: the existing records by key, and the file's rows so far.
  const existingPeople: ExistingPerson[] =
    kind === 'mentors'
      ? existing.mentors
      : kind === 'mentees'
        ? existing.mentees
        : kind === 'contacts'
          ? existing.contacts
          : [];
  // Only the keys the duplicate rules of this kind look up are kept.
  const before = new KeyIndex<ExistingPerson>(kind);
  for (const p of existingPeople) {
    const k = keysOf(p);
    before.add('email', k.email, p);
    before.add('phone', k.phone, p);
    before.add('nameYear', k.nameYear, p);
    if (before.keeps('name')) for (const n of contactNameKeys(k)) before.add('name', n, p);
  }
  for (const m of existing.mentees) before.add('code', m.code, m);
  for (const m of existing.mentees) for (const c of m.formerCodes) before.add('code', c, m);
  const inFile = new KeyIndex<number>(kind);

  const labelOf = (p: ExistingPerson): string =>
    kind === 'mentees' ? (p as ExistingMentee).code : formatPersonName(p, lng) || p.email || p.phone;

  const findDuplicate = (keys: PersonKeys, row: number, orgEmpty: boolean): DuplicateInfo | undefined => {
    const reasons = REASONS_BY_KIND[kind as 'mentors' | 'mentees' | 'contacts'];
    const keyFor = (reason: DuplicateReason): string[] =>
      reason === 'name' ? contactNameLookups(keys, orgEmpty) : [keys[reason as keyof PersonKeys]];
    for (const reason of reasons)
      for (const key of keyFor(reason)) {
        const hit = before.get(reason, key);
        if (hit)
          return {
            reason,
            existingId: hit.id,
            label: labelOf(hit),
            choices: ['skip', 'update', 'add'],
            messageKey: `spreadsheetImport:duplicates.${reason}`,
          };
      }
    for (const reason of reasons)
      for (const key of keyFor(reason)) {
        const first = inFile.get(reason, key);
        if (first !== undefined && first !== row)
          return {
            reason,
            fileRow: first,
            label: String(first),
            choices: ['skip', 'add'],
            messageKey: `spreadsheetImport:duplicates.${reason}InFile`,
          };
      }
    return undefined;
  };
  const remember = (keys: PersonKeys, row: number) => {
    inFile.add('email', keys.email, row);
    inFile.add('phone', keys.phone, row);
    inFile.add('nameYear', keys.nameYear, row);
    inFile.add('code', keys.code, row);
    if (inFile.keeps('name')) for (const n of contactNameKeys(keys)) inFile.add('name', n, row);
  };

  // Attendance: people looked up by e-mail, code and name; sessions by date, title and kind.
  const people = kind === 'attendance' ? attendanceLookup(existing, lng) : null;
  const existingSessions = new Map<string, string>();
  for (const s of existing.sessions) existingSessions.set(sessionKey(s.date, s.title, s.kind), s.id);
  const attendanceBefore = new Map<string, string>();
  for (const a of existing.attendance)
    attendanceBefore.set(`${a.sessionId}|${a.personId ?? `walkIn:${normaliseWord(a.walkInName)}`}`, a.id);
  const attendanceInFile = new Map<string, number>();

  const total = sheet.rows.length;
  const step = Math.max(1, Math.floor(total / 50));
  for (let i = 0; i < total; i++) {
    if (onProgress && i % step === 0) onProgress({ phase: 'check', fraction: i / total });
    const rowNumber = sheet.rowNumbers[i] ?? i + 1;
    const r = reader.readRow(sheet.rows[i]!, mapping);
    for (const id of r.usedProgrammes) usedProgrammes.add(id);
    const notes: RowNote[] = [];
    for (const u of r.unknown)
      r.errors.push(
        reader.cellError(
          u.col,
          u.field,
          u.raw,
          u.target === 'programme'
            ? 'spreadsheetImport:cellErrors.unknownProgramme'
            : 'spreadsheetImport:cellErrors.unknownValue',
          { value: u.raw },
        ),
      );
    const names = namesOf(r, ctx);
    const colOf = (field: FieldKey | null): number | null => {
      if (!field) return null;
      const c = r.cols[field];
      if (c !== undefined) return c;
      if ((field === 'familyName' || field === 'givenName') && names.fromFull) return r.cols.fullName ?? null;
      return null;
    };
    const addIssues = (error: ZodError, schema: Parameters<typeof fieldOfPath>[0], input: unknown) => {
      for (const issue of error.issues) {
        const field = fieldOfPath(schema, issue.path);
        const col = colOf(field);
        // One error per cell: a value the reader refused already says what is wrong with it.
        if (col !== null && r.errors.some((e) => e.column === col)) continue;
        const { messageKey, params } = issueMessage(issue, valueAt(input, issue.path));
        r.errors.push({
          column: col,
          header: col === null ? (field ? '' : '') : (sheet.headers[col] ?? ''),
          field: field && (fieldDef(kind, field) ? field : null),
          value: col === null ? '' : cellText(sheet.rows[i]![col] ?? null),
          messageKey,
          ...(params ? { params } : {}),
        });
      }
    };

    let record: ImportedRecord | undefined;
    let keys: PersonKeys | undefined;
    let orgEmpty = true;
    if (kind === 'mentors') {
      const v = r.values;
      const screening = Object.fromEntries(
        SCREENING_ITEMS.map((item) => [
          item,
          {
            date: (v[`${item}Date` as FieldKey] as string | null | undefined) ?? null,
            expiresOn: (v[`${item}Expires` as FieldKey] as string | null | undefined) ?? null,
          },
        ]),
      );
      const input = {
        givenName: names.givenName,
        familyName: names.familyName,
        email: str(v.email),
        phone: str(v.phone),
        gender: (v.gender as string | null | undefined) ?? 'unspecified',
        birthYear: num(v.birthYear),
        languages: list(v.languages),
        livedExperience: list(v.livedExperience),
        programmeIds: list(v.programmes),
        capacity: num(v.capacity) ?? 1,
        availability: str(v.availability),
        notes: str(v.notes),
        screening,
        preferredLanguage: (v.preferredLanguage as string | null | undefined) ?? null,
      };
      const parsed = MentorInputSchema.safeParse(input);
      if (!parsed.success) addIssues(parsed.error, 'mentor', input);
      const status = ((v.status as string | null | undefined) ?? 'applicant') as MentorStatus;
      const joinedOn = (v.joinedOn as string | null | undefined) ?? ctx.today;
      const exitDate = status === 'exited' ? ((v.exitDate as string | null | undefined) ?? ctx.today) : null;
      if (parsed.success)
        record = {
          kind: 'mentors',
          input: parsed.data,
          status,
          joinedOn,
          exitDate,
          exitReason: status === 'exited' ? str(v.exitReason) : '',
        };
      keys = keysOf(input);
    } else if (kind === 'mentees') {
      const v = r.values;
      let programmeId = (v.programme as string | null | undefined) ?? null;
      const code = (v.code as string | null | undefined) ?? null;
      if (!programmeId && code && r.cols.programme === undefined) {
        const prefix = code.replace(/-.*$/, '');
        const p = ctx.programmes.find((x) => x.codePrefix === prefix);
        if (p) {
          programmeId = p.id;
          notes.push({ messageKey: 'spreadsheetImport:notes.programmeFromCode' });
        } else if (r.cols.code !== undefined)
          r.errors.push(
            reader.cellError(r.cols.code, 'code', code, 'spreadsheetImport:cellErrors.noProgrammeForCode', { code }),
          );
      }
      const input = {
        programmeId: programmeId ?? '',
        givenName: names.givenName,
        familyName: names.familyName,
        transition: (v.transition as string | null | undefined) ?? undefined,
        needs: str(v.needs),
        goals: str(v.goals),
        referralSource: str(v.referralSource),
        languages: list(v.languages),
        livedExperience: list(v.livedExperience),
        preferredMentorGender: (v.preferredMentorGender as string | null | undefined) ?? 'any',
        birthYear: num(v.birthYear),
        referredOn: (v.referredOn as string | null | undefined) ?? ctx.today,
        consentGiven: v.consentGiven === true,
        notes: str(v.notes),
      };
      const parsed = MenteeInputSchema.safeParse(input);
      if (!parsed.success) {
        // Without a programme the schema says "required" about a column the file may not have.
        if (!programmeId && r.cols.programme === undefined && r.cols.code === undefined)
          r.errors.push({
            column: null,
            header: '',
            field: 'programme',
            value: '',
            messageKey: 'common:validation.required',
          });
        addIssues(parsed.error, 'mentee', input);
      }
      const status = v.status === 'closed' ? 'closed' : 'waiting';
      if (v.status === 'paired') notes.push({ messageKey: 'spreadsheetImport:notes.pairedAsWaiting' });
      if (parsed.success)
        record = {
          kind: 'mentees',
          input: parsed.data,
          code,
          status,
          closedOn: status === 'closed' ? ((v.closedOn as string | null | undefined) ?? ctx.today) : null,
        };
      keys = keysOf({ ...input, email: '', phone: '' }, code ?? '');
    } else if (kind === 'contacts') {
      const v = r.values;
      const input = {
        givenName: names.givenName,
        familyName: names.familyName,
        organisation: str(v.organisation),
        role: str(v.role),
        phone: str(v.phone),
        email: str(v.email),
        notes: str(v.notes),
      };
      const parsed = ContactInputSchema.safeParse(input);
      if (!parsed.success) addIssues(parsed.error, 'contact', input);
      else record = { kind: 'contacts', input: parsed.data };
      orgEmpty = !input.organisation.trim();
      keys = keysOf({ ...input, birthYear: null });
    } else {
      record = readAttendance(r, names, ctx, people!, {
        sessions,
        existingSessions,
        notes,
        addIssues,
        cellError: reader.cellError,
        rowCells: sheet.rows[i]!,
      });
    }

    let duplicate: DuplicateInfo | undefined;
    if (r.errors.length === 0 && record && keys) {
      duplicate = findDuplicate(keys, rowNumber, orgEmpty);
      remember(keys, rowNumber);
      if (record.kind === 'mentees' && record.code) {
        if (duplicate?.reason === 'code' && duplicate.existingId)
          notes.push({ messageKey: 'spreadsheetImport:notes.codeTaken', params: { code: record.code } });
        else if (!duplicate)
          notes.push({ messageKey: 'spreadsheetImport:notes.codeKept', params: { code: record.code } });
      } else if (record.kind === 'mentees') notes.push({ messageKey: 'spreadsheetImport:notes.codeFromProgramme' });
    }
    if (r.errors.length === 0 && record?.kind === 'attendance') {
      const s = sessions.get(record.sessionKey)!;
      const personKey = record.person.id ?? `walkIn:${normaliseWord(record.person.label)}`;
      const existingId = s.existingId ? attendanceBefore.get(`${s.existingId}|${personKey}`) : undefined;
      const fileKey = `${record.sessionKey}|${personKey}`;
      const first = attendanceInFile.get(fileKey);
      if (existingId)
        duplicate = {
          reason: 'attendance',
          existingId,
          label: record.person.label,
          choices: ['skip', 'update'],
          messageKey: 'spreadsheetImport:duplicates.attendance',
        };
      else if (first !== undefined)
        duplicate = {
          reason: 'attendance',
          fileRow: first,
          label: String(first),
          choices: ['skip'],
          messageKey: 'spreadsheetImport:duplicates.attendanceInFile',
        };
      else attendanceInFile.set(fileKey, rowNumber);
      if (!duplicate || duplicate.existingId) s.rows++;
    }

    for (const p of reader.created.values())
      if (r.usedProgrammes.has(p.id))
        notes.push({ messageKey: 'spreadsheetImport:notes.newProgramme', params: { name: p.name } });
    const outcome = r.errors.length > 0 || !record ? 'error' : duplicate ? 'duplicate' : 'new';
    rows.push({
      row: rowNumber,
      outcome,
      ...(outcome !== 'error' && record ? { record } : {}),
      errors: r.errors,
      notes,
      ...(outcome === 'duplicate' && duplicate ? { duplicate } : {}),
    });
  }
  onProgress?.({ phase: 'check', fraction: 1 });

  const counts = { total: rows.length, new: 0, duplicate: 0, error: 0 };
  for (const row of rows) counts[row.outcome]++;
  const mappedFields = [...new Set(mapping.filter((f): f is FieldKey => f !== null))];
  return {
    kind,
    rows,
    counts,
    mapping: [...mapping],
    mappedFields,
    sessions: [...sessions.values()].filter((s) => s.rows > 0),
    newProgrammes: [...reader.created.values()].filter((p) => usedProgrammes.has(p.id)),
    shapeKey: shapeKey(kind, sheet.headers),
  };
};

// ——— Attendance ———

const sessionKey = (date: string, title: string, kind: SessionKind): string =>
  `${date}|${normaliseWord(title)}|${kind}`;

type People = {
  byEmail: Map<string, ImportedPersonRef>;
  byCode: Map<string, ImportedPersonRef>;
  byName: Map<string, ImportedPersonRef[]>;
};

const attendanceLookup = (existing: ExistingIndex, lng: Language): People => {
  const byEmail = new Map<string, ImportedPersonRef>();
  const byCode = new Map<string, ImportedPersonRef>();
  const byName = new Map<string, ImportedPersonRef[]>();
  const addName = (p: ExistingPerson, ref: ImportedPersonRef) => {
    if (!p.familyName && !p.givenName) return;
    const k = nameKeySorted(p.familyName, p.givenName);
    const l = byName.get(k) ?? [];
    l.push(ref);
    byName.set(k, l);
  };
  const person = (kind: 'mentor' | 'contact', p: ExistingPerson, matchedBy: 'email' | 'name'): ImportedPersonRef => ({
    kind,
    id: p.id,
    matchedBy,
    label: formatPersonName(p, lng),
  });
  for (const [kind, list] of [
    ['mentor', existing.mentors],
    ['contact', existing.contacts],
  ] as const)
    for (const p of list) {
      if (p.email && !byEmail.has(emailKey(p.email))) byEmail.set(emailKey(p.email), person(kind, p, 'email'));
      addName(p, person(kind, p, 'name'));
    }
  for (const m of existing.mentees) {
    const ref: ImportedPersonRef = { kind: 'mentee', id: m.id, matchedBy: 'code', label: m.code };
    byCode.set(m.code, ref);
    for (const c of m.formerCodes) if (!byCode.has(c)) byCode.set(c, ref);
    addName(m, { ...ref, matchedBy: 'name' });
  }
  return { byEmail, byCode, byName };
};

type AttendanceContext = {
  sessions: Map<string, PreviewSession>;
  existingSessions: Map<string, string>;
  notes: RowNote[];
  addIssues: (error: ZodError, schema: 'session' | 'attendance', input: unknown) => void;
  cellError: (
    col: number,
    field: FieldKey,
    cell: Cell,
    messageKey: string,
    params?: Record<string, string | number>,
  ) => CellError;
  rowCells: readonly Cell[];
};

const readAttendance = (
  r: RowRead,
  names: { familyName: string; givenName: string; fromFull: boolean },
  ctx: ImportContext,
  people: People,
  a: AttendanceContext,
): ImportedRecord | undefined => {
  const v = r.values;
  const date = (v.sessionDate as string | null | undefined) ?? '';
  const subKindIn = (v.sessionSubKind as SubKind | null | undefined) ?? null;
  const titleIn = str(v.sessionTitle);
  const kindFromSub = subKindIn
    ? ((Object.keys(SUB_KINDS) as SessionKind[]).find((k) => (SUB_KINDS[k] as readonly string[]).includes(subKindIn)) ??
      null)
    : null;
  const kindFromTitle = titleIn
    ? (matchWord('sessionKind', titleIn, ctx.language) as SessionKind | undefined)
    : undefined;
  const kind =
    (v.sessionKind as SessionKind | null | undefined) ?? kindFromSub ?? kindFromTitle ?? DEFAULT_SESSION_KIND;
  const subKind = subKindIn ?? (SUB_KINDS[kind][0] as SubKind);
  const title = titleIn || enumLabel('sessionKind', kind, ctx.language);
  const hoursIn = num(v.hours);
  const startTime = (v.startTime as string | null | undefined) ?? DEFAULT_START;
  const endTime = (v.endTime as string | null | undefined) ?? addHours(startTime, hoursIn && hoursIn > 0 ? hoursIn : 1);
  const session = {
    title,
    kind,
    subKind,
    programmeId: (v.programme as string | null | undefined) ?? null,
    date,
    startTime,
    endTime,
  };
  const parsedSession = SessionInputSchema.safeParse(session);
  if (!parsedSession.success) a.addIssues(parsedSession.error, 'session', session);

  // Who: a mentee by code, a mentor or contact by e-mail, anyone by name; else a walk-in.
  const type = (v.personType as string | null | undefined) ?? null;
  const code = (v.menteeCode as string | null | undefined) ?? null;
  const email = str(v.email);
  const written = names.fromFull ? str(v.fullName) : formatPersonName(names, ctx.language);
  let person: ImportedPersonRef | undefined;
  if (code && type !== 'walkIn') {
    person = people.byCode.get(code);
    if (!person && r.cols.menteeCode !== undefined)
      r.errors.push(
        a.cellError(r.cols.menteeCode, 'menteeCode', code, 'spreadsheetImport:cellErrors.menteeNotFound', { code }),
      );
  }
  if (!person && email && type !== 'walkIn' && type !== 'mentee') {
    const hit = people.byEmail.get(emailKey(email));
    if (hit && (!type || hit.kind === type)) person = hit;
  }
  if (!person && (names.familyName || names.givenName) && type !== 'walkIn') {
    const hits = (people.byName.get(nameKeySorted(names.familyName, names.givenName)) ?? []).filter(
      (h) => !type || h.kind === type,
    );
    // A name shared by two people is not enough to tell them apart: a walk-in, said so.
    if (hits.length === 1) person = hits[0];
  }
  if (!person && !r.errors.some((e) => e.field === 'menteeCode')) {
    if (written) {
      person = { kind: 'walkIn', id: null, matchedBy: null, label: written };
      a.notes.push({ messageKey: 'spreadsheetImport:notes.walkIn' });
    } else if (email) {
      person = { kind: 'walkIn', id: null, matchedBy: null, label: email };
      a.notes.push({ messageKey: 'spreadsheetImport:notes.walkIn' });
    } else
      r.errors.push({
        column: null,
        header: '',
        field: null,
        value: '',
        messageKey: 'spreadsheetImport:cellErrors.noName',
      });
  } else if (person && person.kind !== 'walkIn')
    a.notes.push({ messageKey: 'spreadsheetImport:notes.matched', params: { label: person.label } });

  const status = ((v.attendanceStatus as string | null | undefined) ?? 'present') as ImportedAttendance['status'];
  const hours = hoursIn ?? (status === 'present' ? hoursBetween(startTime, endTime) : 0);
  const attendance = {
    sessionId: PLACEHOLDER_ID,
    personKind: person?.kind ?? 'walkIn',
    personId: person?.id ?? null,
    walkInName: person?.kind === 'walkIn' ? person.label : '',
    status,
    hours,
  };
  const parsedAttendance = AttendanceInputSchema.safeParse(attendance);
  if (!parsedAttendance.success && person) a.addIssues(parsedAttendance.error, 'attendance', attendance);
  if (!parsedSession.success || !parsedAttendance.success || !person || r.errors.length > 0) return undefined;

  const key = sessionKey(date, title, kind);
  if (!a.sessions.has(key)) {
    const existingId = a.existingSessions.get(key) ?? null;
    const { title: t, kind: k, subKind: sk, programmeId, date: d, startTime: st, endTime: et } = parsedSession.data;
    a.sessions.set(key, {
      key,
      date: d,
      title: t,
      kind: k,
      subKind: sk,
      startTime: st,
      endTime: et,
      programmeId,
      existingId,
      rows: 0,
    });
  }
  const s = a.sessions.get(key)!;
  a.notes.unshift({
    messageKey: s.existingId ? 'spreadsheetImport:notes.existingSession' : 'spreadsheetImport:notes.newSession',
    params: { date: s.date, title: s.title },
  });
  return {
    kind: 'attendance',
    sessionKey: key,
    person,
    status: parsedAttendance.data.status,
    hours: parsedAttendance.data.hours,
  };
};

// ——— After the decisions ———

/** What the import will do with these decisions (a duplicate without one is skipped). */
export const countsAfter = (preview: Pick<ImportPreview, 'rows'>, decisions: Decisions): ImportCounts => {
  const c: ImportCounts = { new: 0, update: 0, add: 0, skip: 0, error: 0 };
  for (const row of preview.rows) {
    if (row.outcome === 'error') c.error++;
    else if (row.outcome === 'new') c.new++;
    else {
      const d = decisions[row.row] ?? 'skip';
      if (row.duplicate && !row.duplicate.choices.includes(d)) c.skip++;
      else c[d]++;
    }
  }
  return c;
};

/** The decision that applies to a row: its own if allowed, else skip. */
export const decisionOf = (row: PreviewRow, decisions: Decisions): 'import' | 'update' | 'skip' => {
  if (row.outcome === 'error' || !row.record) return 'skip';
  if (row.outcome === 'new') return 'import';
  const d = decisions[row.row] ?? 'skip';
  if (!row.duplicate?.choices.includes(d)) return 'skip';
  return d === 'add' ? 'import' : d;
};
