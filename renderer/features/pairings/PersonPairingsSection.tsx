import { useId } from 'react';
import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { CrisisBadge } from './CrisisBadge';
import { PairingStatusBadge } from './PairingStatusBadge';
import type { PersonRef } from './pairingViews';
import { usePersonPairings } from './usePairings';

/**
 * A mentor's or a mentee's pairings and their latest contacts, on their page. On a mentor's
 * page it also offers "Pair with a mentee".
 */
export const PersonPairingsSection = ({ person }: { person: PersonRef }) => {
  const { t } = useTranslation('pairings');
  const lng = currentLanguage();
  const data = usePersonPairings(person);
  const isMentor = 'mentorId' in person;
  const headingId = useId();
  const codeOf = new Map((data?.rows ?? []).map((r) => [r.pairing.id, r.mentee?.code ?? '']));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-panel="pairings">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={headingId}>
            {t('person.title')}
          </Title>
          {isMentor && (
            <Button component={Link} to={`/pairings/new?mentorId=${person.mentorId}`} variant="default" size="sm">
              {t('actions.pairWithMentee')}
            </Button>
          )}
        </Group>
        {data === undefined ? (
          <Text c="gray.7">{t('common:app.loading')}</Text>
        ) : data.rows.length === 0 ? (
          <Text c="gray.7">{t('person.none')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{isMentor ? t('fields.mentee') : t('fields.mentor')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('fields.startDate')}</Table.Th>
                <Table.Th>{t('fields.lastContactDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map(({ pairing, mentor, mentee }) => (
                <Table.Tr key={pairing.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/pairings/${pairing.id}`}>
                      {isMentor
                        ? (mentee?.code ?? t('person.unknown'))
                        : mentor
                          ? formatPersonName(mentor, lng)
                          : t('person.unknown')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <PairingStatusBadge status={pairing.status} />
                  </Table.Td>
                  <Table.Td>{formatDate(pairing.startDate, lng) || '—'}</Table.Td>
                  <Table.Td>{formatDate(pairing.lastContactDate, lng) || t('person.noContact')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}

        <Title order={3} size="h4">
          {t('person.latestContacts')}
        </Title>
        {data && data.contacts.length === 0 && <Text c="gray.7">{t('contacts.none')}</Text>}
        {data && data.contacts.length > 0 && (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.contacts.map((c) => (
              <li key={c.id}>
                <Group gap="xs">
                  <Text fw={600}>{formatDate(c.date, lng)}</Text>
                  <Text>{t(`contacts.kind.${c.kind}`)}</Text>
                  <Text c="gray.7">{t('contacts.minutes', { count: c.durationMinutes })}</Text>
                  {isMentor && <Text c="gray.7">{codeOf.get(c.pairingId)}</Text>}
                  {c.crisis && <CrisisBadge />}
                  <Anchor component={Link} to={`/pairings/${c.pairingId}`} size="sm">
                    {t('person.openPairing')}
                  </Anchor>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
};

/** The mentor-page panel (registered in `app/mentorPanels.tsx`). */
export const MentorPairingsPanel = ({ mentorId }: { mentorId: string }) => (
  <PersonPairingsSection person={{ mentorId }} />
);

/** The mentee page's section (the app passes it to the mentee's page). */
export const MenteePairingsSection = ({ menteeId }: { menteeId: string }) => (
  <PersonPairingsSection person={{ menteeId }} />
);
