import type { Language } from '../../../shared/domain/base';
import { i18n } from '../../i18n/i18n';
import {
  runListExport,
  type ListExportFormat,
  type ListExportRequest,
  type ListExportResult,
  type Translate,
} from './listExport';

export type ListExportWorkerRequest = { id: number; req: ListExportRequest; format: ListExportFormat; lng: Language };
export type ListExportWorkerReply =
  { id: number; ok: true; result: ListExportResult } | { id: number; ok: false; error: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: ListExportResult) => void; reject: (e: Error) => void }>();

/** One worker for the page's lifetime, started on the first export; requests are answered by id. */
const getWorker = (): Worker | null => {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./listExportWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ListExportWorkerReply>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(e.data.error));
    };
  }
  return worker;
};

/** The page's translator in a given language, as the export needs it. */
export const pageTranslator = (lng: Language): Translate => {
  const fixed = i18n.getFixedT(lng);
  return (key, options) => String(fixed(key, options));
};

/**
 * Reads the list and writes the file off the page's thread: 60,000 contacts are read, turned
 * into rows and zipped into an XLSX in the worker, and only the file's bytes come back.
 */
export const exportListOffThread = (
  req: ListExportRequest,
  format: ListExportFormat,
  lng: Language,
): Promise<ListExportResult> => {
  const w = getWorker();
  // Without Web Workers (unit tests) the same code runs on the page.
  if (!w) return runListExport(req, format, lng, pageTranslator(lng));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, req, format, lng } satisfies ListExportWorkerRequest);
  });
};
