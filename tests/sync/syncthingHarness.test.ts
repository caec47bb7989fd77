import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import { startSyncthingPair, syncthingAvailable, type SyncPair } from './syncthingHarness';

/** True while a process with this pid exists (signal 0 only checks). */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

describe.skipIf(!syncthingAvailable())('two real Syncthing instances (tests/sync harness)', () => {
  let pair: SyncPair | undefined;
  let failed = false;

  afterEach(async () => {
    await pair?.stop({ keepLog: failed });
    pair = undefined;
    failed = false;
  });

  it('syncs new, renamed and deleted files both ways, then stops without a trace', async () => {
    onTestFailed(() => {
      failed = true;
    });
    const started = Date.now();
    pair = await startSyncthingPair({ maxConflicts: 10 });
    const { dirA, dirB, root, logPath, pids } = pair;
    expect(alive(pids.A) && alive(pids.B)).toBe(true);
    const timings: string[] = [`start ${Date.now() - started} ms`];
    const timed = async (label: string, step: () => Promise<void>) => {
      const t0 = Date.now();
      await step();
      timings.push(`${label} ${Date.now() - t0} ms`);
    };

    const fromA = randomBytes(200 * 1024);
    await writeFile(join(dirA, 'from-a.bin'), fromA);
    await timed('A→B', () => pair!.waitForFile('B', 'from-a.bin', fromA));

    const fromB = randomBytes(200 * 1024);
    await writeFile(join(dirB, 'from-b.bin'), fromB);
    await timed('B→A', () => pair!.waitForFile('A', 'from-b.bin', fromB));

    await rename(join(dirA, 'from-a.bin'), join(dirA, 'renamed-in-a.bin'));
    await timed('rename A→B', async () => {
      await pair!.waitForFile('B', 'renamed-in-a.bin', fromA);
      await pair!.waitForNoFile('B', 'from-a.bin');
    });

    await rm(join(dirB, 'from-b.bin'));
    await timed('delete B→A', () => pair!.waitForNoFile('A', 'from-b.bin'));

    // An explicit scan instead of the file watcher.
    const scanned = randomBytes(1024);
    await writeFile(join(dirB, 'scanned.bin'), scanned);
    await timed('scan B→A', async () => {
      await pair!.scan('B', 'scanned.bin');
      await pair!.waitForFile('A', 'scanned.bin', scanned);
    });

    await timed('in sync', () => pair!.waitInSync());
    expect(existsSync(join(dirA, 'from-b.bin'))).toBe(false);

    await timed('stop', () => pair!.stop());
    await pair.stop(); // idempotent
    console.info(`syncthing harness: ${timings.join(', ')}; total ${Date.now() - started} ms`);

    expect(alive(pids.A)).toBe(false);
    expect(alive(pids.B)).toBe(false);
    expect(existsSync(root)).toBe(false);
    expect(existsSync(dirA)).toBe(false);
    expect(existsSync(dirB)).toBe(false);
    expect(existsSync(logPath)).toBe(false);
  }, 60_000);
});
