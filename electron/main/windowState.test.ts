import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_SIZE,
  captureWindowState,
  readWindowStateFile,
  restoreWindowState,
  writeWindowStateFile,
} from './windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restoreWindowState', () => {
  it('keeps a position that is on a connected screen', () => {
    expect(restoreWindowState({ x: 100, y: 80, width: 1200, height: 800, isMaximized: false }, [laptop])).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      isMaximized: false,
    });
    expect(restoreWindowState({ x: 2200, y: 50, width: 1600, height: 1000 }, [laptop, rightMonitor])).toMatchObject({
      x: 2200,
      y: 50,
    });
  });

  it('drops the position when the monitor it was on is gone (window centred instead)', () => {
    const restored = restoreWindowState({ x: 2200, y: 50, width: 1600, height: 1000, isMaximized: true }, [laptop]);
    expect(restored).toEqual({ width: 1600, height: 1000, isMaximized: true });
  });

  it('drops the position when only a corner or the bottom edge would be visible', () => {
    expect(restoreWindowState({ x: 1850, y: 100, width: 1200, height: 800 }, [laptop])).not.toHaveProperty('x');
    // Title bar above the top of the screen: the window could not be grabbed.
    expect(restoreWindowState({ x: 100, y: -780, width: 1200, height: 800 }, [laptop])).not.toHaveProperty('x');
    expect(restoreWindowState({ x: -5000, y: -5000, width: 1200, height: 800 }, [laptop])).not.toHaveProperty('x');
  });

  it('shrinks a window larger than the largest screen and enforces the minimum size', () => {
    expect(restoreWindowState({ x: 0, y: 0, width: 5000, height: 3000 }, [laptop])).toMatchObject({
      width: 1920,
      height: 1050,
    });
    expect(restoreWindowState({ x: 0, y: 0, width: 50, height: 40 }, [laptop])).toMatchObject({
      width: 720,
      height: 520,
    });
  });

  it('falls back to the default size for missing or corrupt state', () => {
    for (const stored of [
      null,
      undefined,
      'garbage',
      { width: 'wide' },
      { x: 1.5, y: 2, width: 800, height: 600 },
      [],
    ]) {
      expect(restoreWindowState(stored, [laptop])).toEqual({ ...DEFAULT_SIZE, isMaximized: false });
    }
  });

  it('works without any display information', () => {
    expect(restoreWindowState({ x: 10, y: 10, width: 900, height: 700 }, [])).toEqual({
      width: 900,
      height: 700,
      isMaximized: false,
    });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-ws-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through the file and leaves no temp file', async () => {
    const file = join(dir, 'window-state.json');
    const state = captureWindowState({ x: 10.4, y: 20.6, width: 1000, height: 700 }, true);
    writeWindowStateFile(file, state);
    expect(readWindowStateFile(file)).toEqual({ x: 10, y: 21, width: 1000, height: 700, isMaximized: true });
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('reads a missing or corrupt file as nothing stored', async () => {
    expect(readWindowStateFile(join(dir, 'none.json'))).toBeNull();
    await writeFile(join(dir, 'bad.json'), '{"x": 1,');
    expect(readWindowStateFile(join(dir, 'bad.json'))).toBeNull();
  });
});
