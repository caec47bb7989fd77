import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePeopleWithoutProcessingConsent } from './useMissingConsents';

/** The Privacy page's card: how many people are kept without a valid consent for processing. */
export const ConsentsPrivacyCard = () => {
  const { t } = useTranslation('consents');
  const rows = usePeopleWithoutProcessingConsent();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="privacy-consents">
      <Title order={2} size="h3" id="privacy-consents" mb="xs">
        {t('card.title')}
      </Title>
      <Group justify="space-between" align="center">
        <Text data-testid="privacy-consents-count">
          {rows === undefined
            ? t('common:app.loading')
            : rows.length === 0
              ? t('card.none')
              : t('card.count', { count: rows.length })}
        </Text>
        <Button component={Link} to="/privacy/consents" variant="default">
          {t('card.open')}
        </Button>
      </Group>
    </Paper>
  );
};
