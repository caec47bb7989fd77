import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { useSupervisionOverdue } from './useSessions';

const SHOWN = 5;

/** Overview card: active mentors overdue for supervision today. */
export const SupervisionOverdueCard = () => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  const result = useSupervisionOverdue(todayIso(), SHOWN);
  return (
    <Card withBorder component="section" aria-labelledby="card-supervision-overdue">
      <Stack gap="xs">
        <Title order={2} size="h3" id="card-supervision-overdue">
          {t('overdue.title')}
        </Title>
        {result && (
          <>
            <Text size="sm">{t('overdue.rule', { count: result.weeks })}</Text>
            {result.total === 0 ? (
              <Text>{t('overdue.none')}</Text>
            ) : (
              <>
                <Text fw={600}>{t('overdue.count', { count: result.total })}</Text>
                <List spacing={2}>
                  {result.overdue.map((o) => (
                    <List.Item key={o.mentor.id}>
                      <Anchor component={Link} to={`/mentors/${o.mentor.id}`}>
                        {formatPersonName(o.mentor, lng)}
                      </Anchor>
                      {' — '}
                      {o.lastSupervision
                        ? t('overdue.lastOn', { date: formatDate(o.lastSupervision, lng) })
                        : t('overdue.never')}
                    </List.Item>
                  ))}
                </List>
                <Anchor component={Link} to="/sessions/overdue">
                  {t('overdue.seeAll')}
                </Anchor>
              </>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
};
