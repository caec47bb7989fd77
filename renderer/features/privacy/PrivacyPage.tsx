import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLockCard } from '../appLock';
import { AuditPrivacyCard } from './AuditLogCard';
import { ConsentsPrivacyCard } from './ConsentsPrivacyCard';
import { RetentionPrivacyCard } from '../retention';

/**
 * Privacy: the hub of what the GDPR asks of the organisation (README "Privacy"). Each part
 * (retention review, audit log, consents, app lock) is its own feature and shows its card here.
 */
export const PrivacyPage = () => {
  const { t } = useTranslation('privacy');
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('title')}</Title>
      <Text>{t('intro')}</Text>
      <RetentionPrivacyCard />
      <ConsentsPrivacyCard />
      <AuditPrivacyCard />
      <AppLockCard />
    </Stack>
  );
};
