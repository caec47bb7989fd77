import { useRef } from 'react';
import { Alert, Button, FileButton, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/base';
import { StepHeading } from './StepHeading';
import type { SpreadsheetImportState } from './useSpreadsheetImport';
import { useTemplateDownload } from './useTemplateDownload';

/**
 * What the file picker offers. The page's own file input (not the bridge's `file.open`, whose
 * filters name one type each) lets one dialog offer both .xlsx and .csv in the browser and in
 * the desktop app alike, and the size is checked before a byte is read.
 */
const ACCEPT = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const FileStep = ({ wizard, language }: { wizard: SpreadsheetImportState; language: Language }) => {
  const { t } = useTranslation('spreadsheetWizard');
  const reset = useRef<() => void>(null);
  const template = useTemplateDownload(wizard.kind, language);

  const pick = (file: File | null) => {
    // The same file may be chosen again after it was corrected: forget this choice.
    reset.current?.();
    if (!file) return;
    void wizard.chooseFile({
      name: file.name,
      size: file.size,
      read: async () => new Uint8Array(await file.arrayBuffer()),
    });
  };

  return (
    <Stack gap="md" align="flex-start">
      <StepHeading id="import-step-file">{t('steps.file')}</StepHeading>
      <Text>{t('file.intro')}</Text>
      <FileButton onChange={pick} accept={ACCEPT} resetRef={reset}>
        {(props) => (
          <Button {...props} loading={wizard.busy !== null}>
            {t('file.choose')}
          </Button>
        )}
      </FileButton>

      <Paper withBorder p="md" component="section" aria-labelledby="import-template-title" w="100%">
        <Stack gap="xs" align="flex-start">
          <Title order={3} size="h4" id="import-template-title">
            {t('file.templateTitle')}
          </Title>
          <Text size="sm">{t('file.templateHelp')}</Text>
          <Button variant="default" loading={template.busy} onClick={() => void template.download()}>
            {t('file.template')}
          </Button>
          {template.outcome && (
            <Alert
              color={template.outcome.ok ? 'teal.9' : 'red.9'}
              variant="outline"
              role={template.outcome.ok ? 'status' : 'alert'}
              data-testid="template-outcome"
            >
              <Text size="sm">
                {template.outcome.ok
                  ? t('file.templateSaved', { path: template.outcome.path })
                  : t('file.templateFailed')}
              </Text>
            </Alert>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
};
