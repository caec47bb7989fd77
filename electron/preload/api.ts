import {
  MENU_COMMAND_CHANNEL,
  METHOD_CHANNELS,
  MenuCommandSchema,
  SYSTEM_LOCK_CHANNEL,
  SystemLockEventSchema,
  type BridgeApi,
  type BridgeRequest,
  type BridgeResponse,
  type Channel,
  type MenuCommand,
  type SystemLockEvent,
} from '../../shared/ipc/contract';

/**
 * The object the page sees as `window.tandem`. Each method calls exactly one named channel; the
 * page never gets `ipcRenderer`, a generic invoke/send, or an IPC event object (whose `sender`
 * would be ipcRenderer itself). Menu commands are validated before they reach the page's code.
 */

/** The parts of Electron's ipcRenderer used here (so the mapping is testable without Electron). */
export type IpcRendererLike = {
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>;
  on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => unknown;
  removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => unknown;
};

export const buildBridgeApi = (ipc: IpcRendererLike): BridgeApi => {
  const call =
    <C extends Channel>(channel: C) =>
    (request: BridgeRequest<C>) =>
      ipc.invoke(channel, request) as Promise<BridgeResponse<C>>;

  return {
    saveBackup: call(METHOD_CHANNELS.saveBackup),
    openFile: call(METHOD_CHANNELS.openFile),
    saveFile: call(METHOD_CHANNELS.saveFile),
    print: call(METHOD_CHANNELS.print),
    printToPdf: call(METHOD_CHANNELS.printToPdf),
    setLanguage: call(METHOD_CHANNELS.setLanguage),
    info: () => call(METHOD_CHANNELS.info)({}),
    chooseSyncFolder: () => call(METHOD_CHANNELS.chooseSyncFolder)({}),
    syncFolderInfo: () => call(METHOD_CHANNELS.syncFolderInfo)({}),
    forgetSyncFolder: () => call(METHOD_CHANNELS.forgetSyncFolder)({}),
    listSyncFolder: () => call(METHOD_CHANNELS.listSyncFolder)({}),
    readSyncFile: call(METHOD_CHANNELS.readSyncFile),
    statSyncFile: call(METHOD_CHANNELS.statSyncFile),
    writeSyncFile: call(METHOD_CHANNELS.writeSyncFile),
    archiveSyncFile: call(METHOD_CHANNELS.archiveSyncFile),
    saveSyncSecret: call(METHOD_CHANNELS.saveSyncSecret),
    loadSyncSecret: () => call(METHOD_CHANNELS.loadSyncSecret)({}),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      const wrapped = (_event: unknown, payload: unknown) => {
        const parsed = MenuCommandSchema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(MENU_COMMAND_CHANNEL, wrapped);
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, wrapped);
      };
    },
    onSystemLock: (listener: (event: SystemLockEvent) => void) => {
      const wrapped = (_event: unknown, payload: unknown) => {
        const parsed = SystemLockEventSchema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(SYSTEM_LOCK_CHANNEL, wrapped);
      return () => {
        ipc.removeListener(SYSTEM_LOCK_CHANNEL, wrapped);
      };
    },
  } satisfies BridgeApi;
};
