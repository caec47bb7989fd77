import ExcelJS from 'exceljs';
import { DB_NAME } from '../../renderer/db/AppDB';
import { db } from '../../renderer/db/db';
import { commitImport } from '../../renderer/features/spreadsheets/importRepo';
import type {
  ImportWorkerMessage,
  ImportWorkerRequest,
} from '../../renderer/features/spreadsheets/importWorkerProtocol';
import type { Language } from '../../shared/domain/base';
import type { Mentor } from '../../shared/domain/mentor';
import type { Programme } from '../../shared/domain/programme';
import { exportFieldsOf, mentorValues, recordToCells } from '../../shared/spreadsheet/fields';
import { importText } from '../../shared/spreadsheet/labels';
import { guessMapping } from '../../shared/spreadsheet/mapping';
import type { Decisions, ImportOptions, ImportPreview } from '../../shared/spreadsheet/types';
import type { Dataset } from './dataset';

/**
 * The bench of the spreadsheet import (issue 16), on the bench page. The file is made with the
 * field catalogue as an export writes it (Hungarian headers and labels); then, timed, the steps
 * the wizard takes: the app's import worker (bundled by run.mjs from
 * renderer/features/spreadsheets/importWorker.ts) reads the workbook, the mapping is guessed on
 * the page, the worker answers the value questions and makes the preview (reading the existing
 * records from the database itself), and `commitImport` writes on the page in one transaction,
 * with the undo snapshot and the audit entry. Beside it, the same records written with a raw
 * IndexedDB put in one transaction, and with Dexie's bulkAdd through the app's write path.
 */

const LANGUAGE: Language = 'hu';
const OPTIONS: ImportOptions = { language: LANGUAGE };

const ms = (t0: number): number => performance.now() - t0;

const workbookOf = async (mentors: readonly Mentor[], programmes: readonly Programme[]): Promise<Uint8Array> => {
  const fields = exportFieldsOf('mentors');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mentorok');
  ws.addRow(fields.map((f) => importText(LANGUAGE, `fields.${f.key}`)));
  const ctx = { language: LANGUAGE, programmes, format: 'xlsx' as const };
  for (const m of mentors) ws.addRow(recordToCells('mentors', mentorValues(m), ctx));
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

/** The import worker as importWorkerClient runs it: one file per worker, one request at a time. */
const importWorker = () => {
  const worker = new Worker(new URL('./importWorker.js', import.meta.url), { type: 'module' });
  const request = (req: ImportWorkerRequest, transfer: Transferable[] = []): Promise<ImportWorkerMessage> =>
    new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
        if (event.data.type === 'progress') return;
        if (event.data.type === 'failed') reject(new Error(`import worker: ${JSON.stringify(event.data.error)}`));
        else resolve(event.data);
      };
      worker.onerror = (event) =>
        reject(new Error(event.message || `import worker failed (${event.filename}:${event.lineno})`));
      worker.postMessage(req, transfer);
    });
  return { request, close: () => worker.terminate() };
};

type Expect<T extends ImportWorkerMessage['type']> = Extract<ImportWorkerMessage, { type: T }>;
const expectType = <T extends ImportWorkerMessage['type']>(msg: ImportWorkerMessage, type: T): Expect<T> => {
  if (msg.type !== type) throw new Error(`expected ${type}, got ${msg.type}`);
  return msg as Expect<T>;
};

/**
 * Read, map, questions, preview — what the coordinator waits for before the preview shows. With
 * `warm`, the worker first warms up as the wizard's does while the file is being chosen
 * (`warmImportWorker`), and the time starts when the file is given to it.
 */
const readAndPreview = async (bytes: Uint8Array, warm = false) => {
  const worker = importWorker();
  try {
    let t = performance.now();
    if (warm) expectType(await worker.request({ type: 'warm' }), 'warmed');
    const warmMs = ms(t);
    const t0 = performance.now();
    t = t0;
    const copy = bytes.slice();
    const { sheet } = expectType(
      await worker.request({ type: 'open', bytes: copy, fileName: 'mentorok.xlsx', options: {} }, [copy.buffer]),
      'opened',
    );
    const readMs = ms(t);
    t = performance.now();
    const { mapping } = guessMapping('mentors', sheet.headers, null, sheet.sample, 'familyFirst');
    const mapMs = ms(t);
    t = performance.now();
    const { questions } = expectType(
      await worker.request({ type: 'questions', kind: 'mentors', mapping, options: OPTIONS, answers: {} }),
      'questions',
    );
    if (questions.length > 0) throw new Error(`unexpected value questions: ${questions.map((q) => q.raw).join(', ')}`);
    const questionsMs = ms(t);
    t = performance.now();
    const { preview } = expectType(
      await worker.request({ type: 'preview', kind: 'mentors', mapping, answers: {}, options: OPTIONS }),
      'previewed',
    );
    const previewMs = ms(t);
    return { preview, rows: sheet.rowCount, warmMs, totalMs: ms(t0), readMs, mapMs, questionsMs, previewMs };
  } finally {
    worker.close();
  }
};

const rawIdb = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** Raw IndexedDB on the app's database, one transaction: clear these stores, then put `records` into the first. */
const rawWrite = async (stores: string[], records: readonly unknown[] = []): Promise<number> => {
  const idb = await rawIdb();
  try {
    const t0 = performance.now();
    const tx = idb.transaction(stores, 'readwrite');
    for (const s of stores) tx.objectStore(s).clear();
    const store = tx.objectStore(stores[0]!);
    for (const r of records) store.put(r);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
    return ms(t0);
  } finally {
    idb.close();
  }
};

const addAll = (preview: ImportPreview): Decisions =>
  Object.fromEntries(preview.rows.filter((r) => r.outcome === 'duplicate').map((r) => [r.row, 'add' as const]));

export const spreadsheetBench = {
  /**
   * Imports `count` of the dataset's mentors from XLSX into the office's database without its
   * mentors (the other tables stay), timed step by step; then the same records again with a raw
   * put and with Dexie's bulkAdd; then puts the dataset's mentors back.
   */
  async importMentors(data: Dataset, count: number) {
    const mentors = data.mentors.slice(0, count);
    const bytes = await workbookOf(mentors, data.programmes);
    await rawWrite(['mentors', 'snapshots']);

    const t0 = performance.now();
    const { preview, rows, readMs, mapMs, questionsMs, previewMs } = await readAndPreview(bytes);
    let t = performance.now();
    const result = await commitImport({ preview, decisions: addAll(preview) });
    const writeMs = ms(t);
    const totalMs = ms(t0);
    if (result.added !== mentors.length) throw new Error(`imported ${result.added} of ${mentors.length} mentors`);

    // The same records (as the import stored them) written without the import.
    const written = await db.mentors.toArray();
    await rawWrite(['mentors']);
    const rawPutMs = await rawWrite(['mentors'], written);
    await rawWrite(['mentors']);
    t = performance.now();
    await db.transaction('rw', db.mentors, () => db.mentors.bulkAdd(written));
    const bulkAddMs = ms(t);

    await rawWrite(['mentors', 'snapshots'], data.mentors);
    return { totalMs, readMs, mapMs, questionsMs, previewMs, writeMs, rawPutMs, bulkAddMs, rows, bytes: bytes.length };
  },

  /**
   * The preview of a file of `rows` mentor rows (the dataset's mentors over and over, each with
   * an e-mail of its own) against the office's database: from choosing the file to the preview, the worker warmed up
   * meanwhile as the wizard's is (the warm-up's own time is reported beside it).
   */
  async previewRows(data: Dataset, rows: number) {
    const mentors = Array.from({ length: rows }, (_, i) => {
      const m = data.mentors[i % data.mentors.length]!;
      return { ...m, email: `m${i}.${m.email}` };
    });
    const bytes = await workbookOf(mentors, data.programmes);
    const r = await readAndPreview(bytes, true);
    return {
      totalMs: r.totalMs,
      warmMs: r.warmMs,
      readMs: r.readMs,
      questionsMs: r.questionsMs,
      previewMs: r.previewMs,
      rows: r.rows,
      duplicates: r.preview.counts.duplicate,
      bytes: bytes.length,
    };
  },
};
