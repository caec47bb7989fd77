import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { getMeta } from '../../db/meta';
import { ReadOnlyDatabaseError } from '../../db/writePath';
import type { Snapshot } from '../../db/AppDB';
import type { DomainTableName } from '../../../shared/domain';
import { ContactSchema, contactSearchTokens, type Contact } from '../../../shared/domain/contact';
import {
  MenteeSchema,
  formatMenteeCode,
  menteeCodeNumber,
  menteeSearchTokens,
  type Mentee,
} from '../../../shared/domain/mentee';
import { MentorSchema, mentorDerived, type Mentor } from '../../../shared/domain/mentor';
import { ProgrammeSchema, type Programme } from '../../../shared/domain/programme';
import { AttendanceSchema, SessionSchema, type Attendance, type Session } from '../../../shared/domain/session';
import { attendanceId } from '../../../shared/sync/ids';
import { SpreadsheetError } from '../../../shared/spreadsheet/errors';
import { shapeKey } from '../../../shared/spreadsheet/mapping';
import { decisionOf } from '../../../shared/spreadsheet/preview';
import { updatedContactInput, updatedMenteeInput, updatedMentorInput } from '../../../shared/spreadsheet/update';
import { parseDate } from '../../../shared/spreadsheet/values';
import type {
  ColumnMapping,
  Decisions,
  ExistingIndex,
  ExistingPerson,
  FieldKey,
  ImportContext,
  ImportKind,
  ImportOptions,
  ImportPreview,
  ImportResult,
  ImportedRecord,
  PreviewRow,
  SheetRead,
} from '../../../shared/spreadsheet/types';
import { recordAudit } from '../audit';
import { getSettings } from '../settings';
import { todayIso } from '../../lib/format';

/**
 * The spreadsheet import's database side: what the preview compares the file with (read once
 * per file, by the import worker), the mappings remembered per shape of file, and the commit —
 * every accepted row in one transaction, with an undo snapshot of the same kind a backup merge
 * keeps (the records it overwrote, the ids it added and the revs it wrote), so the backup
 * feature's "Undo last import" puts the data back exactly.
 *
 * The records are built the way the repositories build them (the same schemas and derived
 * fields) and written through the write path, which stamps them as this PC's changes.
 */

const live = <T extends { deletedAt: string | null }>(r: T): boolean => r.deletedAt === null;

// ——— What the preview reads ———

/** Opens the database ahead of the preview (a worker warming up while the file is chosen). */
export const openForPreview = async (): Promise<void> => {
  await db.open();
};

export const loadImportContext = async (options: ImportOptions): Promise<ImportContext> => {
  const programmes = (await db.programmes.toArray()).filter(live);
  return {
    language: options.language,
    nameOrder: options.nameOrder ?? (options.language === 'hu' ? 'familyFirst' : 'givenFirst'),
    today: options.today ?? todayIso(),
    programmes: programmes.map((p) => ({ id: p.id, name: p.name, codePrefix: p.codePrefix, active: p.active })),
  };
};

const person = (p: Mentor | Contact | Mentee): ExistingPerson => ({
  id: p.id,
  givenName: p.givenName,
  familyName: p.familyName,
  email: 'email' in p ? p.email : '',
  phone: 'phone' in p ? p.phone : '',
  birthYear: 'birthYear' in p ? p.birthYear : null,
  ...('organisation' in p ? { organisation: p.organisation } : {}),
});

/** The session dates a sheet of attendance names (for reading only the sessions of those days). */
export const sessionDatesOf = (sheet: Pick<SheetRead, 'rows'>, mapping: ColumnMapping): string[] => {
  const col = mapping.indexOf('sessionDate');
  if (col < 0) return [];
  const dates = new Set<string>();
  for (const row of sheet.rows) {
    const d = parseDate(row[col] ?? null);
    if (d) dates.add(d);
  }
  return [...dates];
};

/**
 * The existing records the duplicate rules and the attendance matching look at, as small as
 * they can be (names, e-mail, phone, year of birth, codes): people of the kind imported, every
 * person for attendance, and for attendance the sessions of the file's dates with their rows.
 */
export const loadExistingIndex = async (
  kind: ImportKind,
  sessionDates: readonly string[] = [],
): Promise<ExistingIndex> => {
  const wants = (k: 'mentors' | 'mentees' | 'contacts') => kind === k || kind === 'attendance';
  return db.transaction('r', [db.mentors, db.mentees, db.contacts, db.sessions, db.attendance], async () => {
    const mentors = wants('mentors') ? (await db.mentors.toArray()).filter(live).map(person) : [];
    const contacts = wants('contacts') ? (await db.contacts.toArray()).filter(live).map(person) : [];
    const mentees = wants('mentees')
      ? (await db.mentees.toArray()).filter(live).map((m) => ({
          ...person(m),
          code: m.code,
          formerCodes: m.formerCodes ?? [],
          programmeId: m.programmeId,
        }))
      : [];
    let sessions: ExistingIndex['sessions'] = [];
    let attendance: ExistingIndex['attendance'] = [];
    if (kind === 'attendance' && sessionDates.length > 0) {
      const found = (
        await db.sessions
          .where('date')
          .anyOf([...sessionDates])
          .toArray()
      ).filter(live);
      sessions = found.map((s) => ({
        id: s.id,
        date: s.date,
        title: s.title,
        kind: s.kind,
        startTime: s.startTime,
        endTime: s.endTime,
      }));
      const rows =
        found.length > 0
          ? await db.attendance
              .where('sessionId')
              .anyOf(found.map((s) => s.id))
              .toArray()
          : [];
      attendance = rows
        .filter(live)
        .map((a) => ({ id: a.id, sessionId: a.sessionId, personId: a.personId, walkInName: a.walkInName }));
    }
    return { mentors, mentees, contacts, sessions, attendance };
  });
};

// ——— Remembered mappings ———

/** How many shapes of file are remembered (the oldest is forgotten first). */
const REMEMBERED_SHAPES = 50;

export const loadRememberedMapping = async (
  kind: ImportKind,
  headers: readonly string[],
): Promise<ColumnMapping | null> => {
  const all = await getMeta('spreadsheetMappings');
  const hit = all?.[shapeKey(kind, headers)];
  return hit ? (hit.mapping as ColumnMapping) : null;
};

const withRemembered = async (key: string, mapping: ColumnMapping, at: string) => {
  const all = { ...((await getMeta('spreadsheetMappings')) ?? {}) };
  all[key] = { mapping: [...mapping], at };
  const keys = Object.keys(all).sort((a, b) => all[b]!.at.localeCompare(all[a]!.at));
  for (const old of keys.slice(REMEMBERED_SHAPES)) delete all[old];
  return all;
};

/** Remembers a mapping without importing (the wizard may call it when the coordinator confirms a mapping). */
export const rememberMapping = async (key: string, mapping: ColumnMapping, now: Date = new Date()): Promise<void> => {
  if (db.readOnly) return;
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: 'spreadsheetMappings', value: await withRemembered(key, mapping, now.toISOString()) });
  });
};

// ——— The import ———

export type CommitInput = {
  preview: ImportPreview;
  decisions: Decisions;
  now?: Date;
};

const CHUNK = 1000;
const chunksOf = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

type Written = { table: DomainTableName; overwritten: { id: string }[]; added: string[]; written: string[] };

const recordOf = <K extends ImportedRecord['kind']>(row: PreviewRow, kind: K): Extract<ImportedRecord, { kind: K }> => {
  if (row.record?.kind !== kind) throw new Error(`row ${row.row} has no ${kind} record`);
  return row.record as Extract<ImportedRecord, { kind: K }>;
};

/**
 * Writes the accepted rows of a preview: new rows, duplicates the coordinator chose to add,
 * and updates of the existing records chosen (only the fields the file has, see
 * shared/spreadsheet/update.ts). One transaction that talks only to Dexie: everything or
 * nothing. Refusals are SpreadsheetErrors (a programme's prefix taken meanwhile, a record to
 * update deleted meanwhile, a read-only database).
 */
export const commitImport = async ({ preview, decisions, now = new Date() }: CommitInput): Promise<ImportResult> => {
  try {
    assertWritable();
  } catch (e) {
    throw e instanceof ReadOnlyDatabaseError ? new SpreadsheetError('readOnly') : e;
  }
  const at = now.toISOString();
  const lng = (await getSettings()).defaultLanguage;
  const adds: PreviewRow[] = [];
  const updates: PreviewRow[] = [];
  let skipped = 0;
  for (const row of preview.rows) {
    const d = decisionOf(row, decisions);
    if (d === 'import') adds.push(row);
    else if (d === 'update' && row.duplicate?.existingId) updates.push(row);
    else skipped++;
  }
  const mapped = preview.mappedFields as FieldKey[];

  // Everything that needs no database is built and validated before the transaction.
  const usedProgrammes = new Set<string>();
  for (const row of [...adds, ...updates]) {
    const r = row.record;
    if (r?.kind === 'mentors') for (const id of r.input.programmeIds) usedProgrammes.add(id);
    if (r?.kind === 'mentees') usedProgrammes.add(r.input.programmeId);
  }
  const sessionsUsed = new Set(
    adds.concat(updates).flatMap((r) => (r.record?.kind === 'attendance' ? [r.record.sessionKey] : [])),
  );
  for (const s of preview.sessions) if (sessionsUsed.has(s.key) && s.programmeId) usedProgrammes.add(s.programmeId);
  const newProgrammes: Programme[] = preview.newProgrammes
    .filter((p) => usedProgrammes.has(p.id))
    .map((p) => {
      const parsed = ProgrammeSchema.safeParse({
        id: p.id,
        name: p.name,
        codePrefix: p.codePrefix,
        description: '',
        active: true,
        checkInRule: null,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      });
      if (!parsed.success) throw new SpreadsheetError('invalidPrefix', { prefix: p.codePrefix, name: p.name });
      return parsed.data;
    });

  const newMentors: Mentor[] = [];
  const newContacts: Contact[] = [];
  const newMentees: { row: PreviewRow; draft: Omit<Mentee, 'code' | 'searchTokens'>; code: string | null }[] = [];
  if (preview.kind === 'mentors')
    for (const row of adds) {
      const r = recordOf(row, 'mentors');
      const history =
        r.status === 'exited' && r.exitDate && r.exitDate !== r.joinedOn
          ? [
              { status: 'applicant' as const, date: r.joinedOn, reason: '', override: null },
              { status: 'exited' as const, date: r.exitDate, reason: r.exitReason, override: null },
            ]
          : [
              {
                status: r.status,
                date: r.status === 'exited' ? (r.exitDate ?? r.joinedOn) : r.joinedOn,
                reason: r.status === 'exited' ? r.exitReason : '',
                override: null,
              },
            ];
      newMentors.push(
        MentorSchema.parse({
          ...r.input,
          id: crypto.randomUUID(),
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
          status: r.status,
          statusHistory: history,
          exitDate: r.exitDate,
          exitReason: r.exitReason,
          ...mentorDerived(r.input, lng),
        }),
      );
    }
  if (preview.kind === 'contacts')
    for (const row of adds) {
      const r = recordOf(row, 'contacts');
      newContacts.push(
        ContactSchema.parse({
          ...r.input,
          id: crypto.randomUUID(),
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
          searchTokens: contactSearchTokens(r.input),
        }),
      );
    }
  if (preview.kind === 'mentees')
    for (const row of adds) {
      const r = recordOf(row, 'mentees');
      const draft = {
        ...r.input,
        id: crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        status: r.status,
        closedOn: r.closedOn,
      };
      // Everything but the code is checked now; the code is chosen in the transaction.
      MenteeSchema.parse({ ...draft, code: 'A-001', searchTokens: [] });
      newMentees.push({ row, draft, code: r.code });
    }
  const newSessions: Session[] = [];
  const sessionIds = new Map<string, { id: string; date: string; kind: Session['kind'] }>();
  if (preview.kind === 'attendance')
    for (const s of preview.sessions) {
      if (!sessionsUsed.has(s.key)) continue;
      if (s.existingId) {
        sessionIds.set(s.key, { id: s.existingId, date: s.date, kind: s.kind });
        continue;
      }
      const session = SessionSchema.parse({
        title: s.title,
        kind: s.kind,
        subKind: s.subKind,
        programmeId: s.programmeId,
        date: s.date,
        startTime: s.startTime,
        endTime: s.endTime,
        place: '',
        facilitators: [],
        capacity: null,
        topic: '',
        expected: [],
        confidentialNotes: '',
        followUps: [],
        moduleIds: [],
        language: null,
        id: crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        seriesId: null,
        warnings: [],
        facilitatorIds: [],
        expectedIds: [],
      });
      newSessions.push(session);
      sessionIds.set(s.key, { id: session.id, date: session.date, kind: session.kind });
    }

  const snapshotId = crypto.randomUUID();
  const log: Written[] = [];
  let added = 0;
  let updated = 0;
  const tables = [
    db.programmes,
    db.mentors,
    db.mentees,
    db.contacts,
    db.sessions,
    db.attendance,
    db.snapshots,
    db.meta,
    db.auditLog,
    db.settings,
  ];
  try {
    await db.transaction('rw', tables, async () => {
      // Only the latest import can be undone (as with backups).
      await db.snapshots.clear();

      if (newProgrammes.length > 0) {
        const taken = new Set((await db.programmes.toArray()).filter(live).map((p) => p.codePrefix));
        for (const p of newProgrammes) {
          if (taken.has(p.codePrefix))
            throw new SpreadsheetError('prefixTaken', { prefix: p.codePrefix, name: p.name });
          taken.add(p.codePrefix);
        }
        await db.programmes.bulkAdd(newProgrammes);
        log.push({
          table: 'programmes',
          overwritten: [],
          added: newProgrammes.map((p) => p.id),
          written: newProgrammes.map((p) => p.id),
        });
      }

      const existingOf = async <T extends { id: string; deletedAt: string | null }>(
        table: { bulkGet: (ids: string[]) => Promise<(T | undefined)[]> },
        rows: PreviewRow[],
      ): Promise<T[]> => {
        const found = await table.bulkGet(rows.map((r) => r.duplicate!.existingId!));
        return found.map((f) => {
          if (!f || f.deletedAt !== null) throw new SpreadsheetError('recordGone');
          return f;
        });
      };

      if (preview.kind === 'mentors') {
        if (newMentors.length > 0) await db.mentors.bulkAdd(newMentors);
        const before = await existingOf<Mentor>(db.mentors, updates);
        const next = before.map((m, i) => {
          const input = updatedMentorInput(m, recordOf(updates[i]!, 'mentors').input, mapped);
          return MentorSchema.parse({ ...m, ...input, ...mentorDerived(input, lng) });
        });
        if (next.length > 0) await db.mentors.bulkPut(next);
        log.push({
          table: 'mentors',
          overwritten: before,
          added: newMentors.map((m) => m.id),
          written: [...newMentors, ...next].map((m) => m.id),
        });
        added = newMentors.length;
        updated = next.length;
      } else if (preview.kind === 'contacts') {
        if (newContacts.length > 0) await db.contacts.bulkAdd(newContacts);
        const before = await existingOf<Contact>(db.contacts, updates);
        const next = before.map((c, i) => {
          const input = updatedContactInput(c, recordOf(updates[i]!, 'contacts').input, mapped);
          return ContactSchema.parse({ ...c, ...input, searchTokens: contactSearchTokens(input) });
        });
        if (next.length > 0) await db.contacts.bulkPut(next);
        log.push({
          table: 'contacts',
          overwritten: before,
          added: newContacts.map((c) => c.id),
          written: [...newContacts, ...next].map((c) => c.id),
        });
        added = newContacts.length;
        updated = next.length;
      } else if (preview.kind === 'mentees') {
        const made = await withCodes(newMentees, [...newProgrammes, ...(await db.programmes.toArray())]);
        if (made.length > 0) await db.mentees.bulkAdd(made);
        const before = await existingOf<Mentee>(db.mentees, updates);
        const next = before.map((m, i) => {
          const input = updatedMenteeInput(m, recordOf(updates[i]!, 'mentees').input, mapped);
          return MenteeSchema.parse({ ...m, ...input, searchTokens: menteeSearchTokens(m.code, input, m.formerCodes) });
        });
        if (next.length > 0) await db.mentees.bulkPut(next);
        log.push({
          table: 'mentees',
          overwritten: before,
          added: made.map((m) => m.id),
          written: [...made, ...next].map((m) => m.id),
        });
        added = made.length;
        updated = next.length;
      } else {
        if (newSessions.length > 0) {
          await db.sessions.bulkAdd(newSessions);
          log.push({
            table: 'sessions',
            overwritten: [],
            added: newSessions.map((s) => s.id),
            written: newSessions.map((s) => s.id),
          });
        }
        const rows = [...adds, ...updates].map((row) => {
          const r = recordOf(row, 'attendance');
          const session = sessionIds.get(r.sessionKey)!;
          const fields = {
            sessionId: session.id,
            personKind: r.person.kind,
            personId: r.person.id,
            walkInName: r.person.kind === 'walkIn' ? r.person.label : '',
            status: r.status,
            hours: r.hours,
          };
          const id =
            row.duplicate?.existingId && updates.includes(row)
              ? row.duplicate.existingId
              : attendanceId(session.id, fields);
          return { id, fields, session, isUpdate: updates.includes(row) };
        });
        const priors = await db.attendance.bulkGet(rows.map((r) => r.id));
        if (rows.some((r, i) => r.isUpdate && (!priors[i] || priors[i]!.deletedAt !== null)))
          throw new SpreadsheetError('recordGone');
        const out: Attendance[] = rows.map((r, i) => {
          const prior = priors[i];
          return AttendanceSchema.parse({
            ...(prior ?? {}),
            ...r.fields,
            id: r.id,
            createdAt: prior?.createdAt ?? at,
            updatedAt: prior?.updatedAt ?? at,
            deletedAt: null,
            sessionDate: r.session.date,
            sessionKind: r.session.kind,
          });
        });
        if (out.length > 0) await db.attendance.bulkPut(out);
        log.push({
          table: 'attendance',
          overwritten: priors.filter((p): p is Attendance => p !== undefined),
          added: out.filter((_, i) => !priors[i]).map((a) => a.id),
          written: out.map((a) => a.id),
        });
        added = out.filter((_, i) => !rows[i]!.isUpdate).length;
        updated = out.length - added;
      }

      // The undo snapshot: what was overwritten, what was added, and the revs the write path gave.
      const chunks: Snapshot[] = [];
      const chunk = (
        table: DomainTableName,
        records: unknown[],
        addedIds: string[] = [],
        written?: Snapshot['written'],
      ): Snapshot => ({
        id: crypto.randomUUID(),
        snapshotId,
        createdAt: at,
        reason: 'spreadsheet',
        table,
        records,
        addedIds,
        ...(written ? { written } : {}),
      });
      for (const w of log) {
        const stored = (await db.table<{ id: string; rev?: string }, string>(w.table).bulkGet(w.written)).filter(
          (r): r is { id: string; rev?: string } => r !== undefined,
        );
        for (const records of chunksOf(w.overwritten)) chunks.push(chunk(w.table, records));
        for (const ids of chunksOf(w.added)) chunks.push(chunk(w.table, [], ids));
        for (const revs of chunksOf(stored.map((r) => ({ id: r.id, rev: String(r.rev) }))))
          chunks.push(chunk(w.table, [], [], revs));
      }
      await db.snapshots.bulkAdd(chunks.length > 0 ? chunks : [chunk('settings', [])]);
      await recordAudit({ action: 'importSpreadsheet', subjectKind: 'file', count: added + updated }, now);
      await db.meta.put({ key: 'lastImportAt', value: at });
      if (preview.mapping)
        await db.meta.put({
          key: 'spreadsheetMappings',
          value: await withRemembered(preview.shapeKey, preview.mapping, at),
        });
    });
  } catch (e) {
    throw e instanceof ReadOnlyDatabaseError ? new SpreadsheetError('readOnly') : e;
  }
  return {
    kind: preview.kind,
    added,
    updated,
    skipped,
    programmesCreated: newProgrammes.length,
    sessionsCreated: newSessions.length,
    snapshotId,
  };
};

/**
 * Codes for the new mentees, chosen inside the transaction as `createMentee` chooses them: a
 * code from the file is kept when no mentee (deleted ones included: a code never points at two
 * people over time) has it; every other mentee gets its programme's next number.
 */
const withCodes = async (
  drafts: { draft: Omit<Mentee, 'code' | 'searchTokens'>; code: string | null }[],
  programmes: readonly Programme[],
): Promise<Mentee[]> => {
  const prefixOf = new Map(programmes.map((p) => [p.id, p.codePrefix]));
  const wanted = [...new Set(drafts.flatMap((d) => (d.code ? [d.code] : [])))];
  const taken = new Set((await db.mentees.where('code').anyOf(wanted).keys()) as string[]);
  const kept = new Set<string>();
  const codes: (string | null)[] = drafts.map((d) => {
    if (!d.code || taken.has(d.code) || kept.has(d.code)) return null;
    kept.add(d.code);
    return d.code;
  });
  const next = new Map<string, number>();
  const nextCode = async (prefix: string): Promise<string> => {
    let n = next.get(prefix);
    if (n === undefined) {
      const stored = (await db.mentees.where('code').startsWith(`${prefix}-`).keys()) as string[];
      n = [...stored, ...kept].reduce((m, c) => Math.max(m, menteeCodeNumber(c, prefix) ?? 0), 0);
    }
    n += 1;
    next.set(prefix, n);
    return formatMenteeCode(prefix, n);
  };
  const out: Mentee[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const { draft } = drafts[i]!;
    const prefix = prefixOf.get(draft.programmeId);
    if (!prefix) throw new SpreadsheetError('recordGone');
    const code = codes[i] ?? (await nextCode(prefix));
    out.push(MenteeSchema.parse({ ...draft, code, searchTokens: menteeSearchTokens(code, draft) }));
  }
  return out;
};
