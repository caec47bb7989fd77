import { useId } from 'react';
import { Button, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSyncOverview } from './useSharedFolder';
import { useWhen } from './SyncStatusLine';

/**
 * The overview's warning about the shared folder: a PC not heard from for the backup interval, a
 * file that waits for the coordinator, one that cannot be used. Nothing when all is in step (or
 * there is no shared folder).
 */
export const SyncDashboardCard = () => {
  const { t } = useTranslation('sharedFolder');
  const overview = useSyncOverview();
  const when = useWhen();
  const headingId = useId();
  const attention = overview?.peers.filter((p) => p.status !== 'inStep' || p.stale) ?? [];
  if (!overview || (attention.length === 0 && !overview.nameTaken)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="sync-dashboard-card">
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t('card.title')}
      </Title>
      <List size="sm" mb="sm">
        {overview.nameTaken && <List.Item>{t('own.nameTaken')}</List.Item>}
        {attention.map((p) => (
          <List.Item key={p.file}>
            {p.status === 'waiting'
              ? t('card.waiting', { pc: p.pcName })
              : p.status === 'problem'
                ? t('card.problem', { pc: p.pcName })
                : t('card.stale', { pc: p.pcName, when: p.heardAt ? when(p.heardAt) : t('peer.never') })}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mb="xs">
        {t('card.help')}
      </Text>
      <Button component={Link} to="/settings#shared-folder" variant="default" size="xs">
        {t('card.open')}
      </Button>
    </Paper>
  );
};
