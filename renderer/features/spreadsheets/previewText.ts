import type { Language } from '../../../shared/domain/base';
import { formatPersonName } from '../../../shared/domain/names';
import type { CellError, PreviewRow, PreviewSession } from '../../../shared/spreadsheet/types';
import { formatDate } from '../../lib/format';
import { columnLetter } from './wizardModel';

/**
 * The words of a preview row: who it is, and each error, duplicate and note as a sentence.
 * Plain functions of the row and a translator, so the virtualised list only renders text.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type RowTextContext = {
  t: Translate;
  lng: Language;
  programmeNames: ReadonlyMap<string, string>;
  sessions: ReadonlyMap<string, PreviewSession>;
  /** Mentees are shown by code; their names only when asked for. */
  showNames: boolean;
};

/** Who or what the row is: a name (family name first in Hungarian), a mentee's code, an attendance. */
export const rowTitle = (row: PreviewRow, c: RowTextContext): string => {
  const r = row.record;
  if (!r) return '';
  switch (r.kind) {
    case 'mentors':
    case 'contacts':
      return formatPersonName(r.input, c.lng);
    case 'mentees': {
      const programme = c.programmeNames.get(r.input.programmeId) ?? '';
      const code = r.code ?? c.t('spreadsheetWizard:preview.newCode', { programme });
      const name = c.showNames
        ? formatPersonName({ givenName: r.input.givenName ?? '', familyName: r.input.familyName ?? '' }, c.lng)
        : '';
      return name ? `${code} · ${name}` : code;
    }
    case 'attendance': {
      const session = c.sessions.get(r.sessionKey);
      const where = session
        ? c.t('spreadsheetWizard:preview.session', { date: formatDate(session.date, c.lng), title: session.title })
        : '';
      return [r.person.label, where].filter(Boolean).join(' · ');
    }
  }
};

/** One error: the cell (column header and row) and the translated reason, with the value as written. */
export const errorText = (e: CellError, row: number, t: Translate): string => {
  const reason = t(e.messageKey, e.params);
  const text =
    e.column === null
      ? t('spreadsheetWizard:preview.rowError', { row, reason })
      : t('spreadsheetWizard:preview.cellError', { header: e.header || columnLetter(e.column), row, reason });
  return e.value ? `${text} ${t('spreadsheetWizard:preview.inFile', { value: e.value })}` : text;
};

/** Why the row looks like a duplicate: whom it matches, in Tandem or earlier in the file. */
export const duplicateText = (row: PreviewRow, t: Translate): string =>
  row.duplicate ? t(row.duplicate.messageKey, { label: row.duplicate.label, row: row.duplicate.fileRow ?? '' }) : '';

export const noteTexts = (row: PreviewRow, t: Translate): string[] => row.notes.map((n) => t(n.messageKey, n.params));
