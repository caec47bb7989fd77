import type { Language } from '../../../shared/domain/base';
import { getSettings } from '../settings';

/**
 * The organisation every printed page is headed with, read from the settings. Printable pages
 * read the rest of what they show through their own feature (`sessions/attendanceSheet`,
 * `training/certificate` …), and only what a printed page may show.
 */
export type Organisation = { name: string; address: string; logoDataUrl: string | null; defaultLanguage: Language };

export const loadOrganisation = async (): Promise<Organisation> => {
  const s = await getSettings();
  return {
    name: s.organisationName,
    address: s.address,
    logoDataUrl: s.logoDataUrl,
    defaultLanguage: s.defaultLanguage,
  };
};
