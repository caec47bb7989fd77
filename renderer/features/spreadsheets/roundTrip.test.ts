import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { generateDataset } from '../../../tests/bench/dataset';
import { exportFieldsOf, mentorValues, recordToCells } from '../../../shared/spreadsheet/fields';
import { importText } from '../../../shared/spreadsheet/labels';
import { guessMapping } from '../../../shared/spreadsheet/mapping';
import { buildPreview } from '../../../shared/spreadsheet/preview';
import { valueQuestions } from '../../../shared/spreadsheet/questions';
import { readSpreadsheet } from '../../../shared/spreadsheet/read';
import type { Language } from '../../../shared/domain/base';
import type { Mentor } from '../../../shared/domain/mentor';
import { commitImport, loadExistingIndex, loadImportContext } from './importRepo';

/**
 * The round trip of issue 16: the large sample's mentors written to XLSX with the field
 * catalogue (as the list export and the templates write them: headers and labels in the
 * language, programme names, real dates), the database wiped, the file imported, and every
 * field of every mentor equal to what it was.
 */

const TODAY = '2025-01-15';
const data = generateDataset('large', { today: TODAY });

const toWorkbook = async (mentors: readonly Mentor[], language: Language): Promise<Uint8Array> => {
  const fields = exportFieldsOf('mentors');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mentors');
  ws.addRow(fields.map((f) => importText(language, `fields.${f.key}`)));
  const ctx = { language, programmes: data.programmes, format: 'xlsx' as const };
  for (const m of mentors) ws.addRow(recordToCells('mentors', mentorValues(m), ctx));
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

const comparable = (mentors: readonly Mentor[]) =>
  mentors.map((m) => JSON.stringify({ ...mentorValues(m), fullName: undefined })).sort();

describe("export the large sample's mentors to XLSX, wipe, import", () => {
  beforeAll(() => {
    expect(data.mentors).toHaveLength(2000);
  });

  // All 2,000 in Hungarian; a part of them in Finnish (the same code, half the time).
  for (const [language, count] of [
    ['hu', 2000],
    ['fi', 400],
  ] as const)
    it(`gives back every mentor field by field (${language} headers and labels, ${count} mentors)`, async () => {
      const mentors = data.mentors.slice(0, count);
      const bytes = await toWorkbook(mentors, language);
      await resetDatabase();
      await db.settings.bulkAdd(data.settings);
      await db.programmes.bulkAdd(data.programmes);

      const sheet = await readSpreadsheet(bytes, 'mentors.xlsx');
      expect(sheet.rows).toHaveLength(count);
      const context = await loadImportContext({ language, today: TODAY });
      const { mapping } = guessMapping('mentors', sheet.headers, null, sheet.rows, context.nameOrder);
      expect(mapping).toEqual(exportFieldsOf('mentors').map((f) => f.key));
      expect(valueQuestions('mentors', sheet, mapping, context)).toEqual([]);
      const preview = buildPreview({
        kind: 'mentors',
        sheet,
        mapping,
        answers: {},
        existing: await loadExistingIndex('mentors'),
        context,
      });
      expect(preview.rows.filter((r) => r.outcome === 'error')).toEqual([]);
      // The sample has people of the same name and year of birth: they are added anyway.
      const decisions = Object.fromEntries(
        preview.rows.filter((r) => r.outcome === 'duplicate').map((r) => [r.row, 'add' as const]),
      );
      const result = await commitImport({ preview, decisions });
      expect(result.added).toBe(count);

      const imported = await db.mentors.toArray();
      expect(comparable(imported)).toEqual(comparable(mentors));
    }, 120_000);
});
