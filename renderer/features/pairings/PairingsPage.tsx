import { useMemo, useState } from 'react';
import { Box, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { OPEN_PAIRING_STATUSES, PAIRING_STATUSES, type PairingStatus } from '../../../shared/domain/pairing';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { KeyboardVirtualList, keyboardRowClass } from '../../components/KeyboardVirtualList';
import { PairingStatusBadge } from './PairingStatusBadge';
import { pairingRowsByIds, type PairingRow } from './pairingViews';
import { usePairingIds } from './usePairings';

type View = 'open' | PairingStatus | 'all';
const VIEWS: View[] = ['open', ...PAIRING_STATUSES, 'all'];

export const PairingsPage = () => {
  const { t } = useTranslation('pairings');
  const [view, setView] = useState<View>('open');
  const statuses = useMemo<readonly PairingStatus[]>(
    () => (view === 'open' ? OPEN_PAIRING_STATUSES : view === 'all' ? PAIRING_STATUSES : [view]),
    [view],
  );
  const ids = usePairingIds(statuses);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('list.title')}</Title>
        <Group>
          <Button component={Link} to="/pairings/monitoring" variant="default">
            {t('monitoring.title')}
          </Button>
          <Button component={Link} to="/pairings/waiting" variant="default">
            {t('waitingList:open')}
          </Button>
          <Button component={Link} to="/mentees?status=waiting">
            {t('list.newFromMentee')}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        aria-label={t('list.viewLabel')}
        value={view}
        onChange={(v) => setView(v as View)}
        data={VIEWS.map((v) => ({ value: v, label: t(`list.view.${v}`) }))}
        w="fit-content"
      />
      <Text size="sm" aria-live="polite" c="gray.7">
        {ids === undefined ? t('common:app.loading') : t('list.count', { count: ids.length })}
      </Text>
      {ids !== undefined && ids.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{t('list.empty')}</Text>
        </Paper>
      ) : (
        <KeyboardVirtualList
          ids={ids ?? NO_IDS}
          loadPage={pairingRowsByIds}
          getId={rowId}
          label={t('list.resultsLabel')}
          renderRow={(r, i) => <Row row={r} index={i} />}
        />
      )}
    </Stack>
  );
};

const NO_IDS: string[] = [];
const rowId = (r: PairingRow) => r.pairing.id;

const Row = ({ row, index }: { row: PairingRow; index: number }) => {
  const { t } = useTranslation('pairings');
  const lng = currentLanguage();
  const { pairing, mentor, mentee } = row;
  return (
    <Link to={`/pairings/${pairing.id}`} data-index={index} className={keyboardRowClass}>
      <Group justify="space-between" wrap="nowrap" h="100%" px="md">
        <Box style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Text fw={700} ff="monospace">
              {mentee?.code ?? t('person.unknown')}
            </Text>
            <Text truncate>{mentor ? formatPersonName(mentor, lng) : t('person.unknown')}</Text>
          </Group>
          <Text size="sm" c="gray.7" truncate>
            {t('list.dates', {
              start: formatDate(pairing.startDate, lng) || '—',
              last: formatDate(pairing.lastContactDate, lng) || t('person.noContact'),
            })}
          </Text>
        </Box>
        <PairingStatusBadge status={pairing.status} />
      </Group>
    </Link>
  );
};
