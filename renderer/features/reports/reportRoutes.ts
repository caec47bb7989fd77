import { LanguageSchema, type Language } from '../../../shared/domain/base';
import type { Period } from '../../../shared/reports/period';

export type ReportPrintOptions = { period: Period; programmeId: string | null; hideSmall: boolean };

/** The printable route of a report: `/print/report?from=…&to=…&programme=…&hide=1`. */
export const reportPrintRoute = (o: ReportPrintOptions): string => {
  const q = new URLSearchParams({ from: o.period.from, to: o.period.to });
  if (o.programmeId) q.set('programme', o.programmeId);
  if (o.hideSmall) q.set('hide', '1');
  return `/print/report?${q.toString()}`;
};

export const parseReportPrintRoute = (params: URLSearchParams): ReportPrintOptions => ({
  period: { from: params.get('from') ?? '', to: params.get('to') ?? '' },
  programmeId: params.get('programme'),
  hideSmall: params.get('hide') === '1',
});

export type VolunteerHoursPrintOptions = { year: number | null; lang: Language | null };

/** The printable volunteer hours statement of a mentor: `/print/volunteer-hours/<id>?year=2026&lang=hu`. */
export const volunteerHoursRoute = (mentorId: string, o: { year: number; lang?: Language | null }): string => {
  const q = new URLSearchParams({ year: String(o.year) });
  if (o.lang) q.set('lang', o.lang);
  return `/print/volunteer-hours/${mentorId}?${q.toString()}`;
};

/** A missing or malformed year is null (the page says so); an unknown language falls back to the mentor's. */
export const parseVolunteerHoursRoute = (params: URLSearchParams): VolunteerHoursPrintOptions => {
  const year = Number(params.get('year'));
  const lang = LanguageSchema.safeParse(params.get('lang'));
  return {
    year: Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : null,
    lang: lang.success ? lang.data : null,
  };
};
