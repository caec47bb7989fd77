import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatNumber, todayIso } from '../../lib/format';
import { PlainTd, PlainTr } from '../../components/PlainTableRows';
import { SessionRow } from './ui/SessionRow';
import { usePersonHistory } from './useSessions';

/** On a mentor's page: their last supervision and their attendance, most recent first (bounded read). */
export const MentorSessionsPanel = ({ mentorId }: { mentorId: string }) => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  const history = usePersonHistory(mentorId, todayIso(), 30);
  return (
    <Stack component="section" aria-labelledby={`mentor-sessions-${mentorId}`} gap="xs">
      <Title order={2} id={`mentor-sessions-${mentorId}`}>
        {t('panel.title')}
      </Title>
      {history && (
        <>
          <Text>
            {history.last
              ? t('panel.lastSupervision', { date: formatDate(history.last, lng) })
              : t('panel.neverSupervised')}
          </Text>
          <Title order={3} size="h4">
            {t('panel.upcoming')}
          </Title>
          {history.upcoming.length === 0 ? (
            <Text>{t('panel.noUpcoming')}</Text>
          ) : (
            history.upcoming.map((s) => <SessionRow key={s.id} session={s} />)
          )}
          <Title order={3} size="h4">
            {t('panel.attendance')}
          </Title>
          {history.rows.length === 0 ? (
            <Text>{t('panel.none')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.date')}</Table.Th>
                  <Table.Th>{t('panel.session')}</Table.Th>
                  <Table.Th>{t('fields.kind')}</Table.Th>
                  <Table.Th>{t('attendance.status')}</Table.Th>
                  <Table.Th>{t('attendance.hours')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {/* Up to 30 rows of 5 cells: plain rows, the same DOM as Mantine's (PlainTableRows). */}
                {history.rows.map(({ attendance: a, session }) => (
                  <PlainTr key={a.id}>
                    <PlainTd>{formatDate(a.sessionDate, lng)}</PlainTd>
                    <PlainTd>
                      {session ? (
                        <Anchor component={Link} to={`/sessions/${session.id}`}>
                          {session.title}
                        </Anchor>
                      ) : (
                        t('removedSession')
                      )}
                    </PlainTd>
                    <PlainTd>{session ? t(`subKinds.${session.subKind}`) : t(`kinds.${a.sessionKind}`)}</PlainTd>
                    <PlainTd>{t(`statuses.${a.status}`)}</PlainTd>
                    <PlainTd>{formatNumber(a.hours, lng, 2)}</PlainTd>
                  </PlainTr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
};
