import type {
  ColumnMapping,
  ImportKind,
  ImportOptions,
  ImportPreview,
  ReadOptions,
  ReadProgress,
  SheetSummary,
  SpreadsheetErrorData,
  ValueAnswers,
  ValueQuestion,
} from '../../../shared/spreadsheet/types';

/**
 * Messages between the page and the import Web Worker (all structured-clone safe). The worker
 * keeps the file's bytes and the sheet read from them, so a 100,000-row sheet never crosses to
 * the page: only its summary (headers, a sample), the value questions and the preview do. It
 * reads what the preview compares with from the database itself, once per file and kind.
 *
 * A worker may be started before the file is chosen: `warm` loads the XLSX reader and opens the
 * database meanwhile, so the wait after choosing the file is the file's own.
 *
 * One file per worker: `open`, then any `reread` (another sheet, encoding or separator),
 * `questions` and `preview`. The import itself runs on the page (importRepo.commitImport), whose
 * database connection carries this PC's clock; `forget` tells the worker the data changed.
 */
export type ImportWorkerRequest =
  | { type: 'warm' }
  | { type: 'open'; bytes: Uint8Array; fileName: string; options: ReadOptions }
  | { type: 'reread'; options: ReadOptions }
  | { type: 'questions'; kind: ImportKind; mapping: ColumnMapping; options: ImportOptions; answers: ValueAnswers }
  | { type: 'preview'; kind: ImportKind; mapping: ColumnMapping; answers: ValueAnswers; options: ImportOptions }
  | { type: 'forget' };

export type ImportWorkerFailure = SpreadsheetErrorData | { kind: 'unexpected'; reason: string };

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'warmed' }
  | { type: 'opened'; sheet: SheetSummary }
  | { type: 'questions'; questions: ValueQuestion[] }
  | { type: 'previewed'; preview: ImportPreview }
  | { type: 'forgotten' }
  | { type: 'failed'; error: ImportWorkerFailure };
