import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuOptions } from './menu';
import { labelsFor } from './labels';
import { MenuCommandSchema, type MenuCommand } from '../../shared/ipc/contract';

const build = (over: Partial<MenuOptions> = {}, language: 'en' | 'hu' | 'fi' = 'en') => {
  const sent: MenuCommand[] = [];
  const showAbout = vi.fn();
  const template = buildMenuTemplate(language, labelsFor, {
    platform: 'win32',
    isDev: false,
    send: (c) => sent.push(c),
    showAbout,
    ...over,
  });
  return { template, sent, showAbout };
};

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? (item.submenu as MenuItemConstructorOptions[]) : [];
const byLabel = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('buildMenuTemplate', () => {
  it('has File, Go, Edit, View, Help on Windows and Linux, in the chosen language', () => {
    expect(build().template.map((m) => m.label)).toEqual(['File', 'Go', 'Edit', 'View', 'Help']);
    expect(build({ platform: 'linux' }, 'hu').template.map((m) => m.label)).toEqual([
      'Fájl',
      'Ugrás',
      'Szerkesztés',
      'Nézet',
      'Súgó',
    ]);
    expect(build({}, 'fi').template.map((m) => m.label)).toEqual(['Tiedosto', 'Siirry', 'Muokkaa', 'Näytä', 'Ohje']);
  });

  it('follows macOS conventions: app menu first with About and Quit, a Window menu, no separate Help', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((m) => m.label)).toEqual(['Tandem', 'File', 'Go', 'Edit', 'View', 'Window']);
    expect(submenu(template[0])[0]?.label).toBe('About Tandem');
    expect(submenu(template[0]).some((i) => i.role === 'quit')).toBe(true);
    expect(submenu(template[1]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('File items send backup and print actions to the renderer; Quit is the native role', () => {
    const { template, sent } = build();
    const file = submenu(template[0]);
    click(byLabel(file, 'Export backup…'));
    click(byLabel(file, 'Import backup…'));
    click(byLabel(file, 'Print…'));
    expect(sent).toEqual([
      { type: 'action', action: 'backup.export' },
      { type: 'action', action: 'backup.import' },
      { type: 'action', action: 'print.current' },
    ]);
    expect(byLabel(file, 'Quit')?.role).toBe('quit');
  });

  it('Go has one item per section, each sending a valid navigate command', () => {
    const { template, sent } = build({}, 'hu');
    const go = submenu(template[1]);
    expect(go.map((i) => i.label)).toEqual([
      'Áttekintés',
      'Mentorok',
      'Mentoráltak',
      'Párosítások',
      'Kapcsolatok',
      'Alkalmak',
      'Képzés',
      'Biztonsági mentés',
      'Beállítások',
    ]);
    go.forEach(click);
    expect(sent.map((c) => (c.type === 'navigate' ? c.path : c.action))).toEqual([
      '/',
      '/mentors',
      '/mentees',
      '/pairings',
      '/contacts',
      '/sessions',
      '/training',
      '/backup',
      '/settings',
    ]);
    for (const c of sent) expect(MenuCommandSchema.safeParse(c).success).toBe(true);
    expect(go[0]?.accelerator).toBe('CmdOrCtrl+1');
  });

  it('Go shows only the sections the renderer reported', () => {
    const go = submenu(build({ sections: ['dashboard', 'mentors', 'settings'] }).template[1]);
    expect(go.map((i) => i.label)).toEqual(['Overview', 'Mentors', 'Settings']);
    expect(go.map((i) => i.accelerator)).toEqual(['CmdOrCtrl+1', 'CmdOrCtrl+2', 'CmdOrCtrl+3']);
  });

  it('offers Reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => submenu(build({ isDev }).template[3]).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('Edit uses the standard roles with translated labels', () => {
    const edit = submenu(build({}, 'fi').template[2]);
    expect(edit.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['undo', 'Kumoa'],
      ['redo', 'Tee uudelleen'],
      ['cut', 'Leikkaa'],
      ['copy', 'Kopioi'],
      ['paste', 'Liitä'],
      ['selectAll', 'Valitse kaikki'],
    ]);
  });

  it('Help → About shows the about box', () => {
    const { template, showAbout } = build();
    click(submenu(template[4])[0]);
    expect(showAbout).toHaveBeenCalledOnce();
  });
});
