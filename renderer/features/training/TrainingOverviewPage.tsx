import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTableRows } from '../../components/useTableRows';
import { Link } from 'react-router';
import { MENTOR_STATUSES, MentorStatusSchema, type MentorStatus } from '../../../shared/domain/mentor';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatNumber, todayIso } from '../../lib/format';
import { bridge } from '../../bridge/bridge';
import { useProgrammes, useTrainingOverview, useTrainingOverviewIds, useTrainingOverviewWindow } from './useTraining';
import { getTrainingOverview } from './progressRepo';
import { overviewCsvRows, type OverviewRow } from './overviewCsv';
import { csvBytes } from '../../lib/csv';
import { notifyError, notifySaved } from '../../components/notify';
import { TrainingRuleError } from '../programmes';
import { CreditRuleHelp } from './CreditRuleHelp';
import { recordAudit } from '../audit';

const ROW_HEIGHT = 52;
type Readiness = 'all' | 'ready' | 'notReady';

/**
 * The training overview: mentors × modules (hours and completion), filtered by programme,
 * mentor status and readiness, exportable as CSV. Rows are virtualised: only those in view are
 * in the DOM, inside a real table (spacer rows above and below) so screen readers keep the
 * row/column relations.
 */
export const TrainingOverviewPage = () => {
  const { t } = useTranslation('training');
  const lng = currentLanguage();
  const programmes = useProgrammes();
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [status, setStatus] = useState<MentorStatus | null>(null);
  const [readiness, setReadiness] = useState<Readiness>('all');
  const filter = { programmeId, status };
  // The mentors' ids size the list; their lines are read only as they come into view. A readiness
  // filter needs every mentor's progress, so only then is the whole matrix computed.
  const base = useTrainingOverviewIds(filter);
  const whole = useTrainingOverview(filter, readiness !== 'all');
  const [exporting, setExporting] = useState(false);

  const filtered: OverviewRow[] | null = useMemo(
    () => (whole ? whole.rows.filter((r) => (readiness === 'ready') === r.progress.ready) : null),
    [whole, readiness],
  );
  const loaded = base !== undefined && (readiness === 'all' || filtered !== null);
  const count = readiness === 'all' ? (base?.mentorIds.length ?? 0) : (filtered?.length ?? 0);
  const modules = useMemo(() => base?.modules ?? [], [base]);
  const programmeNames = useMemo(() => new Map((programmes ?? []).map((p) => [p.id, p.name])), [programmes]);
  const showProgrammeInHeader = programmeId === null && (programmes?.length ?? 0) > 1;

  const { parentRef, items, padTop, padBottom } = useTableRows(count, ROW_HEIGHT);
  const inView = useTrainingOverviewWindow(
    readiness === 'all' ? base?.mentorIds : undefined,
    items[0]?.index ?? 0,
    items.at(-1)?.index ?? 0,
  );
  const rowAt = (index: number): OverviewRow | undefined =>
    readiness === 'all' ? inView?.get(base?.mentorIds[index] ?? '') : filtered?.[index];
  const colCount = modules.length + 3;

  const exportCsv = async () => {
    setExporting(true);
    try {
      const all = await getTrainingOverview(filter);
      const rows = all.rows.filter((r) => readiness === 'all' || (readiness === 'ready') === r.progress.ready);
      const bytes = csvBytes(overviewCsvRows({ modules, rows, lng, t, programmeNames }), lng);
      const result = await bridge.saveFile({
        suggestedName: `${t('overview.fileName')}-${todayIso()}.csv`,
        bytes,
        filter: 'csv',
      });
      if (result.status === 'saved') {
        // A list of people by name left the app: recorded in the audit log (how many, never who).
        await recordAudit({ action: 'exportList', subjectKind: 'file', count: rows.length });
        notifySaved(t('overview.exported', { count: rows.length }));
      } else if (result.error) notifyError(new TrainingRuleError('training:overview.exportFailed'), 'training');
    } catch (err) {
      notifyError(err, 'training');
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('overview.title')}</Title>
        <Group>
          <Button component={Link} to="/training/curriculum" variant="default">
            {t('overview.toCurriculum')}
          </Button>
          <Button onClick={() => void exportCsv()} loading={exporting} disabled={!loaded || count === 0}>
            {t('overview.export')}
          </Button>
        </Group>
      </Group>
      <Text>{t('overview.intro')}</Text>

      <Group align="flex-end">
        <Select
          label={t('overview.filterProgramme')}
          data={[
            { value: '', label: t('overview.allProgrammes') },
            ...(programmes ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          value={programmeId ?? ''}
          allowDeselect={false}
          onChange={(v) => setProgrammeId(v ? v : null)}
          w={260}
        />
        <Select
          label={t('overview.filterStatus')}
          data={[
            { value: '', label: t('overview.allStatuses') },
            ...MENTOR_STATUSES.map((s) => ({ value: s, label: t(`mentorStatus.${s}`) })),
          ]}
          value={status ?? ''}
          allowDeselect={false}
          onChange={(v) => {
            const parsed = MentorStatusSchema.safeParse(v);
            setStatus(parsed.success ? parsed.data : null);
          }}
          w={200}
        />
        <Select
          label={t('overview.filterReadiness')}
          data={(['all', 'ready', 'notReady'] as const).map((r) => ({ value: r, label: t(`overview.readiness.${r}`) }))}
          value={readiness}
          allowDeselect={false}
          onChange={(v) => setReadiness(v === 'ready' || v === 'notReady' ? v : 'all')}
          w={200}
        />
      </Group>

      {!loaded && <Loader size="sm" aria-label={t('app.loading', { ns: 'common' })} />}
      {loaded && (
        <Text size="sm" aria-live="polite">
          {t('overview.count', { count })}
        </Text>
      )}

      {loaded && modules.length === 0 && (
        <Text>
          {t('overview.noModules')}{' '}
          <Anchor component={Link} to="/training/curriculum">
            {t('overview.toCurriculum')}
          </Anchor>
        </Text>
      )}

      {loaded && count > 0 && (
        <div
          ref={parentRef}
          role="region"
          aria-label={t('overview.matrixLabel')}
          // Focusable so the keyboard can scroll the matrix (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          style={{
            height: 'calc(100vh - 330px)',
            minHeight: 280,
            overflow: 'auto',
            border: '1px solid var(--mantine-color-gray-4)',
          }}
        >
          <table
            className="training-matrix"
            aria-rowcount={count + 1}
            style={{ borderCollapse: 'collapse', minWidth: '100%' }}
          >
            <thead style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-body)' }}>
              <tr aria-rowindex={1}>
                <th scope="col" style={{ ...th, ...stickyFirst, zIndex: 2 }}>
                  {t('overview.col.mentor')}
                </th>
                <th scope="col" style={th}>
                  {t('overview.col.status')}
                </th>
                <th scope="col" style={th}>
                  {t('overview.col.ready')}
                </th>
                {modules.map((m) => (
                  <th key={m.id} scope="col" style={th}>
                    {m.name}
                    <Text size="xs" c="gray.7" component="span" display="block">
                      {showProgrammeInHeader ? `${programmeNames.get(m.programmeId) ?? ''} · ` : ''}
                      {t('hoursValue', { hours: formatNumber(m.requiredHours, lng, 2) })}
                      {m.mandatory ? '' : ` · ${t('panel.optional')}`}
                    </Text>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={colCount} style={{ height: padTop, padding: 0 }} />
                </tr>
              )}
              {items.map((v) => {
                const row = rowAt(v.index);
                if (!row)
                  return (
                    <tr
                      key={`loading-${v.index}`}
                      aria-rowindex={v.index + 2}
                      aria-busy="true"
                      style={{ height: ROW_HEIGHT }}
                    >
                      <td colSpan={colCount} style={td}>
                        <Text size="sm" c="gray.7">
                          {t('overview.rowLoading')}
                        </Text>
                      </td>
                    </tr>
                  );
                const byModule = new Map(row.progress.modules.map((m) => [m.moduleId, m]));
                return (
                  <tr
                    key={row.mentor.id}
                    aria-rowindex={v.index + 2}
                    style={{ height: ROW_HEIGHT, borderTop: '1px solid var(--mantine-color-gray-3)' }}
                  >
                    <th scope="row" style={{ ...td, ...stickyFirst, fontWeight: 500 }}>
                      <Anchor component={Link} to={`/mentors/${row.mentor.id}`}>
                        {formatPersonName(row.mentor, lng)}
                      </Anchor>
                    </th>
                    <td style={td}>{t(`mentorStatus.${row.mentor.status}`)}</td>
                    <td style={td}>
                      {row.progress.ready ? (
                        <Badge color="teal.9" variant="filled">
                          {t('overview.ready')}
                        </Badge>
                      ) : (
                        <Text size="sm">
                          {t('overview.missingCount', { count: row.progress.missingMandatory.length })}
                        </Text>
                      )}
                    </td>
                    {modules.map((m) => {
                      const p = byModule.get(m.id);
                      if (!p)
                        return (
                          <td key={m.id} style={td} aria-label={t('overview.notInProgramme')}>
                            <span aria-hidden="true">—</span>
                          </td>
                        );
                      return (
                        <td key={m.id} style={td}>
                          <Text size="sm" fw={p.complete ? 700 : 400} c={p.complete ? 'teal.9' : undefined}>
                            {p.complete ? `✓ ` : ''}
                            {t('overview.hoursOf', {
                              hours: formatNumber(p.hours, lng, 2),
                              required: formatNumber(p.requiredHours, lng, 2),
                            })}
                          </Text>
                          {p.completedOn && (
                            <Text size="xs" c="gray.7">
                              {formatDate(p.completedOn, lng)}
                            </Text>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={colCount} style={{ height: padBottom, padding: 0 }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      <CreditRuleHelp />
    </Stack>
  );
};

const th: React.CSSProperties = {
  textAlign: 'left',
  padding: '6px 10px',
  verticalAlign: 'bottom',
  borderBottom: '2px solid var(--mantine-color-gray-5)',
  whiteSpace: 'nowrap',
};
/** The mentor's name stays in view while the matrix scrolls sideways. */
const stickyFirst: React.CSSProperties = { position: 'sticky', left: 0, background: 'var(--mantine-color-body)' };
const td: React.CSSProperties = {
  textAlign: 'left',
  padding: '4px 10px',
  verticalAlign: 'middle',
  whiteSpace: 'nowrap',
};
