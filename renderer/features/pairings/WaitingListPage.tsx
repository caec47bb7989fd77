import { Anchor, Badge, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { useWaitingList } from './usePairings';

/**
 * Mentees without an open pairing, in the order they should be matched: those whose pairing
 * closed early first (to be matched again), then the longest waiting. Each row opens the
 * suggestions for that mentee.
 */
export const WaitingListPage = () => {
  const { t } = useTranslation('waitingList');
  const lng = currentLanguage();
  const today = todayIso();
  const rows = useWaitingList(today);

  return (
    <Stack gap="md">
      <Title order={1}>{t('title')}</Title>
      <Text c="gray.7">{t('intro')}</Text>
      {rows === undefined ? (
        <Loader aria-label={t('common:app.loading')} />
      ) : rows.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <Table data-testid="waiting-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mentee')}</Table.Th>
              <Table.Th>{t('waiting')}</Table.Th>
              <Table.Th>{t('transition')}</Table.Th>
              <Table.Th>{t('languages')}</Table.Th>
              <Table.Th>{t('needs')}</Table.Th>
              <Table.Th>{t('action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ mentee, since, days, rematch }) => (
              <Table.Tr key={mentee.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/mentees/${mentee.id}`} ff="monospace">
                    {mentee.code}
                  </Anchor>
                  {rematch && (
                    <Badge ml="xs" color="red.9" variant="outline">
                      {t('rematch')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t('days', { count: days, since: formatDate(since, lng) })}</Table.Td>
                <Table.Td>{t(`mentees:transition.${mentee.transition}`)}</Table.Td>
                <Table.Td>{mentee.languages.map((l) => t(`mentees:language.${l}`)).join(', ') || '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{mentee.needs || '—'}</Table.Td>
                <Table.Td>
                  <Button
                    component={Link}
                    to={`/pairings/new?menteeId=${mentee.id}`}
                    size="xs"
                    variant="default"
                    aria-label={t('findMentorFor', { code: mentee.code })}
                  >
                    {t('findMentor')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};
