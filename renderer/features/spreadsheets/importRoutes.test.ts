import { describe, expect, it } from 'vitest';
import { IMPORT_KINDS } from '../../../shared/spreadsheet/types';
import { IMPORT_ROUTES, importKindOfPath } from './importRoutes';

describe('import routes', () => {
  it('finds every kind back from its own path, with or without a trailing slash', () => {
    for (const kind of IMPORT_KINDS) {
      expect(importKindOfPath(IMPORT_ROUTES[kind].path)).toBe(kind);
      expect(importKindOfPath(`${IMPORT_ROUTES[kind].path}/`)).toBe(kind);
    }
  });

  it('puts each wizard under the section of its list', () => {
    for (const kind of IMPORT_KINDS)
      expect(IMPORT_ROUTES[kind].path.startsWith(`${IMPORT_ROUTES[kind].back}/`)).toBe(true);
    expect(IMPORT_ROUTES.attendance.back).toBe('/sessions');
  });

  it('is null for other pages', () => {
    expect(importKindOfPath('/mentors')).toBeNull();
    expect(importKindOfPath('/mentors/import/extra')).toBeNull();
    expect(importKindOfPath('/import/mentors')).toBeNull();
  });
});
