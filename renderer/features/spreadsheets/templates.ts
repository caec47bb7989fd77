import type { Language } from '../../../shared/domain/base';
import {
  exportFieldsOf,
  toCell,
  type CellContext,
  type FieldDef,
  type FieldValue,
} from '../../../shared/spreadsheet/fields';
import { enumLabel, targetValues } from '../../../shared/spreadsheet/labels';
import type { Cell, FieldKey, ImportKind, ProgrammeRef } from '../../../shared/spreadsheet/types';

/**
 * The downloadable template of each kind: a first sheet with the columns the import reads
 * (headers in the chosen language, exactly the words the mapping guess recognises) and one
 * example row, and a "Notes" sheet saying for each column whether it is required, how to write
 * it and which values it takes, in the same language. The columns are the export's
 * (shared/spreadsheet/fields.ts), so a template, an export and an import all agree.
 */

/** A translator of full keys (`ns:key`) in the template's language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type TemplateOptions = {
  language: Language;
  t: Translate;
  /** The organisation's programmes: the example uses the first active one, the notes list them. */
  programmes: readonly Pick<ProgrammeRef, 'id' | 'name' | 'active'>[];
};

const W = 'spreadsheetWizard:template.';

/** Excel's display format of a date in each language (the cell holds a real date). */
const DATE_FORMAT: Record<Language, string> = {
  en: 'dd/mm/yyyy',
  hu: 'yyyy.mm.dd.',
  fi: 'd.m.yyyy',
  'sr-Latn': 'dd.mm.yyyy.',
  'sr-Cyrl': 'dd.mm.yyyy.',
};

/** The example programme when the organisation has none yet (its name comes from the locale). */
const EXAMPLE_PROGRAMME_ID = 'example-programme';

/** The example row's values in their canonical form (ISO dates, enum codes, programme ids). */
const exampleValues = (kind: ImportKind, t: Translate, programmeId: string): Partial<Record<FieldKey, FieldValue>> => {
  const person = {
    familyName: t(`${W}example.familyName`),
    givenName: t(`${W}example.givenName`),
    email: t(`${W}example.email`),
    phone: t(`${W}example.phone`),
  };
  switch (kind) {
    case 'mentors':
      return {
        ...person,
        gender: 'female',
        birthYear: 1988,
        languages: ['hu', 'en'],
        livedExperience: ['leavingCare'],
        programmes: [programmeId],
        capacity: 2,
        availability: t(`${W}example.availability`),
        status: 'applicant',
        joinedOn: '2024-03-05',
        interviewDate: '2024-03-12',
        notes: t(`${W}example.notes`),
      };
    case 'mentees':
      return {
        programme: programmeId,
        transition: 'leavingCare',
        status: 'waiting',
        referredOn: '2024-03-05',
        referralSource: t(`${W}example.referralSource`),
        birthYear: 2006,
        languages: ['hu'],
        livedExperience: ['leavingCare'],
        preferredMentorGender: 'any',
        needs: t(`${W}example.needs`),
        goals: t(`${W}example.goals`),
        consentGiven: true,
      };
    case 'contacts':
      return {
        ...person,
        organisation: t(`${W}example.organisation`),
        role: t(`${W}example.role`),
      };
    case 'attendance':
      return {
        sessionDate: '2024-03-05',
        sessionTitle: t(`${W}example.sessionTitle`),
        sessionKind: 'supervision',
        sessionSubKind: 'caseDiscussion',
        startTime: '16:00',
        endTime: '17:30',
        programme: programmeId,
        personType: 'mentor',
        familyName: person.familyName,
        givenName: person.givenName,
        email: person.email,
        attendanceStatus: 'present',
        hours: 1.5,
      };
  }
};

/** What a column takes, for the notes sheet: the labels of its values, or the programmes' names. */
const allowedValues = (def: FieldDef, opts: TemplateOptions): string => {
  if (def.target === 'programme') {
    const names = opts.programmes.filter((p) => p.active).map((p) => p.name);
    return names.length > 0 ? names.join('; ') : opts.t(`${W}notes.noProgrammes`);
  }
  if (def.target)
    return targetValues(def.target)
      .map((v) => enumLabel(def.target!, v, opts.language))
      .join('; ');
  return '';
};

/** Sheet names: at most 31 characters, none of `[]:*?/\`. */
const sheetName = (s: string): string =>
  s
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim() || 'Sheet1';

/** The template's data sheet as plain cells: the header row and the example row. */
export const templateRows = (kind: ImportKind, opts: TemplateOptions): { headers: string[]; example: Cell[] } => {
  const fields = exportFieldsOf(kind) as FieldDef[];
  const active = opts.programmes.find((p) => p.active);
  const programmes = active ? opts.programmes : [{ id: EXAMPLE_PROGRAMME_ID, name: opts.t(`${W}example.programme`) }];
  const ctx: CellContext = { language: opts.language, programmes, format: 'xlsx' };
  const values = exampleValues(kind, opts.t, active?.id ?? EXAMPLE_PROGRAMME_ID);
  return {
    headers: fields.map((f) => opts.t(f.labelKey)),
    example: fields.map((f) => toCell(f, values[f.key] ?? null, ctx)),
  };
};

/** The notes sheet's rows: column, required, how to write it, allowed values. */
export const templateNotes = (kind: ImportKind, opts: TemplateOptions): string[][] =>
  (exportFieldsOf(kind) as FieldDef[]).map((f) => [
    opts.t(f.labelKey),
    f.required ? opts.t(`${W}notes.required`) : '',
    opts.t(f.valueKey),
    allowedValues(f, opts),
  ]);

/** The file name offered for a kind's template, e.g. `tandem-mentors-template.xlsx` in the language. */
export const templateFileName = (kind: ImportKind, t: Translate): string => `${t(`${W}fileName.${kind}`)}.xlsx`;

/** The template as XLSX bytes. */
export const buildTemplate = async (kind: ImportKind, opts: TemplateOptions): Promise<Uint8Array> => {
  const { t } = opts;
  const { headers, example } = templateRows(kind, opts);
  const fields = exportFieldsOf(kind) as FieldDef[];
  // Loaded on first use: exceljs is large.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tandem';
  wb.created = new Date();

  const data = wb.addWorksheet(sheetName(t(`${W}sheet.${kind}`)), { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = fields.map((f, i) => ({
    width: Math.min(40, Math.max(12, (headers[i] ?? '').length + 2)),
    style: f.value === 'date' ? { numFmt: DATE_FORMAT[opts.language] } : {},
  }));
  data.addRow(headers).font = { bold: true };
  const exampleRow = data.addRow(example);
  // The example is grey and italic, so it reads as something to replace.
  exampleRow.font = { italic: true, color: { argb: 'FF595959' } };

  const notes = wb.addWorksheet(sheetName(t(`${W}sheet.notes`)));
  notes.columns = [{ width: 34 }, { width: 12 }, { width: 60 }, { width: 60 }];
  notes.addRow([t(`${W}notes.title.${kind}`)]).font = { bold: true, size: 14 };
  for (const line of ['example', 'oneName', 'dates', 'anyLanguage'] as const) notes.addRow([t(`${W}notes.${line}`)]);
  notes.addRow([]);
  notes.addRow([
    t(`${W}notes.column`),
    t(`${W}notes.requiredHeader`),
    t(`${W}notes.howToWrite`),
    t(`${W}notes.allowed`),
  ]).font = {
    bold: true,
  };
  for (const row of templateNotes(kind, opts)) {
    const added = notes.addRow(row);
    added.alignment = { wrapText: true, vertical: 'top' };
    added.getCell(1).font = { bold: true };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
