/**
 * The backup feature's public surface for other features: "Undo last import" (the snapshot
 * every import keeps — of a backup, and of a spreadsheet) and its panel; and, for the shared
 * folder, the backup format's reads, merge preview and import, the worker that runs them, and the
 * pieces of the merge review it shows.
 */
export {
  dumpTables,
  futureStampsOf,
  holdsNoRecords,
  importBackup,
  lastImportUndo,
  manifestInfo,
  NothingToUndoError,
  previewMerge,
  undoLastImport,
  type ImportOptions,
  type ImportResult,
  type UndoInfo,
  type UndoSkipped,
} from './backupRepo';
export { createInWorker, openInWorker } from './backupWorkerClient';
export { useLastImportUndo } from './useBackup';
export { UndoImportPanel } from './UndoImportPanel';
export { MergeNotes } from './MergeNotes';
export { InvariantBreaks } from './InvariantBreaks';
