import { bridge, isDesktop } from '../../bridge/bridge';
import { reconnectSyncFolder } from '../../bridge/browserSyncFolder';
import { isReadOnly } from '../../db/openDatabase';
import type { FolderEntry, SyncEvent, SyncFolderFs } from '../../../shared/sync/sharedFolder';
import { getSharedFolderSetup, syncOnce } from './sharedFolderRepo';
import { inThreadPorts, workerPorts, type SyncIdentity } from './syncPorts';

/**
 * The shared folder while the app runs: one look at the folder every LOOK_EVERY_MS (and at once
 * when the coordinator asks), never two at a time. What it is doing is a small store the panel,
 * the status line and the overview read (`useSharedFolderView`); what it found is kept in `meta`
 * by `syncOnce`. The passphrase is held in memory only while the app runs (the shell may keep it
 * protected on disk; a browser asks at start).
 */

export const LOOK_EVERY_MS = 20_000;

export type RunnerPhase =
  /** No shared folder on this PC. */
  | 'off'
  /** Set up, but the sync passphrase must be typed (browser after a reload; no protected storage). */
  | 'needsPassphrase'
  /** The folder is there but cannot be reached (a USB stick pulled out, a network drive away, no permission). */
  | 'unavailable'
  | 'ready'
  | 'working'
  /** A database written by a newer Tandem: nothing is merged or written. */
  | 'readOnly'
  | 'failed';

export type RunnerView = { phase: RunnerPhase; lastLookAt: string | null };

class FolderUnavailable extends Error {
  constructor() {
    super('the shared folder cannot be reached');
  }
}

const unwrap = <T extends { status: string }>(response: T): Exclude<T, { status: 'unavailable' }> => {
  if (response.status === 'unavailable') throw new FolderUnavailable();
  return response as Exclude<T, { status: 'unavailable' }>;
};

/** The chosen folder through the bridge (the desktop shell's node fs, or File System Access). */
export const bridgeFolder: SyncFolderFs = {
  list: async () => unwrap(await bridge.listSyncFolder()).entries as FolderEntry[],
  read: async (name) => unwrap(await bridge.readSyncFile({ name })).bytes,
  stat: async (name) => unwrap(await bridge.statSyncFile({ name })).entry,
  write: async (name, bytes) => unwrap(await bridge.writeSyncFile({ name, bytes })).entry,
  rename: async (from, to) => {
    unwrap(await bridge.archiveSyncFile({ name: from, to }));
  },
};

let view: RunnerView = { phase: 'off', lastLookAt: null };
const listeners = new Set<() => void>();
let passphrase: string | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;
let onEvents: (events: readonly SyncEvent[]) => void = () => undefined;

const setView = (next: Partial<RunnerView>): void => {
  view = { ...view, ...next };
  for (const l of listeners) l();
};

export const subscribeRunner = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export const runnerView = (): RunnerView => view;

/** Where the runner tells what a look found (the app shows notifications for it). */
export const setSyncEventListener = (listener: (events: readonly SyncEvent[]) => void): void => {
  onEvents = listener;
};

const identity = async (pcName: string): Promise<SyncIdentity> => ({
  pcName,
  appVersion: (await bridge.info()).version,
  passphrase: passphrase ?? '',
  now: () => new Date(),
});

/** One look now (unless one is under way); `force`: write this PC's file even within the interval. */
export const syncNow = async (options: { force?: boolean } = {}): Promise<void> => {
  if (running) {
    await running;
    if (!options.force) return;
  }
  const look = (async () => {
    const setup = await getSharedFolderSetup();
    if (!setup) return setView({ phase: 'off' });
    if (isReadOnly()) return setView({ phase: 'readOnly' });
    if (!passphrase) return setView({ phase: 'needsPassphrase' });
    setView({ phase: 'working' });
    try {
      const id = await identity(setup.pcName);
      // A module worker is what the app uses; a test page without workers looks in this thread.
      const { events } =
        typeof Worker === 'function'
          ? await syncOnce(workerPorts(bridgeFolder, id), setup, options)
          : await syncOnce(inThreadPorts(bridgeFolder, id), setup, options);
      setView({ phase: 'ready', lastLookAt: new Date().toISOString() });
      if (events.length > 0) onEvents(events);
    } catch (err) {
      if (err instanceof FolderUnavailable) setView({ phase: 'unavailable' });
      else {
        console.error('[sync] a look at the shared folder failed', err);
        setView({ phase: 'failed' });
      }
    }
  })();
  running = look;
  try {
    await look;
  } finally {
    running = null;
  }
};

/** Starts looking at the folder (at start-up, after the setup, after the passphrase is typed). */
export const startSharedFolder = async (): Promise<void> => {
  const setup = await getSharedFolderSetup();
  if (!setup) {
    stopSharedFolder();
    return setView({ phase: 'off' });
  }
  passphrase ??= (await bridge.loadSyncSecret()).secret;
  if (!timer) timer = setInterval(() => void syncNow(), LOOK_EVERY_MS);
  await syncNow();
};

/**
 * The coordinator typed the organisation's sync passphrase: kept for this run, and by the desktop
 * shell with the system's protection. In the browser this click also asks again for the folder.
 */
export const unlockSharedFolder = async (typed: string): Promise<{ kept: boolean }> => {
  if (!isDesktop()) await reconnectSyncFolder();
  passphrase = typed;
  const { kept } = await bridge.saveSyncSecret({ secret: typed });
  await startSharedFolder();
  return { kept };
};

/** The passphrase of this run (the review of a waiting file opens it with the same). */
export const currentPassphrase = (): string | null => passphrase;

export const stopSharedFolder = (): void => {
  if (timer) clearInterval(timer);
  timer = null;
  passphrase = null;
  setView({ phase: 'off', lastLookAt: null });
};
