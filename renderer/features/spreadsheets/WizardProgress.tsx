import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WizardBusy } from './useSpreadsheetImport';

/**
 * What the import worker is doing, as one bar: reading the file, checking the rows, writing.
 * Without a measure yet (fraction null) the bar is animated and says no percent.
 */
export const WizardProgress = ({ busy }: { busy: WizardBusy }) => {
  const { t } = useTranslation('spreadsheetWizard');
  if (!busy) return null;
  const label = t(`spreadsheetImport:progress.${busy.phase}`);
  const percent = busy.fraction === null ? null : Math.round(Math.min(1, Math.max(0, busy.fraction)) * 100);
  return (
    <Stack gap={4} data-testid="import-progress">
      <Text size="sm" aria-live="polite">
        {label}
      </Text>
      {/* The role and the name go on Mantine's inner section (see the backup's progress bar). */}
      <Progress.Root size="lg">
        <Progress.Section
          value={percent ?? 100}
          animated
          striped={percent === null}
          withAria={false}
          role="progressbar"
          aria-label={t('progress.label')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          aria-valuetext={percent === null ? label : `${label} ${percent}%`}
        />
      </Progress.Root>
    </Stack>
  );
};
