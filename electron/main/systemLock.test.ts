import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { SystemLockEventSchema, type SystemLockEvent } from '../../shared/ipc/contract';
import { watchSystemLock } from './systemLock';

describe('watchSystemLock', () => {
  it('sends a valid lock message when the screen locks or the system suspends, and stops', () => {
    // powerMonitor is an EventEmitter; a real one stands in for it outside Electron.
    const monitor = new EventEmitter();
    const sent: SystemLockEvent[] = [];
    const stop = watchSystemLock(monitor, (e) => sent.push(e));
    monitor.emit('lock-screen');
    monitor.emit('resume');
    monitor.emit('unlock-screen');
    monitor.emit('suspend');
    expect(sent).toEqual([{ reason: 'lockScreen' }, { reason: 'suspend' }]);
    expect(sent.every((e) => SystemLockEventSchema.safeParse(e).success)).toBe(true);
    stop();
    monitor.emit('lock-screen');
    expect(sent).toHaveLength(2);
    expect(monitor.listenerCount('lock-screen') + monitor.listenerCount('suspend')).toBe(0);
  });
});
