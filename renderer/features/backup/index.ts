/**
 * The backup feature's public surface for other features: "Undo last import" (the snapshot
 * every import keeps — of a backup, and of a spreadsheet), and its panel.
 */
export { undoLastImport, lastImportUndo, NothingToUndoError, type UndoInfo, type UndoSkipped } from './backupRepo';
export { useLastImportUndo } from './useBackup';
export { UndoImportPanel } from './UndoImportPanel';
