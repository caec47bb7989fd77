import dayjs from 'dayjs';
import type { Language } from '../../shared/domain/base';

const LOCALE_TAG: Record<Language, string> = { en: 'en-GB', hu: 'hu-HU', fi: 'fi-FI' };
export const localeTag = (lng: Language): string => LOCALE_TAG[lng];

/** A stored `YYYY-MM-DD` shown the way the language writes dates (2026. 11. 22., 22.11.2026). */
export const formatDate = (isoDate: string | null | undefined, lng: Language): string => {
  if (!isoDate) return '';
  const d = dayjs(isoDate);
  if (!d.isValid()) return isoDate;
  return new Intl.DateTimeFormat(LOCALE_TAG[lng], { year: 'numeric', month: '2-digit', day: '2-digit' }).format(d.toDate());
};

export const formatDateTime = (iso: string | null | undefined, lng: Language): string => {
  if (!iso) return '';
  return new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
};

export const formatNumber = (n: number, lng: Language, maximumFractionDigits = 1): string =>
  new Intl.NumberFormat(LOCALE_TAG[lng], { maximumFractionDigits }).format(n);

/** Today as `YYYY-MM-DD` in local time (not UTC: a coordinator's "today"). */
export const todayIso = (now: Date = new Date()): string => dayjs(now).format('YYYY-MM-DD');
export const nowIso = (): string => new Date().toISOString();
