import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { createProgramme } from '../programmes/programmesRepo';
import { createMentor } from '../mentors/mentorsRepo';
import { HUNGARIAN_MENTORS_CSV, encodeSingleByte, pngBytes } from '../../../tests/fixtures/spreadsheet/wild';
import { guessMapping } from '../../../shared/spreadsheet/mapping';
import type { ColumnMapping } from '../../../shared/spreadsheet/types';
import { createImportSession } from './importWorker';
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorkerProtocol';

/** The worker's session called directly (Node has no Web Worker), on fake-indexeddb. */
const session = () => {
  const handle = createImportSession();
  return async (req: ImportWorkerRequest) => {
    const messages: ImportWorkerMessage[] = [];
    await handle(req, (msg) => messages.push(msg));
    return messages;
  };
};
const last = <T extends ImportWorkerMessage['type']>(messages: ImportWorkerMessage[], type: T) => {
  const msg = messages.at(-1);
  if (msg?.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(msg)}`);
  return msg as Extract<ImportWorkerMessage, { type: T }>;
};

beforeEach(async () => {
  await resetDatabase();
  await createProgramme({ name: 'Lakhatás Először', codePrefix: 'LE' });
});

describe('the import worker', () => {
  it('reads a file, asks about its values and previews it against the database; only a summary crosses to the page', async () => {
    await createMentor({ givenName: 'Anna', familyName: 'Kovács', email: 'anna.kovacs@example.hu' });
    const send = session();
    const bytes = encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250');
    const opened = await send({ type: 'open', bytes, fileName: 'mentorok.csv', options: {} });
    expect(opened.some((m) => m.type === 'progress')).toBe(true);
    const { sheet } = last(opened, 'opened');
    expect(sheet).toMatchObject({ encoding: 'windows-1250', rowCount: 3, sampleRowNumbers: [2, 3, 4] });
    expect(sheet).not.toHaveProperty('rows');

    const { mapping } = guessMapping('mentors', sheet.headers, null, sheet.sample, 'familyFirst');
    const options = { language: 'hu' as const };
    const { questions } = last(
      await send({ type: 'questions', kind: 'mentors', mapping, options, answers: {} }),
      'questions',
    );
    expect(questions.map((q) => q.raw)).toEqual(['Ifjúsági program']);
    const answers = { [questions[0]!.key]: questions[0]!.suggestion! };
    const { preview } = last(await send({ type: 'preview', kind: 'mentors', mapping, answers, options }), 'previewed');
    expect(preview.rows.map((r) => r.outcome)).toEqual(['duplicate', 'new', 'new']);

    // Another encoding of the same file: the rest of the options stay.
    const reread = last(await send({ type: 'reread', options: { encoding: 'windows-1252' } }), 'opened');
    expect(reread.sheet.encoding).toBe('windows-1252');
    expect(reread.sheet.sample[0]![0]).toBe('Kovács Anna');
    expect(reread.sheet.sample[1]![0]).toBe('Szõke Ödön');
  });

  it('warms up before a file is chosen, then reads the file it is given', async () => {
    const send = session();
    expect(await send({ type: 'warm' })).toEqual([{ type: 'warmed' }]);
    const bytes = encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250');
    expect(
      last(await send({ type: 'open', bytes, fileName: 'mentorok.csv', options: {} }), 'opened').sheet.rowCount,
    ).toBe(3);
  });

  it('reads the existing records once per kind until told the data changed', async () => {
    const send = session();
    last(
      await send({
        type: 'open',
        bytes: encodeSingleByte(HUNGARIAN_MENTORS_CSV, 'windows-1250'),
        fileName: 'm.csv',
        options: {},
      }),
      'opened',
    );
    const mapping: ColumnMapping = ['fullName', 'email', null, null, null, null, null, null];
    const request: ImportWorkerRequest = {
      type: 'preview',
      kind: 'mentors',
      mapping,
      answers: {},
      options: { language: 'hu' },
    };
    expect(last(await send(request), 'previewed').preview.counts.duplicate).toBe(0);
    await createMentor({ givenName: 'Anna', familyName: 'Kovács', email: 'anna.kovacs@example.hu' });
    expect(last(await send(request), 'previewed').preview.counts.duplicate).toBe(0);
    last(await send({ type: 'forget' }), 'forgotten');
    expect(last(await send(request), 'previewed').preview.counts.duplicate).toBe(1);
  });

  it('refuses a file that is not a spreadsheet with its translated reason', async () => {
    const failed = last(
      await session()({ type: 'open', bytes: pngBytes(), fileName: 'photo.png', options: {} }),
      'failed',
    );
    expect(failed.error).toEqual({
      kind: 'notSpreadsheet',
      messageKey: 'spreadsheetImport:readErrors.notSpreadsheet',
      params: {},
    });
  });
});
