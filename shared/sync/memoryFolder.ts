import type { FolderEntry, SyncFolderFs } from './sharedFolder';

/**
 * A shared folder in memory, for tests: files with a modification time from a clock the test
 * controls, and hooks that play a sync engine at work (a file replaced while it is read).
 * Writes are atomic like the real implementations': a reader sees the old bytes or the new.
 */
export type MemoryFolder = SyncFolderFs & {
  files: Map<string, { bytes: Uint8Array; modifiedMs: number }>;
  /** Puts a file as another writer (the sync engine) would, with its own time. */
  put: (name: string, bytes: Uint8Array, modifiedMs?: number) => void;
  /** Called after each read, before the read returns: a test may change the file meanwhile. */
  afterRead: ((name: string) => void) | null;
};

export const memoryFolder = (clock: () => number = () => Date.now()): MemoryFolder => {
  const files = new Map<string, { bytes: Uint8Array; modifiedMs: number }>();
  const entryOf = (name: string): FolderEntry | null => {
    const file = files.get(name);
    return file ? { name, size: file.bytes.byteLength, modifiedMs: file.modifiedMs } : null;
  };
  // Two writes within one millisecond still differ, as on a real disk with fine timestamps.
  let lastTime = 0;
  const nextTime = (): number => (lastTime = Math.max(clock(), lastTime + 1));
  const folder: MemoryFolder = {
    files,
    afterRead: null,
    put: (name, bytes, modifiedMs) => {
      files.set(name, { bytes: bytes.slice(), modifiedMs: modifiedMs ?? nextTime() });
    },
    list: () => Promise.resolve([...files.keys()].sort().flatMap((name) => entryOf(name) ?? [])),
    read: (name) => {
      const file = files.get(name);
      if (!file) return Promise.reject(new Error(`no such file: ${name}`));
      const bytes = file.bytes.slice();
      folder.afterRead?.(name);
      return Promise.resolve(bytes);
    },
    stat: (name) => Promise.resolve(entryOf(name)),
    write: (name, bytes) => {
      folder.put(name, bytes);
      return Promise.resolve(entryOf(name) as FolderEntry);
    },
    rename: (from, to) => {
      const file = files.get(from);
      if (!file) return Promise.reject(new Error(`no such file: ${from}`));
      files.delete(from);
      files.set(to, file);
      return Promise.resolve();
    },
  };
  return folder;
};
