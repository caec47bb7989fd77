import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Loader, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/bridge';
import { SCHEMA_VERSION } from '../../db/AppDB';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import { mergeTotals, type MergeSummary } from '../../../shared/backup/mergePlan';
import { MergeNotes } from './MergeNotes';
import { InvariantBreaks } from './InvariantBreaks';
import type { InvariantBreak } from '../../../shared/sync/invariants';
import { BackupErrorAlert } from './BackupErrorAlert';
import { BackupProgressBar } from './BackupProgressBar';
import { BackupReport } from './BackupReport';
import { thisDeviceId, type ImportMode } from './backupRepo';
import { openInWorker, type OpenedBackupSession } from './backupWorkerClient';
import type { OpenedSummary } from './backupWorkerProtocol';
import { useBackupProgress } from './useBackup';

type Opened = { summary: OpenedSummary; plan: MergeSummary | 'pending' | 'failed' | null; deviceId: string };

/**
 * Opens a backup file: decrypts and checks everything in the worker, then reports what it
 * holds. In `import` mode the report adds what a merge would change and offers Replace or
 * Merge; in `drill` mode (restore drill) it only reports. Nothing is written until the
 * coordinator confirms an import. The records stay in the worker, which also does the import;
 * it is stopped when the panel closes the file or goes away.
 */
export const OpenBackupPanel = ({ mode }: { mode: 'import' | 'drill' }) => {
  const { t } = useTranslation('backup');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [breaks, setBreaks] = useState<InvariantBreak[]>([]);
  const [importing, setImporting] = useState(false);
  const progress = useBackupProgress();
  const id = `backup-${mode}`;
  const session = useRef<OpenedBackupSession | null>(null);
  const endSession = () => {
    session.current?.close();
    session.current = null;
  };
  useEffect(() => endSession, []);

  const choose = async () => {
    setDone(null);
    setBreaks([]);
    const picked = await bridge.openFile({ filter: 'backup' });
    if (picked.status !== 'opened') {
      if (picked.error) setError(new Error('fileNotRead'));
      return;
    }
    setFile({ name: picked.name, bytes: picked.bytes });
    setOpened(null);
    setError(null);
  };

  const open = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setOpened(null);
    setDone(null);
    endSession();
    try {
      const opening = await openInWorker(
        { bytes: file.bytes, passphrase, schemaVersion: SCHEMA_VERSION, forMerge: mode === 'import' },
        progress.onProgress,
      );
      session.current = opening;
      const deviceId = await thisDeviceId();
      if (mode === 'drill') {
        // A drill only reports: nothing more to ask the worker.
        endSession();
        setOpened({ summary: opening.summary, plan: null, deviceId });
        return;
      }
      // The report shows at once; what a merge would change follows when the worker has worked
      // it out (a replace need not wait for it, Merge does).
      setOpened({ summary: opening.summary, plan: 'pending', deviceId });
      opening.preview().then(
        (plan) => setOpened((o) => (o && session.current === opening ? { ...o, plan } : o)),
        (err: unknown) => {
          if (session.current !== opening) return;
          console.error(err);
          setOpened((o) => (o ? { ...o, plan: 'failed' } : o));
        },
      );
    } catch (err) {
      endSession();
      setError(err);
    } finally {
      setBusy(false);
      progress.reset();
    }
  };

  const close = () => {
    endSession();
    setOpened(null);
    setFile(null);
    setPassphrase('');
  };

  const runImport = async (importMode: ImportMode) => {
    setImporting(true);
    try {
      if (!session.current) throw new Error('the backup file is no longer open');
      const result = await session.current.importAs(importMode);
      close();
      setBreaks(result.breaks);
      setDone(
        [
          importMode === 'replace'
            ? t('import.replaced', { count: result.written })
            : t('import.merged', { count: result.written }),
          result.erased > 0 ? t('import.erased', { count: result.erased }) : '',
          result.reapplied > 0 ? t('import.reapplied', { count: result.reapplied }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (err) {
      console.error(err);
      setError(new Error('importFailed'));
    } finally {
      setImporting(false);
    }
  };

  const confirm = (importMode: ImportMode) => {
    if (!opened) return;
    const totals = typeof opened.plan === 'object' && opened.plan ? mergeTotals(opened.plan.counts) : null;
    const records = DOMAIN_TABLE_NAMES.reduce((n, name) => n + opened.summary.live[name], 0);
    modals.openConfirmModal({
      title: importMode === 'replace' ? t('import.confirmReplaceTitle') : t('import.confirmMergeTitle'),
      children: (
        <Text size="sm">
          {importMode === 'replace'
            ? t('import.confirmReplaceBody', { count: records })
            : t('import.confirmMergeBody', {
                added: totals?.added ?? 0,
                updated: totals?.updated ?? 0,
                deleted: totals?.deleted ?? 0,
              })}
          {totals && totals.conflicts > 0 && ` ${t('import.confirmMergeConflicts', { count: totals.conflicts })}`}
        </Text>
      ),
      labels: {
        confirm: importMode === 'replace' ? t('import.replace') : t('import.merge'),
        cancel: t('common:actions.cancel'),
      },
      confirmProps: { color: importMode === 'replace' ? 'red.9' : 'teal.9' },
      onConfirm: () => void runImport(importMode),
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`} data-testid={`${id}-panel`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`${id}-title`}>
          {mode === 'import' ? t('open.title') : t('open.drillTitle')}
        </Title>
        <Text size="sm" maw={640}>
          {mode === 'import' ? t('open.help') : t('open.drillHelp')}
        </Text>
        <Group>
          <Button variant="default" onClick={() => void choose()} disabled={busy}>
            {t('open.choose')}
          </Button>
          {file && <Text size="sm">{t('open.chosen', { name: file.name })}</Text>}
        </Group>
        <PasswordInput
          label={t('open.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          autoComplete="off"
          disabled={busy || !file}
          maw={640}
        />
        <Group>
          <Button onClick={() => void open()} disabled={!file || passphrase.length === 0 || busy}>
            {mode === 'import' ? t('open.check') : t('open.test')}
          </Button>
        </Group>
        {busy && <BackupProgressBar view={progress.view ?? { phase: 'deriveKey', percent: 0 }} />}
        {error instanceof Error && (error.message === 'importFailed' || error.message === 'fileNotRead') ? (
          <Alert color="red.9" variant="outline" role="alert" data-testid="backup-error">
            <Text size="sm">{t(`errors.${error.message}`)}</Text>
          </Alert>
        ) : (
          <BackupErrorAlert error={error} />
        )}
        {opened && (
          <Stack gap="sm">
            <Alert color="teal.9" variant="outline" title={t('report.okTitle')} role="status" data-testid={`${id}-ok`}>
              {mode === 'drill' && <Text size="sm">{t('report.drillOk')}</Text>}
            </Alert>
            <BackupReport
              summary={opened.summary}
              plan={typeof opened.plan === 'object' && opened.plan ? opened.plan.counts : null}
              deviceId={opened.deviceId}
            />
            {typeof opened.plan === 'object' && opened.plan && (
              <MergeNotes summary={opened.plan} deviceId={opened.summary.manifest.deviceId} />
            )}
            {opened.plan === 'pending' && (
              <Group gap="xs" role="status" data-testid="merge-preview-pending">
                <Loader size="xs" aria-hidden />
                <Text size="sm">{t('import.previewing')}</Text>
              </Group>
            )}
            {opened.plan === 'failed' && (
              <Text size="sm" c="red.9" role="alert">
                {t('import.previewFailed')}
              </Text>
            )}
            {mode === 'import' && (
              <Stack gap="xs">
                <Text fw={600}>{t('import.choose')}</Text>
                <Text size="sm">{t('import.replaceHelp')}</Text>
                <Text size="sm">{t('import.mergeHelp')}</Text>
                <Group>
                  <Button color="red.9" onClick={() => confirm('replace')} disabled={importing}>
                    {t('import.replace')}
                  </Button>
                  <Button
                    onClick={() => confirm('merge')}
                    disabled={importing || typeof opened.plan !== 'object'}
                    loading={opened.plan === 'pending'}
                  >
                    {t('import.merge')}
                  </Button>
                  <Button variant="default" onClick={close} disabled={importing}>
                    {t('import.close')}
                  </Button>
                </Group>
                {importing && (
                  <Group gap="xs" role="status" data-testid="import-running">
                    <Loader size="xs" aria-hidden />
                    <Text size="sm">{t('import.running')}</Text>
                  </Group>
                )}
              </Stack>
            )}
          </Stack>
        )}
        {done && (
          <Alert color="teal.9" variant="outline" title={t('import.doneTitle')} role="status" data-testid="import-done">
            <Text size="sm">{done}</Text>
          </Alert>
        )}
        {done && <InvariantBreaks breaks={breaks} />}
      </Stack>
    </Paper>
  );
};
