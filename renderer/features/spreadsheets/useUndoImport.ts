import { useCallback, useState } from 'react';
import { NothingToUndoError, undoLastImport, useLastImportUndo } from '../backup';

export type UndoOutcome = 'undone' | 'nothing' | 'failed' | null;

/**
 * "Undo last import" after a spreadsheet import: the backup feature's undo, which puts back the
 * snapshot the import kept (records changed since are left as they are). `available` is false
 * once the snapshot is gone (undone, replaced by a later import, or past the days it is kept).
 */
export const useUndoImport = () => {
  const info = useLastImportUndo();
  const [outcome, setOutcome] = useState<UndoOutcome>(null);
  const [busy, setBusy] = useState(false);
  const undo = useCallback(async () => {
    setBusy(true);
    try {
      await undoLastImport();
      setOutcome('undone');
    } catch (err) {
      if (err instanceof NothingToUndoError) setOutcome('nothing');
      else {
        console.error(err);
        setOutcome('failed');
      }
    } finally {
      setBusy(false);
    }
  }, []);
  // undefined while the database is asked: neither offered nor said to be gone yet.
  return { available: info === undefined ? undefined : Boolean(info), outcome, busy, undo };
};
