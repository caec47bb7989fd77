import { Anchor, Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import type { MonitoringBreach } from './monitoring';
import { useMonitoring } from './usePairings';
import { KeyboardVirtualList, keyboardRowClass } from '../../components/KeyboardVirtualList';
import type { MonitoringRow } from './pairingViews';

const ROW_HEIGHT = 76;
const rowId = (r: MonitoringRow) => r.pairing.id;

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
        {data === undefined ? t('common:app.loading') : t('monitoring.count', { count: data.count })}
      </Text>
      {data && data.count === 0 && (
        <Paper withBorder p="lg">
          <Text>{t('monitoring.none')}</Text>
        </Paper>
      )}
      {data && data.count > 0 && (
        <KeyboardVirtualList
          ids={data.ids}
          loadPage={data.loadPage}
          getId={rowId}
          label={t('monitoring.listLabel')}
          rowHeight={ROW_HEIGHT}
          renderRow={(row, index) => (
            <Link to={`/pairings/${row.pairing.id}`} data-index={index} className={keyboardRowClass}>
              <Group justify="space-between" wrap="nowrap" h="100%" px="md" gap="md">
                <Box style={{ minWidth: 0 }}>
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={700} ff="monospace">
                      {row.mentee?.code ?? t('person.unknown')}
                    </Text>
                    <Text truncate>{row.mentor ? formatPersonName(row.mentor, lng) : t('person.unknown')}</Text>
                  </Group>
                  <Text size="sm" c="gray.7" truncate>
                    {t('list.dates', {
                      start: formatDate(row.pairing.startDate, lng) || '—',
                      last: formatDate(row.pairing.lastContactDate, lng) || t('person.noContact'),
                    })}
                  </Text>
                </Box>
                <Stack gap={4} align="flex-end">
                  {row.breaches.map((b) => (
                    <Badge key={b.kind} color="red.9" variant="outline" style={{ textTransform: 'none' }}>
                      {breachText(b)}
                    </Badge>
                  ))}
                </Stack>
              </Group>
            </Link>
          )}
        />
      )}
    </Stack>
  );
};
