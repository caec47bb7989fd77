import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonKind } from '../../../shared/domain/base';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { useProcessingConsent } from './useConsents';

/**
 * The flag at the top of a person's page when their data is kept without a valid consent for
 * processing: none was ever recorded, or the latest processing entry withdrew it.
 */
export const ProcessingConsentFlag = ({ personKind, personId }: { personKind: PersonKind; personId: string }) => {
  const { t } = useTranslation('consents');
  const lng = currentLanguage();
  const consent = useProcessingConsent(personKind, personId);
  if (!consent || consent.state === 'given') return null;
  return (
    <Alert color="red.9" variant="outline" title={t('flag.title')} data-testid="no-processing-consent">
      <Text size="sm">
        {consent.state === 'withdrawn' ? t('flag.withdrawn', { date: formatDate(consent.since, lng) }) : t('flag.none')}
      </Text>
    </Alert>
  );
};
