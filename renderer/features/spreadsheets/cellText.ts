import type { Language } from '../../../shared/domain/base';
import { enumLabel } from '../../../shared/spreadsheet/labels';
import type { Cell } from '../../../shared/spreadsheet/types';
import { formatDate, formatNumber } from '../../lib/format';

/**
 * A cell as the coordinator saw it in Excel: a date in the language's format (a read date is
 * the UTC midnight of its day), numbers with the language's decimal sign, yes/no in words.
 */
export const cellText = (cell: Cell, lng: Language): string => {
  if (cell === null) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const iso = cell.toISOString();
    const midnight = iso.endsWith('T00:00:00.000Z');
    return midnight ? formatDate(iso.slice(0, 10), lng) : `${formatDate(iso.slice(0, 10), lng)} ${iso.slice(11, 16)}`;
  }
  if (typeof cell === 'number') return formatNumber(cell, lng, 6);
  if (typeof cell === 'boolean') return enumLabel('boolean', String(cell), lng);
  return cell;
};

/** The first non-empty values of a column, for the mapping step. */
export const firstValues = (sample: readonly Cell[][], column: number, lng: Language, max = 3): string[] => {
  const values: string[] = [];
  for (const row of sample) {
    const text = cellText(row[column] ?? null, lng).trim();
    if (text) values.push(text);
    if (values.length >= max) break;
  }
  return values;
};
