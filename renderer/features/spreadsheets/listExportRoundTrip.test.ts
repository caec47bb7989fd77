import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/base';
import { contactValues, exportFieldsOf, mentorValues, menteeValues } from '../../../shared/spreadsheet/fields';
import { guessMapping } from '../../../shared/spreadsheet/mapping';
import { buildPreview } from '../../../shared/spreadsheet/preview';
import { valueQuestions } from '../../../shared/spreadsheet/questions';
import { readSpreadsheet } from '../../../shared/spreadsheet/read';
import type { ImportKind } from '../../../shared/spreadsheet/types';
import { generateDataset } from '../../../tests/bench/dataset';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { commitImport, loadExistingIndex, loadImportContext } from './importRepo';
import { columnsOf, runListExport, type ListExportFormat, type ListExportRequest, type Translate } from './listExport';
import { standaloneTranslator } from './listExportTranslator';

/**
 * An exported list goes back in field by field: the list export's own file (XLSX and CSV, the
 * extras included) read by the import, its columns guessed, the database wiped, the rows
 * imported, and every field equal to what it was. The extras are left unmapped.
 */

const TODAY = '2025-01-15';
const data = generateDataset('small', { today: TODAY });

let tr: Partial<Record<Language, Translate>> = {};
beforeAll(async () => {
  tr = {
    hu: await standaloneTranslator('hu'),
    fi: await standaloneTranslator('fi'),
    en: await standaloneTranslator('en'),
  };
});

/** Half of the people with a national phone number ("06 30 …"), which no spreadsheet takes for a formula. */
const nationalPhones = <R extends { phone: string }>(records: readonly R[]): R[] =>
  records.map((r, i) => (i % 2 ? r : { ...r, phone: r.phone.replace(/^\+36 /, '06 ').replace(/^\+358 /, '0') }));

const seed = async () => {
  await resetDatabase();
  await db.settings.bulkAdd(data.settings);
  await db.programmes.bulkAdd(data.programmes);
};

const sorted = (values: Record<string, unknown>[]) =>
  values.map((v) => JSON.stringify({ ...v, fullName: undefined })).sort();

const roundTrip = async (
  req: Extract<ListExportRequest, { kind: 'mentors' | 'mentees' | 'contacts' }>,
  format: ListExportFormat,
  lng: Language,
) => {
  const kind: ImportKind = req.kind;
  const { bytes, count } = await runListExport(req, format, lng, tr[lng]!);
  await seed();
  const sheet = await readSpreadsheet(bytes, `list.${format}`);
  expect(sheet.rows).toHaveLength(count);
  const context = await loadImportContext({ language: lng, today: TODAY });
  const { mapping } = guessMapping(kind, sheet.headers, null, sheet.rows, context.nameOrder);
  // Every field column maps to its field; the extras to nothing.
  expect(mapping).toEqual(columnsOf(req).map((c) => (c.imported ? c.key : null)));
  expect(valueQuestions(kind, sheet, mapping, context)).toEqual([]);
  const preview = buildPreview({ kind, sheet, mapping, answers: {}, existing: await loadExistingIndex(kind), context });
  const errors = preview.rows.filter((r) => r.outcome === 'error');
  // lib/csv.ts writes a phone "+36 30 …" as "'+36 30 …" (Excel would read a formula); the
  // import takes the apostrophe off again (shared/spreadsheet/readCsv.ts), so no row is refused.
  expect(errors).toEqual([]);
  const decisions = Object.fromEntries(
    preview.rows.filter((r) => r.outcome === 'duplicate').map((r) => [r.row, 'add' as const]),
  );
  const result = await commitImport({ preview, decisions });
  expect(result.added).toBe(count);
};

describe('an exported list re-imports field by field', () => {
  for (const [format, lng] of [
    ['xlsx', 'hu'],
    ['csv', 'fi'],
  ] as const)
    it(`mentors, ${format.toUpperCase()} in ${lng}`, async () => {
      await seed();
      const mentors = nationalPhones(data.mentors);
      await db.mentors.bulkAdd(mentors);
      await roundTrip({ kind: 'mentors', filter: {} }, format, lng);
      const before = mentors;
      expect(before.length).toBeGreaterThan(mentors.length / 3);
      expect(sorted((await db.mentors.toArray()).map(mentorValues))).toEqual(sorted(before.map(mentorValues)));
    });

  it('mentees with real names, XLSX in English: the codes kept', async () => {
    await seed();
    await db.mentees.bulkAdd(data.mentees);
    const before = sorted(
      data.mentees.map(menteeValues).map((v) => ({ ...v, status: undefined, closedOn: undefined })),
    );
    await roundTrip({ kind: 'mentees', filter: {}, realNames: true }, 'xlsx', 'en');
    const after = (await db.mentees.toArray())
      .map(menteeValues)
      .map((v) => ({ ...v, status: undefined, closedOn: undefined }));
    expect(sorted(after)).toEqual(before);
  });

  it('contacts, CSV in Hungarian', async () => {
    await seed();
    const contacts = nationalPhones(data.contacts);
    await db.contacts.bulkAdd(contacts);
    await roundTrip({ kind: 'contacts', filter: {} }, 'csv', 'hu');
    const before = contacts;
    expect(before.length).toBeGreaterThan(contacts.length / 3);
    expect(sorted((await db.contacts.toArray()).map(contactValues))).toEqual(sorted(before.map(contactValues)));
  });

  it('the export writes every exportable field of the catalogue, in its order', () => {
    for (const kind of ['mentors', 'contacts'] as const)
      expect(
        columnsOf({ kind, filter: {} })
          .filter((c) => c.imported)
          .map((c) => c.key),
      ).toEqual(exportFieldsOf(kind).map((f) => f.key));
  });
});
