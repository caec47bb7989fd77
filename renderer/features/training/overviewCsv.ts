import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/base';
import type { Mentor } from '../../../shared/domain/mentor';
import type { TrainingModule } from '../../../shared/domain/training';
import type { MentorProgress } from '../../../shared/training/progress';
import type { CsvCell } from '../../lib/csv';

export type OverviewRow = { mentor: Mentor; progress: MentorProgress };

/**
 * The training overview as spreadsheet rows: one line per mentor, and per module its hours and
 * completion date (empty when the module is not in the mentor's programmes). Dates stay ISO
 * (`YYYY-MM-DD`), which every spreadsheet reads as a date whatever its locale.
 */
export const overviewCsvRows = ({
  modules,
  rows,
  lng,
  t,
  programmeNames,
}: {
  modules: readonly TrainingModule[];
  rows: readonly OverviewRow[];
  lng: Language;
  t: TFunction;
  programmeNames: ReadonlyMap<string, string>;
}): CsvCell[][] => {
  const tt = (key: string, values?: Record<string, string>) => t(key, { ns: 'training', lng, ...values });
  const moduleLabel = (m: TrainingModule) =>
    programmeNames.size > 1 && new Set(modules.map((x) => x.programmeId)).size > 1
      ? `${programmeNames.get(m.programmeId) ?? ''}: ${m.name}`
      : m.name;
  const header: CsvCell[] = [
    tt('csv.familyName'),
    tt('csv.givenName'),
    tt('csv.status'),
    tt('csv.programmes'),
    tt('csv.ready'),
    tt('csv.readySince'),
    tt('csv.trainingHours'),
    tt('csv.shadowingHours'),
    ...modules.flatMap((m) => [
      tt('csv.moduleHours', { module: moduleLabel(m) }),
      tt('csv.moduleCompleted', { module: moduleLabel(m) }),
    ]),
  ];
  const body = rows.map(({ mentor, progress }): CsvCell[] => {
    const byModule = new Map(progress.modules.map((p) => [p.moduleId, p]));
    return [
      mentor.familyName,
      mentor.givenName,
      tt(`mentorStatus.${mentor.status}`),
      mentor.programmeIds
        .map((id) => programmeNames.get(id) ?? '')
        .filter(Boolean)
        .join(', '),
      progress.ready ? tt('csv.yes') : tt('csv.no'),
      progress.readySince ?? '',
      progress.trainingHoursTotal,
      progress.shadowingHoursTotal,
      ...modules.flatMap((m) => {
        const p = byModule.get(m.id);
        return p ? [p.hours, p.completedOn ?? ''] : ['', ''];
      }),
    ];
  });
  return [header, ...body];
};
