import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_OPEN_FILE_BYTES } from '../../../shared/ipc/contract';
import { labelsFor } from '../labels';
import { createHandlers, type PrintWindowLike, type ShellDeps } from './handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = new TextEncoder().encode('age-encryption.org/v1\n...');

type FakeWindow = PrintWindowLike & { loaded: string[]; closed: number; readyAfter: number };
const fakeWindow = (over: Partial<PrintWindowLike> & { readyAfter?: number } = {}): FakeWindow => {
  const w: FakeWindow = {
    loaded: [],
    closed: 0,
    readyAfter: over.readyAfter ?? 2,
    load: async (url) => void w.loaded.push(url),
    isPrintReady: async () => --w.readyAfter <= 0,
    print: async () => ({ success: true, failureReason: '' }),
    printToPDF: async () => new TextEncoder().encode('%PDF-1.7 fake'),
    close: () => void w.closed++,
    ...over,
  };
  return w;
};

const setup = (
  over: Partial<ShellDeps> & { savePath?: string | null; openPath?: string | null; window?: FakeWindow } = {},
) => {
  const errors: string[] = [];
  const window = over.window ?? fakeWindow();
  const deps: ShellDeps = {
    labels: () => labelsFor('hu'),
    showSaveDialog: vi.fn(async () => (over.savePath === undefined ? join(dir, 'out.age') : over.savePath)),
    showOpenDialog: vi.fn(async () => over.openPath ?? null),
    showError: async (m) => void errors.push(m),
    documentsDir: () => '/home/coordinator/Documents',
    openPrintWindow: vi.fn(async () => window),
    setLanguage: vi.fn(),
    appInfo: { version: '0.1.0', platform: 'linux' },
    printReadyTimeoutMs: 300,
    warn: () => undefined,
    ...over,
  };
  return { handlers: createHandlers(deps), deps, errors, window };
};

describe('backup.saveFile / file.save', () => {
  it('saves through the dialog with a translated title and the .age filter, verified', async () => {
    const { handlers, deps, errors } = setup();
    const result = await handlers['backup.saveFile']({ suggestedName: 'tandem-backup-2026-11-22-1530.age', bytes });
    expect(result).toEqual({ status: 'saved', path: join(dir, 'out.age'), verified: true });
    expect(new Uint8Array(await readFile(join(dir, 'out.age')))).toEqual(bytes);
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      title: 'A titkosított biztonsági mentés mentése',
      defaultPath: join('/home/coordinator/Documents', 'tandem-backup-2026-11-22-1530.age'),
      filters: [{ name: 'Titkosított biztonsági mentés (age)', extensions: ['age'] }],
    });
    expect(errors).toEqual([]);
  });

  it('starts the next dialog in the folder used last (the USB stick)', async () => {
    const { handlers, deps } = setup();
    await handlers['backup.saveFile']({ suggestedName: 'a.age', bytes });
    await handlers['backup.saveFile']({ suggestedName: 'b.age', bytes });
    expect(vi.mocked(deps.showSaveDialog).mock.calls[1]?.[0].defaultPath).toBe(join(dir, 'b.age'));
  });

  it('adds the extension the dialog left off', async () => {
    const { handlers } = setup({ savePath: join(dir, 'mentors') });
    const result = await handlers['file.save']({ suggestedName: 'mentors.csv', bytes, filter: 'csv' });
    expect(result).toMatchObject({ status: 'saved', path: join(dir, 'mentors.csv') });
    expect(await readdir(dir)).toEqual(['mentors.csv']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { handlers } = setup({ savePath: null });
    expect(await handlers['backup.saveFile']({ suggestedName: 'a.age', bytes })).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('explains a failed write and does not claim success', async () => {
    const target = join(dir, 'gone', 'b.age');
    const { handlers, errors } = setup({ savePath: target });
    expect(await handlers['backup.saveFile']({ suggestedName: 'b.age', bytes })).toEqual({
      status: 'cancelled',
      error: 'writeFailed',
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(target);
    expect(errors[0]).toContain('pendrive');
  });
});

describe('file.open', () => {
  it('returns the picked file bytes and name', async () => {
    await writeFile(join(dir, 'backup.age'), bytes);
    const { handlers, deps } = setup({ openPath: join(dir, 'backup.age') });
    expect(await handlers['file.open']({ filter: 'backup' })).toEqual({ status: 'opened', name: 'backup.age', bytes });
    expect(deps.showOpenDialog).toHaveBeenCalledWith({
      title: 'Biztonsági mentés megnyitása',
      filters: [
        { name: 'Titkosított biztonsági mentés (age)', extensions: ['age'] },
        { name: 'Minden fájl', extensions: ['*'] },
      ],
    });
  });

  it('cancels quietly', async () => {
    const { handlers, errors } = setup({ openPath: null });
    expect(await handlers['file.open']({ filter: 'backup' })).toEqual({ status: 'cancelled' });
    expect(errors).toEqual([]);
  });

  it('refuses a file over the size limit before reading it, with a clear message', async () => {
    const big = join(dir, 'huge.age');
    await writeFile(big, '');
    await truncate(big, MAX_OPEN_FILE_BYTES + 1); // sparse: no real disk use
    const { handlers, errors } = setup({ openPath: big });
    expect(await handlers['file.open']({ filter: 'backup' })).toEqual({ status: 'cancelled', error: 'tooLarge' });
    expect(errors).toEqual([
      'A(z) „huge.age” nagyobb, mint 512 MB, ezért nem lehet Tandem-fájl. Válasszon másik fájlt.',
    ]);
  });

  it('explains an unreadable file (a folder, a vanished file)', async () => {
    for (const path of [dir, join(dir, 'vanished.age')]) {
      const { handlers, errors } = setup({ openPath: path });
      expect(await handlers['file.open']({ filter: 'backup' })).toEqual({ status: 'cancelled', error: 'readFailed' });
      expect(errors).toHaveLength(1);
    }
  });
});

describe('print.print', () => {
  it('prints the route in a hidden window once it is ready, then closes it', async () => {
    const print = vi.fn(async () => ({ success: true, failureReason: '' }));
    const window = fakeWindow({ print });
    const { handlers } = setup({ window });
    expect(await handlers['print.print']({ route: '/print/attendance/abc', landscape: true })).toEqual({ ok: true });
    expect(window.loaded).toEqual(['app://tandem/index.html#/print/attendance/abc']);
    expect(print).toHaveBeenCalledWith({ silent: false, printBackground: true, landscape: true });
    expect(window.closed).toBe(1);
  });

  it('reports a cancelled print dialog as not printed, without an error box', async () => {
    const window = fakeWindow({ print: async () => ({ success: false, failureReason: 'cancelled' }) });
    const { handlers, errors } = setup({ window });
    expect(await handlers['print.print']({ route: '/print/attendance/abc', landscape: false })).toEqual({ ok: false });
    expect(errors).toEqual([]);
    expect(window.closed).toBe(1);
  });

  it('closes the window and explains when the page never becomes ready', async () => {
    const print = vi.fn();
    const window = fakeWindow({ readyAfter: Number.POSITIVE_INFINITY, print });
    const { handlers, errors } = setup({ window, printReadyTimeoutMs: 250 });
    expect(await handlers['print.print']({ route: '/print/attendance/abc', landscape: false })).toEqual({
      ok: false,
      error: 'printFailed',
    });
    expect(print).not.toHaveBeenCalled();
    expect(window.closed).toBe(1);
    expect(errors).toEqual([labelsFor('hu').error.printFailed]);
  });

  it('closes the window when loading fails', async () => {
    const window = fakeWindow({ load: async () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')) });
    const { handlers } = setup({ window });
    expect(await handlers['print.print']({ route: '/print/x', landscape: false })).toEqual({
      ok: false,
      error: 'printFailed',
    });
    expect(window.closed).toBe(1);
  });

  it('never opens a window for a route outside /print/', async () => {
    const { handlers, deps } = setup();
    expect(await handlers['print.print']({ route: '/print/../settings', landscape: false })).toEqual({
      ok: false,
      error: 'printFailed',
    });
    expect(deps.openPrintWindow).not.toHaveBeenCalled();
  });
});

describe('print.toPdf', () => {
  it('asks where to save, renders A4 PDF in a hidden window and writes it atomically', async () => {
    const printToPDF = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 fake'));
    const window = fakeWindow({ printToPDF });
    const { handlers, deps } = setup({ window, savePath: join(dir, 'sheet.pdf') });
    const result = await handlers['print.toPdf']({
      route: '/print/attendance/abc',
      landscape: false,
      suggestedName: 'jelenleti-iv',
    });
    expect(result).toEqual({ status: 'saved', path: join(dir, 'sheet.pdf'), verified: true });
    expect(await readFile(join(dir, 'sheet.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', landscape: false, printBackground: true, preferCSSPageSize: true }),
    );
    expect(vi.mocked(deps.showSaveDialog).mock.calls[0]?.[0]).toMatchObject({
      title: 'Mentés PDF-ként',
      defaultPath: join('/home/coordinator/Documents', 'jelenleti-iv.pdf'),
      filters: [{ name: 'PDF-dokumentum', extensions: ['pdf'] }],
    });
    expect(window.closed).toBe(1);
  });

  it('renders nothing when the save dialog is cancelled', async () => {
    const { handlers, deps } = setup({ savePath: null });
    expect(await handlers['print.toPdf']({ route: '/print/x', landscape: false, suggestedName: 'x' })).toEqual({
      status: 'cancelled',
    });
    expect(deps.openPrintWindow).not.toHaveBeenCalled();
  });

  it('writes no file when rendering fails', async () => {
    const window = fakeWindow({ printToPDF: async () => Promise.reject(new Error('Printing failed')) });
    const { handlers, errors } = setup({ window, savePath: join(dir, 'sheet.pdf') });
    expect(await handlers['print.toPdf']({ route: '/print/x', landscape: true, suggestedName: 'x' })).toEqual({
      status: 'cancelled',
      error: 'printFailed',
    });
    expect(await readdir(dir)).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(window.closed).toBe(1);
  });
});

describe('app.*', () => {
  it('reports version and platform, and passes the language on', async () => {
    const { handlers, deps } = setup();
    expect(await handlers['app.info']({})).toEqual({ version: '0.1.0', platform: 'linux', desktop: true });
    expect(await handlers['app.setLanguage']({ language: 'fi', sections: ['mentors'] })).toEqual({ ok: true });
    expect(deps.setLanguage).toHaveBeenCalledWith('fi', ['mentors']);
  });
});
