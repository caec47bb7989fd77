import { useId } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { useBreachText } from './MonitoringPage';
import { CrisisBadge } from './CrisisBadge';
import { useMonitoringTop, useRecentCrises } from './usePairings';

const SHOWN = 5;

/** The overview card: pairings that break the monitoring rule today, and crisis contacts of the last 30 days. */
export const PairingsDashboardCard = () => {
  const { t } = useTranslation('pairings');
  const lng = currentLanguage();
  const today = todayIso();
  const monitoring = useMonitoringTop(today, SHOWN);
  const crises = useRecentCrises(today, 30);
  const breachText = useBreachText();
  const headingId = useId();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-panel="pairings-dashboard">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('dashboard.title')}
        </Title>

        <Title order={3} size="h5">
          {t('dashboard.monitoring')}
        </Title>
        {monitoring === undefined ? (
          <Text c="gray.7">{t('common:app.loading')}</Text>
        ) : monitoring.count === 0 ? (
          <Text c="gray.7">{t('monitoring.none')}</Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {monitoring.rows.map(({ pairing, mentee, mentor, breaches }) => (
              <li key={pairing.id}>
                <Anchor component={Link} to={`/pairings/${pairing.id}`}>
                  {mentee?.code ?? t('person.unknown')} · {mentor ? formatPersonName(mentor, lng) : t('person.unknown')}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {breaches.map(breachText).join(' · ')}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {monitoring && monitoring.count > 0 && (
          <Anchor component={Link} to="/pairings/monitoring" size="sm">
            {t('dashboard.seeAll', { count: monitoring.count })}
          </Anchor>
        )}

        <Title order={3} size="h5">
          {t('dashboard.crises')}
        </Title>
        {crises === undefined ? (
          <Text c="gray.7">{t('common:app.loading')}</Text>
        ) : crises.length === 0 ? (
          <Text c="gray.7">{t('dashboard.noCrises')}</Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {crises.slice(0, SHOWN).map(({ contact, mentee, mentor }) => (
              <li key={contact.id}>
                <Group gap="xs">
                  <CrisisBadge />
                  <Text fw={600}>{formatDate(contact.date, lng)}</Text>
                  <Anchor component={Link} to={`/pairings/${contact.pairingId}`}>
                    {mentee?.code ?? t('person.unknown')} ·{' '}
                    {mentor ? formatPersonName(mentor, lng) : t('person.unknown')}
                  </Anchor>
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {crises && crises.length > SHOWN && (
          <Badge variant="outline" color="gray.7">
            {t('dashboard.moreCrises', { count: crises.length - SHOWN })}
          </Badge>
        )}
      </Stack>
    </Paper>
  );
};
