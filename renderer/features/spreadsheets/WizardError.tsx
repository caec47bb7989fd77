import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WizardMessage } from './useSpreadsheetImport';

/** A failure of the current step: what happened and what to do, and that nothing changed. */
export const WizardError = ({ error }: { error: WizardMessage | null }) => {
  const { t } = useTranslation('spreadsheetWizard');
  if (!error) return null;
  return (
    <Alert color="red.9" variant="outline" role="alert" data-testid="import-error">
      <Text size="sm">{t(error.messageKey, error.params)}</Text>
      <Text size="sm" fw={600}>
        {t('file.notChanged')}
      </Text>
    </Alert>
  );
};
