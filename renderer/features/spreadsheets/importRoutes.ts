import type { ImportKind } from '../../../shared/spreadsheet/types';

/**
 * Where each kind's import wizard lives: under its own section, so the sidebar keeps the section
 * highlighted and "Back" returns to the list it came from. Past attendance belongs to Sessions.
 */
export const IMPORT_ROUTES: Record<ImportKind, { path: string; back: string }> = {
  mentors: { path: '/mentors/import', back: '/mentors' },
  mentees: { path: '/mentees/import', back: '/mentees' },
  contacts: { path: '/contacts/import', back: '/contacts' },
  attendance: { path: '/sessions/import', back: '/sessions' },
};

/** The kind of import a wizard route is for, or null for any other path. */
export const importKindOfPath = (pathname: string): ImportKind | null => {
  const clean = pathname.replace(/\/+$/, '');
  const found = (Object.entries(IMPORT_ROUTES) as [ImportKind, { path: string }][]).find(([, r]) => r.path === clean);
  return found ? found[0] : null;
};
