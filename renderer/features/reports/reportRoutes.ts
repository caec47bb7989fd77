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
