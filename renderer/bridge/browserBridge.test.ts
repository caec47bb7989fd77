// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { browserBridge, downloadBytes, pickFile, printRoute, waitForPrintReady } from './browserBridge';

beforeAll(async () => {
  await initI18n('hu');
});

let alerts: string[];
beforeEach(() => {
  alerts = [];
  vi.spyOn(window, 'alert').mockImplementation((m?: unknown) => void alerts.push(String(m)));
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Capture the hidden input the bridge creates, instead of opening a real file dialog. */
const interceptFileInput = () => {
  const inputs: HTMLInputElement[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    inputs.push(this);
  });
  return inputs;
};
const choose = (input: HTMLInputElement, files: File[]) => {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
};

describe('pickFile', () => {
  it('returns the chosen file and removes its input', async () => {
    const inputs = interceptFileInput();
    const picked = pickFile('backup');
    const input = inputs[0]!;
    expect(input.accept).toBe('.age,application/octet-stream');
    expect(document.body.contains(input)).toBe(true);
    choose(input, [new File([new Uint8Array([1, 2, 3])], 'tandem-backup.age')]);
    const result = await picked;
    expect(result).toMatchObject({ status: 'opened', name: 'tandem-backup.age' });
    expect(result.status === 'opened' && [...result.bytes]).toEqual([1, 2, 3]);
    expect(document.body.contains(input)).toBe(false);
  });

  it('resolves cancelled when the dialog is dismissed, and only once', async () => {
    const inputs = interceptFileInput();
    const picked = pickFile('csv');
    inputs[0]!.dispatchEvent(new Event('cancel'));
    choose(inputs[0]!, [new File(['x'], 'late.csv')]);
    expect(await picked).toEqual({ status: 'cancelled' });
    expect(document.querySelector('[data-testid="bridge-file-input"]')).toBeNull();
  });

  it('resolves cancelled when the selection is empty', async () => {
    const inputs = interceptFileInput();
    const picked = pickFile('backup');
    choose(inputs[0]!, []);
    expect(await picked).toEqual({ status: 'cancelled' });
  });

  it('refuses a file over the limit before reading it, explaining in the UI language', async () => {
    const inputs = interceptFileInput();
    const picked = pickFile('backup', 1024 * 1024);
    const big = new File(['x'], 'huge.age');
    Object.defineProperty(big, 'size', { value: 2 * 1024 * 1024 });
    const read = vi.spyOn(big, 'arrayBuffer');
    choose(inputs[0]!, [big]);
    expect(await picked).toEqual({ status: 'cancelled', error: 'tooLarge' });
    expect(read).not.toHaveBeenCalled();
    expect(alerts).toEqual(['A(z) „huge.age” nagyobb, mint 1 MB, ezért nem lehet Tandem-fájl. Válasszon másik fájlt.']);
  });

  it('does not hang when the file cannot be read', async () => {
    const inputs = interceptFileInput();
    const picked = pickFile('backup');
    const file = new File(['x'], 'gone.age');
    vi.spyOn(file, 'arrayBuffer').mockRejectedValue(new DOMException('NotReadableError'));
    choose(inputs[0]!, [file]);
    expect(await picked).toEqual({ status: 'cancelled', error: 'readFailed' });
    expect(alerts[0]).toContain('gone.age');
  });

  it('is what openFile uses', async () => {
    const inputs = interceptFileInput();
    const opened = browserBridge.openFile({ filter: 'json' });
    inputs[0]!.dispatchEvent(new Event('cancel'));
    expect(await opened).toEqual({ status: 'cancelled' });
  });
});

describe('downloads', () => {
  it('downloads the bytes under the suggested name and never claims a verified save', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:tandem/1'));
    URL.revokeObjectURL = vi.fn();
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const result = await browserBridge.saveBackup({
      suggestedName: 'tandem-backup-2026-11-22-1530.age',
      bytes: new Uint8Array([9, 8]),
    });
    expect(result).toEqual({ status: 'saved', path: 'tandem-backup-2026-11-22-1530.age', verified: false });
    expect(clicked).toEqual([{ download: 'tandem-backup-2026-11-22-1530.age', href: 'blob:tandem/1' }]);
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(new Uint8Array([9, 8]));
    expect(document.querySelector('a')).toBeNull();

    downloadBytes(new Uint8Array([1]), 'm.csv', 'csv');
    expect(blobs[1]!.type).toBe('text/csv;charset=utf-8');
  });
});

describe('printing a route', () => {
  /** Simulate the router: render the printable page a little after the hash changes. */
  const fakeRouter = (readyAfterMs: number | null) => {
    const onHash = () => {
      document.body.innerHTML = '';
      if (window.location.hash.startsWith('#/print/') && readyAfterMs !== null) {
        setTimeout(() => {
          const root = document.createElement('main');
          root.setAttribute('data-print-ready', 'true');
          document.body.append(root);
        }, readyAfterMs);
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  };

  const waitForHash = async (hash: string) => {
    for (let i = 0; i < 100 && window.location.hash !== hash; i++) await new Promise((r) => setTimeout(r, 10));
    return window.location.hash;
  };

  it('navigates to the route, prints once it is ready, and goes back', async () => {
    window.location.hash = '#/sessions/abc';
    await waitForHash('#/sessions/abc');
    const stop = fakeRouter(120);
    const hashWhenPrinted: string[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => {
      hashWhenPrinted.push(window.location.hash);
      expect(document.querySelector('[data-print-ready="true"]')).not.toBeNull();
    });
    expect(await browserBridge.print({ route: '/print/attendance/abc' })).toEqual({ ok: true });
    expect(hashWhenPrinted).toEqual(['#/print/attendance/abc']);
    expect(await waitForHash('#/sessions/abc')).toBe('#/sessions/abc');
    stop();
  });

  it('does not print a page that never becomes ready, explains, and still goes back', async () => {
    window.location.hash = '#/mentors';
    await waitForHash('#/mentors');
    const stop = fakeRouter(null);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    expect(await printRoute('/print/certificate/x', 200)).toBe(false);
    expect(print).not.toHaveBeenCalled();
    expect(alerts).toHaveLength(1);
    expect(await waitForHash('#/mentors')).toBe('#/mentors');
    stop();
  });

  it('ignores the ready marker of the printable page it is leaving', async () => {
    const old = document.createElement('main');
    old.setAttribute('data-print-ready', 'true');
    document.body.append(old);
    await expect(waitForPrintReady(150, old)).rejects.toThrow('did not become ready');
    const fresh = document.createElement('main');
    fresh.setAttribute('data-print-ready', 'true');
    document.body.append(fresh);
    await expect(waitForPrintReady(150, old)).resolves.toBeUndefined();
  });

  it('reports a PDF as not saved by the app (the print dialog saves it)', async () => {
    window.location.hash = '#/print/attendance/abc';
    await waitForHash('#/print/attendance/abc');
    const ready = document.createElement('main');
    ready.setAttribute('data-print-ready', 'true');
    document.body.append(ready);
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    expect(await browserBridge.printToPdf({ route: '/print/attendance/abc', suggestedName: 'x' })).toEqual({
      status: 'cancelled',
    });
    expect(window.location.hash).toBe('#/print/attendance/abc');
  });
});

describe('the rest of the contract', () => {
  it('reports the browser platform and ignores shell-only calls', async () => {
    expect(await browserBridge.info()).toMatchObject({ platform: 'browser', desktop: false });
    expect(await browserBridge.setLanguage({ language: 'fi' })).toEqual({ ok: true });
    const off = browserBridge.onMenuCommand(() => undefined);
    expect(off()).toBeUndefined();
    expect(browserBridge.onSystemLock(() => undefined)()).toBeUndefined();
  });
});
