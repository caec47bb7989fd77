import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { CURRENT_WELLBEING_QUESTIONNAIRE } from '../../../shared/care';
import { currentLanguage, i18n } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { OrganisationHeader, PrintFrame, PrintMessage, ScaleTable, WritingLines } from '../print';
import { parseWellbeingFormOptions } from './wellbeingForm';
import { useWellbeingForm } from './useWellbeingForm';
import './wellbeingForm.css';

const q = CURRENT_WELLBEING_QUESTIONNAIRE;
/** Lines to write on: what is left of the page. */
const NOTE_LINES = 6;

/**
 * `#/print/wellbeing-form/:mentorId?date=2026-11-22&lang=fi` — the wellbeing questionnaire on
 * one A4 page for the mentor to fill in: the mentor's code and the date, the statements in the
 * order and numbering of the screen where the answers are typed back in, one box per point of
 * the scale with its number in it, and room for anything else they want to say.
 */
export const WellbeingFormPage = () => {
  const { mentorId } = useParams();
  const [params] = useSearchParams();
  const options = useMemo(() => parseWellbeingFormOptions(params), [params]);
  const data = useWellbeingForm(mentorId);
  const lng = options.lang ?? currentLanguage();
  const t = useMemo(() => i18n.getFixedT(lng, 'care'), [lng]);
  const date = formatDate(options.date ?? todayIso(), lng);
  const scale = q.scale.labels.map((label, i) => ({ value: q.scale.min + i, label: label[lng] }));

  return (
    <PrintFrame
      lang={lng}
      orientation="portrait"
      state={data === undefined ? 'loading' : data === null ? 'missing' : 'ready'}
      documentTitle={data ? `${t('paper.title')} ${data.code} ${date}` : t('paper.title')}
    >
      {data ? (
        <section className="tp-sheet tp-wellbeing">
          <OrganisationHeader organisation={data.organisation} />
          <p className="tp-doc-kind">{t('paper.title')}</p>
          <h1 className="tp-title">{q.title[lng]}</h1>
          <dl className="tp-details">
            <dt>{t('paper.code')}</dt>
            <dd data-field="code">{data.code}</dd>
            <dt>{t('paper.date')}</dt>
            <dd data-field="date">{date}</dd>
          </dl>
          <p className="tp-wellbeing-help">{t('paper.intro')}</p>
          <ScaleTable
            headers={{ number: t('paper.number'), statement: t('paper.statement') }}
            scale={scale}
            items={q.items.map((item) => ({ id: item.id, text: item.text[lng] }))}
            ordinal={(n) => t('paper.ordinal', { n })}
            rowHeight="14mm"
          />
          <WritingLines className="tp-wellbeing-note" question={t('paper.comments')} lines={NOTE_LINES} />
          <div className="tp-spacer" />
          <footer className="tp-footer">
            <span>{t('paper.version', { version: q.version })}</span>
            <span>{t('paper.office')}</span>
          </footer>
        </section>
      ) : (
        <PrintMessage>{t('paper.notFound')}</PrintMessage>
      )}
    </PrintFrame>
  );
};
