import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sameBytes, tempPathFor, writeFileAtomic } from './atomicWrite';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('writeFileAtomic', () => {
  it('writes a new file, verifies it and leaves nothing else behind', async () => {
    const target = join(dir, 'tandem-backup-2026-11-22-1530.age');
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    const result = await writeFileAtomic(target, bytes);
    expect(result).toEqual({ path: target, verified: true });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['tandem-backup-2026-11-22-1530.age']);
  });

  it('replaces an existing file completely (a shorter file leaves no old tail)', async () => {
    const target = join(dir, 'backup.age');
    await writeFile(target, 'an old and much longer backup file content');
    const result = await writeFileAtomic(target, bytesOf('new'));
    expect(result.verified).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['backup.age']);
  });

  it('writes an empty file', async () => {
    const target = join(dir, 'empty.csv');
    expect((await writeFileAtomic(target, new Uint8Array())).verified).toBe(true);
    expect((await readFile(target)).byteLength).toBe(0);
  });

  it('on a failing rename removes the temporary file and keeps the old file intact', async () => {
    const target = join(dir, 'backup.age');
    await writeFile(target, 'the good old backup');
    const failing = { rename: async () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })) };
    await expect(writeFileAtomic(target, bytesOf('new bytes'), failing)).rejects.toThrow('EIO');
    expect(await readFile(target, 'utf8')).toBe('the good old backup');
    expect(await readdir(dir)).toEqual(['backup.age']);
  });

  it('reports verified: false when the file under its final name does not read back the same', async () => {
    const target = join(dir, 'backup.age');
    const corrupting = {
      rename: async (from: string, to: string) => {
        await rename(from, to);
        await writeFile(to, 'flipped by a flaky stick');
      },
    };
    expect(await writeFileAtomic(target, bytesOf('the real backup'), corrupting)).toEqual({
      path: target,
      verified: false,
    });
  });

  it('fails cleanly when the directory is gone (USB stick pulled)', async () => {
    const target = join(dir, 'missing', 'backup.age');
    await expect(writeFileAtomic(target, bytesOf('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to write through a directory that sits at the target name, leaving no temp file', async () => {
    const target = join(dir, 'backup.age');
    await writeFile(join(dir, 'keep.txt'), 'keep');
    await mkdir(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, bytesOf('x'))).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['backup.age', 'keep.txt']);
  });
});

describe('helpers', () => {
  it('puts the temporary file next to the target, hidden and unique', () => {
    const a = tempPathFor(join(dir, 'b.age'));
    const b = tempPathFor(join(dir, 'b.age'));
    expect(a.startsWith(join(dir, '.b.age.'))).toBe(true);
    expect(a.endsWith('.tmp')).toBe(true);
    expect(a).not.toBe(b);
  });

  it('compares bytes exactly', () => {
    expect(sameBytes(bytesOf('abc'), bytesOf('abc'))).toBe(true);
    expect(sameBytes(bytesOf('abc'), bytesOf('abd'))).toBe(false);
    expect(sameBytes(bytesOf('abc'), bytesOf('ab'))).toBe(false);
  });
});
