import { useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTableRows } from '../../components/useTableRows';
import { Link, useSearchParams } from 'react-router';
import { IdSchema } from '../../../shared/domain/base';
import { AUDIT_ACTIONS, AuditActionSchema, type AuditAction, type AuditEntry } from '../../../shared/domain/privacy';
import type { AuditProblem, AuditVerification } from '../../../shared/privacy/auditChain';
import { DateField } from '../../components/DateField';
import { notifyError, notifySaved } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime, formatNumber, todayIso } from '../../lib/format';
import { exportAuditLog, type AuditCsvLabels, type AuditExportFormat } from './auditExport';
import type { AuditFilter } from '../audit';
import { useAuditEntries, useAuditVerification, useThisPc } from './useAudit';

const PAGE = 200;
const ROW_HEIGHT = 44;

/** The link to a subject's page, for the kinds that have one. */
const SUBJECT_PATHS: Partial<Record<NonNullable<AuditEntry['subjectKind']>, string>> = {
  mentor: '/mentors',
  mentee: '/mentees',
  contact: '/contacts',
  pairing: '/pairings',
  session: '/sessions',
};

type T = ReturnType<typeof useTranslation<'audit'>>['t'];

/** "This PC" or a short form of another PC's id (the full id is in the exports). */
const pcLabel = (t: T, pc: string, thisPc: string | null | undefined): string =>
  pc === thisPc ? t('pc.this') : t('pc.other', { id: pc.slice(0, 8) });

const problemText = (t: T, p: AuditProblem, thisPc: string | null | undefined): string => {
  const pc = pcLabel(t, p.pc, thisPc);
  switch (p.kind) {
    case 'edited':
    case 'broken':
    case 'duplicate':
    case 'headMismatch':
      return t(`chain.problem.${p.kind}`, { pc, no: p.seq + 1 });
    case 'removed':
    case 'missingTail':
      return p.fromSeq === p.toSeq
        ? t(`chain.problem.${p.kind}One`, { pc, no: p.fromSeq + 1 })
        : t(`chain.problem.${p.kind}`, { pc, from: p.fromSeq + 1, to: p.toSeq + 1 });
  }
};

/**
 * The result of the chain check, shown first: a tampered log is said out loud (which PC, which
 * entries), never silently accepted.
 */
const ChainStatus = ({
  verification,
  thisPc,
}: {
  verification: AuditVerification | undefined;
  thisPc: string | null | undefined;
}) => {
  const { t } = useTranslation('audit');
  if (!verification) return <Loader size="sm" aria-label={t('chain.checking')} />;
  if (verification.ok)
    return (
      <Text size="sm" role="status" data-testid="audit-chain-ok">
        {verification.entries === 0 ? t('chain.empty') : t('chain.ok', { count: verification.entries })}
      </Text>
    );
  const shown = verification.problems.slice(0, 20);
  return (
    <Alert color="red.9" variant="outline" role="alert" title={t('chain.failedTitle')} data-testid="audit-chain-failed">
      <Stack gap="xs">
        <Text size="sm">{t('chain.failedIntro')}</Text>
        <List size="sm">
          {shown.map((p) => (
            <List.Item key={`${p.kind}:${p.pc}:${'seq' in p ? p.seq : p.fromSeq}:${'id' in p ? p.id : ''}`}>
              {problemText(t, p, thisPc)}
            </List.Item>
          ))}
        </List>
        {verification.problems.length > shown.length && (
          <Text size="sm">{t('chain.more', { count: verification.problems.length - shown.length })}</Text>
        )}
        <Text size="sm">{t('chain.whatToDo')}</Text>
      </Stack>
    </Alert>
  );
};

const SubjectCell = ({
  entry,
  exists,
  onOnly,
}: {
  entry: AuditEntry;
  exists: boolean;
  onOnly: (id: string) => void;
}) => {
  const { t } = useTranslation('audit');
  const kind = entry.subjectKind;
  if (!kind) return <Text size="sm">{t('subject.none')}</Text>;
  const kindName = t(`subjectKind.${kind}`);
  if (!entry.subjectId) return <Text size="sm">{kindName}</Text>;
  const label = `${kindName} ${entry.subjectId.slice(0, 8)}`;
  const path = SUBJECT_PATHS[kind];
  return (
    <Group gap="xs" wrap="nowrap">
      {path && exists ? (
        <Anchor component={Link} to={`${path}/${entry.subjectId}`} size="sm">
          {label}
        </Anchor>
      ) : (
        <Text size="sm">
          {label}
          {path ? ` ${t('subject.gone')}` : ''}
        </Text>
      )}
      <Button
        size="compact-xs"
        variant="default"
        onClick={() => onOnly(entry.subjectId!)}
        aria-label={t('subject.onlyLabel', { subject: label })}
      >
        {t('subject.only')}
      </Button>
    </Group>
  );
};

/**
 * Settings → Audit log (Privacy → Audit log): who did something sensitive on which PC, newest
 * first, filtered by action, days and subject, exportable as JSON (with hashes, to check the
 * chain elsewhere) and CSV (for Excel). Rows are virtualised inside a real table.
 */
export const AuditLogPage = () => {
  const { t } = useTranslation('audit');
  const lng = currentLanguage();
  const [params] = useSearchParams();
  // A person's page may link here with ?subject=<id>.
  const [action, setAction] = useState<AuditAction | null>(
    AuditActionSchema.safeParse(params.get('action')).data ?? null,
  );
  const [subjectText, setSubjectText] = useState(params.get('subject') ?? '');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [exporting, setExporting] = useState<AuditExportFormat | null>(null);

  const subject = subjectText.trim().toLowerCase();
  const subjectId = IdSchema.safeParse(subject).success ? subject : null;
  const subjectError = subject && !subjectId ? t('filters.invalidId') : undefined;
  const rangeError = from && to && to < from ? t('filters.invalidRange') : undefined;
  const filter: AuditFilter = useMemo(
    () => ({ action, subjectId, from: rangeError ? null : from, to: rangeError ? null : to }),
    [action, subjectId, from, to, rangeError],
  );
  const filterKey = JSON.stringify(filter);
  const [more, setMore] = useState({ key: filterKey, limit: PAGE });
  const limit = more.key === filterKey ? more.limit : PAGE;

  const page = useAuditEntries(filter, limit);
  const verification = useAuditVerification();
  const thisPc = useThisPc();
  const entries = useMemo(() => page?.entries ?? [], [page]);
  // Entries the chain check found changed (or doubled) are marked in the table.
  const suspect = useMemo(
    () =>
      new Set(
        (verification?.problems ?? []).flatMap((p) => (p.kind === 'edited' || p.kind === 'duplicate' ? [p.id] : [])),
      ),
    [verification],
  );
  const filtered = Boolean(action || subject || from || to);
  const clear = () => {
    setAction(null);
    setSubjectText('');
    setFrom(null);
    setTo(null);
  };

  const { parentRef, items, padTop, padBottom } = useTableRows(entries.length, ROW_HEIGHT);

  const labels: AuditCsvLabels = {
    headings: [
      t('col.time'),
      t('csv.utc'),
      t('col.pc'),
      t('col.no'),
      t('col.action'),
      t('csv.subjectKind'),
      t('csv.subjectId'),
      t('col.count'),
      t('csv.prevHash'),
      t('csv.hash'),
    ],
    action: (a) => t(`action.${a}`),
    subjectKind: (k) => t(`subjectKind.${k}`),
  };

  const runExport = async (format: AuditExportFormat) => {
    setExporting(format);
    try {
      const fileName = `${t('export.fileName')}-${todayIso()}`;
      const result = await exportAuditLog(format, filter, { fileName, labels, lng });
      if (result.status === 'saved') notifySaved(t('export.saved', { count: page?.total ?? 0 }));
      else if (result.error) notifyError(new Error('audit:export.failed'), 'audit');
    } catch (err) {
      notifyError(err, 'audit');
    } finally {
      setExporting(null);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('title')}</Title>
        <Group>
          <Button
            variant="default"
            onClick={() => void runExport('csv')}
            loading={exporting === 'csv'}
            disabled={!page || page.total === 0}
          >
            {t('export.csv')}
          </Button>
          <Button
            variant="default"
            onClick={() => void runExport('json')}
            loading={exporting === 'json'}
            disabled={!page || page.total === 0}
          >
            {t('export.json')}
          </Button>
        </Group>
      </Group>
      <Text>{t('intro')}</Text>
      <Text size="sm">
        {t('chainHelp')}{' '}
        <Anchor component={Link} to="/privacy">
          {t('backToPrivacy')}
        </Anchor>
      </Text>

      <ChainStatus verification={verification} thisPc={thisPc} />

      <Group align="flex-start" gap="sm" role="search" aria-label={t('filters.label')}>
        <Select
          label={t('filters.action')}
          placeholder={t('filters.allActions')}
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`action.${a}`) }))}
          value={action}
          onChange={(v) => setAction(AuditActionSchema.safeParse(v).data ?? null)}
          clearable
          w={280}
        />
        <DateField label={t('filters.from')} value={from} onChange={setFrom} clearable w={170} />
        <DateField label={t('filters.to')} value={to} onChange={setTo} clearable w={170} error={rangeError} />
        <TextInput
          label={t('filters.subject')}
          description={t('filters.subjectHelp')}
          descriptionProps={{ c: 'gray.7' }}
          value={subjectText}
          onChange={(e) => setSubjectText(e.currentTarget.value)}
          error={subjectError}
          w={330}
          spellCheck={false}
          autoComplete="off"
        />
        {filtered && (
          <Button variant="default" onClick={clear} mt={25}>
            {t('common:actions.clearFilters')}
          </Button>
        )}
      </Group>

      <Text size="sm" aria-live="polite" data-testid="audit-count">
        {page === undefined
          ? t('common:app.loading')
          : page.total > entries.length
            ? t('list.countOf', { count: page.total, shown: entries.length })
            : t('list.count', { count: page.total })}
      </Text>

      {page !== undefined && page.total === 0 && <Text>{filtered ? t('list.noMatch') : t('list.empty')}</Text>}

      {entries.length > 0 && (
        <div
          ref={parentRef}
          role="region"
          aria-label={t('list.tableLabel')}
          // Focusable so the keyboard can scroll the table (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          style={{
            maxHeight: 'calc(100vh - 360px)',
            minHeight: 200,
            overflow: 'auto',
            border: '1px solid var(--mantine-color-gray-4)',
          }}
        >
          <table
            aria-rowcount={entries.length + 1}
            style={{ borderCollapse: 'collapse', width: '100%' }}
            data-testid="audit-table"
          >
            <thead style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-body)' }}>
              <tr aria-rowindex={1}>
                <th scope="col" style={th}>
                  {t('col.time')}
                </th>
                <th scope="col" style={th}>
                  {t('col.pc')}
                </th>
                <th scope="col" style={th}>
                  {t('col.no')}
                </th>
                <th scope="col" style={th}>
                  {t('col.action')}
                </th>
                <th scope="col" style={th}>
                  {t('col.subject')}
                </th>
                <th scope="col" style={th}>
                  {t('col.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={6} style={{ height: padTop, padding: 0 }} />
                </tr>
              )}
              {items.map((v) => {
                const e = entries[v.index] as AuditEntry;
                return (
                  <tr
                    key={e.id}
                    aria-rowindex={v.index + 2}
                    data-action={e.action}
                    style={{ height: ROW_HEIGHT, borderTop: '1px solid var(--mantine-color-gray-3)' }}
                  >
                    <td style={td}>{formatDateTime(e.at, lng)}</td>
                    <td style={td}>{pcLabel(t, e.pc, thisPc)}</td>
                    <td style={td}>{formatNumber(e.seq + 1, lng, 0)}</td>
                    <td style={td}>
                      {t(`action.${e.action}`)}
                      {suspect.has(e.id) && (
                        <Badge color="red.9" variant="filled" ml="xs" data-testid="audit-row-suspect">
                          {t('list.suspect')}
                        </Badge>
                      )}
                    </td>
                    <td style={td}>
                      <SubjectCell
                        entry={e}
                        exists={page?.existing.has(`${e.subjectKind}:${e.subjectId}`) ?? false}
                        onOnly={setSubjectText}
                      />
                    </td>
                    <td style={td}>{e.count === null ? '' : formatNumber(e.count, lng, 0)}</td>
                  </tr>
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={6} style={{ height: padBottom, padding: 0 }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}

      {page !== undefined && page.total > entries.length && (
        <Group>
          <Button variant="default" onClick={() => setMore({ key: filterKey, limit: limit + PAGE })}>
            {t('list.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
};

const th: React.CSSProperties = { textAlign: 'left', padding: '8px 12px', whiteSpace: 'nowrap', fontSize: 14 };
const td: React.CSSProperties = { padding: '4px 12px', fontSize: 14, whiteSpace: 'nowrap' };
