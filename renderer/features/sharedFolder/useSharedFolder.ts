import { useEffect, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { peerSummaries, type PeerSummary } from '../../../shared/sync/sharedFolder';
import { getSharedFolderSetup, getSyncState, syncConfigOf } from './sharedFolderRepo';
import { runnerView, setSyncEventListener, startSharedFolder, subscribeRunner } from './syncRunner';
import { notifySyncEvents } from './syncNotifications';

/** What the runner is doing now. */
export const useSharedFolderView = () => useSyncExternalStore(subscribeRunner, runnerView);

/** This PC's setup (null: none; undefined while loading). */
export const useSharedFolderSetup = () => useLiveQuery(getSharedFolderSetup);

export type SyncOverview = { pcName: string; peers: PeerSummary[]; writtenAt: string | null; nameTaken: boolean };

/** This PC and one line per other PC, with "not heard from" after the backup interval. */
export const useSyncOverview = (): SyncOverview | null | undefined =>
  useLiveQuery(async () => {
    const setup = await getSharedFolderSetup();
    if (!setup) return null;
    const [state, config] = await Promise.all([getSyncState(), syncConfigOf(setup)]);
    return {
      pcName: setup.pcName,
      peers: peerSummaries(state, new Date(), config.staleAfterMs),
      writtenAt: state.own.writtenAt,
      nameTaken: state.own.nameTaken,
    };
  });

/** Starts the shared folder once the app is open (the layout calls it). */
export const useSharedFolderRunner = (): void => {
  useEffect(() => {
    setSyncEventListener(notifySyncEvents);
    void startSharedFolder();
  }, []);
};
