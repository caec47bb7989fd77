import { useId } from 'react';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuditVerification } from './useAudit';

/** The audit log's card, with the result of its chain check: a tampered log shows here too. */
const AuditLogCard = ({ panel }: { panel: 'privacy' | 'settings' }) => {
  const { t } = useTranslation('audit');
  const verification = useAuditVerification();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-panel={`audit-${panel}`}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('card.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('card.text')}
      </Text>
      <Group justify="space-between" align="center">
        <Text
          data-testid="audit-card-status"
          c={verification && !verification.ok ? 'red.9' : undefined}
          fw={verification && !verification.ok ? 700 : undefined}
        >
          {verification === undefined
            ? t('common:app.loading')
            : !verification.ok
              ? t('card.tampered')
              : t('card.count', { count: verification.entries })}
        </Text>
        <Button component={Link} to="/privacy/audit" variant="default">
          {t('card.open')}
        </Button>
      </Group>
    </Paper>
  );
};

/** The Privacy page's card. */
export const AuditPrivacyCard = () => <AuditLogCard panel="privacy" />;

/** The Settings page's card (the issue asks for the log "in Settings"). */
export const AuditSettingsCard = () => <AuditLogCard panel="settings" />;
