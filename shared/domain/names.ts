import type { Language } from './base';

type Named = { givenName: string; familyName: string };

/**
 * A person's name as the language writes it: Hungarian puts the family name first
 * ("Kovács Anna"), English and Finnish the given name ("Anna Kovács").
 */
export const formatPersonName = (p: Named, lng: Language | string): string => {
  const given = p.givenName.trim();
  const family = p.familyName.trim();
  const parts = lng.startsWith('hu') ? [family, given] : [given, family];
  return parts.filter(Boolean).join(' ');
};

/** For sorted lists: "Family, Given" in every language. */
export const formatPersonNameSortable = (p: Named): string =>
  [p.familyName.trim(), p.givenName.trim()].filter(Boolean).join(', ');
