import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writing a backup must never leave a half-written file where a good one was: the coordinator
 * pulls the USB stick as soon as the app says "saved". So the bytes go to a temporary file in the
 * same directory (a rename is only atomic within one file system), are flushed to the device,
 * read back and compared, and only then renamed over the target. The directory is flushed so the
 * rename itself survives a power cut, and the target is read back once more: `verified` means the
 * file under its final name holds exactly the bytes we were given. When it throws, nothing was
 * replaced: the temporary file is removed and an existing target is left as it was.
 */

export type AtomicWriteResult = { path: string; verified: boolean };

/** What can be swapped out in tests to simulate a failing disk. */
export type AtomicWriteFs = {
  rename: (from: string, to: string) => Promise<void>;
};

const defaultFs: AtomicWriteFs = { rename };

export const tempPathFor = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Flush a directory entry (the rename). Windows cannot open directories; that is not an error. */
const fsyncDirectory = async (dir: string): Promise<void> => {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform/file system (e.g. Windows, some FAT USB sticks): the data
    // itself was already flushed, so carry on.
  } finally {
    await handle?.close().catch(() => undefined);
  }
};

export const writeFileAtomic = async (
  target: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = defaultFs,
): Promise<AtomicWriteResult> => {
  const temp = tempPathFor(target);
  let renamed = false;
  try {
    // 'wx': never follow or clobber something that appeared under our random temp name.
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Refuse to replace a good file with bytes that did not reach the disk intact.
    if (!sameBytes(new Uint8Array(await readFile(temp)), bytes)) {
      throw new Error(`the temporary file ${temp} does not hold the bytes written`);
    }
    await fs.rename(temp, target);
    renamed = true;
    await fsyncDirectory(dirname(target));
    // From here on the target has been replaced: a failed read-back is "not verified", not an
    // error, so nobody is told that the old file is still there.
    const readBack = await readFile(target)
      .then((b) => new Uint8Array(b))
      .catch(() => null);
    return { path: target, verified: readBack !== null && sameBytes(readBack, bytes) };
  } finally {
    if (!renamed) await rm(temp, { force: true }).catch(() => undefined);
  }
};
