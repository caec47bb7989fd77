import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import type { MergeCounts } from '../../../shared/backup/mergePlan';
import type { OpenedSummary } from './backupWorkerProtocol';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime, formatNumber } from '../../lib/format';

/** What a checked backup holds (who made it, when, how many records) and what a merge would change. */
export const BackupReport = ({
  summary,
  plan,
  deviceId,
}: {
  summary: Pick<OpenedSummary, 'manifest' | 'live'>;
  plan: MergeCounts | null;
  deviceId: string | null;
}) => {
  const { t } = useTranslation('backup');
  const lng = currentLanguage();
  const { manifest } = summary;
  const live = (name: (typeof DOMAIN_TABLE_NAMES)[number]) => summary.live[name];
  const total = DOMAIN_TABLE_NAMES.reduce((n, name) => n + live(name), 0);
  const rows = DOMAIN_TABLE_NAMES.filter((name) => live(name) > 0 || (plan && plan[name].writes > 0));
  const n = (v: number) => formatNumber(v, lng);
  const fact = (label: string, value: string, testId?: string) => (
    <div>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  );

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="backup-report">
        {fact(t('report.organisation'), manifest.organisationName || t('report.noOrganisation'), 'report-organisation')}
        {fact(t('report.createdAt'), formatDateTime(manifest.createdAt, lng))}
        {fact(
          t('report.device'),
          manifest.deviceId === deviceId
            ? t('report.thisDevice')
            : t('report.otherDevice', { id: manifest.deviceId.slice(0, 8) }),
        )}
        {fact(t('report.appVersion'), manifest.appVersion)}
        {fact(t('report.total'), n(total), 'report-total')}
      </SimpleGrid>
      <Table striped withTableBorder>
        <Table.Caption c="gray.8">{t('report.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('report.table')}</Table.Th>
            <Table.Th scope="col">{t('report.inFile')}</Table.Th>
            {plan && (
              <>
                <Table.Th scope="col">{t('report.added')}</Table.Th>
                <Table.Th scope="col">{t('report.updated')}</Table.Th>
                <Table.Th scope="col">{t('report.deleted')}</Table.Th>
                <Table.Th scope="col">{t('report.conflicts')}</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((name) => (
            <Table.Tr key={name} data-testid={`report-row-${name}`}>
              <Table.Th scope="row">{t(`tables.${name}`)}</Table.Th>
              <Table.Td>{n(live(name))}</Table.Td>
              {plan && (
                <>
                  <Table.Td>{n(plan[name].added)}</Table.Td>
                  <Table.Td>{n(plan[name].updated)}</Table.Td>
                  <Table.Td>{n(plan[name].deleted)}</Table.Td>
                  <Table.Td>{n(plan[name].conflicts)}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
};
