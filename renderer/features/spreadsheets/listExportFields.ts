import type { Language } from '../../../shared/domain/base';
import {
  contactValues,
  exportFieldsOf,
  menteeValues,
  mentorValues,
  toCell,
  type CellContext,
  type FieldDef,
  type FieldValue,
  type ValueKind,
} from '../../../shared/spreadsheet/fields';
import type { Cell } from '../../../shared/spreadsheet/types';

/**
 * The import's field catalogue (shared/spreadsheet/fields.ts) as export columns: the same
 * headers, and each value written the way the import reads it back (labels in the language,
 * programme names, real dates), so an exported list re-imports field by field.
 */

export type PeopleKind = 'mentors' | 'mentees' | 'contacts';

/** A cell before it is written: dates are `YYYY-MM-DD` and times `HH:mm` strings in their columns. */
export type CellValue = string | number | null;
export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'time';

const TYPE: Partial<Record<ValueKind, ColumnType>> = {
  date: 'date',
  time: 'time',
  year: 'integer',
  integer: 'integer',
  number: 'decimal',
};

const WIDTH: Partial<Record<ValueKind, number>> = {
  email: 28,
  phone: 18,
  year: 10,
  integer: 10,
  number: 10,
  date: 14,
  time: 8,
  enumList: 26,
  programme: 26,
  programmeList: 30,
  menteeCode: 12,
};

export type FieldColumn = { key: string; header: string; type: ColumnType; width: number; def: FieldDef };

/** The export's columns of the import's fields, minus `leaveOut`. */
export const fieldColumnsOf = (kind: PeopleKind, leaveOut: ReadonlySet<string> = new Set()): FieldColumn[] =>
  (exportFieldsOf(kind) as FieldDef[])
    .filter((def) => !leaveOut.has(def.key))
    .map((def) => ({
      key: def.key,
      header: def.labelKey,
      type: TYPE[def.value] ?? 'text',
      width: WIDTH[def.value] ?? (def.value === 'text' ? 20 : 16),
      def,
    }));

/** A stored record's field values in the catalogue's canonical form. */
export const fieldValuesOf = (kind: PeopleKind, record: unknown): Record<string, FieldValue> => {
  switch (kind) {
    case 'mentors':
      return mentorValues(record as Parameters<typeof mentorValues>[0]);
    case 'mentees':
      return menteeValues(record as Parameters<typeof menteeValues>[0]);
    case 'contacts':
      return contactValues(record as Parameters<typeof contactValues>[0]);
  }
};

const isoOf = (d: Date): string => d.toISOString().slice(0, 10);

/** The catalogue's XLSX cell as the export's cell: a date back to `YYYY-MM-DD` (its column says it is a date). */
const exportCell = (cell: Cell): CellValue => {
  if (cell === null) return null;
  if (cell instanceof Date) return isoOf(cell);
  if (typeof cell === 'boolean') return String(cell);
  return cell;
};

/** The cells of one record's field columns. */
export const fieldCells = (
  kind: PeopleKind,
  record: unknown,
  columns: readonly FieldColumn[],
  language: Language,
  programmes: CellContext['programmes'],
): CellValue[] => {
  const values = fieldValuesOf(kind, record);
  const ctx: CellContext = { language, programmes, format: 'xlsx' };
  return columns.map((c) => exportCell(toCell(c.def, values[c.def.key] ?? null, ctx)));
};
