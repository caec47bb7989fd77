import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BackupPhase, BackupProgress } from '../../../shared/backup/pipeline';
import { backupStatus, lastImportUndo } from './backupRepo';

/** When the last backup was made and whether one is due; undefined while loading. */
export const useBackupStatus = () => useLiveQuery(() => backupStatus(), []);

/** The import that "Undo last import" would revert, or null; undefined while loading. */
export const useLastImportUndo = () => useLiveQuery(lastImportUndo, []);

/** Where each phase sits on the one progress bar (percent). */
const RANGES: Record<BackupPhase, [number, number]> = {
  serialise: [0, 10],
  deriveKey: [10, 65],
  encrypt: [65, 100],
  decrypt: [65, 88],
  validate: [88, 100],
};

export type ProgressView = { percent: number; phase: BackupPhase } | null;

/**
 * Turns the worker's progress messages into one bar. scrypt cannot report progress, so during
 * key derivation the bar advances on the worker's measured estimate (and stops short of the
 * phase's end until the next phase begins).
 */
export const useBackupProgress = () => {
  const [view, setView] = useState<ProgressView>(null);
  const derive = useRef<{ started: number; estimateMs: number } | null>(null);

  useEffect(() => {
    if (view?.phase !== 'deriveKey') return;
    const timer = setInterval(() => {
      const d = derive.current;
      if (!d) return;
      const [start, end] = RANGES.deriveKey;
      const fraction = Math.min(0.95, (performance.now() - d.started) / Math.max(d.estimateMs, 1));
      setView((v) =>
        v?.phase === 'deriveKey' ? { phase: 'deriveKey', percent: start + (end - start) * fraction } : v,
      );
    }, 100);
    return () => clearInterval(timer);
  }, [view?.phase]);

  const onProgress = useCallback((p: BackupProgress) => {
    if (p.phase === 'deriveKey') derive.current = { started: performance.now(), estimateMs: p.estimateMs ?? 2000 };
    const [start, end] = RANGES[p.phase];
    setView({ phase: p.phase, percent: start + (end - start) * Math.min(1, Math.max(0, p.fraction)) });
  }, []);
  const reset = useCallback(() => setView(null), []);
  return { view, onProgress, reset };
};
