import { useState } from 'react';
import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { EraseButton } from '../erasure';
import { SubjectAccessButton } from '../subjectAccess';
import { KeepUntilModal } from './KeepUntilModal';
import { personLabel } from './personLabel';
import type { RetentionRow } from './retentionRepo';
import { useRetentionQueue } from './useRetention';

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;
const PAGE_OF = { mentor: '/mentors', mentee: '/mentees', contact: '/contacts' } as const;

/**
 * The retention review (README "Retention review"): everyone whose involvement ended at least
 * the retention period ago, with what is held about them and the three ways to deal with it —
 * export first, keep until a date with a reason, or erase — and below, who is kept and why.
 */
export const RetentionPage = () => {
  const { t } = useTranslation('retention');
  const today = todayIso();
  const queue = useRetentionQueue(today);
  const [keeping, setKeeping] = useState<RetentionRow | null>(null);
  const lng = currentLanguage();

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>{t('title')}</Title>
      <Text>{t('intro')}</Text>
      {queue === undefined ? (
        <Loader aria-label={t('common:app.loading')} />
      ) : (
        <>
          <Text size="sm">
            {t('period', { count: queue.years })}{' '}
            <Anchor component={Link} to="/settings">
              {t('settingsLink')}
            </Anchor>
          </Text>
          <Stack gap="sm" component="section" aria-labelledby="retention-due">
            <Title order={2} size="h3" id="retention-due">
              {t('due.title')}
            </Title>
            {queue.due.length === 0 ? (
              <Text data-testid="retention-none-due">{t('due.none')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={800}>
                <Table data-testid="retention-due-table" verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('columns.person')}</Table.Th>
                      <Table.Th>{t('columns.ended')}</Table.Th>
                      <Table.Th>{t('columns.held')}</Table.Th>
                      <Table.Th>{t('columns.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {queue.due.map((row) => (
                      <Table.Tr key={row.id} data-person-id={row.id}>
                        <Table.Td>
                          <PersonCell row={row} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(`basis.${row.end.basis}`, { date: formatDate(row.end.date, lng) })}</Text>
                          <Text size="sm" c="gray.7">
                            {t('dueSince', { date: formatDate(row.dueOn, lng) })}
                          </Text>
                          {row.decision && (
                            <Text size="sm" c="gray.7">
                              {t('lapsed', {
                                date: formatDate(row.decision.keepUntil, lng),
                                reason: row.decision.reason,
                              })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <HeldList row={row} />
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs">
                            <SubjectAccessButton kind={row.kind} id={row.id} label={t('actions.exportFirst')} />
                            <Button
                              variant="default"
                              onClick={() => setKeeping(row)}
                              aria-label={t('actions.keepFor', { name: personLabel(row, lng) })}
                            >
                              {t('actions.keep')}
                            </Button>
                            <EraseButton
                              table={row.table}
                              id={row.id}
                              name={personLabel(row, lng)}
                              leaveTo="/privacy/retention"
                            />
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="retention-kept">
            <Title order={2} size="h3" id="retention-kept">
              {t('kept.title')}
            </Title>
            {queue.kept.length === 0 ? (
              <Text>{t('kept.none')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={700}>
                <Table data-testid="retention-kept-table" verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('columns.person')}</Table.Th>
                      <Table.Th>{t('columns.ended')}</Table.Th>
                      <Table.Th>{t('columns.keptUntil')}</Table.Th>
                      <Table.Th>{t('columns.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {queue.kept.map((row) => (
                      <Table.Tr key={row.id} data-person-id={row.id}>
                        <Table.Td>
                          <PersonCell row={row} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(`basis.${row.end.basis}`, { date: formatDate(row.end.date, lng) })}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDate(row.decision?.keepUntil, lng)}</Text>
                          <Text size="sm" c="gray.7">
                            {t('kept.decidedOn', { date: formatDate(row.decision?.decidedOn, lng) })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                            {row.decision?.reason}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </>
      )}
      {keeping && (
        <KeepUntilModal
          person={{ kind: keeping.kind, id: keeping.id }}
          label={personLabel(keeping, lng)}
          today={today}
          onClose={() => setKeeping(null)}
        />
      )}
    </Stack>
  );
};

/** Who: a link to their page (a deleted person has none), their kind, and "deleted". */
const PersonCell = ({ row }: { row: RetentionRow }) => {
  const { t } = useTranslation('retention');
  const lng = currentLanguage();
  const label = personLabel(row, lng);
  return (
    <>
      {row.deleted ? (
        <Text fw={600} ff={row.code ? 'monospace' : undefined}>
          {label}
        </Text>
      ) : (
        <Anchor component={Link} to={`${PAGE_OF[row.kind]}/${row.id}`} fw={600} ff={row.code ? 'monospace' : undefined}>
          {label}
        </Anchor>
      )}
      <Text size="sm" c="gray.7">
        {row.deleted ? `${t(`kind.${row.kind}`)} · ${t('deleted')}` : t(`kind.${row.kind}`)}
      </Text>
    </>
  );
};

/** What is held: their own record, then a count per kind of record about them. */
const HeldList = ({ row }: { row: RetentionRow }) => {
  const { t } = useTranslation('retention');
  return (
    <Stack gap={2} component="ul" style={listStyle}>
      <Text size="sm" component="li">
        {t('held.profile')}
      </Text>
      {row.held.map((h) => (
        <Text size="sm" component="li" key={h.what}>
          {t(`held.${h.what}`, { count: h.count })}
        </Text>
      ))}
    </Stack>
  );
};
