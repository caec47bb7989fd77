import type { TFunction } from 'i18next';
import type { ReportRow } from '../../../shared/reports/activity';
import type { ReportTexts } from './reportExport';

/** The words of the report in the language of `t` (namespace `reports`), for screen, files and paper. */
export const reportTexts = (t: TFunction): ReportTexts => ({
  section: (s) => t(`reports:sections.${s}`),
  figure: (f) => t(`reports:figures.${f}.label`),
  definition: (f) => t(`reports:figures.${f}.definition`),
  detail: (row: ReportRow) => {
    const d = row.detail;
    if (d === null) return '';
    if ('key' in d) return t(d.key);
    if ('text' in d) return d.text;
    return t('reports:detail.none');
  },
  fewerThan5: t('reports:fewerThan5'),
  headers: {
    section: t('reports:columns.section'),
    figure: t('reports:columns.figure'),
    detail: t('reports:columns.detail'),
    value: t('reports:columns.value'),
    previous: t('reports:columns.previous'),
    definition: t('reports:columns.definition'),
  },
  cover: {
    title: t('reports:cover.title'),
    organisation: t('reports:cover.organisation'),
    period: t('reports:cover.period'),
    previous: t('reports:cover.previous'),
    programme: t('reports:cover.programme'),
    madeOn: t('reports:cover.madeOn'),
    smallHidden: t('reports:cover.smallHidden'),
  },
});
