/**
 * The app lock's public surface: the gate the app wraps around everything that shows data, the
 * "Lock now" button for the app frame, and the settings card for the Privacy page.
 */
export { LockGate } from './LockGate';
export { LockNowButton } from './LockNowButton';
export { AppLockCard } from './AppLockCard';
export { useAppLock } from './useAppLock';
