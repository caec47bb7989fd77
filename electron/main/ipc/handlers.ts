import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { Language } from '../../../shared/domain/base';
import {
  MAX_OPEN_FILE_BYTES,
  type BridgeResponse,
  type FileFilter,
  type MenuSectionKey,
} from '../../../shared/ipc/contract';
import { writeFileAtomic, type AtomicWriteResult } from '../atomicWrite';
import { openFilters, saveFilters, withExtension, type DialogFilter } from '../fileDialogs';
import { interpolate, type MenuLabels } from '../labels';
import {
  defaultPdfName,
  pdfOptions,
  printOptions,
  printUrlFor,
  PRINT_READY_TIMEOUT_MS,
  waitUntilReady,
} from '../print';
import type { Handlers } from './guard';
import type { SyncFolderHandlers } from '../syncFolder';

/**
 * What each bridge channel does, written against small interfaces instead of Electron so every
 * path (cancel, failure, success) is unit-tested; `index.ts` supplies the Electron versions.
 * Failures are explained to the coordinator in a native, translated message box and reported
 * to the renderer as `cancelled` with an `error` reason, never as success.
 */

/** A hidden window showing one printable route. */
export type PrintWindowLike = {
  load: (url: string) => Promise<void>;
  isPrintReady: () => Promise<boolean>;
  print: (options: WebContentsPrintOptions) => Promise<{ success: boolean; failureReason: string }>;
  printToPDF: (options: PrintToPDFOptions) => Promise<Uint8Array>;
  close: () => void;
};

export type ShellDeps = {
  /** Labels in the current UI language. */
  labels: () => MenuLabels;
  showSaveDialog: (options: { title: string; defaultPath: string; filters: DialogFilter[] }) => Promise<string | null>;
  showOpenDialog: (options: { title: string; defaultPath?: string; filters: DialogFilter[] }) => Promise<string | null>;
  showError: (message: string) => Promise<void>;
  /** Where save dialogs start before the user has picked a folder in this session. */
  documentsDir: () => string;
  openPrintWindow: () => Promise<PrintWindowLike>;
  setLanguage: (language: Language, sections: readonly MenuSectionKey[] | undefined) => void;
  appInfo: { version: string; platform: string };
  writeFile?: (path: string, bytes: Uint8Array) => Promise<AtomicWriteResult>;
  printReadyTimeoutMs?: number;
  warn?: (message: string) => void;
};

type SaveResult = BridgeResponse<'file.save'>;

const toPlainBytes = (b: Uint8Array): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Every channel but the shared folder's (electron/main/syncFolder.ts). */
export const createHandlers = (deps: ShellDeps): Omit<Handlers, keyof SyncFolderHandlers> => {
  const write = deps.writeFile ?? writeFileAtomic;
  const warn = deps.warn ?? console.warn;
  /** The folder last used in a dialog, so the next save lands on the same USB stick. */
  let lastDirectory: string | null = null;

  const askSavePath = async (title: string, name: string, filter: FileFilter): Promise<string | null> => {
    const chosen = await deps.showSaveDialog({
      title,
      defaultPath: join(lastDirectory ?? deps.documentsDir(), name),
      filters: saveFilters(filter, deps.labels()),
    });
    return chosen ? withExtension(chosen, filter) : null;
  };

  const writeChosen = async (target: string, bytes: Uint8Array): Promise<SaveResult> => {
    try {
      const result = await write(target, bytes);
      lastDirectory = dirname(result.path);
      return { status: 'saved', path: result.path, verified: result.verified };
    } catch (e) {
      warn(`[file] writing ${target} failed: ${errorText(e)}`);
      await deps.showError(interpolate(deps.labels().error.writeFailed, { path: target }));
      return { status: 'cancelled', error: 'writeFailed' };
    }
  };

  const saveThroughDialog = async (
    title: string,
    name: string,
    bytes: Uint8Array,
    filter: FileFilter,
  ): Promise<SaveResult> => {
    const target = await askSavePath(title, name, filter);
    return target ? writeChosen(target, bytes) : { status: 'cancelled' };
  };

  /** Load a printable route in a hidden window, wait for its data, use it, and always close it. */
  const inPrintWindow = async <T>(route: string, use: (w: PrintWindowLike) => Promise<T>): Promise<T> => {
    const url = printUrlFor(route);
    const win = await deps.openPrintWindow();
    try {
      await win.load(url);
      const ready = await waitUntilReady(() => win.isPrintReady(), {
        timeoutMs: deps.printReadyTimeoutMs ?? PRINT_READY_TIMEOUT_MS,
      });
      if (!ready) throw new Error(`the printable page ${route} did not become ready`);
      return await use(win);
    } finally {
      win.close();
    }
  };

  const printFailed = async (route: string, e: unknown) => {
    warn(`[print] ${route}: ${errorText(e)}`);
    await deps.showError(deps.labels().error.printFailed);
  };

  return {
    'backup.saveFile': ({ suggestedName, bytes }) =>
      saveThroughDialog(deps.labels().dialog.saveBackup, suggestedName, bytes, 'backup'),

    'file.save': ({ suggestedName, bytes, filter }) =>
      saveThroughDialog(deps.labels().dialog.saveFile, suggestedName, bytes, filter),

    'file.open': async ({ filter }) => {
      const l = deps.labels();
      const path = await deps.showOpenDialog({
        title: filter === 'backup' ? l.dialog.openBackup : l.dialog.openFile,
        ...(lastDirectory ? { defaultPath: lastDirectory } : {}),
        filters: openFilters(filter, l),
      });
      if (!path) return { status: 'cancelled' };
      const name = basename(path);
      const tooLarge = async () => {
        await deps.showError(interpolate(l.error.tooLarge, { name, limit: MAX_OPEN_FILE_BYTES / (1024 * 1024) }));
        return { status: 'cancelled', error: 'tooLarge' } as const;
      };
      try {
        const info = await stat(path);
        if (!info.isFile()) throw new Error('not a regular file');
        // Checked before reading: a multi-gigabyte file must not be pulled into memory.
        if (info.size > MAX_OPEN_FILE_BYTES) return await tooLarge();
        const bytes = await readFile(path);
        if (bytes.byteLength > MAX_OPEN_FILE_BYTES) return await tooLarge();
        lastDirectory = dirname(path);
        return { status: 'opened', name, bytes: toPlainBytes(bytes) };
      } catch (e) {
        warn(`[file] reading ${path} failed: ${errorText(e)}`);
        await deps.showError(interpolate(l.error.readFailed, { name }));
        return { status: 'cancelled', error: 'readFailed' };
      }
    },

    'print.print': async ({ route, landscape }) => {
      try {
        const result = await inPrintWindow(route, (w) => w.print(printOptions(landscape)));
        if (result.success) return { ok: true };
        // The coordinator pressed Cancel in the print dialog: nothing to report.
        if (result.failureReason === 'cancelled') return { ok: false };
        throw new Error(`printing failed: ${result.failureReason}`);
      } catch (e) {
        await printFailed(route, e);
        return { ok: false, error: 'printFailed' };
      }
    },

    'print.toPdf': async ({ route, landscape, suggestedName }) => {
      // Ask where first: the dialog appears at once, and nothing is rendered if the user cancels.
      const target = await askSavePath(deps.labels().dialog.savePdf, defaultPdfName(suggestedName), 'pdf');
      if (!target) return { status: 'cancelled' };
      let pdf: Uint8Array;
      try {
        pdf = await inPrintWindow(route, (w) => w.printToPDF(pdfOptions(landscape)));
      } catch (e) {
        await printFailed(route, e);
        return { status: 'cancelled', error: 'printFailed' };
      }
      return writeChosen(target, pdf);
    },

    'app.setLanguage': async ({ language, sections }) => {
      deps.setLanguage(language, sections);
      return { ok: true };
    },

    'app.info': async () => ({ version: deps.appInfo.version, platform: deps.appInfo.platform, desktop: true }),
  };
};
