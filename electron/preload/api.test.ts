import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, METHOD_CHANNELS, type MenuCommand } from '../../shared/ipc/contract';
import { buildBridgeApi, type IpcRendererLike } from './api';

const fakeIpc = () => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, req: unknown) => ({ channel, req })),
    on: (channel: string, l: (event: unknown, ...args: unknown[]) => void) =>
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    removeListener: (channel: string, l: (event: unknown, ...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(l),
  } satisfies IpcRendererLike;
  const emit = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'ipcRenderer!' }, payload));
  return { ipc, emit, listeners };
};

describe('buildBridgeApi', () => {
  it('maps each method to its one channel, passing the request through', async () => {
    const { ipc } = fakeIpc();
    const api = buildBridgeApi(ipc);
    const bytes = new Uint8Array([1]);
    await api.saveBackup({ suggestedName: 'b.age', bytes });
    await api.openFile({ filter: 'backup' });
    await api.saveFile({ suggestedName: 'm.csv', bytes, filter: 'csv' });
    await api.print({ route: '/print/x' });
    await api.printToPdf({ route: '/print/x', suggestedName: 'x' });
    await api.setLanguage({ language: 'fi' });
    await api.info();
    expect(ipc.invoke.mock.calls.map((c) => c[0])).toEqual([
      'backup.saveFile',
      'file.open',
      'file.save',
      'print.print',
      'print.toPdf',
      'app.setLanguage',
      'app.info',
    ]);
    expect(ipc.invoke.mock.calls[0]?.[1]).toEqual({ suggestedName: 'b.age', bytes });
    expect(ipc.invoke.mock.calls[6]?.[1]).toEqual({});
  });

  it('covers every channel of the contract and exposes nothing generic', () => {
    expect(Object.values(METHOD_CHANNELS).sort()).toEqual([...CHANNEL_NAMES].sort());
    const api = buildBridgeApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual(
      [
        'info',
        'onMenuCommand',
        'onSystemLock',
        'openFile',
        'print',
        'printToPdf',
        'saveBackup',
        'saveFile',
        'setLanguage',
        // The shared folder: each names one file operation, none takes a path.
        'archiveSyncFile',
        'chooseSyncFolder',
        'forgetSyncFolder',
        'listSyncFolder',
        'loadSyncSecret',
        'readSyncFile',
        'saveSyncSecret',
        'statSyncFile',
        'syncFolderInfo',
        'writeSyncFile',
      ].sort(),
    );
  });

  it('delivers valid menu commands without the IPC event, drops invalid ones, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = buildBridgeApi(ipc);
    const received: unknown[][] = [];
    const off = api.onMenuCommand((...args: unknown[]) => received.push(args));
    emit('menu.command', { type: 'navigate', path: '/mentors' } satisfies MenuCommand);
    emit('menu.command', { type: 'navigate', path: 'javascript:alert(1)' });
    emit('menu.command', { type: 'action', action: 'rm -rf' });
    emit('menu.command', { type: 'action', action: 'backup.export' } satisfies MenuCommand);
    expect(received).toEqual([[{ type: 'navigate', path: '/mentors' }], [{ type: 'action', action: 'backup.export' }]]);
    off();
    expect(listeners.get('menu.command')?.size).toBe(0);
    emit('menu.command', { type: 'navigate', path: '/' });
    expect(received).toHaveLength(2);
  });

  it('delivers system lock events without the IPC event, drops invalid ones, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = buildBridgeApi(ipc);
    const received: unknown[][] = [];
    const off = api.onSystemLock((...args: unknown[]) => received.push(args));
    emit('appLock.systemLock', { reason: 'lockScreen' });
    emit('appLock.systemLock', { reason: 'unlock-everything' });
    emit('appLock.systemLock', { reason: 'suspend' });
    expect(received).toEqual([[{ reason: 'lockScreen' }], [{ reason: 'suspend' }]]);
    off();
    expect(listeners.get('appLock.systemLock')?.size).toBe(0);
  });
});
