import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_SYNC_FILE_BYTES, type BridgeResponse } from '../../shared/ipc/contract';
import type { FolderEntry, SyncFolderFs } from '../../shared/sync/sharedFolder';
import { writeFileAtomic } from './atomicWrite';
import type { Handlers } from './ipc/guard';

/**
 * The desktop side of the shared folder (issue 19): the folder the coordinator chose, the files in
 * it by plain name, and the sync passphrase kept with the operating system's protection.
 *
 * Security: the page never sends a path. It names files, which the contract already restricts to
 * Tandem's own sync file names (`tandem-sync-….age`, `tandem-archived-….age`); this module joins
 * them to the folder the coordinator picked in a native dialog, and checks again that the result
 * is directly inside it. The passphrase is stored only as `safeStorage` ciphertext (DPAPI on
 * Windows, the keychain on macOS, the secret service on Linux); where the system offers no such
 * protection, it is not stored at all and the app asks for it at start.
 */

/** The parts of Electron's `safeStorage` used here. */
export type SecretStorageLike = {
  isEncryptionAvailable: () => boolean;
  encryptString: (plain: string) => Buffer;
  decryptString: (cipher: Buffer) => string;
};

export type SyncFolderDeps = {
  /** The file in userData that remembers the folder and the protected passphrase. */
  configFile: string;
  showFolderDialog: () => Promise<string | null>;
  secrets: SecretStorageLike;
  warn?: (message: string) => void;
};

type Stored = { folder: string | null; secret: string | null };

const readStored = async (file: string): Promise<Stored> => {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<Stored>;
    return {
      folder: typeof parsed.folder === 'string' ? parsed.folder : null,
      secret: typeof parsed.secret === 'string' ? parsed.secret : null,
    };
  } catch {
    return { folder: null, secret: null };
  }
};

const writeStored = async (file: string, stored: Stored): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(stored), { mode: 0o600 });
};

/** `name` joined to `folder`, or an error when it would land anywhere else. */
export const insideFolder = (folder: string, name: string): string => {
  if (basename(name) !== name || name === '.' || name === '..') throw new Error(`not a plain file name: ${name}`);
  const path = join(folder, name);
  if (dirname(path) !== join(folder)) throw new Error(`outside the shared folder: ${name}`);
  return path;
};

/** The folder's regular files as `SyncFolderFs` (also what the tests run against real directories). */
export const nodeSyncFolder = (folder: string): SyncFolderFs => {
  const entryOf = async (name: string): Promise<FolderEntry | null> => {
    try {
      const info = await stat(insideFolder(folder, name));
      return info.isFile() ? { name, size: info.size, modifiedMs: info.mtimeMs } : null;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
  return {
    list: async () => {
      const dirents = await readdir(folder, { withFileTypes: true });
      const entries = await Promise.all(dirents.filter((d) => d.isFile()).map((d) => entryOf(d.name)));
      return entries.filter((e): e is FolderEntry => e !== null);
    },
    read: async (name) => {
      const path = insideFolder(folder, name);
      const info = await stat(path);
      if (info.size > MAX_SYNC_FILE_BYTES) throw new Error(`${name} is larger than a sync file can be`);
      const bytes = await readFile(path);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    stat: entryOf,
    write: async (name, bytes) => {
      await writeFileAtomic(insideFolder(folder, name), bytes);
      const entry = await entryOf(name);
      if (!entry) throw new Error(`${name} vanished right after it was written`);
      return entry;
    },
    rename: async (from, to) => {
      await rename(insideFolder(folder, from), insideFolder(folder, to));
    },
  };
};

type SyncChannel =
  | 'syncFolder.choose'
  | 'syncFolder.info'
  | 'syncFolder.forget'
  | 'syncFolder.list'
  | 'syncFolder.read'
  | 'syncFolder.stat'
  | 'syncFolder.write'
  | 'syncFolder.archive'
  | 'syncSecret.save'
  | 'syncSecret.load';

export type SyncFolderHandlers = Pick<Handlers, SyncChannel>;

const UNAVAILABLE = { status: 'unavailable' } as const;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const createSyncFolderHandlers = (deps: SyncFolderDeps): SyncFolderHandlers => {
  const warn = deps.warn ?? console.warn;
  /**
   * Runs `use` on the chosen folder; a missing folder or a refused operation is `unavailable`
   * (the page says so and tries again later), never an exception across the bridge.
   */
  const onFolder = async <T>(what: string, use: (fs: SyncFolderFs) => Promise<T>): Promise<T | typeof UNAVAILABLE> => {
    const { folder } = await readStored(deps.configFile);
    if (!folder) return UNAVAILABLE;
    try {
      return await use(nodeSyncFolder(folder));
    } catch (e) {
      warn(`[sync] ${what} in ${folder} failed: ${errorText(e)}`);
      return UNAVAILABLE;
    }
  };
  const keepsSecret = () => deps.secrets.isEncryptionAvailable();

  return {
    'syncFolder.choose': async (): Promise<BridgeResponse<'syncFolder.choose'>> => {
      const folder = await deps.showFolderDialog();
      if (!folder) return { status: 'cancelled' };
      const stored = await readStored(deps.configFile);
      await writeStored(deps.configFile, { ...stored, folder });
      return { status: 'chosen', label: folder };
    },
    'syncFolder.info': async () => ({ label: (await readStored(deps.configFile)).folder, keepsSecret: keepsSecret() }),
    'syncFolder.forget': async () => {
      await writeStored(deps.configFile, { folder: null, secret: null });
      return { ok: true };
    },
    'syncFolder.list': async () => {
      const result = await onFolder('listing', (fs) => fs.list());
      return 'status' in result ? result : { status: 'ok', entries: result };
    },
    'syncFolder.read': async ({ name }) => {
      const result = await onFolder(`reading ${name}`, (fs) => fs.read(name));
      return result instanceof Uint8Array ? { status: 'ok', bytes: result } : result;
    },
    'syncFolder.stat': async ({ name }) => {
      const result = await onFolder(`looking at ${name}`, async (fs) => ({ entry: await fs.stat(name) }));
      return 'status' in result ? result : { status: 'ok', entry: result.entry };
    },
    'syncFolder.write': async ({ name, bytes }) => {
      const result = await onFolder(`writing ${name}`, async (fs) => ({ entry: await fs.write(name, bytes) }));
      return 'status' in result ? result : { status: 'ok', entry: result.entry };
    },
    'syncFolder.archive': async ({ name, to }) => {
      const result = await onFolder(`archiving ${name}`, async (fs) => ({ done: await fs.rename(name, to) }));
      return 'status' in result ? result : { status: 'ok' };
    },
    'syncSecret.save': async ({ secret }) => {
      const stored = await readStored(deps.configFile);
      if (!keepsSecret()) {
        await writeStored(deps.configFile, { ...stored, secret: null });
        return { kept: false };
      }
      const cipher = deps.secrets.encryptString(secret).toString('base64');
      await writeStored(deps.configFile, { ...stored, secret: cipher });
      return { kept: true };
    },
    'syncSecret.load': async () => {
      const { secret } = await readStored(deps.configFile);
      if (!secret || !keepsSecret()) return { secret: null };
      try {
        return { secret: deps.secrets.decryptString(Buffer.from(secret, 'base64')) };
      } catch (e) {
        // Another user account or a reinstalled system cannot decrypt it: ask again.
        warn(`[sync] the kept passphrase could not be decrypted: ${errorText(e)}`);
        return { secret: null };
      }
    },
  };
};
