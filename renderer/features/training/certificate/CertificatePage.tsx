import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { formatPersonName } from '../../../../shared/domain/names';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate, formatNumber, todayIso } from '../../../lib/format';
import { LetterSheet, parseCertificateOptions, PrintFrame, PrintMessage, useSheetT } from '../../print';
import { useCertificateData } from './useCertificate';

/**
 * `#/print/certificate/:mentorId?lang=hu` — the modules a mentor completed, with hours, and
 * their shadowing hours, signed by the coordinator. Printed in the mentor's preferred
 * language unless `lang` says otherwise.
 */
export const CertificatePage = () => {
  const { mentorId } = useParams();
  const [params] = useSearchParams();
  const options = useMemo(() => parseCertificateOptions(params), [params]);
  const data = useCertificateData(mentorId);
  const lng = options.lang ?? data?.mentor.preferredLanguage ?? currentLanguage();
  const t = useSheetT(lng);
  const name = data ? formatPersonName(data.mentor, lng) : '';
  const totalHours = data ? data.modules.reduce((sum, m) => sum + m.hours, 0) : 0;

  return (
    <PrintFrame
      lang={lng}
      orientation="portrait"
      state={data === undefined ? 'loading' : data === null ? 'missing' : 'ready'}
      documentTitle={data ? `${t('certificate.title')} – ${name}` : t('certificate.title')}
    >
      {data ? (
        <LetterSheet
          organisation={data.organisation}
          title={t('certificate.title')}
          intro={t('certificate.intro')}
          name={name}
          body={data.modules.length ? t('certificate.body') : t('certificate.none')}
          dated={t('certificate.date', { date: formatDate(todayIso(), lng) })}
          signature={t('certificate.signature')}
        >
          {data.modules.length > 0 && (
            <table className="tp-cert-table">
              <thead>
                <tr>
                  <th scope="col">{t('certificate.module')}</th>
                  <th scope="col" className="tp-hours">
                    {t('certificate.hours')}
                  </th>
                  <th scope="col" className="tp-hours">
                    {t('certificate.required')}
                  </th>
                  <th scope="col" className="tp-hours">
                    {t('certificate.completedOn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.modules.map((m) => (
                  <tr key={m.moduleId}>
                    <td>{m.name}</td>
                    <td className="tp-hours">{formatNumber(m.hours, lng)}</td>
                    <td className="tp-hours">{formatNumber(m.requiredHours, lng)}</td>
                    <td className="tp-hours">{formatDate(m.completedOn, lng)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="tp-cert-summary">{t('certificate.total', { hours: formatNumber(totalHours, lng) })}</p>
          <p className="tp-cert-summary">
            {t('certificate.shadowing', { hours: formatNumber(data.shadowingHours, lng) })}
          </p>
        </LetterSheet>
      ) : (
        <PrintMessage>{t('notFound.mentor')}</PrintMessage>
      )}
    </PrintFrame>
  );
};
