import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressView } from './useBackup';

export const BackupProgressBar = ({ view }: { view: ProgressView }) => {
  const { t } = useTranslation('backup');
  if (!view) return null;
  const label = t(`progress.${view.phase}`);
  const percent = Math.round(view.percent);
  return (
    <Stack gap={4} data-testid="backup-progress">
      <Text size="sm" aria-live="polite">
        {label}
      </Text>
      {/* The progressbar role sits on Mantine's inner section, so the name and the spoken text go
          there too: on the root they are not allowed (axe aria-allowed-attr), and the section's own
          aria-valuetext would only say the percent. */}
      <Progress.Root size="lg">
        <Progress.Section
          value={percent}
          animated
          withAria={false}
          role="progressbar"
          aria-label={t('progress.label')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${label} ${percent}%`}
        />
      </Progress.Root>
    </Stack>
  );
};
