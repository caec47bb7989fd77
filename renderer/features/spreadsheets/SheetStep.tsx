import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/base';
import { CSV_ENCODINGS, CSV_SEPARATORS, type CsvEncoding, type CsvSeparator } from '../../../shared/spreadsheet/types';
import { formatNumber } from '../../lib/format';
import { SampleTable } from './SampleTable';
import { StepHeading } from './StepHeading';
import type { SpreadsheetImportState } from './useSpreadsheetImport';

const SEPARATOR_KEY: Record<CsvSeparator, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };

/** Which sheet, and for a CSV file which characters and separator: checked on the first rows. */
export const SheetStep = ({ wizard, language }: { wizard: SpreadsheetImportState; language: Language }) => {
  const { t } = useTranslation('spreadsheetWizard');
  const { sheet } = wizard;
  if (!sheet) return null;
  const working = wizard.busy !== null;

  return (
    <Stack gap="md">
      <StepHeading id="import-step-sheet">{t('steps.sheet')}</StepHeading>
      <Text>{t('sheet.intro')}</Text>
      <Text size="sm" fw={600}>
        {t('sheet.file', { name: wizard.fileName ?? '' })}
      </Text>
      {(sheet.format === 'csv' || sheet.sheets.length > 1) && (
        <Group align="flex-start" gap="md">
          {sheet.format === 'xlsx' && sheet.sheets.length > 1 && (
            <Select
              label={t('sheet.sheet')}
              data={sheet.sheets}
              value={sheet.sheet}
              onChange={(v) => v && v !== sheet.sheet && void wizard.reread({ sheet: v })}
              allowDeselect={false}
              disabled={working}
              w={260}
            />
          )}
          {sheet.format === 'csv' && (
            <>
              <Select
                label={t('sheet.encoding')}
                description={t('sheet.encodingHelp')}
                data={CSV_ENCODINGS.map((e) => ({ value: e, label: t(`spreadsheetImport:encodings.${e}`) }))}
                value={sheet.encoding}
                onChange={(v) => v && v !== sheet.encoding && void wizard.reread({ encoding: v as CsvEncoding })}
                allowDeselect={false}
                disabled={working}
                w={340}
              />
              <Select
                label={t('sheet.separator')}
                data={CSV_SEPARATORS.map((s) => ({
                  value: s,
                  label: t(`spreadsheetImport:separators.${SEPARATOR_KEY[s]}`),
                }))}
                value={sheet.separator}
                onChange={(v) => v && v !== sheet.separator && void wizard.reread({ separator: v as CsvSeparator })}
                allowDeselect={false}
                disabled={working}
                w={220}
              />
            </>
          )}
        </Group>
      )}
      <Text size="sm" aria-live="polite" data-testid="import-sheet-summary">
        {[
          t('sheet.headerRow', { row: sheet.headerRow }),
          t('sheet.rowCount', { count: sheet.rowCount, n: formatNumber(sheet.rowCount, language, 0) }),
        ].join(' ')}
      </Text>
      <SampleTable sheet={sheet} lng={language} />
      <Group>
        <Button variant="default" onClick={wizard.chooseAnother} disabled={working}>
          {t('sheet.chooseAnother')}
        </Button>
        <Button onClick={() => void wizard.toMapping()} loading={working}>
          {t('nav.next')}
        </Button>
      </Group>
    </Stack>
  );
};
