import { useMemo, useState } from 'react';
import { Anchor, Breadcrumbs, Loader, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { usePeopleOnPage, usePeopleWithoutProcessingConsent } from './useMissingConsents';

const PAGE_SIZE = 50;

/**
 * Privacy → people without a valid consent for processing: mentors and mentees whose ledger has
 * no processing entry, or whose latest one withdrew it. Each row opens the person's page, where
 * the consent is recorded. Mentees appear by code, never by name.
 */
export const MissingConsentsPage = () => {
  const { t } = useTranslation('consents');
  const lng = currentLanguage();
  const rows = usePeopleWithoutProcessingConsent();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil((rows?.length ?? 0) / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = useMemo(() => rows?.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE) ?? [], [rows, current]);
  const people = usePeopleOnPage(shown);

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/privacy">
          {t('common:nav.privacy')}
        </Anchor>
        <Text>{t('list.title')}</Text>
      </Breadcrumbs>
      <Title order={1}>{t('list.title')}</Title>
      <Text>{t('list.intro')}</Text>
      {rows === undefined ? (
        <Loader aria-label={t('common:app.loading')} />
      ) : rows.length === 0 ? (
        <Text data-testid="missing-consents-count">{t('list.empty')}</Text>
      ) : (
        <>
          <Text fw={600} data-testid="missing-consents-count">
            {t('list.count', { count: rows.length })}
          </Text>
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="missing-consents" aria-label={t('list.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.person')}</Table.Th>
                  <Table.Th>{t('list.role')}</Table.Th>
                  <Table.Th>{t('list.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((r) => {
                  const mentor = r.personKind === 'mentor' ? people?.mentors.get(r.personId) : undefined;
                  const mentee = r.personKind === 'mentee' ? people?.mentees.get(r.personId) : undefined;
                  return (
                    <Table.Tr key={`${r.personKind}:${r.personId}`}>
                      <Table.Td>
                        {mentor && (
                          <Anchor component={Link} to={`/mentors/${mentor.id}`}>
                            {formatPersonName(mentor, lng)}
                          </Anchor>
                        )}
                        {mentee && (
                          <Anchor component={Link} to={`/mentees/${mentee.id}`} ff="monospace">
                            {mentee.code}
                          </Anchor>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`list.${r.personKind}`)}</Table.Td>
                      <Table.Td>
                        {r.consent.state === 'withdrawn'
                          ? t('list.withdrawn', { date: formatDate(r.consent.since, lng) })
                          : t('list.none')}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={current}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`list.pages.${control}`) })}
              getItemProps={(n) => ({ 'aria-label': t('list.pages.page', { page: n }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
};
