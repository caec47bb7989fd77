import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channels } from '../../shared/ipc/contract';
import { emptySyncState } from '../../shared/domain/sharedFolder';
import { SyncOpenError, runSyncCycle, syncFileName, type SyncPorts } from '../../shared/sync/sharedFolder';
import { createSyncFolderHandlers, insideFolder, nodeSyncFolder, type SecretStorageLike } from './syncFolder';

let root: string;
let folder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-sync-test-'));
  folder = join(root, 'Shared');
  await rm(folder, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(folder));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('nodeSyncFolder', () => {
  it('lists regular files only, writes atomically (no temporary file left) and renames', async () => {
    const fs = nodeSyncFolder(folder);
    await import('node:fs/promises').then((f) => f.mkdir(join(folder, '.stfolder')));
    const written = await fs.write('tandem-sync-org-a.age', bytes('hello'));
    expect(written).toMatchObject({ name: 'tandem-sync-org-a.age', size: 5 });
    expect(await readdir(folder)).toEqual(['.stfolder', 'tandem-sync-org-a.age'].sort());
    expect((await fs.list()).map((e) => e.name)).toEqual(['tandem-sync-org-a.age']);
    expect(new TextDecoder().decode(await fs.read('tandem-sync-org-a.age'))).toBe('hello');
    expect(await fs.stat('tandem-sync-org-b.age')).toBeNull();
    await fs.rename('tandem-sync-org-a.age', 'tandem-archived-org-a-20261206.age');
    expect(await readdir(folder)).toEqual(['.stfolder', 'tandem-archived-org-a-20261206.age']);
  });

  it('refuses names that would leave the folder', () => {
    expect(() => insideFolder(folder, '../x.age')).toThrow();
    expect(() => insideFolder(folder, 'sub/x.age')).toThrow();
    expect(() => insideFolder(folder, '..')).toThrow();
    expect(insideFolder(folder, 'tandem-sync-a.age')).toBe(join(folder, 'tandem-sync-a.age'));
  });
});

describe('the folder logic on a real directory', () => {
  const ORG = 'Kapocs';
  type Doc = { deviceId: string; pcName: string; data: string };
  const ports = (pc: string, state: { data: string; merged: string[] }): SyncPorts<Doc> => ({
    fs: nodeSyncFolder(folder),
    now: () => new Date(),
    open: (b) => {
      try {
        const doc = JSON.parse(new TextDecoder().decode(b)) as Doc;
        return Promise.resolve({ document: doc, deviceId: doc.deviceId, pcName: doc.pcName, organisationName: ORG });
      } catch {
        return Promise.reject(new SyncOpenError('damaged'));
      }
    },
    merge: (file) => {
      state.merged.push(file.document.data);
      return Promise.resolve({ kind: 'merged', written: 1 });
    },
    changeStamp: () => Promise.resolve(state.data),
    makeFile: () =>
      Promise.resolve({
        bytes: bytes(JSON.stringify({ deviceId: pc, pcName: pc, data: state.data })),
        stamp: state.data,
      }),
  });
  const config = (pc: string) => ({
    organisationName: ORG,
    pcName: pc,
    deviceId: pc,
    minWriteIntervalMs: 0,
    heartbeatMs: 1e9,
  });

  it('merges a new version (a new modification time), skips a truncated one and a Syncthing temporary file', async () => {
    const a = { data: 'a1', merged: [] as string[] };
    const b = { data: 'b1', merged: [] as string[] };
    let stateA = (await runSyncCycle(ports('A', a), config('A'), emptySyncState())).state;
    let stateB = (await runSyncCycle(ports('B', b), config('B'), emptySyncState())).state;
    expect(b.merged).toEqual(['a1']);
    const aFile = join(folder, syncFileName(ORG, 'A'));
    // The engine is writing a new version under its temporary name; the old one is still whole.
    await writeFile(join(folder, `.syncthing.${syncFileName(ORG, 'A')}.tmp`), '{"deviceId":"A"');
    stateB = (await runSyncCycle(ports('B', b), config('B'), stateB)).state;
    expect(b.merged).toEqual(['a1']);
    // A truncated file under the real name (an engine that writes in place): reported, not merged.
    a.data = 'a2';
    stateA = (await runSyncCycle(ports('A', a), config('A'), stateA)).state;
    const whole = await readFile(aFile);
    await truncate(aFile, whole.length - 4);
    const later = new Date(Date.now() + 5_000);
    await utimes(aFile, later, later);
    const torn = await runSyncCycle(ports('B', b), config('B'), stateB);
    expect(torn.events).toContainEqual({ kind: 'skipped', file: syncFileName(ORG, 'A'), reason: 'damaged' });
    expect(b.merged).toEqual(['a1']);
    // The whole file arrives.
    await writeFile(aFile, whole);
    const evenLater = new Date(Date.now() + 10_000);
    await utimes(aFile, evenLater, evenLater);
    await runSyncCycle(ports('B', b), config('B'), torn.state);
    expect(b.merged).toEqual(['a1', 'a2']);
    void stateA;
  });
});

describe('the shell’s shared-folder channels', () => {
  const secrets = (available: boolean): SecretStorageLike => ({
    isEncryptionAvailable: () => available,
    // A stand-in for DPAPI/keychain: reversible, and visibly not the plain text.
    encryptString: (plain) => Buffer.from(`enc:${[...plain].reverse().join('')}`),
    decryptString: (cipher) => [...cipher.toString().slice(4)].reverse().join(''),
  });

  it('remembers the chosen folder, reads and writes in it, and says when it is gone', async () => {
    const configFile = join(root, 'userData', 'shared-folder.json');
    const handlers = createSyncFolderHandlers({
      configFile,
      showFolderDialog: async () => folder,
      secrets: secrets(true),
      warn: () => undefined,
    });
    expect(await handlers['syncFolder.info']({})).toEqual({ label: null, keepsSecret: true });
    expect(await handlers['syncFolder.list']({})).toEqual({ status: 'unavailable' });
    expect(await handlers['syncFolder.choose']({})).toEqual({ status: 'chosen', label: folder });
    const write = await handlers['syncFolder.write']({ name: 'tandem-sync-org-a.age', bytes: bytes('x') });
    expect(write).toMatchObject({ status: 'ok', entry: { name: 'tandem-sync-org-a.age', size: 1 } });
    expect(await handlers['syncFolder.read']({ name: 'tandem-sync-org-a.age' })).toEqual({
      status: 'ok',
      bytes: bytes('x'),
    });
    expect(await handlers['syncFolder.stat']({ name: 'tandem-sync-org-b.age' })).toEqual({ status: 'ok', entry: null });
    await rm(folder, { recursive: true });
    expect(await handlers['syncFolder.list']({})).toEqual({ status: 'unavailable' });
    expect(await handlers['syncFolder.read']({ name: 'tandem-sync-org-a.age' })).toEqual({ status: 'unavailable' });
  });

  it('keeps the passphrase only as the system’s ciphertext, and not at all without protection', async () => {
    const configFile = join(root, 'userData', 'shared-folder.json');
    const kept = createSyncFolderHandlers({ configFile, showFolderDialog: async () => null, secrets: secrets(true) });
    expect(await kept['syncSecret.save']({ secret: 'correct horse battery' })).toEqual({ kept: true });
    expect(await readFile(configFile, 'utf8')).not.toContain('correct horse');
    expect(await kept['syncSecret.load']({})).toEqual({ secret: 'correct horse battery' });
    const unprotected = createSyncFolderHandlers({
      configFile,
      showFolderDialog: async () => null,
      secrets: secrets(false),
    });
    expect(await unprotected['syncSecret.save']({ secret: 'correct horse battery' })).toEqual({ kept: false });
    expect(await unprotected['syncSecret.load']({})).toEqual({ secret: null });
    expect(await kept['syncFolder.forget']({})).toEqual({ ok: true });
    expect(await kept['syncSecret.load']({})).toEqual({ secret: null });
  });

  it('accepts only Tandem’s own sync file names across the bridge', () => {
    const read = channels['syncFolder.read'].request;
    expect(read.safeParse({ name: 'tandem-sync-kapocs-szeged.age' }).success).toBe(true);
    for (const name of [
      '../tandem-sync-a.age',
      'tandem-sync-a.age/../../x',
      'notes.docx',
      'tandem-sync-A.age',
      'C:\\tandem-sync-a.age',
    ])
      expect(read.safeParse({ name }).success).toBe(false);
    const archive = channels['syncFolder.archive'].request;
    expect(archive.safeParse({ name: 'tandem-sync-a.age', to: 'tandem-archived-a-20261206.age' }).success).toBe(true);
    expect(archive.safeParse({ name: 'tandem-sync-a.age', to: 'tandem-sync-b.age' }).success).toBe(false);
  });
});
