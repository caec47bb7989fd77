import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/base';
import { MENU_SECTIONS, type MenuCommand, type MenuSectionKey } from '../../shared/ipc/contract';
import type { MenuLabels } from './labels';

/**
 * The native application menu as plain data. Items that concern the app's data never act in the
 * main process: they send a `menu.command` to the renderer, which owns the database and the UI.
 */

export type MenuOptions = {
  platform: NodeJS.Platform;
  /** Development build: adds Reload and the developer tools. */
  isDev: boolean;
  /** Sections the renderer reported as existing; undefined = all of MENU_SECTIONS. */
  sections?: readonly MenuSectionKey[];
  send: (command: MenuCommand) => void;
  showAbout: () => void;
};

export const buildMenuTemplate = (
  language: Language,
  labelsFor: (language: Language) => MenuLabels,
  { platform, isDev, sections, send, showAbout }: MenuOptions,
): MenuItemConstructorOptions[] => {
  const l = labelsFor(language);
  const mac = platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const shown = MENU_SECTIONS.filter((s) => !sections || sections.includes(s.key));

  const appMenu: MenuItemConstructorOptions = {
    label: 'Tandem',
    submenu: [
      { label: l.app.about, click: showAbout },
      sep,
      { role: 'services', label: l.app.services },
      sep,
      { role: 'hide', label: l.app.hide },
      { role: 'hideOthers', label: l.app.hideOthers },
      { role: 'unhide', label: l.app.showAll },
      sep,
      { role: 'quit', label: l.app.quit },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: l.file.label,
    submenu: [
      {
        id: 'backup.export',
        label: l.file.exportBackup,
        accelerator: 'CmdOrCtrl+Shift+E',
        click: () => send({ type: 'action', action: 'backup.export' }),
      },
      {
        id: 'backup.import',
        label: l.file.importBackup,
        accelerator: 'CmdOrCtrl+O',
        click: () => send({ type: 'action', action: 'backup.import' }),
      },
      sep,
      {
        id: 'print.current',
        label: l.file.print,
        accelerator: 'CmdOrCtrl+P',
        click: () => send({ type: 'action', action: 'print.current' }),
      },
      ...(mac ? [] : [sep, { role: 'quit', label: l.file.quit } satisfies MenuItemConstructorOptions]),
    ],
  };

  const go: MenuItemConstructorOptions = {
    label: l.go.label,
    submenu: shown.map((s, i) => ({
      id: `go.${s.key}`,
      label: l.go[s.key],
      ...(i < 9 ? { accelerator: `CmdOrCtrl+${i + 1}` } : {}),
      click: () => send({ type: 'navigate', path: s.path }),
    })),
  };

  const edit: MenuItemConstructorOptions = {
    label: l.edit.label,
    submenu: [
      { role: 'undo', label: l.edit.undo },
      { role: 'redo', label: l.edit.redo },
      sep,
      { role: 'cut', label: l.edit.cut },
      { role: 'copy', label: l.edit.copy },
      { role: 'paste', label: l.edit.paste },
      { role: 'selectAll', label: l.edit.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: l.view.label,
    submenu: [
      ...(isDev
        ? [
            { role: 'reload', label: l.view.reload } as const,
            { role: 'toggleDevTools', label: l.view.devTools } as const,
            sep,
          ]
        : []),
      { role: 'resetZoom', label: l.view.resetZoom },
      { role: 'zoomIn', label: l.view.zoomIn },
      { role: 'zoomOut', label: l.view.zoomOut },
      sep,
      { role: 'togglefullscreen', label: l.view.fullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: l.window.label,
    submenu: [
      { role: 'minimize', label: l.window.minimize },
      { role: 'close', label: l.window.close },
    ],
  };

  // On macOS "About" lives in the app menu, so there is no Help menu to fill.
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: l.help.label,
    submenu: [{ id: 'help.about', label: l.help.about, click: showAbout }],
  };

  return [...(mac ? [appMenu] : []), file, go, edit, view, ...(mac ? [windowMenu] : []), ...(mac ? [] : [help])];
};
