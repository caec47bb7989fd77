import { useEffect } from 'react';
import { isIdle } from '../../../shared/privacy/appLock';

/** What counts as someone at the PC. Listened to on the window, before any page handler. */
const ACTIVITY_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Calls `onIdle` once the page has seen no mouse, keyboard or touch for `idleMinutes`. It
 * compares wall-clock times rather than trusting one long timer, because timers stop while the
 * PC sleeps: the first check after waking (or the page becoming visible again) locks at once.
 */
export const useIdleTimer = (enabled: boolean, idleMinutes: number, onIdle: () => void): void => {
  useEffect(() => {
    if (!enabled) return;
    const idleMs = idleMinutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      const now = Date.now();
      // A clock set back must not postpone the lock by the time it went back.
      if (now < last) last = now;
      if (isIdle(last, now, idleMinutes)) {
        onIdle();
        return;
      }
      timer = setTimeout(check, Math.max(1000, last + idleMs - now));
    };
    const activity = () => {
      last = Date.now();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, activity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, activity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [enabled, idleMinutes, onIdle]);
};
