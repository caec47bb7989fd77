import type { SystemLockEvent } from '../../shared/ipc/contract';

/**
 * The app lock follows the system: when the screen locks (Windows, macOS) or the PC goes to sleep
 * (every system), the shell tells the main window, whose app lock then locks if one is set. So
 * a coordinator who locks the PC and walks away does not come back to Tandem open on someone
 * else's unlock. Linux reports no screen lock to Electron; there the idle timer covers it.
 */

/** The parts of Electron's powerMonitor used here (so the wiring is testable without Electron). */
export type PowerMonitorLike = {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  removeListener(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
};

const EVENTS = { 'lock-screen': 'lockScreen', suspend: 'suspend' } as const satisfies Record<
  string,
  SystemLockEvent['reason']
>;

/** Send a lock message for every system lock and suspend; returns how to stop. */
export const watchSystemLock = (monitor: PowerMonitorLike, send: (event: SystemLockEvent) => void): (() => void) => {
  const stops = (Object.keys(EVENTS) as (keyof typeof EVENTS)[]).map((name) => {
    const listener = () => send({ reason: EVENTS[name] });
    monitor.on(name, listener);
    return () => monitor.removeListener(name, listener);
  });
  return () => stops.forEach((stop) => stop());
};
