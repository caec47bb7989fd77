import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain/base';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';
import {
  facilitatorNames,
  OrganisationHeader,
  paginate,
  parseAttendanceOptions,
  participantLines,
  PrintFrame,
  PrintMessage,
  ROWS_PER_PAGE,
  SheetFooter,
  sheetRows,
  SheetTable,
  useSheetT,
} from '../../print';
import type { AttendanceSheetData } from './attendanceSheetData';
import { useAttendanceSheetData } from './useAttendanceSheet';

const SessionHeader = ({
  data,
  t,
  lng,
  facilitators,
}: {
  data: AttendanceSheetData;
  t: TFunction<'print'>;
  lng: Language;
  facilitators: string[];
}) => {
  const s = data.session;
  return (
    <>
      <OrganisationHeader organisation={data.organisation} />
      <p className="tp-doc-kind">{t('sheet.title')}</p>
      <h1 className="tp-title">{s.title}</h1>
      <dl className="tp-details">
        <dt>{t('sheet.kind')}</dt>
        <dd>
          {t(`kind.${s.kind}`)} — {t(`subKind.${s.subKind}`)}
        </dd>
        <dt>{t('sheet.date')}</dt>
        <dd>{formatDate(s.date, lng)}</dd>
        <dt>{t('sheet.place')}</dt>
        <dd>{s.place}</dd>
        <dt>{t('sheet.time')}</dt>
        <dd>
          {s.startTime}–{s.endTime}
        </dd>
        <dt>{t('sheet.facilitators')}</dt>
        <dd className="tp-wide">{facilitators.join(', ')}</dd>
      </dl>
    </>
  );
};

/** `#/print/attendance/:sessionId?landscape=1&blankRows=5&showNames=1&lang=hu` */
export const AttendanceSheetPage = () => {
  const { sessionId } = useParams();
  const [params] = useSearchParams();
  const options = useMemo(() => parseAttendanceOptions(params), [params]);
  const data = useAttendanceSheetData(sessionId);
  const lng = options.lang ?? data?.session.language ?? currentLanguage();
  const t = useSheetT(lng);
  const orientation = options.landscape ? 'landscape' : 'portrait';

  const sheet = useMemo(() => {
    if (!data) return null;
    const lines = participantLines(data.session.expected, data.people, {
      lng,
      showNames: options.showNames,
      mentorLabel: t('sheet.mentor'),
    });
    return {
      pages: paginate(sheetRows(lines, options.blankRows), ROWS_PER_PAGE[orientation]),
      facilitators: facilitatorNames(data.session.facilitators, data.people, lng),
    };
  }, [data, lng, t, options, orientation]);

  const documentTitle = data ? `${t('sheet.title')} – ${data.session.title} – ${data.session.date}` : t('sheet.title');

  return (
    <PrintFrame
      lang={lng}
      orientation={orientation}
      state={data === undefined ? 'loading' : data === null ? 'missing' : 'ready'}
      documentTitle={documentTitle}
    >
      {data && sheet ? (
        sheet.pages.map((rows, i) => (
          <section key={rows[0]?.number ?? i} className="tp-sheet">
            {i === 0 ? (
              <SessionHeader data={data} t={t} lng={lng} facilitators={sheet.facilitators} />
            ) : (
              <div className="tp-continued">
                <span>{t('sheet.title')}</span>
                <strong>{data.session.title}</strong>
                <span>{formatDate(data.session.date, lng)}</span>
              </div>
            )}
            <SheetTable rows={rows} t={t} />
            <div className="tp-spacer" />
            <SheetFooter t={t} lng={lng} page={i + 1} pages={sheet.pages.length} />
          </section>
        ))
      ) : (
        <PrintMessage>{t('notFound.session')}</PrintMessage>
      )}
    </PrintFrame>
  );
};
