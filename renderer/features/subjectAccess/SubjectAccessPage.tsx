import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Language } from '../../../shared/domain/base';
import { formatPersonName } from '../../../shared/domain/names';
import {
  subjectAccessDocument,
  type DocBlock,
  type SubjectAccessDocument,
} from '../../../shared/privacy/subjectAccess';
import { currentLanguage, i18n } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { OrganisationHeader, PageNumbers, PrintFrame, PrintMessage, useOrganisation } from '../print';
import { labelText, valueText } from './docText';
import { parseSubjectAccessLang, parseSubjectKind } from './subjectAccessRoutes';
import { useSubjectAccess } from './useSubjectAccess';
import './subjectAccess.css';

type T = ReturnType<typeof i18n.getFixedT>;

/** The person as the document names them: a mentee by code (and their own name, if held). */
export const subjectName = (doc: Pick<SubjectAccessDocument, 'name'>, lng: Language): string => {
  const name = formatPersonName(doc.name, lng);
  return doc.name.code ? [doc.name.code, name].filter(Boolean).join(' – ') : name;
};

const Block = ({ block, t, lng }: { block: DocBlock; t: T; lng: Language }) =>
  block.kind === 'fields' ? (
    <dl className="sa-fields">
      {block.fields.map((f) => (
        <div key={f.label}>
          <dt>{labelText(t, f.label)}</dt>
          <dd>{valueText(f.value, t, lng)}</dd>
        </div>
      ))}
    </dl>
  ) : (
    <table className="tp-cert-table sa-table">
      <thead>
        <tr>
          {block.columns.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? 'tp-hours' : undefined}>
              {labelText(t, c.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, i) => (
          <tr key={i}>
            {row.map((v, j) => (
              <td key={j} className={block.columns[j]?.numeric ? 'tp-hours' : undefined}>
                {valueText(v, t, lng)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

/**
 * `#/print/subject-access/:kind/:id?lang=fi` — everything Tandem holds about one person (a
 * subject-access request), on A4 with the organisation's header and "page N of M" at the foot of
 * every page. Sections come from shared/privacy/subjectAccess.ts; this page only formats them.
 */
export const SubjectAccessPage = () => {
  const params = useParams();
  const [search] = useSearchParams();
  const kind = parseSubjectKind(params.kind);
  const input = useSubjectAccess(kind, params.id);
  const organisation = useOrganisation();
  const preferred = input?.kind === 'mentor' ? input.person.preferredLanguage : null;
  const lng = parseSubjectAccessLang(search) ?? preferred ?? currentLanguage();
  const t = useMemo(() => i18n.getFixedT(lng, 'subjectAccess'), [lng]);
  const doc = useMemo(() => (input ? subjectAccessDocument(input) : null), [input]);
  const name = doc ? subjectName(doc, lng) : '';
  const today = formatDate(todayIso(), lng);

  return (
    <PrintFrame
      lang={lng}
      orientation="portrait"
      state={input === null ? 'missing' : doc && organisation ? 'ready' : 'loading'}
      documentTitle={doc ? `${t('title')} – ${name}` : t('title')}
    >
      {doc && organisation ? (
        <section className="tp-sheet tp-sheet-flow sa-doc">
          <PageNumbers lang={lng} />
          <OrganisationHeader organisation={organisation} />
          <h1 className="sa-title">{t('title')}</h1>
          <p className="sa-subject">
            <span>{t(`kind.${doc.subject.kind}`)}:</span> <strong>{name}</strong>
          </p>
          <p>{t('intro', { date: today })}</p>
          {doc.sections.map((s) => (
            <section key={s.id} className="sa-section" aria-labelledby={`sa-${s.id}`} data-section={s.id}>
              <h2 id={`sa-${s.id}`}>{t(s.title)}</h2>
              {s.note && <p className="sa-note">{t(s.note)}</p>}
              {s.blocks.length === 0 ? (
                <p className="sa-none">{t('nothingHeld')}</p>
              ) : (
                s.blocks.map((b, i) => <Block key={i} block={b} t={t} lng={lng} />)
              )}
            </section>
          ))}
          <p className="sa-end">{t('madeOn', { date: today })}</p>
        </section>
      ) : (
        <PrintMessage>{t('notFound')}</PrintMessage>
      )}
    </PrintFrame>
  );
};
