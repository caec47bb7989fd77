import type { Language } from '../../shared/domain/base';

/** How each language writes a date in a date field (dayjs format tokens). */
export const DATE_INPUT_FORMAT: Record<Language, string> = { en: 'DD/MM/YYYY', hu: 'YYYY. MM. DD.', fi: 'D.M.YYYY' };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Read a typed date the way the language writes it ("22/11/2026", "2026. 11. 22.", "22.11.2026")
 * or as ISO, and give `YYYY-MM-DD`; null when it is not a real calendar date.
 */
export const parseLocalDate = (text: string, lng: Language): string | null => {
  const parts = text.match(/\d+/g)?.map(Number);
  if (!parts || parts.length !== 3) return null;
  const [a, b, c] = parts as [number, number, number];
  const yearFirst = lng === 'hu' || a > 31;
  const [y, m, d] = yearFirst ? [a, b, c] : [c, b, a];
  if (y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
};
