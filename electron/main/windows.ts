import { BrowserWindow, screen } from 'electron';
import { APP_INDEX_URL } from './appUrl';
import { PRINT_READY_SCRIPT } from './print';
import { secureWebPreferences } from './security';
import {
  captureWindowState,
  MIN_SIZE,
  readWindowStateFile,
  restoreWindowState,
  writeWindowStateFile,
} from './windowState';
import type { PrintWindowLike } from './ipc/handlers';

/**
 * Electron glue for our windows. Every window's web contents id goes into `ownWebContents` while
 * it lives: the IPC guard answers only those.
 */

export const ownWebContents = new Set<number>();

const track = (win: BrowserWindow): void => {
  const id = win.webContents.id;
  ownWebContents.add(id);
  win.on('closed', () => ownWebContents.delete(id));
};

export const createMainWindow = (opts: {
  preloadPath: string;
  stateFile: string;
  devTools: boolean;
  iconPath?: string;
}): BrowserWindow => {
  const state = restoreWindowState(
    readWindowStateFile(opts.stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Tandem',
    backgroundColor: '#ffffff',
    ...(opts.iconPath ? { icon: opts.iconPath } : {}),
    webPreferences: secureWebPreferences(opts.preloadPath, opts.devTools),
  });
  track(win);
  if (state.isMaximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () =>
    writeWindowStateFile(opts.stateFile, captureWindowState(win.getNormalBounds(), win.isMaximized())),
  );
  void win.loadURL(APP_INDEX_URL);
  return win;
};

/** A hidden window for one printable route; the handler closes it whatever happens. */
export const openPrintWindow = async (preloadPath: string): Promise<PrintWindowLike> => {
  // A4 at 96 dpi, so layout measured on screen matches the page.
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: secureWebPreferences(preloadPath, false),
  });
  track(win);
  return {
    load: (url) => win.loadURL(url),
    isPrintReady: async () => (await win.webContents.executeJavaScript(PRINT_READY_SCRIPT)) === true,
    print: (options) =>
      new Promise((resolve) =>
        win.webContents.print(options, (success, failureReason) => resolve({ success, failureReason })),
      ),
    printToPDF: async (options) => new Uint8Array(await win.webContents.printToPDF(options)),
    close: () => {
      if (!win.isDestroyed()) win.destroy();
    },
  };
};
