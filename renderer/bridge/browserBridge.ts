import type { BridgeApi, FileFilter } from '../../shared/ipc/contract';

/**
 * The bridge for the plain-browser build (demo mode and the end-to-end tests): files are
 * downloaded as Blobs, picked with an <input type="file">, printed with window.print().
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

export const downloadBytes = (bytes: Uint8Array, name: string, filter: FileFilter): void => {
  const blob = new Blob([new Uint8Array(bytes)], { type: MIME[filter] });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const pickFile = (filter: FileFilter): Promise<{ name: string; bytes: Uint8Array } | null> =>
  new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[filter];
    input.style.display = 'none';
    input.setAttribute('data-testid', 'bridge-file-input');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      void file.arrayBuffer().then((buf) => resolve({ name: file.name, bytes: new Uint8Array(buf) }));
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });

/** Print a printable route: navigate to it in this window, print, and come back. */
const printRoute = async (route: string): Promise<void> => {
  const back = window.location.hash;
  window.location.hash = `#${route}`;
  await waitForPrintReady();
  window.print();
  window.location.hash = back;
};

/** Printable pages set `data-print-ready="true"` on their root once their data is loaded. */
export const waitForPrintReady = (timeoutMs = 15_000): Promise<void> =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (document.querySelector('[data-print-ready="true"]')) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error('print page did not become ready'));
      setTimeout(tick, 50);
    };
    tick();
  });

export const browserBridge: BridgeApi = {
  saveBackup: async ({ suggestedName, bytes }) => {
    downloadBytes(bytes, suggestedName, 'backup');
    // A browser download cannot be read back; the UI says so instead of claiming "verified".
    return { status: 'saved', path: suggestedName, verified: false };
  },
  openFile: async ({ filter }) => {
    const picked = await pickFile(filter);
    return picked ? { status: 'opened', ...picked } : { status: 'cancelled' };
  },
  saveFile: async ({ suggestedName, bytes, filter }) => {
    downloadBytes(bytes, suggestedName, filter);
    return { status: 'saved', path: suggestedName, verified: false };
  },
  print: async ({ route }) => {
    await printRoute(route);
    return { ok: true };
  },
  // The browser's print dialog offers "Save as PDF"; we cannot write the file ourselves.
  printToPdf: async ({ route }) => {
    await printRoute(route);
    return { status: 'cancelled' };
  },
  setLanguage: async () => ({ ok: true }),
  info: async () => ({ version: import.meta.env.VITE_APP_VERSION ?? 'dev', platform: 'browser', desktop: false }),
  onMenuCommand: () => () => undefined,
};
