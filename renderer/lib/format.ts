import dayjs from 'dayjs';
import type { Language } from '../../shared/domain/base';
import { LOCALE_TAG } from '../../shared/i18n/collation';

export const localeTag = (lng: Language): string => LOCALE_TAG[lng];

/**
 * Formatters are cached per language (and options): constructing an Intl formatter costs far
 * more than formatting with one, and long lists format a date or two on every row.
 */
const cached = <F>(make: (key: string) => F) => {
  const cache = new Map<string, F>();
  return (key: string): F => {
    let f = cache.get(key);
    if (f === undefined) {
      f = make(key);
      cache.set(key, f);
    }
    return f;
  };
};
const dateFormat = cached((tag) => new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' }));
const dateTimeFormat = cached((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }));
const numberFormat = cached((key) => {
  const [tag, digits] = key.split('|');
  return new Intl.NumberFormat(tag, { maximumFractionDigits: Number(digits) });
});

/** A stored `YYYY-MM-DD` shown the way the language writes dates (2026. 11. 22., 22.11.2026). */
export const formatDate = (isoDate: string | null | undefined, lng: Language): string => {
  if (!isoDate) return '';
  const d = dayjs(isoDate);
  if (!d.isValid()) return isoDate;
  return dateFormat(LOCALE_TAG[lng]).format(d.toDate());
};

export const formatDateTime = (iso: string | null | undefined, lng: Language): string => {
  if (!iso) return '';
  return dateTimeFormat(LOCALE_TAG[lng]).format(new Date(iso));
};

export const formatNumber = (n: number, lng: Language, maximumFractionDigits = 1): string =>
  numberFormat(`${LOCALE_TAG[lng]}|${maximumFractionDigits}`).format(n);

/** Today as `YYYY-MM-DD` in local time (not UTC: a coordinator's "today"). */
export const todayIso = (now: Date = new Date()): string => dayjs(now).format('YYYY-MM-DD');
export const nowIso = (): string => new Date().toISOString();
