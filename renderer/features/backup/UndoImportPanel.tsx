import { useState } from 'react';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { undoLastImport } from './backupRepo';
import { useLastImportUndo } from './useBackup';

/** "Undo last import": puts back the snapshot kept before the last replace or merge. */
export const UndoImportPanel = () => {
  const { t } = useTranslation('backup');
  const undo = useLastImportUndo();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!undo && !message) return null;
  const date = undo ? formatDateTime(undo.createdAt, currentLanguage()) : '';
  const until = undo ? formatDateTime(undo.until, currentLanguage()) : '';

  const confirm = () =>
    modals.openConfirmModal({
      title: t('undo.confirmTitle'),
      children: <Text size="sm">{t('undo.confirmBody', { date })}</Text>,
      labels: { confirm: t('undo.button'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red.9' },
      onConfirm: async () => {
        try {
          const { skipped } = await undoLastImport();
          const perTable = new Map<string, number>();
          for (const s of skipped) perTable.set(s.table, (perTable.get(s.table) ?? 0) + 1);
          const list = [...perTable].map(([table, count]) => `${t(`tables.${table}`)}: ${count}`).join(', ');
          setMessage({
            ok: true,
            text:
              skipped.length > 0
                ? `${t('undo.done')} ${t('undo.skipped', { count: skipped.length, list })}`
                : t('undo.done'),
          });
        } catch (err) {
          console.error(err);
          setMessage({
            ok: false,
            text: err instanceof Error && err.name === 'NothingToUndoError' ? t('undo.none') : t('errors.unexpected'),
          });
        }
      },
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backup-undo-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="backup-undo-title">
          {t('undo.title')}
        </Title>
        {undo && (
          <>
            <Text size="sm">{t('undo.help', { date })}</Text>
            <Text size="sm" data-testid="undo-until">
              {t('undo.until', { until })}
            </Text>
            <Button variant="outline" color="red.9" onClick={confirm}>
              {t('undo.button')}
            </Button>
          </>
        )}
        {message && (
          <Alert
            color={message.ok ? 'teal.9' : 'red.9'}
            variant="outline"
            role={message.ok ? 'status' : 'alert'}
            data-testid="undo-result"
          >
            <Text size="sm">{message.text}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
};
