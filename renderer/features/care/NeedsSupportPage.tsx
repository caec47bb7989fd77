import { useCallback, useMemo } from 'react';
import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VirtualList } from '../../components/VirtualList';
import { todayIso } from '../../lib/format';
import type { CareRow } from './careRepo';
import { byUrgency } from './careText';
import { NeedRow } from './NeedsSupportCard';
import { useNeedsSupport } from './useCareList';

const rowKey = (r: CareRow) => r.mentor.id;

/**
 * Every mentor who needs support now, the most urgent first, each reason in words and the three
 * things to do: plan a supervision, "talked, all right", pause. Virtualised (rows of different
 * heights are measured as they render).
 */
export const NeedsSupportPage = () => {
  const { t } = useTranslation('care');
  const flagged = useNeedsSupport(todayIso());
  const sorted = useMemo(() => (flagged ? byUrgency(flagged) : undefined), [flagged]);
  const renderRow = useCallback(
    (row: CareRow) => (
      <Paper withBorder p="sm" mb="xs">
        <NeedRow row={row} />
      </Paper>
    ),
    [],
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('card.title')}</Title>
        <Group>
          <Button component={Link} to="/mentors/load" variant="default">
            {t('card.openList')}
          </Button>
          <Button component={Link} to="/mentors" variant="default">
            {t('mentors:list.title')}
          </Button>
        </Group>
      </Group>
      <Text>
        {t('needs.intro')}{' '}
        <Anchor component={Link} to="/settings#care-rules">
          {t('needs.rulesLink')}
        </Anchor>
      </Text>
      {sorted === undefined ? (
        <Loader size="sm" aria-label={t('common:app.loading')} />
      ) : sorted.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{t('card.none')}</Text>
        </Paper>
      ) : (
        <>
          <Text fw={600} aria-live="polite">
            {t('needs.count', { count: sorted.length })}
          </Text>
          <VirtualList
            label={t('card.title')}
            items={sorted}
            getKey={rowKey}
            renderRow={renderRow}
            hasMore={false}
            rowHeight={150}
            height="max(360px, calc(100vh - 300px))"
          />
        </>
      )}
    </Stack>
  );
};
