import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FigureKey } from '../../../shared/reports/activity';
import { presetPeriod } from '../../../shared/reports/period';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber, todayIso } from '../../lib/format';
import { formatPeriod } from './ReportsPage';
import { useActivityReport } from './useReports';

const KEY_FIGURES: FigureKey[] = ['activeAtEnd', 'newApplicants', 'newPairings', 'contactsLogged'];

/** Overview card: the current quarter's key figures so far, and the way to the full report. */
export const QuarterReportCard = () => {
  const { t } = useTranslation('reports');
  const lng = currentLanguage();
  const today = todayIso();
  const period = useMemo(() => presetPeriod('thisQuarter', today), [today]);
  const report = useActivityReport(period, null);
  return (
    <Card withBorder component="section" aria-labelledby="card-quarter-report">
      <Stack gap="xs">
        <Title order={2} size="h3" id="card-quarter-report">
          {t('card.title')}
        </Title>
        <Text size="sm">{formatPeriod(period, lng)}</Text>
        {report && (
          <SimpleGrid cols={2} spacing="xs">
            {KEY_FIGURES.map((figure) => {
              const row = report.rows.find((r) => r.id === figure);
              return (
                <div key={figure} data-card-figure={figure}>
                  <Text fw={700} size="lg">
                    {formatNumber(row?.value ?? 0, lng, 0)}
                  </Text>
                  <Text size="xs">{t(`figures.${figure}.label`)}</Text>
                </div>
              );
            })}
          </SimpleGrid>
        )}
        <Anchor component={Link} to="/reports">
          {t('card.open')}
        </Anchor>
      </Stack>
    </Card>
  );
};
