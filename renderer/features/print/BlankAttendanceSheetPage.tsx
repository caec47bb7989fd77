import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { currentLanguage } from '../../i18n/i18n';
import { sheetRows } from './attendanceSheet';
import { paginate, ROWS_PER_PAGE } from './paginate';
import { parseBlankSheetOptions } from './printOptions';
import { OrganisationHeader, PrintFrame, SheetFooter } from './PrintLayout';
import { SheetTable } from './SheetTable';
import { useOrganisation } from './usePrintData';
import { useSheetT } from './useSheetT';

/**
 * `#/print/attendance-blank?landscape=1&rows=30&lang=fi` — for a session not planned in the
 * app: title, date, time, place and facilitator are written by hand.
 */
export const BlankAttendanceSheetPage = () => {
  const [params] = useSearchParams();
  const options = useMemo(() => parseBlankSheetOptions(params), [params]);
  const organisation = useOrganisation();
  const lng = options.lang ?? currentLanguage();
  const t = useSheetT(lng);
  const orientation = options.landscape ? 'landscape' : 'portrait';
  const capacity = ROWS_PER_PAGE[orientation];
  const pages = useMemo(
    () => paginate(sheetRows([], options.rows ?? capacity.first), capacity),
    [options.rows, capacity],
  );

  return (
    <PrintFrame
      lang={lng}
      orientation={orientation}
      state={organisation ? 'ready' : 'loading'}
      documentTitle={t('sheet.title')}
    >
      {organisation &&
        pages.map((rows, i) => (
          <section key={rows[0]?.number ?? i} className="tp-sheet">
            {i === 0 ? (
              <>
                <OrganisationHeader organisation={organisation} />
                <h1 className="tp-title">{t('sheet.title')}</h1>
                <dl className="tp-details tp-details-blank">
                  <dt>{t('sheet.sessionTitle')}</dt>
                  <dd className="tp-wide tp-fill" />
                  <dt>{t('sheet.date')}</dt>
                  <dd className="tp-fill" />
                  <dt>{t('sheet.time')}</dt>
                  <dd className="tp-fill" />
                  <dt>{t('sheet.place')}</dt>
                  <dd className="tp-wide tp-fill" />
                  <dt>{t('sheet.facilitators')}</dt>
                  <dd className="tp-wide tp-fill" />
                </dl>
              </>
            ) : (
              <div className="tp-continued">
                <span>{t('sheet.title')}</span>
              </div>
            )}
            <SheetTable rows={rows} t={t} />
            <div className="tp-spacer" />
            <SheetFooter t={t} lng={lng} page={i + 1} pages={pages.length} />
          </section>
        ))}
    </PrintFrame>
  );
};
