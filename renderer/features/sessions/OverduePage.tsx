import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { useSupervisionOverdue } from './useSessions';

/** Every active mentor who breaks the supervision rule today, with their last supervision. */
export const OverduePage = () => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  const result = useSupervisionOverdue(todayIso());

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('overdue.title')}</Title>
        <Button variant="default" component={Link} to="/sessions">
          {t('agenda.backToList')}
        </Button>
      </Group>
      {result === undefined ? (
        <Loader aria-label={t('app.loading', { ns: 'common' })} />
      ) : (
        <>
          <Text>{t('overdue.rule', { count: result.weeks })}</Text>
          {result.overdue.length === 0 ? (
            <Text>{t('overdue.none')}</Text>
          ) : (
            <Table striped>
              <Table.Caption style={{ color: 'var(--mantine-color-dark-9)', captionSide: 'top', textAlign: 'left' }}>
                {t('overdue.count', { count: result.overdue.length })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('overdue.mentor')}</Table.Th>
                  <Table.Th>{t('overdue.lastSupervision')}</Table.Th>
                  <Table.Th>{t('overdue.dueBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.overdue.map((o) => (
                  <Table.Tr key={o.mentor.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/mentors/${o.mentor.id}`}>
                        {formatPersonName(o.mentor, lng)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{o.lastSupervision ? formatDate(o.lastSupervision, lng) : t('overdue.never')}</Table.Td>
                    <Table.Td>{o.dueBy ? formatDate(o.dueBy, lng) : t('overdue.now')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
};
