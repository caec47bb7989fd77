import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import ExcelJS from 'exceljs';
import { SUPPORTED_LANGUAGES, type Language } from '../../../shared/domain/base';
import { exportFieldsOf } from '../../../shared/spreadsheet/fields';
import { guessMapping } from '../../../shared/spreadsheet/mapping';
import { readSpreadsheet } from '../../../shared/spreadsheet/read';
import { IMPORT_KINDS } from '../../../shared/spreadsheet/types';
import { buildResources } from '../../i18n/i18n';
import { buildTemplate, templateFileName, templateNotes, type TemplateOptions, type Translate } from './templates';

const translators = new Map<Language, Translate>();
const translator = async (lng: Language): Promise<Translate> => {
  const cached = translators.get(lng);
  if (cached) return cached;
  const i18n = i18next.createInstance();
  await i18n.init({ resources: buildResources(), lng, fallbackLng: false, interpolation: { escapeValue: false } });
  const t: Translate = (key, o) => {
    // A template must never fall back to a key: every text it writes exists in the language.
    if (!i18n.exists(key)) throw new Error(`missing ${lng} ${key}`);
    return i18n.t(key, o);
  };
  translators.set(lng, t);
  return t;
};

const programmes = [
  { id: 'p1', name: 'Ifjúsági mentorprogram', active: true },
  { id: 'p2', name: 'Régi program', active: false },
];

const options = async (language: Language, withProgrammes = true): Promise<TemplateOptions> => ({
  language,
  t: await translator(language),
  programmes: withProgrammes ? programmes : [],
});

// Serbian Cyrillic is the Latin text transliterated: the Latin one stands for both here.
const LANGUAGES = SUPPORTED_LANGUAGES.filter((l) => l !== 'sr-Cyrl');

describe('templates', () => {
  for (const language of LANGUAGES)
    for (const kind of IMPORT_KINDS)
      it(`a ${language} ${kind} template reads back with every column recognised`, async () => {
        const bytes = await buildTemplate(kind, await options(language));
        const sheet = await readSpreadsheet(bytes, templateFileName(kind, await translator(language)));
        const fields = exportFieldsOf(kind).map((f) => f.key);
        expect(sheet.headerRow).toBe(1);
        expect(sheet.rows).toHaveLength(1);
        expect(guessMapping(kind, sheet.headers, null, sheet.rows).mapping).toEqual(fields);
      }, 30_000);

  it("writes the example with the organisation's first active programme, real dates and labels in the language", async () => {
    const bytes = await buildTemplate('mentors', await options('hu'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const [data, notes] = wb.worksheets;
    expect(data?.name).toBe('Mentorok');
    const headers = (data?.getRow(1).values as unknown[]).slice(1);
    const example = (data?.getRow(2).values as unknown[]).slice(1);
    const at = (field: string) => example[exportFieldsOf('mentors').findIndex((f) => f.key === field)];
    expect(headers[0]).toBe('Vezetéknév');
    expect(at('programmes')).toBe('Ifjúsági mentorprogram');
    expect(at('joinedOn')).toEqual(new Date(Date.UTC(2024, 2, 5)));
    expect(at('status')).toBe('Jelentkező');
    expect(notes?.name).toBe('Megjegyzések');
  });

  it('explains each column in the notes: required, how to write it, the allowed values in the language', async () => {
    const notes = templateNotes('mentors', await options('fi'));
    const fields = exportFieldsOf('mentors');
    expect(notes).toHaveLength(fields.length);
    const row = (key: string) => notes[fields.findIndex((f) => f.key === key)]!;
    expect(row('familyName')[1]).not.toBe('');
    expect(row('email')[1]).toBe('');
    expect(row('status')[3]).toContain('Aktiivinen');
    // Inactive programmes are not offered for new rows.
    expect(row('programmes')[3]).toBe('Ifjúsági mentorprogram');
    for (const r of notes) expect(r[2]).not.toBe('');
  });

  it('without programmes, the example names one and the notes say it will be created', async () => {
    const opts = await options('en', false);
    const notes = templateNotes('mentees', opts);
    const programmeRow = notes[exportFieldsOf('mentees').findIndex((f) => f.key === 'programme')]!;
    expect(programmeRow[3]).toBe(opts.t('spreadsheetWizard:template.notes.noProgrammes'));
    const bytes = await buildTemplate('mentees', opts);
    const sheet = await readSpreadsheet(bytes, 'm.xlsx');
    const col = exportFieldsOf('mentees').findIndex((f) => f.key === 'programme');
    expect(sheet.rows[0]?.[col]).toBe(opts.t('spreadsheetWizard:template.example.programme'));
  });
});
