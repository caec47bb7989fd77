import { fieldsOf, type FieldDef } from '../../../shared/spreadsheet/fields';
import type {
  ColumnMapping,
  Decisions,
  DuplicateDecision,
  FieldKey,
  ImportCounts,
  ImportKind,
  PreviewRow,
  ValueAnswers,
  ValueQuestion,
} from '../../../shared/spreadsheet/types';

/**
 * The wizard's rules as plain functions (the page and its hook only call these): the steps,
 * the mapping edits, what the mapping still lacks, the value answers, and the duplicates' choices.
 */

export const WIZARD_STEPS = ['file', 'sheet', 'mapping', 'values', 'preview', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Excel's letter of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** Two reads of a file have the same shape when their headers are the same, column for column. */
export const sameShape = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((h, i) => h.trim().toLowerCase() === (b[i] ?? '').trim().toLowerCase());

export type AssignResult = {
  mapping: ColumnMapping;
  /** The column the field was taken from (a field is read from one column only), or null. */
  movedFrom: number | null;
};

/** Choose `field` (or null, "do not import") for `column`; another column holding the field loses it. */
export const assignColumn = (mapping: ColumnMapping, column: number, field: FieldKey | null): AssignResult => {
  const movedFrom = field === null ? -1 : mapping.findIndex((f, i) => i !== column && f === field);
  const next = mapping.map((f, i) => (i === column ? field : i === movedFrom ? null : f));
  return { mapping: next, movedFrom: movedFrom >= 0 ? movedFrom : null };
};

/** The fields a column of this kind may be matched to, in the catalogue's order. */
export const importableFields = (kind: ImportKind): FieldDef[] =>
  (fieldsOf(kind) as FieldDef[]).filter((f) => f.importable);

/**
 * What the mapping lacks before a preview is worth making, as groups of fields: each group
 * is satisfied by any one of its alternatives. The two name fields may come from one column
 * with the whole name; attendance needs somebody to be named (by name, e-mail or code).
 */
export type MissingRequirement =
  { kind: 'fields'; fields: FieldKey[]; orFullName: boolean } | { kind: 'attendancePerson' } | { kind: 'nothing' };

export const missingRequirements = (kind: ImportKind, mapping: ColumnMapping): MissingRequirement[] => {
  const mapped = new Set(mapping.filter((f): f is FieldKey => f !== null));
  if (mapped.size === 0) return [{ kind: 'nothing' }];
  const missing: MissingRequirement[] = [];
  const required = importableFields(kind)
    .filter((f) => f.required)
    .map((f) => f.key);
  const names: FieldKey[] = ['familyName', 'givenName'];
  const nameFields = required.filter((f) => names.includes(f));
  if (nameFields.length > 0 && !mapped.has('fullName')) {
    const lacking = nameFields.filter((f) => !mapped.has(f));
    if (lacking.length > 0) missing.push({ kind: 'fields', fields: lacking, orFullName: true });
  }
  const others = required.filter((f) => !names.includes(f) && !mapped.has(f));
  if (others.length > 0) missing.push({ kind: 'fields', fields: others, orFullName: false });
  if (kind === 'attendance') {
    const person: FieldKey[] = ['fullName', 'familyName', 'givenName', 'email', 'menteeCode'];
    if (!person.some((f) => mapped.has(f))) missing.push({ kind: 'attendancePerson' });
  }
  return missing;
};

/** Whether a column with the whole name is mapped (then the wizard offers the name order). */
export const mapsFullName = (mapping: ColumnMapping): boolean => mapping.includes('fullName');

// ——— Values ———

/** The answers Tandem suggests, for the questions that have a suggestion; earlier answers win. */
export const initialAnswers = (questions: readonly ValueQuestion[], earlier: ValueAnswers = {}): ValueAnswers => {
  const answers: ValueAnswers = {};
  for (const q of questions) {
    const a = earlier[q.key] ?? q.suggestion;
    if (a) answers[q.key] = a;
  }
  return answers;
};

export const unansweredQuestions = (questions: readonly ValueQuestion[], answers: ValueAnswers): ValueQuestion[] =>
  questions.filter((q) => !answers[q.key]);

/** Every question not answered yet is answered "leave the cell empty". */
export const ignoreUnanswered = (questions: readonly ValueQuestion[], answers: ValueAnswers): ValueAnswers => {
  const next = { ...answers };
  for (const q of questions) next[q.key] ??= { kind: 'ignore' };
  return next;
};

/** A programme code prefix: what the programmes' settings accept (1–5 capital letters). */
export const CODE_PREFIX = /^[A-Z]{1,5}$/;

// ——— Preview ———

export type RowFilter = 'all' | 'new' | 'duplicate' | 'error';

/** The rows a filter shows; `all` returns the same array (no copy of 100,000 rows). */
export const filterRows = (rows: readonly PreviewRow[], filter: RowFilter): readonly PreviewRow[] =>
  filter === 'all' ? rows : rows.filter((r) => r.outcome === filter);

/** A duplicate without a decision is skipped (the safe choice). */
export const chosenDecision = (row: PreviewRow, decisions: Decisions): DuplicateDecision =>
  row.outcome === 'duplicate' ? (decisions[row.row] ?? 'skip') : 'skip';

/**
 * "Apply to all": every duplicate that may be handled this way gets the decision; the others
 * keep theirs (a row matching an earlier row of the file cannot update, attendance cannot be
 * added twice), and are counted so the page can say so.
 */
export const applyToAll = (
  rows: readonly PreviewRow[],
  decisions: Decisions,
  decision: DuplicateDecision,
): { decisions: Decisions; applied: number; notApplicable: number } => {
  const next: Decisions = { ...decisions };
  let applied = 0;
  let notApplicable = 0;
  for (const r of rows) {
    if (r.outcome !== 'duplicate' || !r.duplicate) continue;
    if (r.duplicate.choices.includes(decision)) {
      next[r.row] = decision;
      applied += 1;
    } else notApplicable += 1;
  }
  return { decisions: next, applied, notApplicable };
};

/** How many rows the Import button would write. */
export const rowsToWrite = (c: ImportCounts): number => c.new + c.update + c.add;
