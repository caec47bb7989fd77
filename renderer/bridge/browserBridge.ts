import { MAX_OPEN_FILE_BYTES, type BridgeApi, type BridgeError, type FileFilter } from '../../shared/ipc/contract';
import { i18n } from '../i18n/i18n';
import { browserSyncFolder } from './browserSyncFolder';

/**
 * The bridge for the plain-browser build (demo mode and the end-to-end tests): files are
 * downloaded as Blobs, picked with an <input type="file">, printed with window.print().
 * Like the desktop shell, it explains a failure itself (here with the browser's own alert, in
 * the `menu` namespace's words) and reports it as `cancelled` + `error`, never as success.
 */

const ACCEPT: Record<FileFilter, string> = {
  backup: '.age,application/octet-stream',
  pdf: '.pdf,application/pdf',
  csv: '.csv,text/csv',
  xlsx: '.xlsx',
  json: '.json,application/json',
};

const MIME: Record<FileFilter, string> = {
  backup: 'application/octet-stream',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

const explain = (error: BridgeError, values: Record<string, string | number> = {}): void => {
  window.alert(i18n.t(`menu:error.${error}`, values));
};

export const downloadBytes = (bytes: Uint8Array, name: string, filter: FileFilter): void => {
  const blob = new Blob([new Uint8Array(bytes)], { type: MIME[filter] });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export type PickResult =
  { status: 'opened'; name: string; bytes: Uint8Array } | { status: 'cancelled'; error?: BridgeError };

/**
 * Let the user pick one file. Resolves exactly once: with the bytes, or `cancelled` when the
 * dialog is dismissed (the `cancel` event), nothing was chosen, the file is over the size limit
 * (checked before reading) or it cannot be read (removed, permission lost).
 */
export const pickFile = (filter: FileFilter, maxBytes = MAX_OPEN_FILE_BYTES): Promise<PickResult> =>
  new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[filter];
    input.hidden = true;
    input.setAttribute('data-testid', 'bridge-file-input');
    let settled = false;
    const finish = (result: PickResult) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => finish({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return finish({ status: 'cancelled' });
      if (file.size > maxBytes) {
        explain('tooLarge', { name: file.name, limit: Math.round(maxBytes / (1024 * 1024)) });
        return finish({ status: 'cancelled', error: 'tooLarge' });
      }
      file.arrayBuffer().then(
        (buf) => finish({ status: 'opened', name: file.name, bytes: new Uint8Array(buf) }),
        () => {
          explain('readFailed', { name: file.name });
          finish({ status: 'cancelled', error: 'readFailed' });
        },
      );
    });
    document.body.append(input);
    input.click();
  });

const READY_SELECTOR = '[data-print-ready="true"]';

/**
 * Printable pages set `data-print-ready="true"` on their root once their data is loaded. When we
 * have just navigated away from another printable page, its element does not count (`stale`).
 */
export const waitForPrintReady = (timeoutMs = 15_000, stale: Element | null = null): Promise<void> =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if ([...document.querySelectorAll(READY_SELECTOR)].some((el) => el !== stale)) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error('the printable page did not become ready'));
      setTimeout(tick, 50);
    };
    tick();
  });

/**
 * Print a printable route in this window: navigate to it, wait for its data, open the print
 * dialog (window.print() returns when it closes), and go back to where the user was. Resolves
 * `false` (after telling the user) if the page never became ready.
 */
export const printRoute = async (route: string, timeoutMs = 15_000): Promise<boolean> => {
  const target = `#${route}`;
  const navigate = window.location.hash !== target;
  const stale = navigate ? document.querySelector(READY_SELECTOR) : null;
  if (navigate) window.location.hash = target;
  try {
    await waitForPrintReady(timeoutMs, stale);
    window.print();
    return true;
  } catch {
    explain('printFailed');
    return false;
  } finally {
    // Back, not a new hash: the print page must not become a step in the Back button's history.
    if (navigate) window.history.back();
  }
};

export const browserBridge: BridgeApi = {
  saveBackup: async ({ suggestedName, bytes }) => {
    downloadBytes(bytes, suggestedName, 'backup');
    // A browser download cannot be read back; the UI says so instead of claiming "verified".
    return { status: 'saved', path: suggestedName, verified: false };
  },
  openFile: ({ filter }) => pickFile(filter),
  saveFile: async ({ suggestedName, bytes, filter }) => {
    downloadBytes(bytes, suggestedName, filter);
    return { status: 'saved', path: suggestedName, verified: false };
  },
  print: async ({ route }) => ((await printRoute(route)) ? { ok: true } : { ok: false, error: 'printFailed' }),
  // The browser's print dialog offers "Save as PDF"; the page cannot write the file itself, so
  // nothing is reported as saved.
  printToPdf: async ({ route }) =>
    (await printRoute(route)) ? { status: 'cancelled' } : { status: 'cancelled', error: 'printFailed' },
  setLanguage: async () => ({ ok: true }),
  info: async () => ({ version: import.meta.env.VITE_APP_VERSION ?? 'dev', platform: 'browser', desktop: false }),
  ...browserSyncFolder,
  onMenuCommand: () => () => undefined,
  // A page cannot see the system lock or sleep; the app lock's idle timer covers the browser.
  onSystemLock: () => () => undefined,
};
