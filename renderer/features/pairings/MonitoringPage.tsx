import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import type { MonitoringBreach } from './monitoring';
import { useMonitoring } from './usePairings';

/** The words for one breach of the monitoring rule. */
export const useBreachText = () => {
  const { t } = useTranslation('pairings');
  return (b: MonitoringBreach): string =>
    b.kind === 'firstMonth'
      ? t('monitoring.firstMonth', { contacts: b.contacts, needed: b.needed })
      : t(b.since === 'start' ? 'monitoring.overdueSinceStart' : 'monitoring.overdue', {
          days: b.daysSince,
          every: b.everyDays,
        });
};

/** Every active pairing that breaks the monitoring rule today, with why and the last contact. */
export const MonitoringPage = () => {
  const { t } = useTranslation('pairings');
  const lng = currentLanguage();
  const today = todayIso();
  const data = useMonitoring(today);
  const breachText = useBreachText();

  return (
    <Stack gap="md">
      <Title order={1}>{t('monitoring.title')}</Title>
      {data && (
        <Text c="gray.7">
          {t('monitoring.rule', { needed: data.rules.firstMonthMinContacts, every: data.rules.contactEveryDays })}{' '}
          <Anchor component={Link} to="/settings" underline="always">
            {t('monitoring.changeRule')}
          </Anchor>
        </Text>
      )}
      <Text size="sm" aria-live="polite" c="gray.7">
        {data === undefined ? t('common:app.loading') : t('monitoring.count', { count: data.rows.length })}
      </Text>
      {data && data.rows.length === 0 && (
        <Paper withBorder p="lg">
          <Text>{t('monitoring.none')}</Text>
        </Paper>
      )}
      {data && data.rows.length > 0 && (
        <Table striped aria-label={t('monitoring.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.mentee')}</Table.Th>
              <Table.Th>{t('fields.mentor')}</Table.Th>
              <Table.Th>{t('fields.startDate')}</Table.Th>
              <Table.Th>{t('fields.lastContactDate')}</Table.Th>
              <Table.Th>{t('monitoring.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map(({ pairing, mentor, mentee, breaches }) => (
              <Table.Tr key={pairing.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/pairings/${pairing.id}`} ff="monospace">
                    {mentee?.code ?? t('person.unknown')}
                  </Anchor>
                </Table.Td>
                <Table.Td>{mentor ? formatPersonName(mentor, lng) : t('person.unknown')}</Table.Td>
                <Table.Td>{formatDate(pairing.startDate, lng)}</Table.Td>
                <Table.Td>{formatDate(pairing.lastContactDate, lng) || t('person.noContact')}</Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {breaches.map((b) => (
                      <Badge key={b.kind} color="red.9" variant="outline" style={{ textTransform: 'none' }} size="lg">
                        {breachText(b)}
                      </Badge>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};
