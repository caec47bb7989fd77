import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage, i18n } from '../../i18n/i18n';
import { formatDate, formatNumber, todayIso } from '../../lib/format';
import { LetterSheet, PrintFrame, PrintMessage, useOrganisation } from '../print';
import { parseVolunteerHoursRoute } from './reportRoutes';
import { useVolunteerHours } from './useReports';

/**
 * `#/print/volunteer-hours/:mentorId?year=2026&lang=hu` — the hours a mentor gave in a year
 * (training, shadowing, supervision, contact with mentees), on A4 with the organisation's logo,
 * how each is counted, the date it was made and a line for the coordinator's signature: for
 * recognition letters and the volunteer's own records. Printed in the mentor's preferred
 * language unless `lang` says otherwise.
 */
export const VolunteerHoursPage = () => {
  const { mentorId } = useParams();
  const [params] = useSearchParams();
  const options = useMemo(() => parseVolunteerHoursRoute(params), [params]);
  const data = useVolunteerHours(mentorId, options.year);
  const organisation = useOrganisation();
  const lng = options.lang ?? data?.mentor.preferredLanguage ?? currentLanguage();
  const t = useMemo(() => i18n.getFixedT(lng, 'reports'), [lng]);
  const name = data ? formatPersonName(data.mentor, lng) : '';
  const hours = (n: number) => formatNumber(n, lng, 2);
  const title = t('volunteerHours.title');

  return (
    <PrintFrame
      lang={lng}
      orientation="portrait"
      state={data === null ? 'missing' : data && organisation ? 'ready' : 'loading'}
      documentTitle={data ? `${title} ${data.statement.year} – ${name}` : title}
    >
      {data && organisation ? (
        <LetterSheet
          organisation={organisation}
          title={title}
          intro={t('volunteerHours.intro')}
          name={name}
          body={t('volunteerHours.body', { year: data.statement.year })}
          dated={t('volunteerHours.date', { date: formatDate(todayIso(), lng) })}
          signature={t('volunteerHours.signature')}
        >
          <table className="tp-cert-table">
            <thead>
              <tr>
                <th scope="col">{t('volunteerHours.columns.activity')}</th>
                <th scope="col" className="tp-hours">
                  {t('volunteerHours.columns.count')}
                </th>
                <th scope="col" className="tp-hours">
                  {t('volunteerHours.columns.hours')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.statement.lines.map((line) => (
                <tr key={line.category} data-category={line.category}>
                  <th scope="row">{t(`volunteerHours.categories.${line.category}`)}</th>
                  <td className="tp-hours">{formatNumber(line.count, lng, 0)}</td>
                  <td className="tp-hours">{hours(line.hours)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-category="total">
                <th scope="row">{t('volunteerHours.total')}</th>
                <td />
                <td className="tp-hours">{hours(data.statement.totalHours)}</td>
              </tr>
            </tfoot>
          </table>
          <h2 className="tp-notes-title">{t('volunteerHours.notesTitle')}</h2>
          <dl className="tp-notes">
            {data.statement.lines.map((line) => (
              <div key={line.category}>
                <dt>{t(`volunteerHours.categories.${line.category}`)}</dt>
                <dd>{t(`volunteerHours.definitions.${line.category}`)}</dd>
              </div>
            ))}
          </dl>
        </LetterSheet>
      ) : (
        <PrintMessage>
          {options.year === null ? t('volunteerHours.invalidYear') : t('print:notFound.mentor')}
        </PrintMessage>
      )}
    </PrintFrame>
  );
};
