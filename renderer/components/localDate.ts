import type { Language } from '../../shared/domain/base';

/** How each language writes a date in a date field (dayjs format tokens). */
export const DATE_INPUT_FORMAT: Record<Language, string> = {
  en: 'DD/MM/YYYY',
  hu: 'YYYY. MM. DD.',
  fi: 'D.M.YYYY',
  'sr-Latn': 'DD.MM.YYYY.',
  'sr-Cyrl': 'DD.MM.YYYY.',
};

/** The dayjs locale (month and weekday names in the calendar) of each language. */
export const DAYJS_LOCALE: Record<Language, string> = {
  en: 'en',
  hu: 'hu',
  fi: 'fi',
  'sr-Latn': 'sr',
  'sr-Cyrl': 'sr-cyrl',
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Read a typed date the way the language writes it ("22/11/2026", "2026. 11. 22.", "22.11.2026",
 * Serbian "22.11.2026.") or as ISO, and give `YYYY-MM-DD`; null when it is not a real calendar date.
 * Only the order of the numbers matters, so separators and a trailing dot are all accepted.
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

/**
 * Read a typed time of day on the 24-hour clock every language we ship uses, and give `HH:mm`
 * (what the schemas store); null when it is not a time. Coordinators type "17:00", "17.00"
 * (Finnish), "17 00", "1700", "930" or just "9".
 */
export const parseTimeOfDay = (text: string): string | null => {
  const trimmed = text.trim();
  let h: number;
  let m: number;
  const separated = /^(\d{1,2})\s*[:.,h ]\s*(\d{2})$/.exec(trimmed);
  const digits = /^(\d{1,4})$/.exec(trimmed);
  if (separated) {
    h = Number(separated[1]);
    m = Number(separated[2]);
  } else if (digits) {
    const s = digits[1] ?? '';
    // "9" and "17" are hours; "930" and "1730" carry their minutes in the last two digits.
    [h, m] = s.length <= 2 ? [Number(s), 0] : [Number(s.slice(0, -2)), Number(s.slice(-2))];
  } else {
    return null;
  }
  if (h > 23 || m > 59) return null;
  return `${pad(h)}:${pad(m)}`;
};
