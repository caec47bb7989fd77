import type { BridgeApi } from '../../shared/ipc/contract';
import type { FolderEntry } from '../../shared/sync/sharedFolder';

/**
 * The shared folder in the plain-browser build, on the File System Access API: the coordinator
 * picks a folder with the browser's directory picker; its handle is kept in a small IndexedDB of
 * its own (the browser's stand-in for the desktop shell's settings file), so the folder is known
 * again after a reload — the browser then asks once for permission to use it. A file is written
 * through `createWritable`, which writes a swap file beside it and swaps it in on `close()`: the
 * same temporary-name-then-rename the desktop app does. The sync passphrase is never stored here:
 * a browser has no protected storage for it, so it is kept in memory and asked again at start.
 * The end-to-end tests stand an origin-private folder (`navigator.storage.getDirectory()`) in for
 * the picked one.
 */

type PermissionMode = { mode: 'readwrite' };
type DirectoryHandle = FileSystemDirectoryHandle & {
  entries: () => AsyncIterableIterator<[string, FileSystemHandle]>;
  queryPermission?: (mode: PermissionMode) => Promise<PermissionState>;
  requestPermission?: (mode: PermissionMode) => Promise<PermissionState>;
};
type MovableFileHandle = FileSystemFileHandle & { move?: (name: string) => Promise<void> };
type PickerWindow = { showDirectoryPicker?: (options: { id: string; mode: 'readwrite' }) => Promise<DirectoryHandle> };

const DB_NAME = 'tandem-shell';
const STORE = 'handles';
const KEY = 'syncFolder';

const withStore = <T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error ?? new Error('the browser refused its storage'));
    open.onsuccess = () => {
      const db = open.result;
      const request = use(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => {
        db.close();
        reject(request.error ?? new Error('the browser refused its storage'));
      };
    };
  });

const storedHandle = async (): Promise<DirectoryHandle | null> =>
  (await withStore('readonly', (s) => s.get(KEY) as IDBRequest<DirectoryHandle | undefined>)) ?? null;

let secret: string | null = null;

export const canPickFolders = (): boolean => typeof (globalThis as PickerWindow).showDirectoryPicker === 'function';

/** The kept folder, if this page may use it now (permission granted). */
const grantedHandle = async (): Promise<DirectoryHandle | null> => {
  const handle = await storedHandle();
  if (!handle) return null;
  const state = (await handle.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
  return state === 'granted' ? handle : null;
};

/**
 * Ask the browser again for the kept folder (after a reload it needs the coordinator's click):
 * call from a click handler. True when the folder can be used.
 */
export const reconnectSyncFolder = async (): Promise<boolean> => {
  const handle = await storedHandle();
  if (!handle) return false;
  const state = (await handle.requestPermission?.({ mode: 'readwrite' })) ?? 'granted';
  return state === 'granted';
};

const fileEntry = async (handle: FileSystemFileHandle): Promise<FolderEntry> => {
  const file = await handle.getFile();
  return { name: handle.name, size: file.size, modifiedMs: file.lastModified };
};

const isNotFound = (e: unknown): boolean =>
  e instanceof DOMException && (e.name === 'NotFoundError' || e.name === 'TypeMismatchError');

const UNAVAILABLE = { status: 'unavailable' } as const;

/** Runs `use` on the folder; no folder, no permission or a refused operation is `unavailable`. */
const onFolder = async <T>(use: (dir: DirectoryHandle) => Promise<T>): Promise<T | typeof UNAVAILABLE> => {
  try {
    const dir = await grantedHandle();
    return dir ? await use(dir) : UNAVAILABLE;
  } catch (e) {
    console.warn('[sync] the shared folder refused an operation', e);
    return UNAVAILABLE;
  }
};

type SyncBridge = Pick<
  BridgeApi,
  | 'chooseSyncFolder'
  | 'syncFolderInfo'
  | 'forgetSyncFolder'
  | 'listSyncFolder'
  | 'readSyncFile'
  | 'statSyncFile'
  | 'writeSyncFile'
  | 'archiveSyncFile'
  | 'saveSyncSecret'
  | 'loadSyncSecret'
>;

export const browserSyncFolder: SyncBridge = {
  chooseSyncFolder: async () => {
    const picker = (globalThis as PickerWindow).showDirectoryPicker;
    if (!picker) return { status: 'cancelled', error: 'readFailed' };
    try {
      const handle = await picker({ id: 'tandem-sync', mode: 'readwrite' });
      await withStore('readwrite', (s) => s.put(handle, KEY));
      return { status: 'chosen', label: handle.name };
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return { status: 'cancelled' };
      throw e;
    }
  },
  syncFolderInfo: async () => ({ label: (await storedHandle())?.name ?? null, keepsSecret: false }),
  forgetSyncFolder: async () => {
    await withStore('readwrite', (s) => s.delete(KEY));
    secret = null;
    return { ok: true };
  },
  listSyncFolder: async () => {
    const result = await onFolder(async (dir) => {
      const entries: FolderEntry[] = [];
      for await (const [, handle] of dir.entries())
        if (handle.kind === 'file') entries.push(await fileEntry(handle as FileSystemFileHandle));
      return entries;
    });
    return Array.isArray(result) ? { status: 'ok', entries: result } : result;
  },
  readSyncFile: async ({ name }) => {
    const result = await onFolder(
      async (dir) => new Uint8Array(await (await (await dir.getFileHandle(name)).getFile()).arrayBuffer()),
    );
    return result instanceof Uint8Array ? { status: 'ok', bytes: result } : result;
  },
  statSyncFile: async ({ name }) => {
    const result = await onFolder(async (dir) => {
      try {
        return { entry: await fileEntry(await dir.getFileHandle(name)) };
      } catch (e) {
        if (isNotFound(e)) return { entry: null };
        throw e;
      }
    });
    return 'status' in result ? result : { status: 'ok', entry: result.entry };
  },
  writeSyncFile: async ({ name, bytes }) => {
    const result = await onFolder(async (dir) => {
      const handle = await dir.getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
      return { entry: await fileEntry(handle) };
    });
    return 'status' in result ? result : { status: 'ok', entry: result.entry };
  },
  archiveSyncFile: async ({ name, to }) => {
    const result = await onFolder(async (dir) => {
      const handle: MovableFileHandle = await dir.getFileHandle(name);
      if (handle.move) await handle.move(to);
      else {
        // No move in this browser: copy, then remove the original.
        const copy = await (await dir.getFileHandle(to, { create: true })).createWritable();
        await copy.write(await (await handle.getFile()).arrayBuffer());
        await copy.close();
        await dir.removeEntry(name);
      }
      return { done: true };
    });
    return 'status' in result ? result : { status: 'ok' };
  },
  saveSyncSecret: async ({ secret: next }) => {
    secret = next;
    return { kept: false };
  },
  loadSyncSecret: async () => ({ secret }),
};
