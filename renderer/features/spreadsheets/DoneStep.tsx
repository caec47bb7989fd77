import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/domain/base';
import { formatNumber } from '../../lib/format';
import { IMPORT_ROUTES } from './importRoutes';
import { StepHeading } from './StepHeading';
import type { SpreadsheetImportState } from './useSpreadsheetImport';
import { useUndoImport } from './useUndoImport';

/** What the import wrote, the way back to the list, and "Undo last import". */
export const DoneStep = ({ wizard, language }: { wizard: SpreadsheetImportState; language: Language }) => {
  const { t } = useTranslation('spreadsheetWizard');
  const undo = useUndoImport();
  const { result, kind } = wizard;
  if (!result) return null;
  const n = (x: number) => formatNumber(x, language, 0);
  const lines = [
    t('done.added', { count: result.added, n: n(result.added) }),
    result.updated > 0 ? t('done.updated', { count: result.updated, n: n(result.updated) }) : '',
    result.skipped > 0 ? t('done.skipped', { count: result.skipped, n: n(result.skipped) }) : '',
    result.programmesCreated > 0
      ? t('done.programmesCreated', { count: result.programmesCreated, n: n(result.programmesCreated) })
      : '',
    result.sessionsCreated > 0
      ? t('done.sessionsCreated', { count: result.sessionsCreated, n: n(result.sessionsCreated) })
      : '',
  ].filter(Boolean);

  const confirmUndo = () =>
    modals.openConfirmModal({
      title: t('done.undoConfirmTitle'),
      children: <Text size="sm">{t('done.undoConfirmBody')}</Text>,
      labels: { confirm: t('done.undo'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red.9' },
      onConfirm: () => void undo.undo(),
    });

  return (
    <Stack gap="md" align="flex-start">
      <StepHeading id="import-step-done">{t('done.title')}</StepHeading>
      <Alert color="teal.9" variant="outline" role="status" data-testid="import-result" w="100%">
        <Stack gap={2}>
          {lines.map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
          <Text size="sm">{t('done.remembered')}</Text>
        </Stack>
      </Alert>
      <Group>
        <Button component={Link} to={IMPORT_ROUTES[kind].back}>
          {t(`done.toList.${kind}`)}
        </Button>
        <Button variant="default" onClick={wizard.restart}>
          {t('done.another')}
        </Button>
      </Group>

      <Paper withBorder p="md" component="section" aria-labelledby="import-undo-title" w="100%">
        <Stack gap="xs" align="flex-start">
          <Title order={3} size="h4" id="import-undo-title">
            {t('done.undo')}
          </Title>
          {undo.outcome === null && undo.available && (
            <>
              <Text size="sm">{t('done.undoHelp')}</Text>
              <Button variant="outline" color="red.9" onClick={confirmUndo} loading={undo.busy}>
                {t('done.undo')}
              </Button>
            </>
          )}
          {undo.outcome === null && undo.available === false && <Text size="sm">{t('done.nothingToUndo')}</Text>}
          {undo.outcome && (
            <Alert
              color={undo.outcome === 'undone' ? 'teal.9' : 'red.9'}
              variant="outline"
              role={undo.outcome === 'undone' ? 'status' : 'alert'}
              data-testid="import-undo-result"
            >
              <Text size="sm">
                {undo.outcome === 'undone'
                  ? t('done.undone')
                  : undo.outcome === 'nothing'
                    ? t('done.nothingToUndo')
                    : t('done.undoFailed')}
              </Text>
            </Alert>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
};
