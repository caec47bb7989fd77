import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { compareRows } from '../../../shared/reports/activity';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { ReportTables } from './ReportTables';
import { formatPeriod } from './ReportsPage';
import { useSavedReportWithNow } from './useReports';

/** A report as sent: the frozen figures beside what the data says now, differences highlighted. */
export const SavedReportPage = () => {
  const { id } = useParams();
  const { t } = useTranslation('reports');
  const lng = currentLanguage();
  const data = useSavedReportWithNow(id);
  if (data === undefined) return null;
  if (data === null)
    return (
      <Stack>
        <Alert color="orange">{t('sent.notFound')}</Alert>
        <Anchor component={Link} to="/reports">
          {t('sent.back')}
        </Anchor>
      </Stack>
    );
  const { saved, now } = data;
  // Compared the other way round: the saved figures lead, what the data says now is beside them.
  const rows = compareRows(saved.rows, now).map((r) => ({ ...r, other: r.previous }));
  const differences = rows.filter((r) => r.value !== r.other).length;
  return (
    <Stack>
      <Anchor component={Link} to="/reports">
        {t('sent.back')}
      </Anchor>
      <Title order={1}>{t('sent.heading', { recipient: saved.recipient, date: formatDate(saved.sentOn, lng) })}</Title>
      <Text fw={600}>
        {formatPeriod(saved.period, lng)} · {saved.programmeName || t('allProgrammes')}
      </Text>
      {saved.note && <Text>{saved.note}</Text>}
      <Alert color={differences ? 'yellow' : 'green'} data-testid="saved-differences">
        {differences ? t('sent.differences', { count: differences }) : t('sent.noDifferences')}
      </Alert>
      <ReportTables
        rows={rows}
        hideSmall={saved.smallNumbersHidden}
        valueLabel={t('columns.saved')}
        otherLabel={t('columns.now')}
        highlightDifferences
      />
    </Stack>
  );
};
