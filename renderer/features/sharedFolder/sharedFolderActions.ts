import { bridge } from '../../bridge/bridge';
import { SCHEMA_VERSION } from '../../db/AppDB';
import type { MergeSummary } from '../../../shared/backup/mergePlan';
import { archivedFileName } from '../../../shared/sync/sharedFolder';
import { type ImportResult, openInWorker } from '../backup';
import {
  dropPeer,
  forgetSharedFolder,
  getSharedFolderSetup,
  markPeerMerged,
  retryUnreadable,
  saveSharedFolderSetup,
} from './sharedFolderRepo';
import { bridgeFolder, currentPassphrase, stopSharedFolder, syncNow, unlockSharedFolder } from './syncRunner';

/** What the coordinator does on the Shared folder panel: each through the bridge, the repository and the runner. */

export const chooseSyncFolder = () => bridge.chooseSyncFolder();
export const syncFolderInfo = () => bridge.syncFolderInfo();

export const setUpSharedFolder = async (input: {
  pcName: string;
  folderLabel: string;
  passphrase: string;
}): Promise<{ kept: boolean }> => {
  await saveSharedFolderSetup({ pcName: input.pcName, folderLabel: input.folderLabel });
  const result = await unlockSharedFolder(input.passphrase);
  await syncNow({ force: true });
  return result;
};

export const renameThisPc = async (pcName: string): Promise<void> => {
  const setup = await getSharedFolderSetup();
  if (!setup) return;
  await saveSharedFolderSetup({ pcName, folderLabel: setup.folderLabel });
  await syncNow({ force: true });
};

/** The corrected passphrase: files that could not be read with the old one are read again. */
export const typePassphrase = async (passphrase: string): Promise<{ kept: boolean }> => {
  await retryUnreadable();
  return unlockSharedFolder(passphrase);
};

export const writeNow = () => syncNow({ force: true });

/** Stop syncing on this PC: the shell forgets the folder and the passphrase; the files stay. */
export const stopUsingSharedFolder = async (): Promise<void> => {
  stopSharedFolder();
  await bridge.forgetSyncFolder();
  await forgetSharedFolder();
};

/** A retired PC's file gets an archive name: no PC reads it or waits for it any more. */
export const archivePeerFile = async (file: string, now = new Date()): Promise<void> => {
  await bridgeFolder.rename(file, archivedFileName(file, now));
  await dropPeer(file);
};

export type WaitingReview = {
  summary: MergeSummary;
  deviceId: string;
  merge: () => Promise<ImportResult>;
  close: () => void;
};

/** Opens a file that waits for the coordinator, for the merge preview; `merge` then merges it as they decided. */
export const reviewWaitingFile = async (file: string): Promise<WaitingReview> => {
  const passphrase = currentPassphrase();
  if (!passphrase) throw new Error('sharedFolder:errors.noPassphrase');
  const bytes = await bridgeFolder.read(file);
  const session = await openInWorker(
    { bytes, passphrase, schemaVersion: SCHEMA_VERSION, forMerge: true },
    () => undefined,
  );
  try {
    const summary = await session.preview();
    const deviceId = session.summary.manifest.deviceId;
    return {
      summary,
      deviceId,
      merge: async () => {
        const result = await session.importAs('merge', new Date(), {
          audit: { action: 'syncMerge', fromDevice: deviceId },
        });
        await markPeerMerged(file);
        void syncNow({ force: true });
        return result;
      },
      close: session.close,
    };
  } catch (err) {
    session.close();
    throw err;
  }
};
