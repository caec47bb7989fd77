import dayjs from 'dayjs';
import type { LocaleInput } from '@fullcalendar/core';
import fiLocale from '@fullcalendar/core/locales/fi';
import huLocale from '@fullcalendar/core/locales/hu';
import srLocale from '@fullcalendar/core/locales/sr';
import srCyrlLocale from '@fullcalendar/core/locales/sr-cyrl';
import type { Language } from '../../../../shared/domain/base';
import type { SessionKind } from '../../../../shared/domain/session';
import { LOCALE_TAG } from '../../../../shared/i18n/collation';

/**
 * FullCalendar's locale for the UI language: its own hu/fi/sr texts, with the app's locale tag as
 * the code (the month and day names come from Intl: `sr-Latn-RS` stays Latin, `sr-Cyrl-RS`
 * Cyrillic), and the week starting on Monday in every language.
 */
const BASE: Record<Language, LocaleInput> = {
  en: { code: 'en' },
  hu: huLocale,
  fi: fiLocale,
  'sr-Latn': srLocale,
  'sr-Cyrl': srCyrlLocale,
};

const LOCALES = new Map<Language, LocaleInput>();

/** One object per language: FullCalendar rebuilds itself when its locale changes identity. */
export const calendarLocale = (lng: Language): LocaleInput => {
  let locale = LOCALES.get(lng);
  if (!locale) {
    locale = { ...BASE[lng], code: LOCALE_TAG[lng], firstDay: 1 };
    LOCALES.set(lng, locale);
  }
  return locale;
};

/** 24-hour times in every language. */
export const TIME_24H = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/**
 * Each kind's colours: a light background with black text (readable in any shade) and a strong
 * border; the kind's name is also in each entry's accessible name and in the legend.
 */
export const KIND_COLOUR: Record<SessionKind, string> = {
  training: 'blue',
  supervision: 'teal',
  group: 'grape',
  event: 'orange',
};

export const kindColours = (kind: SessionKind) => ({
  backgroundColor: `var(--mantine-color-${KIND_COLOUR[kind]}-1)`,
  borderColor: `var(--mantine-color-${KIND_COLOUR[kind]}-7)`,
  textColor: 'var(--mantine-color-black)',
});

export type CalendarView = 'month' | 'week';
export const FC_VIEW: Record<CalendarView, string> = { month: 'dayGridMonth', week: 'timeGridWeek' };

/**
 * The days a view shows around `anchor` (inclusive `YYYY-MM-DD`), as FullCalendar lays them out
 * with the week from Monday: a month is the six whole weeks from the Monday on or before its
 * first day; a week is Monday to Sunday. Known before the calendar draws, so the read starts at once.
 */
export const visibleRange = (anchor: string, view: CalendarView): { from: string; to: string } => {
  const d = dayjs(anchor);
  const mondayOf = (x: dayjs.Dayjs) => x.subtract((x.day() + 6) % 7, 'day');
  const start = mondayOf(view === 'month' ? d.startOf('month') : d);
  const end = start.add(view === 'month' ? 41 : 6, 'day');
  return { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') };
};
