import { db } from '../../db/db';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import { getDeviceId, getMeta, putMeta } from '../../db/meta';
import {
  emptySyncState,
  SharedFolderSetupSchema,
  type SharedFolderSetup,
  type SyncState,
} from '../../../shared/domain/sharedFolder';
import {
  markMerged,
  retryProblems,
  runSyncCycle,
  type CycleResult,
  type SyncConfig,
  type SyncEvent,
  type SyncPorts,
} from '../../../shared/sync/sharedFolder';
import { recordAudit } from '../audit';
import { getSettings } from '../settings';

/**
 * What this PC keeps about its shared folder, in `meta` (never in a backup or a sync file): the
 * setup the coordinator made and the state of the folder logic between looks. The folder itself
 * and the passphrase are kept by the shell (the bridge).
 */

export const MINUTE = 60_000;
/** At most one write of this PC's file every two minutes while the coordinator works. */
export const MIN_WRITE_INTERVAL_MS = 2 * MINUTE;
/** Written at least every six hours while Tandem runs, so the others know this PC is alive. */
export const HEARTBEAT_MS = 6 * 60 * MINUTE;

export const getSharedFolderSetup = async (): Promise<SharedFolderSetup | null> =>
  (await getMeta('sharedFolder')) ?? null;

export const saveSharedFolderSetup = async (
  input: { pcName: string; folderLabel: string },
  now = new Date(),
): Promise<SharedFolderSetup> => {
  const previous = await getSharedFolderSetup();
  const setup = SharedFolderSetupSchema.parse({ ...input, since: previous?.since ?? now.toISOString() });
  await putMeta('sharedFolder', setup);
  return setup;
};

/** Stop using the shared folder on this PC: its setup and what it knew of the others go. */
export const forgetSharedFolder = async (): Promise<void> => {
  await db.meta.bulkDelete(['sharedFolder', 'syncState']);
};

export const getSyncState = async (): Promise<SyncState> => (await getMeta('syncState')) ?? emptySyncState();
export const putSyncState = (state: SyncState): Promise<void> => putMeta('syncState', state);

/**
 * Changes whenever this PC's data changes, and only then (also across restarts of the app): every
 * local write gets an `updatedAt` past everything the PC holds (the write path's clock), read here
 * from the `updatedAt` indexes without loading a record; every import records its time.
 */
export const changeStamp = async (): Promise<string> => {
  let newest = '';
  for (const name of DOMAIN_TABLE_NAMES) {
    const table = db.table<{ updatedAt: string }, string>(name);
    const last = table.schema.idxByName.updatedAt
      ? ((await table.orderBy('updatedAt').lastKey()) as string | undefined)
      : (await table.toCollection().first())?.updatedAt;
    if (last && last > newest) newest = last;
  }
  return `${newest}|${(await getMeta('lastImportAt')) ?? ''}`;
};

/** The folder logic's settings for this PC now (the organisation's name can change). */
export const syncConfigOf = async (setup: SharedFolderSetup): Promise<SyncConfig & { staleAfterMs: number }> => {
  const [settings, deviceId] = await Promise.all([getSettings(), getDeviceId()]);
  return {
    organisationName: settings.organisationName,
    pcName: setup.pcName,
    deviceId,
    minWriteIntervalMs: MIN_WRITE_INTERVAL_MS,
    heartbeatMs: HEARTBEAT_MS,
    // "Not heard from" after the organisation's backup interval, as the issue asks.
    staleAfterMs: settings.rules.backupEveryDays * 24 * 60 * MINUTE,
  };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every file skipped is recorded in the audit log (a merge records itself in its transaction).
 * The subject is the other PC's id where the file told it; never the file's content.
 */
export const recordSyncEvents = async (
  events: readonly SyncEvent[],
  state: SyncState,
  now = new Date(),
): Promise<void> => {
  for (const event of events) {
    if (event.kind !== 'skipped') continue;
    const deviceId = state.peers[event.file]?.deviceId ?? null;
    await recordAudit(
      { action: 'syncSkip', subjectKind: 'file', subjectId: deviceId && UUID.test(deviceId) ? deviceId : null },
      now,
    );
  }
};

/**
 * One look at the folder with this PC's setup and state (shared/sync/sharedFolder.ts), the new
 * state kept and every skipped file recorded. The runner calls it every few seconds; the tests
 * call it as the runner would.
 */
export const syncOnce = async <D>(
  ports: SyncPorts<D>,
  setup: SharedFolderSetup,
  options: { force?: boolean } = {},
): Promise<CycleResult> => {
  const config = await syncConfigOf(setup);
  const result = await runSyncCycle(ports, config, await getSyncState(), {
    ...options,
    configAfterMerge: () => syncConfigOf(setup),
  });
  await putSyncState(result.state);
  await recordSyncEvents(result.events, result.state, ports.now());
  return result;
};

/** The coordinator archived a retired PC's file: it is no longer looked at or waited for. */
export const dropPeer = async (file: string): Promise<void> => {
  const state = await getSyncState();
  const { [file]: _dropped, ...peers } = state.peers;
  await putSyncState({ ...state, peers });
};

/** The coordinator merged a waiting file after looking at it. */
export const markPeerMerged = async (file: string, at = new Date()): Promise<void> => {
  await putSyncState(markMerged(await getSyncState(), file, at));
};

/** After the passphrase was corrected: files that could not be read are read again. */
export const retryUnreadable = async (): Promise<void> => {
  await putSyncState(retryProblems(await getSyncState()));
};
