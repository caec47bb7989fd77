import type { FileFilter } from '../../shared/ipc/contract';
import type { MenuLabels } from './labels';

/** What the native file dialogs are given; a plain shape so the handlers can be tested without Electron. */
export type DialogFilter = { name: string; extensions: string[] };

export const FILE_EXTENSIONS: Record<FileFilter, string> = {
  backup: 'age',
  pdf: 'pdf',
  csv: 'csv',
  xlsx: 'xlsx',
  json: 'json',
};

/** Save dialogs offer exactly the one type being saved. */
export const saveFilters = (filter: FileFilter, labels: MenuLabels): DialogFilter[] => [
  { name: labels.filter[filter], extensions: [FILE_EXTENSIONS[filter]] },
];

/** Open dialogs also offer "All files": a backup renamed on a USB stick must still be pickable. */
export const openFilters = (filter: FileFilter, labels: MenuLabels): DialogFilter[] => [
  ...saveFilters(filter, labels),
  { name: labels.filter.all, extensions: ['*'] },
];

/** Some Linux save dialogs do not add the extension of the chosen filter; add it ourselves. */
export const withExtension = (path: string, filter: FileFilter): string => {
  const ext = `.${FILE_EXTENSIONS[filter]}`;
  return path.toLowerCase().endsWith(ext) ? path : `${path}${ext}`;
};
