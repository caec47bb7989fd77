import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BackupReminder } from '../../../shared/backup/reminder';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useBackupStatus } from './useBackup';

/** "Last backup … (N days ago)" or "never", for the page and the overview card. */
export const useReminderText = () => {
  const { t } = useTranslation('backup');
  return (r: BackupReminder): string =>
    r.state === 'never'
      ? t('status.never')
      : t('status.last', {
          date: formatDateTime(r.lastBackupAt, currentLanguage()),
          ago: r.daysSince === 0 ? t('status.today') : t('status.daysAgo', { count: r.daysSince }),
        });
};

const Due = ({ reminder, withLink }: { reminder: BackupReminder; withLink: boolean }) => {
  const { t } = useTranslation('backup');
  if (reminder.state === 'ok') return <Text size="sm">{t('status.ok')}</Text>;
  return (
    <Alert
      color="orange.9"
      variant="outline"
      title={t('status.overdueTitle')}
      data-testid="backup-overdue"
      // Orange text on white is below 4.5:1; the border keeps the warning colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('status.overdueBody')}</Text>
        {withLink && (
          <Button component={Link} to="/backup" size="xs">
            {t('status.makeNow')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
};

export const BackupStatusPanel = () => {
  const { t } = useTranslation('backup');
  const status = useBackupStatus();
  const text = useReminderText();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backup-status-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="backup-status-title">
          {t('status.title')}
        </Title>
        {status === undefined ? (
          <Text size="sm">{t('common:app.loading')}</Text>
        ) : (
          <>
            <Text size="sm" data-testid="backup-last">
              {text(status)}
            </Text>
            <Text size="sm">{t('status.rule', { count: status.everyDays })}</Text>
            <Due reminder={status} withLink={false} />
          </>
        )}
      </Stack>
    </Paper>
  );
};

/** The overview card (dashboard widget). */
export const BackupReminderCard = () => {
  const { t } = useTranslation('backup');
  const status = useBackupStatus();
  const text = useReminderText();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dashboard-backup-title" data-testid="backup-widget">
      <Stack gap="xs">
        <Title order={2} size="h3" id="dashboard-backup-title">
          {t('widget.title')}
        </Title>
        {status && (
          <>
            <Text size="sm">{text(status)}</Text>
            <Due reminder={status} withLink />
            {status.state === 'ok' && (
              <Button component={Link} to="/backup" variant="default" size="xs" w="fit-content">
                {t('widget.open')}
              </Button>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
};
