import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergeSummary } from '../../../shared/backup/mergePlan';
import type { DomainTableName } from '../../../shared/domain';
import { formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../i18n/i18n';

/** The translation namespace whose `fields.*` name a table's fields (the forms' own labels). */
const FIELD_NAMESPACE: Record<DomainTableName, string> = {
  settings: 'settings',
  programmes: 'programmes',
  mentors: 'mentors',
  mentees: 'mentees',
  contacts: 'contacts',
  modules: 'training',
  shadowing: 'training',
  sessions: 'sessions',
  attendance: 'sessions',
  pairings: 'pairings',
  contactLogs: 'pairings',
  consents: 'consents',
  savedReports: 'reports',
  checkIns: 'checkins',
  retention: 'privacy',
  erasures: 'privacy',
  auditLog: 'privacy',
  wellbeingCheckIns: 'care',
  careAcks: 'care',
};

/**
 * What the merge preview must say besides the counts (shared/backup/MERGING.md): fields both
 * PCs changed (the later change wins), mentees that get a new code because another PC gave the
 * same one, and a file from a PC whose clock is more than a day ahead.
 */
export const MergeNotes = ({ summary, deviceId }: { summary: MergeSummary; deviceId: string }) => {
  const { t } = useTranslation('backup');
  const lng = currentLanguage();
  const { conflicts, recoded, future, erasing } = summary;
  if (conflicts.length === 0 && recoded.length === 0 && !future && erasing === 0) return null;
  return (
    <Stack gap="sm" data-testid="merge-notes">
      {erasing > 0 && (
        <Alert color="blue.9" variant="outline" title={t('mergeNotes.erasingTitle')} data-testid="merge-erasing">
          <Text size="sm">{t('mergeNotes.erasingBody', { count: erasing })}</Text>
        </Alert>
      )}
      {future && (
        <Alert
          color="red.9"
          variant="outline"
          role="alert"
          title={t('mergeNotes.futureTitle')}
          data-testid="merge-future"
        >
          <Text size="sm">
            {t('mergeNotes.futureBody', {
              count: future.count,
              device: deviceId.slice(0, 8),
              date: formatDateTime(future.newest, lng),
            })}
          </Text>
        </Alert>
      )}
      {conflicts.length > 0 && (
        <Stack gap={4} data-testid="merge-conflicts">
          <Text fw={600}>{t('mergeNotes.conflictsTitle')}</Text>
          <Text size="sm">{t('mergeNotes.conflictsHelp')}</Text>
          <List size="sm">
            {conflicts.map((c) => (
              <List.Item key={`${c.table}.${c.field}`}>
                {t('mergeNotes.conflictRow', {
                  table: t(`tables.${c.table}`),
                  // The form's label of the field; a field without one shows its name.
                  field: t(`${FIELD_NAMESPACE[c.table]}:fields.${c.field}`, { defaultValue: c.field }),
                  count: c.records,
                })}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {recoded.length > 0 && (
        <Stack gap={4} data-testid="merge-recoded">
          <Text fw={600}>{t('mergeNotes.recodedTitle')}</Text>
          <Text size="sm">{t('mergeNotes.recodedHelp')}</Text>
          <List size="sm">
            {recoded.map((r) => (
              <List.Item key={r.id}>{t('mergeNotes.recodedRow', { from: r.from, to: r.to })}</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
};
