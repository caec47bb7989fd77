import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { REPORT_SECTIONS, type ReportRow } from '../../../shared/reports/activity';
import { isValidPeriod } from '../../../shared/reports/period';
import { currentLanguage, i18n } from '../../i18n/i18n';
import { formatDate, formatNumber, todayIso } from '../../lib/format';
import { OrganisationHeader, PageNumbers, PrintFrame, useOrganisation } from '../print';
import { useProgrammes } from '../programmes';
import { shownValue } from './reportExport';
import { parseReportPrintRoute } from './reportRoutes';
import { reportTexts } from './reportTexts';
import { useActivityReport } from './useReports';

/**
 * `#/print/report?from=…&to=…` — the activity report on A4, with the organisation's logo, every
 * definition and the page numbers at the foot of each page.
 */
export const ReportPrintPage = () => {
  const [params] = useSearchParams();
  const options = useMemo(() => parseReportPrintRoute(params), [params]);
  const lng = currentLanguage();
  const t = useMemo(() => i18n.getFixedT(lng, 'reports'), [lng]);
  const valid = isValidPeriod(options.period);
  const report = useActivityReport(valid ? options.period : null, options.programmeId);
  const organisation = useOrganisation();
  const programmes = useProgrammes(true);
  const texts = reportTexts(t);
  const programmeName = programmes?.find((p) => p.id === options.programmeId)?.name ?? t('reports:allProgrammes');
  const show = (value: number, unit: ReportRow['unit']) => {
    const v = shownValue(value, unit, options.hideSmall, texts);
    return typeof v === 'number' ? formatNumber(v, lng, unit === 'count' ? 0 : 2) : v;
  };
  const period = `${formatDate(options.period.from, lng)} – ${formatDate(options.period.to, lng)}`;

  return (
    <PrintFrame
      lang={lng}
      orientation="portrait"
      state={!valid ? 'missing' : report && organisation && programmes ? 'ready' : 'loading'}
      documentTitle={`${t('reports:cover.title')} ${period}`}
    >
      {report && organisation && (
        <section className="tp-sheet tp-sheet-flow">
          <PageNumbers lang={lng} />
          <OrganisationHeader organisation={organisation} />
          <h1>{t('reports:cover.title')}</h1>
          <p>
            {period} · {programmeName} · {t('reports:cover.madeOn')}: {formatDate(todayIso(), lng)}
          </p>
          {REPORT_SECTIONS.map((section) => (
            <table key={section} className="tp-cert-table">
              <caption>{texts.section(section)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports:columns.figure')}</th>
                  <th scope="col">{t('reports:columns.detail')}</th>
                  <th scope="col" className="tp-hours">
                    {t('reports:columns.value')}
                  </th>
                  <th scope="col" className="tp-hours">
                    {t('reports:columns.previous')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.rows
                  .filter((r) => r.section === section)
                  .map((r) => (
                    <tr key={r.id}>
                      <td>{texts.figure(r.figure)}</td>
                      <td>{texts.detail(r)}</td>
                      <td className="tp-hours">{show(r.value, r.unit)}</td>
                      <td className="tp-hours">{show(r.previous, r.unit)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ))}
          <h2>{t('reports:columns.definition')}</h2>
          <dl>
            {REPORT_SECTIONS.flatMap((s) => report.rows.filter((r) => r.section === s))
              .filter((r, i, all) => all.findIndex((x) => x.figure === r.figure) === i)
              .map((r) => (
                <div key={r.figure}>
                  <dt>{texts.figure(r.figure)}</dt>
                  <dd>{texts.definition(r.figure)}</dd>
                </div>
              ))}
          </dl>
        </section>
      )}
    </PrintFrame>
  );
};
