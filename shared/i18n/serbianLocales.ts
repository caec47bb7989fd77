import { transliterateTree } from './transliterate';

/**
 * The Serbian Cyrillic translation file made from the Latin one. Language names stay as each
 * language writes itself ("Srpski (latinica)" is not transliterated: it names the Latin option).
 */
export const cyrillicLocale = (latin: Record<string, unknown>): Record<string, unknown> => {
  const out = transliterateTree(latin) as Record<string, unknown>;
  const language = latin.language as { names?: unknown } | undefined;
  if (language?.names) out.language = { ...(out.language as object), names: language.names };
  return out;
};
