import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Center, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { bridge, isDesktop } from '../../bridge/bridge';
import type { BridgeApi } from '../../../shared/ipc/contract';
import { NO_LOCK } from '../../../shared/privacy/appLock';
import { AppLockContext, useGateLock, type AppLockControls } from './useAppLock';
import { LockScreen } from './LockScreen';
import { useIdleTimer } from './useIdleTimer';

/**
 * Wraps everything of the app that can show data. While locked it renders only the lock screen:
 * the app's tree (routes, dialogs, notifications) is unmounted, so nothing of the data is left
 * in the page to read. It locks at start when a lock is set, after the idle minutes, on "Lock
 * now", and when the desktop shell reports that the system locked or went to sleep.
 *
 * Only the desktop app's hidden print window starts unlocked: the shell opens it at a printable
 * route for the unlocked main window, and it can be neither seen nor navigated by anyone. A
 * browser tab opened at a printable route is locked like any other.
 */
export const startsAsPrintWindow = (desktop: boolean, hash: string): boolean => desktop && /^#\/print\//.test(hash);

type Mode = 'start' | 'locked' | 'unlocked';

type LockGateProps = {
  children: ReactNode;
  /** false when the database could not be opened: there is no data to hide, nor a lock to read. */
  enabled?: boolean;
  /** The shell's system-lock messages (the bridge's; a test passes its own). */
  onSystemLock?: BridgeApi['onSystemLock'];
};

export const LockGate = ({ children, enabled = true, onSystemLock = bridge.onSystemLock }: LockGateProps) => {
  const { t } = useTranslation('appLock');
  const state = useGateLock(enabled);
  const [printWindow] = useState(() => startsAsPrintWindow(isDesktop(), globalThis.location?.hash ?? ''));
  const [mode, setMode] = useState<Mode>('start');
  const secret = state === undefined || state === 'unreadable' ? null : state.secret;
  const isSet = secret !== null;

  // Decided once, when the lock is first read: locked at start if a lock is set.
  if (mode === 'start' && state !== undefined && state !== 'unreadable')
    setMode(isSet && !printWindow ? 'locked' : 'unlocked');

  const lockNow = useCallback(() => {
    // Notifications live in a store outside the tree: they could name a person.
    notifications.clean();
    setMode('locked');
  }, []);
  const onUnlocked = useCallback(() => setMode('unlocked'), []);

  const locked = isSet && mode === 'locked';
  const idleMinutes = state === undefined || state === 'unreadable' ? NO_LOCK.idleMinutes : state.idleMinutes;
  useIdleTimer(isSet && mode === 'unlocked', idleMinutes, lockNow);
  useEffect(() => (isSet ? onSystemLock(lockNow) : undefined), [isSet, lockNow, onSystemLock]);

  const controls = useMemo<AppLockControls>(() => ({ isSet, lockNow }), [isSet, lockNow]);

  if (state === 'unreadable')
    return (
      <Center h="100vh" p="md" component="main">
        <Alert color="red.9" variant="outline" role="alert" title={t('errors.unreadableTitle')}>
          {t('errors.unreadable')}
        </Alert>
      </Center>
    );
  if (state === undefined || mode === 'start')
    return (
      <Center h="50vh">
        <Loader aria-label={t('common:app.loading')} />
      </Center>
    );
  if (locked && secret) return <LockScreen kind={secret.kind} onUnlocked={onUnlocked} />;
  return <AppLockContext.Provider value={controls}>{children}</AppLockContext.Provider>;
};
