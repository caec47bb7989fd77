import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { CURRENT_PAIRING_QUESTIONNAIRE, GOOD_FIT_ANSWERS, GOOD_FIT_TEXT } from '../../../shared/checkins';
import { currentLanguage, i18n } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { OrganisationHeader, PrintFrame, PrintMessage, AnswerBox, ScaleTable, WritingLines } from '../print';
import { parsePaperFormOptions } from './paperForm';
import { usePaperForm } from './useCheckIns';
import './paperForm.css';

const q = CURRENT_PAIRING_QUESTIONNAIRE;
/** Lines to write the note on: what is left of the page. */
const NOTE_LINES = 5;

/**
 * `#/print/checkin-form/:pairingId?respondent=mentee&date=2026-11-22&lang=fi` — one person's
 * check-in questionnaire on one A4 page, in the language chosen for them: the statements in the
 * order and numbering of the screen where the answers are typed back in, one box per point of
 * the scale with its number in it, the "good fit" question, and room for a note.
 */
export const PaperFormPage = () => {
  const { pairingId } = useParams();
  const [params] = useSearchParams();
  const options = useMemo(() => parsePaperFormOptions(params), [params]);
  const data = usePaperForm(pairingId);
  const lng = options.lang ?? currentLanguage();
  const t = useMemo(() => i18n.getFixedT(lng, 'checkins'), [lng]);
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
        <section className="tp-sheet tp-checkin">
          <OrganisationHeader organisation={data.organisation} />
          <p className="tp-doc-kind">{t(`paper.kind.${options.respondent}`)}</p>
          <h1 className="tp-title">{q.title[lng]}</h1>
          <dl className="tp-details">
            <dt>{t('paper.code')}</dt>
            <dd data-field="code">{data.code || <span className="tp-fill tp-checkin-blank" />}</dd>
            <dt>{t('paper.date')}</dt>
            <dd data-field="date">{date}</dd>
            <dt>{t('paper.respondent')}</dt>
            <dd>{t(`respondent.${options.respondent}`)}</dd>
          </dl>
          <p className="tp-checkin-help">{t('paper.instructions')}</p>
          <ScaleTable
            headers={{ number: t('paper.number'), statement: t('form.statement') }}
            scale={scale}
            items={q.items.map((item) => ({ id: item.id, text: item.text[lng] }))}
            ordinal={(n) => t('paper.ordinal', { n })}
          />
          <div className="tp-checkin-fit">
            <p className="tp-scale-question">
              {t('form.numbered', { n: q.items.length + 1, statement: GOOD_FIT_TEXT.question[lng] })}
            </p>
            <ul className="tp-checkin-answers">
              {GOOD_FIT_ANSWERS.map((a) => (
                <li key={a}>
                  <AnswerBox />
                  {GOOD_FIT_TEXT.answers[a][lng]}
                </li>
              ))}
            </ul>
          </div>
          <WritingLines className="tp-checkin-note" question={t('paper.note')} lines={NOTE_LINES} />
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
