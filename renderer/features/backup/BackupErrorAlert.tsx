import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackupError, type RecordIssue } from '../../../shared/backup/errors';
import { isDiskFull } from '../../lib/diskFull';

/**
 * A refused backup, in words that say what to do next. Records that fail the schemas are
 * listed by table, position, id and field, so someone can find them in the file.
 */
export const BackupErrorAlert = ({ error }: { error: unknown }) => {
  const { t } = useTranslation('backup');
  if (!error) return null;
  const kind = error instanceof BackupError ? error.kind : isDiskFull(error) ? 'diskFull' : 'unexpected';
  const issues = error instanceof BackupError ? (error.details.issues ?? []) : [];
  const issueCount = error instanceof BackupError ? (error.details.issueCount ?? issues.length) : 0;
  return (
    <Alert
      color="red.9"
      variant="outline"
      title={t('errors.title')}
      role="alert"
      data-testid="backup-error"
      data-kind={kind}
    >
      <Text size="sm">{t(`errors.${kind}`, { count: issueCount })}</Text>
      <IssueList issues={issues} issueCount={issueCount} />
    </Alert>
  );
};

/** Records that fail the schemas: table, position, id and field, then how many more. */
export const IssueList = ({ issues, issueCount }: { issues: RecordIssue[]; issueCount: number }) => {
  const { t } = useTranslation('backup');
  return (
    <>
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.map((issue) => (
            <List.Item key={`${issue.table}-${issue.index}`}>
              {t('errors.issue', {
                table: t(`tables.${issue.table}`),
                index: issue.index + 1,
                id: issue.id ? ` (${issue.id})` : '',
                field: issue.field || '—',
                message: t(issue.message, { ns: ['common', 'backup'] }),
              })}
            </List.Item>
          ))}
        </List>
      )}
      {issueCount > issues.length && (
        <Text size="sm">{t('errors.moreIssues', { count: issueCount - issues.length })}</Text>
      )}
    </>
  );
};
