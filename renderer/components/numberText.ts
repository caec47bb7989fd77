import type { Language } from '../../shared/domain/base';
import { localeTag } from '../lib/format';

/** The decimal separator each language writes (Intl agrees: en-GB ".", hu-HU, fi-FI and sr ","). */
export const DECIMAL_SEPARATOR: Record<Language, '.' | ','> = {
  en: '.',
  hu: ',',
  fi: ',',
  'sr-Latn': ',',
  'sr-Cyrl': ',',
};

/**
 * Whether the language groups thousands with the other of "." and ",": English writes "1,500"
 * and Serbian "1.500"; Hungarian and Finnish group with a space, so their "." is never a grouping.
 */
const GROUPS_WITH_OTHER_SEPARATOR: Record<Language, boolean> = {
  en: true,
  hu: false,
  fi: false,
  'sr-Latn': true,
  'sr-Cyrl': true,
};

/** Spaces (also the no-break and narrow no-break spaces Intl groups with) and the Unicode minus. */
const SPACES = /[\s\u00a0\u202f]/g;
const NUMBER_SHAPE = /^(-?)(\d*)(?:([.,])(\d*))?$/;

/**
 * What a number field's text means: `null` when it is empty, `NaN` when it is not (yet) a number
 * ("-", ",", "1,5,", "1,500" in English), otherwise the number. The language's own decimal
 * separator always counts; the other one only when it cannot be a thousands separator: in
 * Hungarian and Finnish "." is never one, in English "," and in Serbian "." is one when exactly
 * three digits follow, so "1,500" (English) or "1.500" (Serbian) is refused as ambiguous.
 * A trailing separator ("1.") is read as the number before it, so the field can commit 1 while
 * the coordinator goes on to type "1.5".
 */
export const parseNumberText = (text: string, lng: Language): number | null => {
  const compact = text.replace(SPACES, '').replace(/\u2212/g, '-');
  if (compact === '') return null;
  const m = NUMBER_SHAPE.exec(compact);
  if (!m) return Number.NaN;
  const [, sign = '', whole = '', separator, fraction = ''] = m;
  if (whole === '' && fraction === '') return Number.NaN;
  if (
    separator !== undefined &&
    separator !== DECIMAL_SEPARATOR[lng] &&
    GROUPS_WITH_OTHER_SEPARATOR[lng] &&
    fraction.length === 3
  )
    return Number.NaN;
  return Number(`${sign}${whole || '0'}.${fraction || '0'}`);
};

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the field shows it in the language: its decimal separator, no grouping (a year
 * reads "2026", never "2,026"), at most `maximumFractionDigits` decimals; empty for no number.
 */
export const formatNumberText = (
  value: number | null | undefined,
  lng: Language,
  maximumFractionDigits = 2,
): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const key = `${lng}|${maximumFractionDigits}`;
  let f = formats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(localeTag(lng), { useGrouping: false, maximumFractionDigits });
    formats.set(key, f);
  }
  // Finnish writes negatives with U+2212; a plain "-" is what a keyboard types and we parse.
  return f.format(value).replace(/\u2212/g, '-');
};

/** Whether two field values mean the same: numbers that are equal, or both "no number". */
export const sameNumber = (a: number | null | undefined, b: number | null | undefined): boolean => {
  const aNone = a === null || a === undefined || Number.isNaN(a);
  const bNone = b === null || b === undefined || Number.isNaN(b);
  return aNone || bNone ? aNone === bNone : a === b;
};
