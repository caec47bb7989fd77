import { z } from 'zod';
import type { Language } from '../../shared/domain/base';
import en from '../../locales/en/menu.json';
import hu from '../../locales/hu/menu.json';
import fi from '../../locales/fi/menu.json';
import srLatn from '../../locales/sr-Latn/menu.json';
import srCyrl from '../../locales/sr-Cyrl/menu.json';

/**
 * The main process's own strings (native menu, dialog titles, file filters, error boxes) from
 * `locales/<lng>/menu.json`. They are bundled into main.cjs, so nothing is read from disk at run
 * time, and parsed here so a broken translation fails the unit tests, not the coordinator's start-up.
 */

const text = z.string().min(1);
const group = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>).strict();

export const MenuLabelsSchema = z
  .object({
    app: group(['about', 'services', 'hide', 'hideOthers', 'showAll', 'quit']),
    file: group(['label', 'exportBackup', 'importBackup', 'print', 'quit']),
    go: group([
      'label',
      'dashboard',
      'mentors',
      'mentees',
      'pairings',
      'contacts',
      'sessions',
      'training',
      'backup',
      'settings',
    ]),
    edit: group(['label', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    view: group(['label', 'reload', 'devTools', 'resetZoom', 'zoomIn', 'zoomOut', 'fullScreen']),
    window: group(['label', 'minimize', 'close']),
    help: group(['label', 'about']),
    about: group(['message', 'detail', 'ok']),
    dialog: group(['saveBackup', 'openBackup', 'openFile', 'saveFile', 'savePdf', 'chooseSyncFolder', 'ok']),
    filter: group(['backup', 'pdf', 'csv', 'xlsx', 'json', 'all']),
    error: group(['title', 'tooLarge', 'readFailed', 'writeFailed', 'printFailed']),
  })
  .strict();
export type MenuLabels = z.infer<typeof MenuLabelsSchema>;

export const parseMenuLabels = (json: unknown): MenuLabels => MenuLabelsSchema.parse(json);

let cache: Partial<Record<Language, MenuLabels>> = {};
const sources: Record<Language, unknown> = { en, hu, fi, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl };

export const labelsFor = (language: Language): MenuLabels => (cache[language] ??= parseMenuLabels(sources[language]));
/** For tests only. */
export const clearLabelCache = (): void => {
  cache = {};
};

/** `{{name}}` placeholders, like i18next; an unknown placeholder stays visible rather than vanishing. */
export const interpolate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/{{\s*(\w+)\s*}}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/**
 * Map an OS locale (`app.getLocale()`, e.g. "hu-HU", "fi", "sr-Latn-RS") to a language we ship,
 * else English. Serbian without a script is Cyrillic, the official script in Serbia.
 */
export const languageFromLocale = (locale: string): Language => {
  const lower = locale.toLowerCase();
  if (lower.startsWith('sr')) return lower.includes('latn') ? 'sr-Latn' : 'sr-Cyrl';
  const short = lower.slice(0, 2);
  return short === 'hu' || short === 'fi' ? short : 'en';
};
