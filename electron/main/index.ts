import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../../shared/domain/base';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import {
  MENU_COMMAND_CHANNEL,
  SYSTEM_LOCK_CHANNEL,
  type MenuCommand,
  type MenuSectionKey,
} from '../../shared/ipc/contract';
import { APP_SCHEME, appResponseFor } from './appUrl';
import { hardenSession, hardenWebContents } from './hardening';
import { registerHandlers } from './ipc/guard';
import { createHandlers } from './ipc/handlers';
import { createSyncFolderHandlers } from './syncFolder';
import { interpolate, labelsFor, languageFromLocale } from './labels';
import { buildMenuTemplate } from './menu';
import { watchSystemLock } from './systemLock';
import { createMainWindow, openPrintWindow, ownWebContents } from './windows';

/**
 * The desktop shell's entry point: wiring only. Every decision lives in a tested plain module
 * (appUrl, security, menu, windowState, print, atomicWrite, ipc/*). No remote content, no
 * telemetry, no auto-updater: the app never talks to the network.
 */

// The data (IndexedDB) lives in userData, keyed by the app:// origin. Pin the folder to the
// product name so a renamed package or a new installer can never orphan a coordinator's data.
app.setPath('userData', join(app.getPath('appData'), 'Tandem'));
// Every renderer sandboxed, whatever a window's own options say.
app.enableSandbox();

// Must happen before `ready`. Standard + secure gives app://tandem a real, stable origin
// (IndexedDB and persistent storage need it); fetch is used for the app's own assets.
// `corsEnabled` is deliberately left unset: it would let other origins read our files, and
// same-origin loads (module scripts, workers) do not need it on a standard scheme.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const isDev = !app.isPackaged;
const appRoot = app.getAppPath();
const rendererDir = join(appRoot, 'dist');
const preloadPath = join(appRoot, 'dist-electron', 'preload.cjs');
const iconPath = join(appRoot, 'resources', 'icons', 'icon.png');

let mainWindow: BrowserWindow | null = null;
let language: Language = 'en';
let sections: readonly MenuSectionKey[] | undefined;

const sendMenuCommand = (command: MenuCommand) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);

const showAbout = () => {
  const l = labelsFor(language);
  const options = {
    type: 'info' as const,
    title: l.help.about,
    message: interpolate(l.about.message, { version: app.getVersion() }),
    detail: l.about.detail,
    buttons: [l.about.ok],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
};

const rebuildMenu = () =>
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(language, labelsFor, {
        platform: process.platform,
        isDev,
        sections,
        send: sendMenuCommand,
        showAbout,
      }),
    ),
  );

const openMainWindow = () => {
  const win = createMainWindow({
    preloadPath,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    devTools: isDev,
    iconPath,
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
};

const parentWindow = (): BrowserWindow => {
  if (!mainWindow || mainWindow.isDestroyed()) throw new Error('the main window is gone');
  return mainWindow;
};

if (!app.requestSingleInstanceLock()) {
  // A second start would open the same IndexedDB twice: hand over to the running instance.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  void app.whenReady().then(() => {
    language = languageFromLocale(app.getLocale());
    hardenSession(session.defaultSession, isDev);

    protocol.handle(APP_SCHEME, async (request) => {
      const res = await appResponseFor(
        request.url,
        rendererDir,
        CONTENT_SECURITY_POLICY,
        async (file) => new Uint8Array(await readFile(file)),
      );
      return new Response(res.body ? new Uint8Array(res.body) : null, { status: res.status, headers: res.headers });
    });

    registerHandlers(
      ipcMain,
      {
        ...createHandlers({
          labels: () => labelsFor(language),
          showSaveDialog: async (options) => {
            const r = await dialog.showSaveDialog(parentWindow(), {
              ...options,
              properties: ['createDirectory', 'showOverwriteConfirmation'],
            });
            return r.canceled || !r.filePath ? null : r.filePath;
          },
          showOpenDialog: async (options) => {
            const r = await dialog.showOpenDialog(parentWindow(), { ...options, properties: ['openFile'] });
            return r.canceled ? null : (r.filePaths[0] ?? null);
          },
          showError: async (message) => {
            const l = labelsFor(language);
            await dialog.showMessageBox(parentWindow(), {
              type: 'error',
              title: l.error.title,
              message,
              buttons: [l.dialog.ok],
            });
          },
          documentsDir: () => app.getPath('documents'),
          openPrintWindow: () => openPrintWindow(preloadPath),
          setLanguage: (next, nextSections) => {
            language = next;
            sections = nextSections ?? sections;
            rebuildMenu();
          },
          appInfo: { version: app.getVersion(), platform: process.platform },
        }),
        ...createSyncFolderHandlers({
          configFile: join(app.getPath('userData'), 'shared-folder.json'),
          showFolderDialog: async () => {
            const r = await dialog.showOpenDialog(parentWindow(), {
              title: labelsFor(language).dialog.chooseSyncFolder,
              properties: ['openDirectory', 'createDirectory'],
            });
            return r.canceled ? null : (r.filePaths[0] ?? null);
          },
          secrets: safeStorage,
        }),
      },
      ownWebContents,
    );

    rebuildMenu();
    openMainWindow();
    // The screen locks or the PC sleeps: the app lock locks too (if one is set).
    watchSystemLock(powerMonitor, (event) => mainWindow?.webContents.send(SYSTEM_LOCK_CHANNEL, event));
    // macOS: clicking the dock icon with no window open.
    app.on('activate', () => {
      if (!mainWindow) openMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
