import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  PERIOD_PRESETS,
  isValidPeriod,
  presetPeriod,
  type Period,
  type PeriodPreset,
} from '../../../shared/reports/period';
import { bridge } from '../../bridge/bridge';
import { DateField } from '../../components/DateField';
import { notifyError, notifySaved } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { useProgrammes } from '../programmes';
import { useSettings } from '../settings';
import { usePrintActions } from '../print';
import { ReportTables } from './ReportTables';
import { SaveSentModal } from './SaveSentModal';
import { reportCsvBytes, reportXlsxBytes, type ReportMeta } from './reportExport';
import { reportTexts } from './reportTexts';
import { reportPrintRoute } from './reportRoutes';
import { useActivityReport, useSavedReports } from './useReports';

type Choice = PeriodPreset | 'custom';

export const formatPeriod = (p: Period, lng: ReturnType<typeof currentLanguage>): string =>
  `${formatDate(p.from, lng)} – ${formatDate(p.to, lng)}`;

/** Reports: a period's activity figures for funders, exported, printed and kept as sent. */
export const ReportsPage = () => {
  const { t } = useTranslation('reports');
  const lng = currentLanguage();
  const today = todayIso();
  const [choice, setChoice] = useState<Choice>('thisQuarter');
  const [custom, setCustom] = useState<{ from: string | null; to: string | null }>(() =>
    presetPeriod('thisMonth', today),
  );
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [hideSmall, setHideSmall] = useState(false);
  const [saving, setSaving] = useState(false);
  const [exporting, setExporting] = useState(false);
  const programmes = useProgrammes(true);
  const settings = useSettings();
  const saved = useSavedReports();
  const { busy: printing, print } = usePrintActions();

  const period = useMemo((): Period | null => {
    if (choice !== 'custom') return presetPeriod(choice, today);
    const p = { from: custom.from ?? '', to: custom.to ?? '' };
    return isValidPeriod(p) ? p : null;
  }, [choice, custom.from, custom.to, today]);
  const report = useActivityReport(period, programmeId);
  const current =
    report && period && report.period.from === period.from && report.period.to === period.to ? report : undefined;
  const programmeName = programmes?.find((p) => p.id === programmeId)?.name ?? t('allProgrammes');
  const texts = reportTexts(t);

  const meta = (): ReportMeta | null =>
    current
      ? {
          organisation: settings?.organisationName ?? '',
          period: formatPeriod(current.period, lng),
          previous: formatPeriod(current.previous, lng),
          programme: programmeName,
          madeOn: formatDate(today, lng),
          smallHidden: hideSmall ? t('yes') : t('no'),
        }
      : null;

  const exportFile = async (kind: 'xlsx' | 'csv') => {
    const m = meta();
    if (!current || !m) return;
    setExporting(true);
    try {
      const bytes =
        kind === 'xlsx'
          ? await reportXlsxBytes(current.rows, m, texts, hideSmall)
          : reportCsvBytes(current.rows, m, texts, hideSmall, lng);
      const suggestedName = `${t('export.fileName')}-${current.period.from}-${current.period.to}.${kind}`;
      const result = await bridge.saveFile({ suggestedName, bytes, filter: kind });
      if (result.status === 'saved') notifySaved(t('export.saved'));
      else if (result.error) notifyError(new Error('reports:export.failed'), 'reports');
    } catch (err) {
      notifyError(err, 'reports');
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('period')}
          value={choice}
          allowDeselect={false}
          onChange={(v) => v && setChoice(v as Choice)}
          data={[
            ...PERIOD_PRESETS.map((p) => ({ value: p, label: t(`presets.${p}`) })),
            { value: 'custom', label: t('presets.custom') },
          ]}
        />
        {choice === 'custom' && (
          <>
            <DateField label={t('from')} value={custom.from} onChange={(from) => setCustom((c) => ({ ...c, from }))} />
            <DateField label={t('to')} value={custom.to} onChange={(to) => setCustom((c) => ({ ...c, to }))} />
          </>
        )}
        <Select
          label={t('programme')}
          value={programmeId ?? ''}
          allowDeselect={false}
          onChange={(v) => setProgrammeId(v ? v : null)}
          data={[
            { value: '', label: t('allProgrammes') },
            ...(programmes ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <Switch label={t('hideSmall')} checked={hideSmall} onChange={(e) => setHideSmall(e.currentTarget.checked)} />
      </Group>
      {period === null && (
        <Alert color="orange" role="alert">
          {t('invalidPeriod')}
        </Alert>
      )}
      {period && (
        <Text fw={600} data-testid="report-period">
          {formatPeriod(period, lng)} · {programmeName}
          {current && (
            <Text span fw={400} c="dimmed">
              {' '}
              · {t('comparedWith', { period: formatPeriod(current.previous, lng) })}
            </Text>
          )}
        </Text>
      )}
      <Group>
        <Button onClick={() => void exportFile('xlsx')} loading={exporting} disabled={!current}>
          {t('export.xlsx')}
        </Button>
        <Button variant="default" onClick={() => void exportFile('csv')} loading={exporting} disabled={!current}>
          {t('export.csv')}
        </Button>
        <Button
          variant="default"
          loading={printing}
          disabled={!current}
          onClick={() =>
            current && void print(reportPrintRoute({ period: current.period, programmeId, hideSmall }), false)
          }
        >
          {t('export.print')}
        </Button>
        <Button variant="default" disabled={!current} onClick={() => setSaving(true)}>
          {t('sent.save')}
        </Button>
      </Group>
      {period && !current && (
        <Group>
          <Loader size="sm" aria-hidden />
          <Text>{t('loading')}</Text>
        </Group>
      )}
      {current && (
        <ReportTables
          rows={current.rows.map((r) => ({ ...r, other: r.previous }))}
          hideSmall={hideSmall}
          valueLabel={t('columns.value')}
          otherLabel={t('columns.previous')}
        />
      )}
      <Title order={2}>{t('sent.listTitle')}</Title>
      {saved && saved.length === 0 && <Text c="dimmed">{t('sent.none')}</Text>}
      {saved && saved.length > 0 && (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sent.sentOn')}</Table.Th>
              <Table.Th scope="col">{t('sent.recipient')}</Table.Th>
              <Table.Th scope="col">{t('period')}</Table.Th>
              <Table.Th scope="col">{t('programme')}</Table.Th>
              <Table.Th scope="col">{t('sent.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {saved.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/reports/sent/${r.id}`}>
                    {formatDate(r.sentOn, lng)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.recipient}</Table.Td>
                <Table.Td>{formatPeriod(r.period, lng)}</Table.Td>
                <Table.Td>{r.programmeName || t('allProgrammes')}</Table.Td>
                <Table.Td>{r.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {saving && current && (
        <SaveSentModal
          onClose={() => setSaving(false)}
          facts={{
            period: current.period,
            programmeId,
            programmeName: programmeId ? programmeName : '',
            smallNumbersHidden: hideSmall,
            rows: current.rows,
          }}
        />
      )}
    </Stack>
  );
};
