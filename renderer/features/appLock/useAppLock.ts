import { createContext, useContext } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readAppLock } from './appLockRepo';

/** The stored lock of this PC (live); undefined while loading. */
export const useAppLockState = () => useLiveQuery(readAppLock);

export type AppLockControls = {
  /** Whether a PIN or passphrase is set on this PC. */
  isSet: boolean;
  /** Lock now (does nothing when no lock is set). */
  lockNow: () => void;
};

export const AppLockContext = createContext<AppLockControls>({ isSet: false, lockNow: () => undefined });

/** The lock gate's controls, for the "Lock now" button and the settings card. */
export const useAppLock = (): AppLockControls => useContext(AppLockContext);
