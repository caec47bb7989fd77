import { useId } from 'react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { ScheduleBadge, useAttentionText } from './PairingCheckInsPanel';
import { useCheckInAttention, useDueCheckIns } from './useCheckIns';

const SHOWN = 8;
const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** The overview card: check-ins due or overdue today, and pairings whose check-ins need attention. */
export const CheckInsDashboardCard = () => {
  const { t } = useTranslation('checkins');
  const lng = currentLanguage();
  const due = useDueCheckIns(todayIso());
  const attention = useCheckInAttention();
  const attentionText = useAttentionText();
  const headingId = useId();
  const label = (row: { mentee?: { code: string }; mentor?: Parameters<typeof formatPersonName>[0] }) =>
    `${row.mentee?.code ?? t('unknown')} · ${row.mentor ? formatPersonName(row.mentor, lng) : t('unknown')}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-panel="checkins-dashboard">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('dashboard.title')}
        </Title>
        <Title order={3} size="h5">
          {t('dashboard.due')}
        </Title>
        {due === undefined ? (
          <Text c="gray.7">{t('common:app.loading')}</Text>
        ) : due.length === 0 ? (
          <Text c="gray.7">{t('dashboard.noneDue')}</Text>
        ) : (
          <Stack gap={4} component="ul" style={listStyle} data-testid="checkins-due">
            {due.slice(0, SHOWN).map((row) => (
              <li key={row.pairing.id}>
                <Group gap="xs">
                  <ScheduleBadge schedule={row.schedule} />
                  <Anchor component={Link} to={`/pairings/${row.pairing.id}`}>
                    {label(row)}
                  </Anchor>
                  <Text size="sm" c="gray.7">
                    {t('dashboard.dueOn', { date: formatDate(row.schedule.dueDate, lng) })}
                  </Text>
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {due && due.length > SHOWN && (
          <Text size="sm" c="gray.7">
            {t('dashboard.more', { count: due.length - SHOWN })}
          </Text>
        )}
        <Title order={3} size="h5">
          {t('dashboard.attention')}
        </Title>
        {attention === undefined ? (
          <Text c="gray.7">{t('common:app.loading')}</Text>
        ) : attention.length === 0 ? (
          <Text c="gray.7">{t('dashboard.noAttention')}</Text>
        ) : (
          <Stack gap={4} component="ul" style={listStyle} data-testid="checkins-attention">
            {attention.slice(0, SHOWN).map((row) => (
              <li key={row.pairing.id}>
                <Anchor component={Link} to={`/pairings/${row.pairing.id}`}>
                  {label(row)}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {row.reasons.map(attentionText).join(' · ')}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
};
