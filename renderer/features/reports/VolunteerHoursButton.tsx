import { useMemo, useState } from 'react';
import { Button, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Mentor } from '../../../shared/domain/mentor';
import { formatPersonName } from '../../../shared/domain/names';
import { defaultStatementYear } from '../../../shared/reports/volunteerHours';
import { todayIso } from '../../lib/format';
import { PersonPrintDialog, pdfFileName, usePrintActions } from '../print';
import { volunteerHoursRoute } from './reportRoutes';

type StatementMentor = Pick<Mentor, 'id' | 'givenName' | 'familyName' | 'preferredLanguage' | 'statusHistory'>;

/**
 * The years a statement may be asked for: from the year the mentor joined (their first status)
 * to this year, newest first.
 */
const statementYears = (mentor: StatementMentor, thisYear: number): number[] => {
  const first = Math.min(thisYear, ...mentor.statusHistory.map((h) => Number(h.date.slice(0, 4))));
  return Array.from({ length: thisYear - first + 1 }, (_, i) => thisYear - i);
};

/**
 * "Volunteer hours statement" on a mentor's page: the year and the language, then Print or Save
 * as PDF. The year offered first is this year, or the year just finished in January and
 * February (see defaultStatementYear).
 */
export const VolunteerHoursButton = ({ mentor }: { mentor: StatementMentor }) => {
  const { t } = useTranslation('reports');
  const [open, setOpen] = useState(false);
  const actions = usePrintActions();
  const today = todayIso();
  const years = useMemo(() => statementYears(mentor, Number(today.slice(0, 4))), [mentor, today]);
  const [year, setYear] = useState(() => Math.max(defaultStatementYear(today), years[years.length - 1] ?? 0));

  return (
    <>
      <Button variant="default" loading={actions.busy} onClick={() => setOpen(true)}>
        {t('volunteerHours.button')}
      </Button>
      {open && (
        <PersonPrintDialog
          title={t('volunteerHours.dialogTitle')}
          preferredLanguage={mentor.preferredLanguage}
          route={(c) => volunteerHoursRoute(mentor.id, { year, lang: c.lang })}
          fileName={(c) =>
            pdfFileName(t('volunteerHours.fileName', { lng: c.lang }), String(year), formatPersonName(mentor, c.lang))
          }
          actions={actions}
          onClose={() => setOpen(false)}
        >
          <Select
            label={t('volunteerHours.year')}
            data={years.map(String)}
            value={String(year)}
            allowDeselect={false}
            onChange={(v) => v && setYear(Number(v))}
          />
        </PersonPrintDialog>
      )}
    </>
  );
};
