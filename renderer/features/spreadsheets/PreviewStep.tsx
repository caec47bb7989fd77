import { memo, useCallback, useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/base';
import { countsAfter } from '../../../shared/spreadsheet/preview';
import type { DuplicateDecision, PreviewRow } from '../../../shared/spreadsheet/types';
import { VirtualList } from '../../components/VirtualList';
import { formatNumber } from '../../lib/format';
import { useProgrammes } from '../programmes';
import { duplicateText, errorText, noteTexts, rowTitle, type RowTextContext } from './previewText';
import { StepHeading } from './StepHeading';
import type { SpreadsheetImportState } from './useSpreadsheetImport';
import { chosenDecision, filterRows, rowsToWrite, type RowFilter } from './wizardModel';

const DECISIONS: readonly DuplicateDecision[] = ['skip', 'update', 'add'];
/** Plain colour names: the theme darkens an outline badge's text to a readable shade of each. */
const OUTCOME_COLOR: Record<PreviewRow['outcome'], string> = { new: 'teal', duplicate: 'orange', error: 'red' };

type RowViewProps = {
  row: PreviewRow;
  decision: DuplicateDecision;
  ctx: RowTextContext;
  onDecide: (row: number, decision: DuplicateDecision) => void;
};

/** One row of the file and what happens to it; a duplicate carries its choice. */
const RowView = memo(function RowView({ row, decision, ctx, onDecide }: RowViewProps) {
  const { t } = useTranslation('spreadsheetWizard');
  const title = rowTitle(row, ctx);
  const outcome =
    row.outcome === 'duplicate'
      ? decision === 'skip'
        ? 'duplicate'
        : decision === 'update'
          ? 'update'
          : 'add'
      : row.outcome;
  return (
    <Stack
      gap={4}
      px="sm"
      py={8}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="preview-row"
      data-row={row.row}
      data-outcome={row.outcome}
    >
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600} miw={72}>
          {t('preview.row', { row: row.row })}
        </Text>
        <Badge variant="outline" color={OUTCOME_COLOR[row.outcome]} tt="none">
          {t(`preview.outcome.${outcome}`)}
        </Badge>
        <Text size="sm" truncate>
          {title}
        </Text>
      </Group>
      {row.errors.map((e, i) => (
        <Text key={i} size="sm" c="red.9" data-testid="preview-error">
          {errorText(e, row.row, ctx.t)}
        </Text>
      ))}
      {row.duplicate && (
        <Group gap="sm" align="center">
          <Text size="sm">{duplicateText(row, ctx.t)}</Text>
          <NativeSelect
            size="xs"
            aria-label={t('preview.decision', { row: row.row })}
            data={DECISIONS.filter((d) => row.duplicate?.choices.includes(d)).map((d) => ({
              value: d,
              label: t(`preview.decisions.${d}`),
            }))}
            value={decision}
            onChange={(e) => onDecide(row.row, e.currentTarget.value as DuplicateDecision)}
          />
        </Group>
      )}
      {noteTexts(row, ctx.t).map((n, i) => (
        <Text key={i} size="xs" c="gray.7">
          {n}
        </Text>
      ))}
    </Stack>
  );
});

/** Everything the import would do, row by row, before anything changes; then Import. */
export const PreviewStep = ({ wizard, language }: { wizard: SpreadsheetImportState; language: Language }) => {
  const { t } = useTranslation('spreadsheetWizard');
  const programmes = useProgrammes(true);
  const { preview, decisions } = wizard;
  const [filter, setFilter] = useState<RowFilter>('all');
  const [showNames, setShowNames] = useState(false);
  const [allDecision, setAllDecision] = useState<DuplicateDecision>('skip');
  const [applied, setApplied] = useState<string>('');

  const rows = useMemo(() => filterRows(preview?.rows ?? [], filter), [preview, filter]);
  const counts = useMemo(() => countsAfter({ rows: preview?.rows ?? [] }, decisions), [preview, decisions]);
  const ctx = useMemo<RowTextContext>(
    () => ({
      t: (key, o) => t(key, o),
      lng: language,
      programmeNames: new Map([
        ...(programmes ?? []).map((p) => [p.id, p.name] as const),
        ...(preview?.newProgrammes ?? []).map((p) => [p.id, p.name] as const),
      ]),
      sessions: new Map((preview?.sessions ?? []).map((s) => [s.key, s])),
      showNames,
    }),
    [t, language, programmes, preview, showNames],
  );
  const renderRow = useCallback(
    (row: PreviewRow) => (
      <RowView row={row} decision={chosenDecision(row, decisions)} ctx={ctx} onDecide={wizard.decide} />
    ),
    [decisions, ctx, wizard.decide],
  );
  if (!preview) return null;
  const n = (x: number) => formatNumber(x, language, 0);
  const toWrite = rowsToWrite(counts);
  const working = wizard.busy !== null;

  const applyAll = () => {
    const r = wizard.decideAll(allDecision);
    setApplied(
      [
        t('preview.appliedAll', { count: r.applied, n: n(r.applied) }),
        r.notApplicable > 0 ? t('preview.notApplicable', { count: r.notApplicable, n: n(r.notApplicable) }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };
  const newSessions = preview.sessions.filter((s) => s.existingId === null).length;

  return (
    <Stack gap="md">
      <StepHeading id="import-step-preview">{t('steps.preview')}</StepHeading>
      <Text>{t('preview.intro')}</Text>

      <Table withTableBorder w="auto" data-testid="preview-counts">
        <caption className="tandem-visually-hidden">{t('preview.counts')}</caption>
        <Table.Tbody>
          {(['total', 'new', 'duplicate', 'error'] as const).map((k) => (
            <Table.Tr key={k} data-count={k}>
              <Table.Th scope="row">{t(`preview.${k}`)}</Table.Th>
              <Table.Td ta="right">{n(preview.counts[k])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      {preview.kind === 'attendance' && preview.sessions.length > 0 && (
        <Text size="sm">
          {t('preview.sessions', {
            count: preview.sessions.length,
            n: n(preview.sessions.length),
            created: n(newSessions),
          })}
        </Text>
      )}
      {preview.newProgrammes.length > 0 && (
        <Text size="sm">
          {t('preview.newProgrammes', {
            names: preview.newProgrammes.map((p) => `${p.name} (${p.codePrefix})`).join(', '),
          })}
        </Text>
      )}

      {preview.counts.duplicate > 0 && (
        <Paper withBorder p="sm" component="section" aria-label={t('preview.applyAllLabel')}>
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label={t('preview.applyAllLabel')}
              data={DECISIONS.map((d) => ({ value: d, label: t(`preview.decisions.${d}`) }))}
              value={allDecision}
              onChange={(e) => setAllDecision(e.currentTarget.value as DuplicateDecision)}
              w={280}
            />
            <Button variant="default" onClick={applyAll}>
              {t('preview.applyAll')}
            </Button>
            <Text size="sm" role="status" data-testid="preview-applied">
              {applied}
            </Text>
          </Group>
        </Paper>
      )}

      <Group align="flex-end" justify="space-between">
        <SegmentedControl
          aria-label={t('preview.filter')}
          value={filter}
          onChange={(v) => setFilter(v as RowFilter)}
          data={(['all', 'new', 'duplicate', 'error'] as const).map((f) => ({
            value: f,
            label: `${t(`preview.filters.${f}`)} (${n(f === 'all' ? preview.counts.total : preview.counts[f])})`,
          }))}
        />
        {preview.kind === 'mentees' && (
          <Switch
            label={t('preview.showNames')}
            checked={showNames}
            onChange={(e) => setShowNames(e.currentTarget.checked)}
          />
        )}
      </Group>

      {rows.length === 0 ? (
        <Text size="sm">{t('preview.noMatch')}</Text>
      ) : (
        <VirtualList
          label={t('preview.listLabel')}
          items={rows}
          getKey={(r) => String(r.row)}
          renderRow={renderRow}
          hasMore={false}
          rowHeight={48}
          // A short file gets a short list; a long one scrolls inside the page.
          height={`min(60vh, ${rows.length * 72 + 8}px)`}
        />
      )}

      {preview.counts.error > 0 && (
        <Alert color="red.9" variant="outline" data-testid="preview-errors-help">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('preview.errorsHelp')}</Text>
            <Button variant="default" size="xs" onClick={wizard.chooseAnother} disabled={working}>
              {t('preview.reread')}
            </Button>
          </Stack>
        </Alert>
      )}

      <Text size="sm" aria-live="polite" data-testid="preview-will-import">
        {t('preview.willImport', {
          new: n(counts.new),
          update: n(counts.update),
          add: n(counts.add),
          skip: n(counts.skip),
          error: n(counts.error),
        })}
      </Text>
      {toWrite === 0 && <Text size="sm">{t('preview.nothingToImport')}</Text>}
      <Group>
        <Button variant="default" onClick={wizard.back} disabled={working}>
          {t('common:actions.back')}
        </Button>
        <Button onClick={() => void wizard.commit()} loading={working} disabled={toWrite === 0}>
          {t('preview.import', { count: toWrite, n: n(toWrite) })}
        </Button>
      </Group>
    </Stack>
  );
};
