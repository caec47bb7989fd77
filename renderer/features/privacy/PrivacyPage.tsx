import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
      {/* privacy cards: retention */}
      {/* privacy cards: consents */}
      {/* privacy cards: audit */}
      {/* privacy cards: app lock */}
    </Stack>
  );
};
