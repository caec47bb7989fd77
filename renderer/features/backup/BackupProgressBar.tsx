import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressView } from './useBackup';

export const BackupProgressBar = ({ view }: { view: ProgressView }) => {
  const { t } = useTranslation('backup');
  if (!view) return null;
  const label = t(`progress.${view.phase}`);
  return (
    <Stack gap={4} data-testid="backup-progress">
      <Text size="sm" aria-live="polite">
        {label}
      </Text>
      <Progress
        value={Math.round(view.percent)}
        animated
        aria-label={t('progress.label')}
        aria-valuetext={label}
        size="lg"
      />
    </Stack>
  );
};
