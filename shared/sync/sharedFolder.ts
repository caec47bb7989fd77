import { slugify } from '../backup/format';
import { emptySyncState, type PeerProblem, type PeerState, type SyncState } from '../domain/sharedFolder';

/**
 * The shared folder: offices whose PCs exchange data through a folder that a file-sync engine
 * (Syncthing, Nextcloud, OneDrive) or a USB stick keeps in step. The engine is only the transport;
 * the merge stays Tandem's own (shared/backup/MERGING.md).
 *
 * The rules that make this safe with any engine:
 * - Each PC writes only **its own** file, `tandem-sync-<organisation>-<pc>.age` (the backup
 *   format, encrypted with the organisation's sync passphrase), atomically (a temporary name, then
 *   a rename): the engine never sees two writers of one file, so it never has to pick a winner.
 * - A PC reads the others' files and merges a version it has not seen. "Seen" is decided by the
 *   file's size and modification time compared with the last version read — never by comparing
 *   two PCs' clocks, which may be wrong. Merging is idempotent and convergent, so reading a
 *   version twice, or an older one, does no harm.
 * - What the engine leaves half-way is never data: hidden and temporary names (`.syncthing.*.tmp`,
 *   `~syncthing~*.tmp`, Chromium's `.crswap`, `.part`), conflict copies (`.sync-conflict-`,
 *   "conflicted copy"), a file changed while it was read, a torn or truncated file (age's
 *   authentication fails), a copy whose name is not the one its writer gives itself, and a file
 *   from a newer Tandem. They are skipped; a new version is tried again; each problem is reported
 *   once, not at every look.
 * - A merge happens by itself only when nothing needs the coordinator (no stamps from a clock
 *   ahead of this one, no rule the merge would break); otherwise the file waits for them.
 *
 * Everything that touches the disk, the database or the cipher comes in through `SyncPorts`, so
 * this module is the same for the desktop app (node `fs`), the browser (File System Access) and
 * the tests (an in-memory folder, a temporary directory, two real Syncthing instances).
 */

export const SYNC_FILE_PREFIX = 'tandem-sync-';
export const SYNC_FILE_EXT = '.age';
export const ARCHIVED_FILE_PREFIX = 'tandem-archived-';

/** A regular file directly in the folder, as the file system reports it. */
export type FolderEntry = { name: string; size: number; modifiedMs: number };

/** The few file operations the shared folder needs, on one folder, by plain file names. */
export type SyncFolderFs = {
  /** The regular files directly in the folder (not in subfolders). */
  list: () => Promise<FolderEntry[]>;
  read: (name: string) => Promise<Uint8Array>;
  /** Null when there is no such file. */
  stat: (name: string) => Promise<FolderEntry | null>;
  /** Writes under a temporary name and renames it over `name`; returns the written file's entry. */
  write: (name: string, bytes: Uint8Array) => Promise<FolderEntry>;
  rename: (from: string, to: string) => Promise<void>;
};

const organisationSlug = (organisationName: string): string => slugify(organisationName) || 'tandem';

/** This PC's file in the folder. */
export const syncFileName = (organisationName: string, pcName: string): string =>
  `${SYNC_FILE_PREFIX}${organisationSlug(organisationName)}-${slugify(pcName) || 'pc'}${SYNC_FILE_EXT}`;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The name a retired PC's file is given: no longer a sync file, so no PC reads or waits for it. */
export const archivedFileName = (name: string, at: Date): string => {
  const core = name.slice(SYNC_FILE_PREFIX.length, name.length - SYNC_FILE_EXT.length);
  return `${ARCHIVED_FILE_PREFIX}${core}-${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}${SYNC_FILE_EXT}`;
};

/** What a sync file's name says of its PC (organisation and PC), for a file that could not be read. */
export const nameOfFile = (name: string): string =>
  name.slice(SYNC_FILE_PREFIX.length, name.length - SYNC_FILE_EXT.length);

export type EntryKind =
  | { kind: 'own' }
  | { kind: 'peer' }
  /** A sync engine's conflict copy of a sync file: never data, reported once. */
  | { kind: 'conflictCopy' }
  /** Temporary, hidden, archived, another organisation's or not Tandem's at all: not looked at. */
  | { kind: 'ignore' };

const TEMPORARY = [/^[.~]/, /\.tmp$/i, /\.crswap$/i, /\.part$/i, /\.partial$/i, /\.!sync$/i, /\.download$/i];
const CONFLICT = [/\.sync-conflict-/i, /conflicted copy/i, /\(conflict/i, /-conflict-/i];

/**
 * What a file in the folder is to this PC, by its name alone. Every sync file is looked at, not
 * only those named after this PC's organisation: a new PC does not know the organisation's name
 * until the first merge brings it. Whose a file is, is then checked inside it (`identityProblem`).
 */
export const classifyEntry = (name: string, ownName: string): EntryKind => {
  if (TEMPORARY.some((re) => re.test(name))) return { kind: 'ignore' };
  if (!name.startsWith(SYNC_FILE_PREFIX)) return { kind: 'ignore' };
  if (CONFLICT.some((re) => re.test(name))) return { kind: 'conflictCopy' };
  if (!/^[a-z0-9-]+\.age$/.test(name.slice(SYNC_FILE_PREFIX.length))) return { kind: 'conflictCopy' };
  return name === ownName ? { kind: 'own' } : { kind: 'peer' };
};

export const fingerprintOf = (entry: FolderEntry): string => `${entry.size}:${Math.round(entry.modifiedMs)}`;

/** A file that could be read but not used, and why (each has its own message). */
export class SyncOpenError extends Error {
  constructor(readonly kind: Exclude<PeerProblem, 'otherOrganisation' | 'misnamed'>) {
    super(`sync file not usable: ${kind}`);
    this.name = 'SyncOpenError';
  }
}

/** Another PC's file, decrypted and checked (`document` is what `merge` takes). */
export type OpenedSyncFile<D> = {
  document: D;
  deviceId: string;
  pcName: string | null;
  organisationName: string;
};

export type MergeOutcome = { kind: 'merged'; written: number } | { kind: 'waiting'; reason: 'futureStamps' | 'breaks' };

export type SyncPorts<D> = {
  fs: SyncFolderFs;
  now: () => Date;
  /** Decrypts and checks a file; throws `SyncOpenError` when it cannot be used. */
  open: (bytes: Uint8Array) => Promise<OpenedSyncFile<D>>;
  /** Merges by itself when nothing needs the coordinator, else says why it waits. */
  merge: (file: OpenedSyncFile<D>) => Promise<MergeOutcome>;
  /** Done with an opened file, merged or not (a worker holding it can go). */
  release?: (file: OpenedSyncFile<D>) => void;
  /** Changes whenever this PC's data changes (cheap: asked at every look). */
  changeStamp: () => Promise<string>;
  /** This PC's data as an encrypted file, with the change stamp it was made at. */
  makeFile: () => Promise<{ bytes: Uint8Array; stamp: string }>;
};

export type SyncConfig = {
  organisationName: string;
  pcName: string;
  deviceId: string;
  /** At most one write of this PC's file per this many milliseconds (unless forced). */
  minWriteIntervalMs: number;
  /** Written even without changes after this long, so the others hear this PC is alive. */
  heartbeatMs: number;
};

export type SyncEvent =
  | { kind: 'merged'; file: string; pcName: string; written: number }
  | { kind: 'waiting'; file: string; pcName: string; reason: 'futureStamps' | 'breaks' }
  | { kind: 'skipped'; file: string; reason: PeerProblem | 'conflictCopy' }
  /** Changed while it was read (the engine is writing it): tried again at the next look, not reported. */
  | { kind: 'busy'; file: string }
  | { kind: 'wrote'; file: string }
  | { kind: 'nameTaken'; file: string };

export type CycleResult = { state: SyncState; events: SyncEvent[] };

export type CycleOptions = {
  /** Write now even within the minimum interval (the app is closing, the coordinator asked). */
  force?: boolean;
  /** The settings again after a merge changed the data (the organisation's name may be new). */
  configAfterMerge?: () => Promise<SyncConfig>;
};

/**
 * Reads a file whole, or null when it changed meanwhile (or vanished): the sync engine is
 * replacing it, so what was read may be a mix of two versions.
 */
const readSteady = async (fs: SyncFolderFs, entry: FolderEntry): Promise<Uint8Array | null> => {
  let bytes: Uint8Array;
  try {
    bytes = await fs.read(entry.name);
  } catch {
    return null;
  }
  const after = await fs.stat(entry.name).catch(() => null);
  if (!after || fingerprintOf(after) !== fingerprintOf(entry) || bytes.byteLength !== entry.size) return null;
  return bytes;
};

const openOrProblem = async <D>(
  ports: SyncPorts<D>,
  bytes: Uint8Array,
): Promise<{ opened: OpenedSyncFile<D> } | { problem: PeerProblem }> => {
  try {
    return { opened: await ports.open(bytes) };
  } catch (err) {
    if (err instanceof SyncOpenError) return { problem: err.kind };
    throw err;
  }
};

/** Why an opened file is not another PC's own current file, or null when it is. */
const identityProblem = <D>(name: string, opened: OpenedSyncFile<D>, config: SyncConfig): PeerProblem | null => {
  // A PC with no organisation name yet (new, empty) takes the first organisation it merges.
  if (
    config.organisationName.trim() !== '' &&
    organisationSlug(opened.organisationName) !== organisationSlug(config.organisationName)
  )
    return 'otherOrganisation';
  if (opened.deviceId === config.deviceId) return 'misnamed';
  if (opened.pcName !== null && syncFileName(opened.organisationName, opened.pcName) !== name) return 'misnamed';
  return null;
};

/**
 * One look at the folder: merge every other PC's new version (or say why not), then write this
 * PC's file when its data changed. Returns the new state (the caller keeps it) and what happened.
 * `force`: write now even within the minimum interval (the app is closing, the coordinator asked).
 */
export const runSyncCycle = async <D>(
  ports: SyncPorts<D>,
  config: SyncConfig,
  previous: SyncState = emptySyncState(),
  options: CycleOptions = {},
): Promise<CycleResult> => {
  const events: SyncEvent[] = [];
  const ownName = syncFileName(config.organisationName, config.pcName);
  const entries = await ports.fs.list();
  const state: SyncState = {
    peers: {},
    skipped: {},
    own: { ...previous.own },
  };
  let ownEntry: FolderEntry | undefined;
  let mergedSomething = false;

  for (const entry of entries) {
    const kind = classifyEntry(entry.name, ownName).kind;
    if (kind === 'own') ownEntry = entry;
    if (kind === 'conflictCopy') {
      const fingerprint = fingerprintOf(entry);
      if (previous.skipped[entry.name] !== fingerprint)
        events.push({ kind: 'skipped', file: entry.name, reason: 'conflictCopy' });
      state.skipped[entry.name] = fingerprint;
    }
    // This PC's file under its former name (the PC or organisation was renamed): archived below.
    if (kind !== 'peer' || entry.name === previous.own.file) continue;

    const fingerprint = fingerprintOf(entry);
    const before = previous.peers[entry.name];
    // A version already looked at: merged, waiting for the coordinator, or unusable as it is.
    if (before && before.fingerprint === fingerprint) {
      state.peers[entry.name] = before;
      continue;
    }
    const bytes = await readSteady(ports.fs, entry);
    if (!bytes) {
      events.push({ kind: 'busy', file: entry.name });
      if (before) state.peers[entry.name] = before;
      continue;
    }
    const at = ports.now().toISOString();
    const fallbackName = before?.pcName ?? nameOfFile(entry.name);
    const result = await openOrProblem(ports, bytes);
    const problem = 'problem' in result ? result.problem : identityProblem(entry.name, result.opened, config);
    if ('opened' in result && problem) ports.release?.(result.opened);
    if (problem || !('opened' in result)) {
      const reason = problem ?? 'damaged';
      state.peers[entry.name] = {
        pcName: 'opened' in result ? (result.opened.pcName ?? fallbackName) : fallbackName,
        deviceId: 'opened' in result ? result.opened.deviceId : (before?.deviceId ?? null),
        fingerprint,
        status: 'problem',
        problem: reason,
        waitingFor: null,
        heardAt: before?.heardAt ?? null,
        mergedAt: before?.mergedAt ?? null,
      };
      // Reported once: a wrong passphrase is the same news for every file and every version.
      if (before?.problem !== reason) events.push({ kind: 'skipped', file: entry.name, reason });
      continue;
    }
    const opened = result.opened;
    const pcName = opened.pcName ?? fallbackName;
    let outcome: MergeOutcome;
    try {
      outcome = await ports.merge(opened);
    } finally {
      ports.release?.(opened);
    }
    const peer: PeerState = {
      pcName,
      deviceId: opened.deviceId,
      fingerprint,
      status: outcome.kind === 'merged' ? 'inStep' : 'waiting',
      problem: null,
      waitingFor: outcome.kind === 'waiting' ? outcome.reason : null,
      heardAt: at,
      mergedAt: outcome.kind === 'merged' ? at : (before?.mergedAt ?? null),
    };
    state.peers[entry.name] = peer;
    if (outcome.kind === 'merged') {
      if (outcome.written > 0) {
        mergedSomething = true;
        events.push({ kind: 'merged', file: entry.name, pcName, written: outcome.written });
      }
    } else events.push({ kind: 'waiting', file: entry.name, pcName, reason: outcome.reason });
  }

  // A merge may have changed the organisation's name (a new PC's first merge brings it): this
  // PC's file is named after the name as it is now.
  if (mergedSomething && options.configAfterMerge) {
    const fresh = await options.configAfterMerge();
    const freshName = syncFileName(fresh.organisationName, fresh.pcName);
    if (freshName !== ownName) {
      const freshEntry = entries.find((e) => e.name === freshName);
      await writeOwn(ports, fresh, state, previous, freshName, freshEntry, mergedSomething, options, events);
      return { state, events };
    }
  }
  await writeOwn(ports, config, state, previous, ownName, ownEntry, mergedSomething, options, events);
  return { state, events };
};

/** Writes this PC's file when there is news (or a heartbeat is due), unless another PC owns the name. */
const writeOwn = async <D>(
  ports: SyncPorts<D>,
  config: SyncConfig,
  state: SyncState,
  previous: SyncState,
  ownName: string,
  ownEntry: FolderEntry | undefined,
  mergedSomething: boolean,
  options: CycleOptions,
  events: SyncEvent[],
): Promise<void> => {
  const renamed = previous.own.file !== null && previous.own.file !== ownName;
  if (renamed) state.own = { ...state.own, nameTaken: false, fingerprint: null };
  // The file under this PC's name is not the one it wrote last: whose is it?
  if (ownEntry && fingerprintOf(ownEntry) !== state.own.fingerprint) {
    const bytes = await readSteady(ports.fs, ownEntry);
    if (!bytes) {
      events.push({ kind: 'busy', file: ownName });
      return;
    }
    const result = await openOrProblem(ports, bytes);
    if ('opened' in result) ports.release?.(result.opened);
    // Another PC of this organisation writes under this name (or one with another passphrase):
    // never overwrite it. A damaged file of this PC's own is simply replaced.
    const taken =
      ('opened' in result && result.opened.deviceId !== config.deviceId) ||
      ('problem' in result && result.problem === 'wrongPassphrase');
    if (taken) {
      if (!previous.own.nameTaken || renamed) events.push({ kind: 'nameTaken', file: ownName });
      // Its fingerprint is kept so that it is not decrypted again at every look.
      state.own = { ...state.own, nameTaken: true, fingerprint: fingerprintOf(ownEntry) };
      return;
    }
    state.own = { ...state.own, nameTaken: false, stamp: null };
  }
  if (state.own.nameTaken && ownEntry) return;
  // The other PC's file under this name is gone (renamed, archived): this PC may write again.
  state.own = { ...state.own, nameTaken: false };

  const now = ports.now();
  const stamp = await ports.changeStamp();
  const lastWritten = state.own.writtenAt ? Date.parse(state.own.writtenAt) : Number.NEGATIVE_INFINITY;
  const sinceWrite = now.getTime() - lastWritten;
  const news = !ownEntry || renamed || mergedSomething || stamp !== state.own.stamp;
  // A clock moved back makes `sinceWrite` negative: then the interval counts as passed.
  // A missing file (a new PC, a new name, a file someone deleted) is written at once.
  const due = options.force || !ownEntry || renamed || sinceWrite < 0 || sinceWrite >= config.minWriteIntervalMs;
  const heartbeat = sinceWrite < 0 || sinceWrite >= config.heartbeatMs;
  if (!((news && due) || heartbeat)) return;

  const file = await ports.makeFile();
  const written = await ports.fs.write(ownName, file.bytes);
  state.own = {
    file: ownName,
    fingerprint: fingerprintOf(written),
    stamp: file.stamp,
    writtenAt: now.toISOString(),
    nameTaken: false,
  };
  events.push({ kind: 'wrote', file: ownName });
  // The file under the old name (organisation or PC renamed) would be read as another PC's.
  if (renamed && previous.own.file) {
    const old = await ports.fs.stat(previous.own.file).catch(() => null);
    if (old) await ports.fs.rename(previous.own.file, archivedFileName(previous.own.file, now));
  }
};

/** One line per other PC for the status line and the overview. */
export type PeerSummary = {
  file: string;
  pcName: string;
  status: PeerState['status'];
  problem: PeerProblem | null;
  waitingFor: PeerState['waitingFor'];
  mergedAt: string | null;
  heardAt: string | null;
  /** Not heard from (no new version read) for longer than `staleAfterMs`. */
  stale: boolean;
};

export const peerSummaries = (state: SyncState, now: Date, staleAfterMs: number): PeerSummary[] =>
  Object.entries(state.peers)
    .map(([file, p]) => ({
      file,
      pcName: p.pcName,
      status: p.status,
      problem: p.problem,
      waitingFor: p.waitingFor,
      mergedAt: p.mergedAt,
      heardAt: p.heardAt,
      stale: p.heardAt === null || now.getTime() - Date.parse(p.heardAt) > staleAfterMs,
    }))
    .sort((a, b) => (a.pcName < b.pcName ? -1 : a.pcName > b.pcName ? 1 : 0));

/** Forget what made files unusable (after the passphrase was corrected): they are read again. */
export const retryProblems = (state: SyncState): SyncState => ({
  ...state,
  peers: Object.fromEntries(Object.entries(state.peers).filter(([, p]) => p.status !== 'problem')),
});

/** After the coordinator merged a waiting file: it is in step as of now. */
export const markMerged = (state: SyncState, file: string, at: Date): SyncState => {
  const peer = state.peers[file];
  if (!peer) return state;
  return {
    ...state,
    peers: { ...state.peers, [file]: { ...peer, status: 'inStep', waitingFor: null, mergedAt: at.toISOString() } },
    // What was merged is news for this PC's own file.
    own: { ...state.own, stamp: null },
  };
};
