import { createContext, useContext } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { NO_LOCK } from '../../../shared/privacy/appLock';
import { readAppLock } from './appLockRepo';

/** The stored lock of this PC (live); undefined while loading. */
export const useAppLockState = () => useLiveQuery(readAppLock);

/**
 * The lock as the gate reads it: no lock while the gate is off, 'unreadable' when it could not be
 * read; undefined while loading. Read failures lock rather than open: a lock that cannot be read
 * is not known to be off.
 */
export const useGateLock = (enabled: boolean) =>
  useLiveQuery(
    () => (enabled ? readAppLock().catch((err: unknown) => (console.error(err), 'unreadable' as const)) : NO_LOCK),
    [enabled],
  );

export type AppLockControls = {
  /** Whether a PIN or passphrase is set on this PC. */
  isSet: boolean;
  /** Lock now (does nothing when no lock is set). */
  lockNow: () => void;
};

export const AppLockContext = createContext<AppLockControls>({ isSet: false, lockNow: () => undefined });

/** The lock gate's controls, for the "Lock now" button and the settings card. */
export const useAppLock = (): AppLockControls => useContext(AppLockContext);
