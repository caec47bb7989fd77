import type { Language } from '../../../shared/domain/base';
import type { Contact } from '../../../shared/domain/contact';
import type { Mentee } from '../../../shared/domain/mentee';
import type { Mentor } from '../../../shared/domain/mentor';
import type { AuditInput } from '../../../shared/privacy/auditChain';
import type { Attendance, Session } from '../../../shared/domain/session';
import { PAIRING_STATUSES } from '../../../shared/domain/pairing';
import { csvBytes, type CsvCell } from '../../lib/csv';
import { formatDate } from '../../lib/format';
import { findAllContacts } from '../contacts';
import { findMenteeIds, getMenteesByIds, type MenteeFilter } from '../mentees';
import { findMentorIds, getMentorsByIds, type MentorFilter } from '../mentors';
import { countOpenPairingsByMentor, listPairingsByStatus } from '../pairings';
import { listProgrammes } from '../programmes';
import { listAttendanceBetween, listSessions, type SessionFilter } from '../sessions';
import {
  fieldCells,
  fieldColumnsOf,
  type CellValue,
  type ColumnType,
  type FieldColumn,
  type PeopleKind,
} from './listExportFields';

/**
 * "Export this list": the records a list page shows under its current filters, as an XLSX or
 * CSV file in the UI language. The records are found by the same repository queries the pages
 * use (index keys first, then the records in chunks), so the file holds exactly what the list
 * shows, in the same order.
 *
 * Columns: for mentors, mentees and contacts first the fields of the import's catalogue
 * (shared/spreadsheet/fields.ts: its headers, and values written as the import reads them back,
 * so an exported list goes back in field by field), then read-only extras the import ignores
 * (when the current status began, pairing counts, the day a contact was added). Mentees are
 * exported by code: their names and the free text where names get written (needs, goals,
 * notes) are left out unless real names are asked for, and that export is audited.
 *
 * Everything here runs in the list-export worker (listExportWorker.ts) and, where there are no
 * workers (unit tests), on the page: it translates through the `t` it is given.
 */

export type ListKind = 'mentors' | 'mentees' | 'contacts' | 'sessions';
export type ListExportFormat = 'xlsx' | 'csv';

/** The sessions list's filter without its page size: the export takes every matching session. */
export type SessionListFilter = Omit<SessionFilter, 'limit'>;

export type ListExportRequest =
  | { kind: 'mentors'; filter: MentorFilter }
  | { kind: 'mentees'; filter: MenteeFilter; realNames?: boolean }
  | { kind: 'contacts'; filter: { query?: string } }
  | { kind: 'sessions'; filter: SessionListFilter };

/** A translator of full keys (`ns:key`) in the export's language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type { CellValue, ColumnType };

export type ExportColumn = { key: string; header: string; type: ColumnType; width: number };
export type ExportTable = { sheetName: string; columns: ExportColumn[]; rows: CellValue[][] };

/** Everything a row of any kind may need besides its record. */
export type RowContext = {
  t: Translate;
  lng: Language;
  programmeNames: ReadonlyMap<string, string>;
  /** Per mentor: pairings proposed, active or paused. */
  openPairings: ReadonlyMap<string, number>;
  /** Per mentor and per mentee: every pairing, closed ones too. */
  allPairings: ReadonlyMap<string, number>;
  attendance: ReadonlyMap<string, AttendanceCounts>;
};

export type AttendanceCounts = { present: number; excused: number; absent: number; presentHours: number };

/** A read-only column of the export, which the import ignores. */
export type Column<R> = {
  key: string;
  /** Full i18n key of the header. */
  header: string;
  type: ColumnType;
  width: number;
  value: (record: R, ctx: RowContext) => CellValue;
};

const X = 'spreadsheetExport:columns.';

const MENTOR_EXTRAS: Column<Mentor>[] = [
  {
    key: 'statusSince',
    header: `${X}statusSince`,
    type: 'date',
    width: 14,
    value: (m) => m.statusHistory.at(-1)?.date ?? null,
  },
  {
    key: 'openPairings',
    header: `${X}openPairings`,
    type: 'integer',
    width: 12,
    value: (m, c) => c.openPairings.get(m.id) ?? 0,
  },
  {
    key: 'pairings',
    header: `${X}pairings`,
    type: 'integer',
    width: 12,
    value: (m, c) => c.allPairings.get(m.id) ?? 0,
  },
];

const MENTEE_EXTRAS: Column<Mentee>[] = [
  {
    key: 'pairings',
    header: `${X}pairings`,
    type: 'integer',
    width: 12,
    value: (m, c) => c.allPairings.get(m.id) ?? 0,
  },
];

const CONTACT_EXTRAS: Column<Contact>[] = [
  { key: 'addedOn', header: `${X}addedOn`, type: 'date', width: 14, value: (p) => p.createdAt.slice(0, 10) },
];

const minutesOf = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const NO_ATTENDANCE: AttendanceCounts = { present: 0, excused: 0, absent: 0, presentHours: 0 };
const counts = (s: Session, c: RowContext): AttendanceCounts => c.attendance.get(s.id) ?? NO_ATTENDANCE;
const round2 = (n: number): number => Math.round(n * 100) / 100;

const SESSION_COLUMNS: Column<Session>[] = [
  { key: 'date', header: `${X}date`, type: 'date', width: 14, value: (s) => s.date },
  { key: 'startTime', header: `${X}startTime`, type: 'time', width: 8, value: (s) => s.startTime },
  { key: 'endTime', header: `${X}endTime`, type: 'time', width: 8, value: (s) => s.endTime },
  { key: 'kind', header: `${X}kind`, type: 'text', width: 18, value: (s, c) => c.t(`sessions:kinds.${s.kind}`) },
  {
    key: 'subKind',
    header: `${X}subKind`,
    type: 'text',
    width: 24,
    value: (s, c) => c.t(`sessions:subKinds.${s.subKind}`),
  },
  { key: 'title', header: `${X}title`, type: 'text', width: 36, value: (s) => s.title },
  {
    key: 'programme',
    header: `${X}programme`,
    type: 'text',
    width: 28,
    value: (s, c) => (s.programmeId ? (c.programmeNames.get(s.programmeId) ?? '') : ''),
  },
  { key: 'place', header: `${X}place`, type: 'text', width: 24, value: (s) => s.place },
  { key: 'capacity', header: `${X}capacity`, type: 'integer', width: 9, value: (s) => s.capacity },
  { key: 'expected', header: `${X}expected`, type: 'integer', width: 10, value: (s) => s.expected.length },
  { key: 'present', header: `${X}present`, type: 'integer', width: 10, value: (s, c) => counts(s, c).present },
  { key: 'excused', header: `${X}excused`, type: 'integer', width: 10, value: (s, c) => counts(s, c).excused },
  { key: 'absent', header: `${X}absent`, type: 'integer', width: 10, value: (s, c) => counts(s, c).absent },
  {
    key: 'hours',
    header: `${X}hours`,
    type: 'decimal',
    width: 12,
    value: (s) => round2((minutesOf(s.endTime) - minutesOf(s.startTime)) / 60),
  },
  {
    key: 'attendedHours',
    header: `${X}attendedHours`,
    type: 'decimal',
    width: 14,
    value: (s, c) => round2(counts(s, c).presentHours),
  },
];

/**
 * The import's fields that hold a mentee's name or the free text where names get written: left
 * out of an export by code.
 */
export const MENTEE_NAMED_FIELDS: ReadonlySet<string> = new Set(['givenName', 'familyName', 'needs', 'goals', 'notes']);

type Layout = { people: PeopleKind | null; fields: FieldColumn[]; extras: Column<unknown>[] };

const layoutOf = (req: ListExportRequest): Layout => {
  switch (req.kind) {
    case 'mentors':
      return { people: 'mentors', fields: fieldColumnsOf('mentors'), extras: MENTOR_EXTRAS as Column<unknown>[] };
    case 'mentees':
      return {
        people: 'mentees',
        fields: fieldColumnsOf('mentees', req.realNames ? new Set() : MENTEE_NAMED_FIELDS),
        extras: MENTEE_EXTRAS as Column<unknown>[],
      };
    case 'contacts':
      return { people: 'contacts', fields: fieldColumnsOf('contacts'), extras: CONTACT_EXTRAS as Column<unknown>[] };
    case 'sessions':
      return { people: null, fields: [], extras: SESSION_COLUMNS as Column<unknown>[] };
  }
};

/** The columns of an export, in order, with their headers' i18n keys; `imported`: a field the import reads. */
export const columnsOf = (req: ListExportRequest): (ExportColumn & { imported: boolean })[] => {
  const { fields, extras } = layoutOf(req);
  return [
    ...fields.map((f) => ({ key: f.key, header: f.header, type: f.type, width: f.width, imported: true })),
    ...extras.map((e) => ({ key: e.key, header: e.header, type: e.type, width: e.width, imported: false })),
  ];
};

const CHUNK = 500;

/** Hands the page (or the worker's message loop) a moment between chunks. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Records of these ids read `CHUNK` at a time, in the ids' order. */
const readInChunks = async <R>(
  ids: readonly string[],
  load: (ids: readonly string[]) => Promise<R[]>,
): Promise<R[]> => {
  const out: R[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    if (i > 0) await breathe();
    out.push(...(await load(ids.slice(i, i + CHUNK))));
  }
  return out;
};

/** The matching records, in the list's order. */
const recordsOf = async (req: ListExportRequest): Promise<unknown[]> => {
  switch (req.kind) {
    case 'mentors':
      return readInChunks(await findMentorIds(req.filter), getMentorsByIds);
    case 'mentees':
      return readInChunks(await findMenteeIds(req.filter), getMenteesByIds);
    case 'contacts':
      return findAllContacts(req.filter.query ?? '');
    case 'sessions':
      return listSessions({ ...req.filter, limit: Number.POSITIVE_INFINITY });
  }
};

/** Present / excused / absent per session, from the attendance of the sessions' date range. */
const attendanceOf = async (sessions: readonly Session[]): Promise<Map<string, AttendanceCounts>> => {
  const result = new Map<string, AttendanceCounts>();
  if (sessions.length === 0) return result;
  let from = sessions[0]!.date;
  let to = from;
  for (const s of sessions) {
    result.set(s.id, { present: 0, excused: 0, absent: 0, presentHours: 0 });
    if (s.date < from) from = s.date;
    if (s.date > to) to = s.date;
  }
  const rows: Attendance[] = await listAttendanceBetween(from, to);
  for (const a of rows) {
    const c = result.get(a.sessionId);
    if (!c) continue;
    c[a.status] += 1;
    if (a.status === 'present') c.presentHours += a.hours;
  }
  return result;
};

/** Pairings per mentor and per mentee, every status (a small table: read whole). */
const pairingCounts = async (): Promise<Map<string, number>> => {
  const result = new Map<string, number>();
  for (const p of await listPairingsByStatus(PAIRING_STATUSES)) {
    result.set(p.mentorId, (result.get(p.mentorId) ?? 0) + 1);
    result.set(p.menteeId, (result.get(p.menteeId) ?? 0) + 1);
  }
  return result;
};

/** The table of an export: headers in the language, one row per record. */
export const buildExportTable = async (req: ListExportRequest, lng: Language, t: Translate): Promise<ExportTable> => {
  const people = req.kind === 'mentors' || req.kind === 'mentees';
  const [records, programmes, openPairings, allPairings] = await Promise.all([
    recordsOf(req),
    listProgrammes({ includeInactive: true }),
    req.kind === 'mentors' ? countOpenPairingsByMentor() : Promise.resolve(new Map<string, number>()),
    people ? pairingCounts() : Promise.resolve(new Map<string, number>()),
  ]);
  const ctx: RowContext = {
    t,
    lng,
    programmeNames: new Map(programmes.map((p) => [p.id, p.name])),
    openPairings,
    allPairings,
    attendance: req.kind === 'sessions' ? await attendanceOf(records as Session[]) : new Map(),
  };
  const layout = layoutOf(req);
  const programmeRefs = programmes.map((p) => ({ id: p.id, name: p.name }));
  const rows: CellValue[][] = [];
  for (let i = 0; i < records.length; i++) {
    if (i > 0 && i % 5000 === 0) await breathe();
    const record = records[i];
    rows.push([
      ...(layout.people ? fieldCells(layout.people, record, layout.fields, lng, programmeRefs) : []),
      ...layout.extras.map((c) => c.value(record, ctx)),
    ]);
  }
  return {
    sheetName: t(`spreadsheetExport:sheet.${req.kind}`),
    columns: columnsOf(req).map((c) => ({ key: c.key, header: t(c.header), type: c.type, width: c.width })),
    rows,
  };
};

/** How each language writes a date, as an Excel number format (the cell holds a real date). */
const EXCEL_DATE_FORMAT: Record<Language, string> = {
  en: 'dd/mm/yyyy',
  hu: 'yyyy.mm.dd.',
  fi: 'd.m.yyyy',
  'sr-Latn': 'dd.mm.yyyy.',
  'sr-Cyrl': 'dd.mm.yyyy.',
};

/** A `YYYY-MM-DD` as the UTC midnight exceljs turns into that day's serial number. */
const excelDate = (iso: string): Date | string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
};

/** `HH:mm` as a fraction of a day, Excel's time value. */
const excelTime = (time: string): number | string => (/^\d{2}:\d{2}$/.test(time) ? minutesOf(time) / (24 * 60) : time);

const NUMBER_FORMAT: Partial<Record<ColumnType, string>> = { integer: '0', decimal: '0.00', time: 'hh:mm' };

/** Sheet names: at most 31 characters, none of `[]:*?/\`. */
const sheetName = (s: string): string => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/**
 * The XLSX: one sheet, the header row bold, frozen and filterable, dates as real dates shown the
 * language's way, numbers as numbers, and each column as wide as its header or its default.
 */
export const tableToXlsx = async (table: ExportTable, lng: Language): Promise<Uint8Array> => {
  // Loaded on first export: exceljs is large.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tandem';
  wb.created = new Date();
  const ws = wb.addWorksheet(sheetName(table.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = table.columns.map((c) => ({
    key: c.key,
    width: Math.min(60, Math.max(c.width, c.header.length + 2)),
    style:
      c.type === 'date'
        ? { numFmt: EXCEL_DATE_FORMAT[lng] }
        : NUMBER_FORMAT[c.type]
          ? { numFmt: NUMBER_FORMAT[c.type] }
          : {},
  }));
  const header = ws.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  const types = table.columns.map((c) => c.type);
  for (const row of table.rows)
    ws.addRow(
      row.map((v, i) => {
        if (v === null || v === '') return null;
        if (typeof v === 'string' && types[i] === 'date') return excelDate(v);
        if (typeof v === 'string' && types[i] === 'time') return excelTime(v);
        return v;
      }),
    );
  if (table.columns.length > 0)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

/** The CSV rows: dates written as the language writes them, numbers by csv.ts with its decimal mark. */
export const tableCsvRows = (table: ExportTable, lng: Language): CsvCell[][] => [
  table.columns.map((c) => c.header),
  ...table.rows.map((row) =>
    row.map((v, i) => (typeof v === 'string' && table.columns[i]?.type === 'date' ? formatDate(v, lng) : v)),
  ),
];

/** The CSV file (lib/csv.ts: BOM, the language's separator, CRLF, formulas neutralised). */
export const tableToCsv = (table: ExportTable, lng: Language): Uint8Array => csvBytes(tableCsvRows(table, lng), lng);

export type ListExportResult = { bytes: Uint8Array; count: number };

/** Reads the list and writes the file: what the worker does for the page. */
export const runListExport = async (
  req: ListExportRequest,
  format: ListExportFormat,
  lng: Language,
  t: Translate,
): Promise<ListExportResult> => {
  const table = await buildExportTable(req, lng, t);
  const bytes = format === 'xlsx' ? await tableToXlsx(table, lng) : tableToCsv(table, lng);
  return { bytes, count: table.rows.length };
};

/**
 * What the audit log records once the file is saved: a list of people by name left the app (how
 * many, never who). Mentees exported by code and sessions are not people by name: nothing.
 */
export const auditOfExport = (req: ListExportRequest, count: number): AuditInput | null => {
  switch (req.kind) {
    case 'mentors':
      return { action: 'exportList', subjectKind: 'mentor', count };
    case 'contacts':
      return { action: 'exportList', subjectKind: 'contact', count };
    case 'mentees':
      return req.realNames ? { action: 'exportList', subjectKind: 'mentee', count } : null;
    case 'sessions':
      return null;
  }
};

/**
 * An ASCII slug of a translated word for file names ("Mentoráltak" → "mentoraltak"): letters
 * without their accents, anything else a dash.
 */
export const asciiSlug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'dj')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * `tandem-mentorok-2026-12-06.xlsx`: the list's name in the UI language as an ASCII slug (Serbian
 * Cyrillic takes the Latin spelling), then the day. `slugWord` is the `fileName.<kind>` text.
 */
export const exportFileName = (slugWord: string, kind: ListKind, format: ListExportFormat, today: string): string =>
  `tandem-${asciiSlug(slugWord) || kind}-${today}.${format}`;
