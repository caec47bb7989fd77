import type { Cell, NameOrder } from './types';

/**
 * Values as coordinators write them in spreadsheets: dates in the Hungarian, Finnish, British
 * and ISO ways and as Excel serial numbers, times, numbers with a decimal comma, names in one
 * column. Each parser returns the canonical value, null for an empty cell, or undefined for a
 * value it cannot read.
 */

export const cellText = (c: Cell): string => {
  if (c === null) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isoOf = (y: number, m: number, d: number): string | undefined => {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};

/** Excel's day 0 is 1899-12-30 for every date after February 1900 (its 1900 leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An Excel serial day number as `YYYY-MM-DD` (1 = 1900-01-01 … 2958465 = 9999-12-31). */
export const excelSerialToIso = (serial: number): string | undefined => {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const day = Math.floor(serial);
  // Day 60 is the 29 February 1900 Excel believes in; the days before it count from a day later.
  if (day === 60) return undefined;
  return new Date(EXCEL_EPOCH + (day < 60 ? day + 1 : day) * DAY_MS).toISOString().slice(0, 10);
};

export const isoToExcelSerial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH) / DAY_MS;

/**
 * A Date cell's UTC day as `YYYY-MM-DD`. A sheet holds the same days over and over (a date column
 * of 10,000 rows has a few hundred of them), so each day's text is made once.
 */
const isoByTime = new Map<number, string>();
const isoDayOf = (d: Date): string | undefined => {
  const time = d.getTime();
  if (Number.isNaN(time)) return undefined;
  let iso = isoByTime.get(time);
  if (iso === undefined) {
    if (isoByTime.size >= 10_000) isoByTime.clear();
    iso = d.toISOString().slice(0, 10);
    isoByTime.set(time, iso);
  }
  return iso;
};

/** Two-digit years: 00–49 are this century, 50–99 the last (birth dates and old records). */
const fullYear = (y: string): number => (y.length === 2 ? (Number(y) < 50 ? 2000 : 1900) + Number(y) : Number(y));

/**
 * A calendar date: a Date cell (its UTC day, as exceljs gives it), an Excel serial number, or
 * text: ISO `2024-03-05`, Hungarian `2024.03.05.` / `2024. 03. 05.`, and day first
 * `5.3.2024`, `05/03/2024`, `5-3-24`. A time after the date is ignored.
 */
export const parseDate = (c: Cell): string | null | undefined => {
  if (c === null) return null;
  if (c instanceof Date) return isoDayOf(c);
  if (typeof c === 'number') return excelSerialToIso(c);
  if (typeof c === 'boolean') return undefined;
  const s = c.trim().replace(/\s+/g, ' ');
  if (s === '') return null;
  let m =
    /^(\d{4})\s?[-./]\s?(\d{1,2})\s?[-./]\s?(\d{1,2})\.?(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      s,
    );
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s?[-./]\s?(\d{1,2})\s?[-./]\s?(\d{4}|\d{2})\.?(?: \d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(s);
  if (m) return isoOf(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  // An Excel serial written out as text (a CSV made by a script).
  if (/^\d{5}(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s));
  return undefined;
};

/** A time of day `HH:mm`: a Date cell (its UTC time), a fraction of a day, or text `14:30`, `14.30`, `9h`, `2:30 PM`. */
export const parseTime = (c: Cell): string | null | undefined => {
  if (c === null) return null;
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return undefined;
    return `${pad(c.getUTCHours())}:${pad(c.getUTCMinutes())}`;
  }
  if (typeof c === 'number') {
    if (c < 0 || c >= 1) return Number.isInteger(c) && c >= 0 && c < 24 ? `${pad(c)}:00` : undefined;
    const minutes = Math.round(c * 24 * 60);
    return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  }
  if (typeof c === 'boolean') return undefined;
  const s = c.trim().toLowerCase();
  if (s === '') return null;
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?h?(?::\d{2})?\s*(am|pm|de\.?|du\.?)?$/.exec(s);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  const half = m[3]?.replace('.', '');
  if (half === 'pm' || half === 'du') h = h === 12 ? 12 : h + 12;
  if ((half === 'am' || half === 'de') && h === 12) h = 0;
  if (h > 23 || min > 59) return undefined;
  return `${pad(h)}:${pad(min)}`;
};

/** A number, with a decimal comma or point and spaces between thousands ("1 234,5"). */
export const parseNumber = (c: Cell): number | null | undefined => {
  if (c === null) return null;
  if (typeof c === 'number') return Number.isFinite(c) ? c : undefined;
  if (typeof c === 'boolean' || c instanceof Date) return undefined;
  let s = c.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else if (comma >= 0) s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  return Number(s);
};

/** A year: `1985`, a number, or the year of a date (a "date of birth" column read as the year of birth). */
export const parseYear = (c: Cell): number | null | undefined => {
  if (c === null) return null;
  if (typeof c === 'number' && Number.isInteger(c) && c >= 1000 && c <= 9999) return c;
  if (typeof c === 'string' && /^\s*\d{4}\.?\s*$/.test(c)) return Number(c.trim().replace('.', ''));
  const date = parseDate(c);
  return date ? Number(date.slice(0, 4)) : date === null ? null : undefined;
};

/** An e-mail address as written, without a `mailto:` and spaces around it. */
export const cleanEmail = (c: Cell): string =>
  cellText(c)
    .replace(/^mailto:/i, '')
    .trim();

/**
 * The phone number as written. Excel turns "+36 20 123 4567" typed without a quote into the
 * number 36201234567: that comes back as its digits.
 */
export const cleanPhone = (c: Cell): string =>
  typeof c === 'number' && Number.isInteger(c) ? String(c) : cellText(c).replace(/\s+/g, ' ');

/**
 * What two phone numbers are compared by: the last nine digits, so "+36 20 123 4567" and
 * "06 20 123 4567" (the same number with the country code or the national prefix) are equal.
 */
export const phoneKey = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  return digits.length > 9 ? digits.slice(-9) : digits;
};

export const emailKey = (email: string): string => email.trim().toLowerCase();

/** Family-name particles written before the family name in "Given Family" order. */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'af',
  'av',
  'del',
  'dos',
  'ter',
  'ten',
  'zu',
]);

/**
 * One name column split into family and given name. "Family, Given" (with a comma) in every
 * language; otherwise Hungarian order takes the first word as the family name ("Kovács Anna
 * Mária"), the other order the last word, with a particle before it ("Anna van der Berg").
 */
export const splitName = (full: string, order: NameOrder): { familyName: string; givenName: string } => {
  const s = full.replace(/\s+/g, ' ').trim();
  const comma = s.indexOf(',');
  if (comma >= 0) return { familyName: s.slice(0, comma).trim(), givenName: s.slice(comma + 1).trim() };
  const words = s.split(' ').filter(Boolean);
  if (words.length <= 1) return { familyName: words[0] ?? '', givenName: '' };
  if (order === 'familyFirst') {
    // A title written first ("Dr. Kovács Anna") stays with the family name.
    const take = /\.$/.test(words[0]!) && words.length > 2 ? 2 : 1;
    return { familyName: words.slice(0, take).join(' '), givenName: words.slice(take).join(' ') };
  }
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return { familyName: words.slice(start).join(' '), givenName: words.slice(0, start).join(' ') };
};

/** A person's name as compared for duplicates: lower case, no accents, words in order. */
export const nameKey = (familyName: string, givenName: string): string =>
  `${familyName} ${givenName}`
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Splits a cell holding several values ("angol, német; finn"). */
export const splitList = (text: string): string[] =>
  text
    .split(/[,;\n|•]+/)
    .map((s) => s.trim())
    .filter(Boolean);
