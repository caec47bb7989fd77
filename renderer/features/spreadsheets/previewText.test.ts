import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { buildResources } from '../../i18n/i18n';
import type { PreviewRow, PreviewSession } from '../../../shared/spreadsheet/types';
import { MentorInputSchema } from '../../../shared/domain/mentor';
import { MenteeInputSchema } from '../../../shared/domain/mentee';
import { duplicateText, errorText, noteTexts, rowTitle, type RowTextContext } from './previewText';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: buildResources(), lng: 'hu', fallbackLng: 'en', interpolation: { escapeValue: false } });
  t = i18n.t;
});

const session: PreviewSession = {
  key: 's1',
  date: '2024-03-05',
  title: 'Esetmegbeszélés',
  kind: 'supervision',
  subKind: 'caseDiscussion',
  startTime: '16:00',
  endTime: '17:30',
  programmeId: null,
  existingId: null,
  rows: 1,
};
const ctx = (showNames = false): RowTextContext => ({
  t: (k, o) => t(k, o),
  lng: 'hu',
  programmeNames: new Map([['p1', 'Ifjúsági program']]),
  sessions: new Map([['s1', session]]),
  showNames,
});

const mentorRow: PreviewRow = {
  row: 3,
  outcome: 'new',
  errors: [],
  notes: [],
  record: {
    kind: 'mentors',
    input: MentorInputSchema.parse({ givenName: 'Anna', familyName: 'Kovács' }),
    status: 'active',
    joinedOn: '2024-03-05',
    exitDate: null,
    exitReason: '',
  },
};

describe('preview texts', () => {
  it('names a mentor family name first in Hungarian', () => {
    expect(rowTitle(mentorRow, ctx())).toBe('Kovács Anna');
  });

  it('shows a mentee by code, the name only when asked, and a new code by its programme', () => {
    const mentee: PreviewRow = {
      row: 4,
      outcome: 'new',
      errors: [],
      notes: [],
      record: {
        kind: 'mentees',
        input: MenteeInputSchema.parse({
          programmeId: crypto.randomUUID(),
          transition: 'leavingCare',
          givenName: 'Béla',
          familyName: 'Nagy',
        }),
        code: 'HF-023',
        status: 'waiting',
        closedOn: null,
      },
    };
    expect(rowTitle(mentee, ctx())).toBe('HF-023');
    expect(rowTitle(mentee, ctx(true))).toBe('HF-023 · Nagy Béla');
    const uncoded = { ...mentee, record: { ...mentee.record!, code: null } } as PreviewRow;
    expect(rowTitle(uncoded, ctx())).toContain('(');
  });

  it('names an attendance by person and session', () => {
    const row: PreviewRow = {
      row: 5,
      outcome: 'new',
      errors: [],
      notes: [],
      record: {
        kind: 'attendance',
        sessionKey: 's1',
        person: { kind: 'walkIn', id: null, matchedBy: null, label: 'Szabó Éva' },
        status: 'present',
        hours: 1.5,
      },
    };
    expect(rowTitle(row, ctx())).toBe('Szabó Éva · 2024. 03. 05. · Esetmegbeszélés');
  });

  it('says which cell is wrong, why, and what the file holds', () => {
    const text = errorText(
      {
        column: 2,
        header: 'Belépés dátuma',
        field: 'joinedOn',
        value: '2024.13.45.',
        messageKey: 'spreadsheetImport:cellErrors.notADate',
      },
      7,
      ctx().t,
    );
    expect(text).toContain('Belépés dátuma');
    expect(text).toContain('7');
    expect(text).toContain('2024.13.45.');
    expect(text).toContain(t('spreadsheetImport:cellErrors.notADate'));
    const noHeader = errorText(
      { column: 27, header: '', field: null, value: '', messageKey: 'spreadsheetImport:cellErrors.invalid' },
      2,
      ctx().t,
    );
    expect(noHeader).toContain('AB');
  });

  it('says whom a duplicate matches and lists the notes', () => {
    const row: PreviewRow = {
      ...mentorRow,
      outcome: 'duplicate',
      duplicate: {
        reason: 'email',
        fileRow: 2,
        label: 'Kovács Anna',
        choices: ['skip', 'add'],
        messageKey: 'spreadsheetImport:duplicates.emailInFile',
      },
      notes: [{ messageKey: 'spreadsheetImport:notes.codeKept', params: { code: 'HF-001' } }],
    };
    expect(duplicateText(row, ctx().t)).toContain('2');
    expect(noteTexts(row, ctx().t)[0]).toContain('HF-001');
  });
});
