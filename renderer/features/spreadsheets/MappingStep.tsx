import { memo, useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, Group, Radio, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/base';
import type { FieldKey, ImportKind, NameOrder } from '../../../shared/spreadsheet/types';
import { firstValues } from './cellText';
import { StepHeading } from './StepHeading';
import type { SpreadsheetImportState } from './useSpreadsheetImport';
import {
  columnLetter,
  importableFields,
  mapsFullName,
  missingRequirements,
  type MissingRequirement,
} from './wizardModel';

/** The select's value for "do not import" (a select's values are strings). */
const SKIP = '-';

const missingText = (missing: MissingRequirement[], t: TFunction): string => {
  if (missing.some((m) => m.kind === 'nothing')) return t('mapping.nothing');
  const parts = missing.map((m) => {
    if (m.kind === 'attendancePerson') return t('mapping.attendancePerson');
    if (m.kind === 'nothing') return '';
    const fields = m.fields.map((f) => t(`spreadsheetImport:fields.${f}`)).join(', ');
    return m.orFullName ? t('mapping.orFullName', { fields }) : fields;
  });
  return t('mapping.missing', { fields: parts.join('; ') });
};

type ColumnRowProps = {
  index: number;
  header: string;
  examples: string[];
  value: FieldKey | null;
  options: { value: string; label: string }[];
  onChange: (column: number, field: FieldKey | null) => void;
};

const ColumnRow = memo(function ColumnRow({ index, header, examples, value, options, onChange }: ColumnRowProps) {
  const { t } = useTranslation('spreadsheetWizard');
  const name = header || t('sheet.noHeader', { letter: columnLetter(index) });
  return (
    <Table.Tr data-testid={`mapping-row-${index}`}>
      <Table.Th scope="row">
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Text size="xs" c="gray.7">
          {columnLetter(index)}
        </Text>
      </Table.Th>
      <Table.Td>
        <Text size="sm" lineClamp={2}>
          {examples.length > 0 ? examples.join(' · ') : t('mapping.empty')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('mapping.fieldFor', { header: name })}
          data={options}
          value={value ?? SKIP}
          onChange={(v) => onChange(index, !v || v === SKIP ? null : (v as FieldKey))}
          allowDeselect={false}
          maxDropdownHeight={320}
          comboboxProps={{ withinPortal: true }}
          w={300}
        />
      </Table.Td>
    </Table.Tr>
  );
});

/** One select per column of the file: the field it holds, or "do not import". */
export const MappingStep = ({ wizard, language }: { wizard: SpreadsheetImportState; language: Language }) => {
  const { t } = useTranslation('spreadsheetWizard');
  const { sheet, mapping, kind } = wizard;
  const [tried, setTried] = useState(false);
  const missingRef = useRef<HTMLDivElement>(null);
  const options = useMemo(() => fieldOptions(kind, t), [kind, t]);
  const examples = useMemo(
    () => (sheet ? sheet.headers.map((_, i) => firstValues(sheet.sample, i, language)) : []),
    [sheet, language],
  );
  if (!sheet) return null;
  const missing = missingRequirements(kind, mapping);
  const working = wizard.busy !== null;
  const moved = wizard.movedFrom;
  const headerName = (i: number) => sheet.headers[i] || t('sheet.noHeader', { letter: columnLetter(i) });

  const next = () => {
    if (missing.length > 0) {
      setTried(true);
      // Said, and the focus goes there: the button alone would do nothing visible.
      requestAnimationFrame(() => missingRef.current?.focus());
      return;
    }
    void wizard.toValues();
  };

  return (
    <Stack gap="md">
      <StepHeading id="import-step-mapping">{t('steps.mapping')}</StepHeading>
      <Text>{t('mapping.intro')}</Text>
      {wizard.mappingSource && (
        <Text size="sm" data-testid="mapping-source" data-source={wizard.mappingSource}>
          {t(`mapping.${wizard.mappingSource}`)}
        </Text>
      )}
      <Box style={{ overflowX: 'auto' }}>
        <Table withTableBorder verticalSpacing="xs">
          <caption className="tandem-visually-hidden">{t('mapping.tableLabel')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mapping.header')}</Table.Th>
              <Table.Th scope="col">{t('mapping.examples')}</Table.Th>
              <Table.Th scope="col">{t('mapping.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.headers.map((h, i) => (
              <ColumnRow
                key={i}
                index={i}
                header={h}
                examples={examples[i] ?? []}
                value={mapping[i] ?? null}
                options={options}
                onChange={wizard.setColumn}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Text size="sm" role="status" data-testid="mapping-moved">
        {moved
          ? t('mapping.moved', {
              field: t(`spreadsheetImport:fields.${moved.field}`),
              from: headerName(moved.from),
              to: headerName(moved.to),
            })
          : ''}
      </Text>
      {mapsFullName(mapping) && (
        <Radio.Group
          label={t('mapping.nameOrder')}
          value={wizard.nameOrder}
          onChange={(v) => wizard.setNameOrder(v as NameOrder)}
        >
          <Group mt={4}>
            <Radio value="familyFirst" label={t('mapping.nameOrders.familyFirst')} />
            <Radio value="givenFirst" label={t('mapping.nameOrders.givenFirst')} />
          </Group>
        </Radio.Group>
      )}
      {tried && missing.length > 0 && (
        <Alert
          color="red.9"
          variant="outline"
          role="alert"
          ref={missingRef}
          tabIndex={-1}
          data-testid="mapping-missing"
        >
          <Text size="sm">{missingText(missing, t)}</Text>
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={wizard.back} disabled={working}>
          {t('common:actions.back')}
        </Button>
        <Button onClick={next} loading={working}>
          {t('nav.next')}
        </Button>
      </Group>
    </Stack>
  );
};

const fieldOptions = (kind: ImportKind, t: TFunction) => [
  { value: SKIP, label: t('mapping.skip') },
  ...importableFields(kind).map((f) => ({
    value: f.key,
    label: f.required ? t('mapping.required', { field: t(f.labelKey) }) : t(f.labelKey),
  })),
];
