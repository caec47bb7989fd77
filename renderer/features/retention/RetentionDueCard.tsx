import { useId } from 'react';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso } from '../../lib/format';
import { useRetentionDueCount } from './useRetention';

/** How many people are due for the retention review today, with the way to the review. */
const RetentionDueCard = ({ panel }: { panel: 'dashboard' | 'privacy' }) => {
  const { t } = useTranslation('retention');
  const count = useRetentionDueCount(todayIso());
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-panel={`retention-${panel}`}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('card.title')}
      </Title>
      <Group justify="space-between" align="center">
        <Text data-testid="retention-due-count">
          {count === undefined ? t('common:app.loading') : count === 0 ? t('card.none') : t('card.count', { count })}
        </Text>
        <Button component={Link} to="/privacy/retention" variant="default">
          {t('card.open')}
        </Button>
      </Group>
    </Paper>
  );
};

/** The overview's card (renderer/app/overviewWidgets.tsx). */
export const RetentionDashboardCard = () => <RetentionDueCard panel="dashboard" />;

/** The Privacy page's card. */
export const RetentionPrivacyCard = () => <RetentionDueCard panel="privacy" />;
