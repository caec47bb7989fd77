import { useMemo } from 'react';
import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { todayIso } from '../../lib/format';
import type { CareRow } from './careRepo';
import { byUrgency, reasonText } from './careText';
import { NeedActions } from './NeedActions';
import { useNeedsSupport } from './useCareList';

const SHOWN = 5;

/** One mentor who needs support: the name (to their page), each reason in words, what to do. */
export const NeedRow = ({ row }: { row: CareRow }) => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/mentors/${row.mentor.id}`} fw={600}>
        {formatPersonName(row.mentor, lng)}
      </Anchor>
      <List size="sm" spacing={2}>
        {row.reasons.map((r) => (
          <List.Item key={r.kind}>{reasonText(t, r, lng)}</List.Item>
        ))}
      </List>
      <NeedActions row={row} />
    </Stack>
  );
};

/** Overview card: the mentors who need support now, the most urgent first, each with the reason in words. */
export const NeedsSupportCard = () => {
  const { t } = useTranslation('care');
  const flagged = useNeedsSupport(todayIso());
  const sorted = useMemo(() => (flagged ? byUrgency(flagged) : undefined), [flagged]);
  return (
    <Card withBorder component="section" aria-labelledby="card-needs-support" data-panel="needs-support">
      <Stack gap="xs">
        <Title order={2} size="h3" id="card-needs-support">
          {t('card.title')}
        </Title>
        {sorted &&
          (sorted.length === 0 ? (
            <Text>{t('card.none')}</Text>
          ) : (
            <>
              <Text fw={600}>{t('needs.count', { count: sorted.length })}</Text>
              <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {sorted.slice(0, SHOWN).map((row) => (
                  <li key={row.mentor.id}>
                    <NeedRow row={row} />
                  </li>
                ))}
              </Stack>
            </>
          ))}
        <Group gap="md">
          {sorted && sorted.length > SHOWN && (
            <Anchor component={Link} to="/mentors/needs-support">
              {t('needs.seeAll', { count: sorted.length })}
            </Anchor>
          )}
          <Anchor component={Link} to="/mentors/load">
            {t('card.openList')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
};
