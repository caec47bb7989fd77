import { useState } from 'react';
import { Alert, Button, Code, Group, Paper, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/bridge';
import { estimateStrength, MIN_PASSPHRASE_LENGTH, suggestPassphrase } from '../../../shared/backup/passphrase';
import { BackupProgressBar } from './BackupProgressBar';
import { manifestInfo, recordBackupSaved } from './backupRepo';
import { createInWorker } from './backupWorkerClient';
import { IssueList } from './BackupErrorAlert';
import type { InvalidRecords } from '../../../shared/backup/pipeline';
import { useBackupProgress } from './useBackup';
import { recordAudit } from '../audit';

const STRENGTH_COLOR = ['red.9', 'red.9', 'orange.9', 'teal.9', 'teal.9'] as const;

type Outcome =
  /** `invalid` arrives after the file is saved (null until then, or when it could not be checked). */
  | { kind: 'saved'; verified: boolean; path: string; invalid: InvalidRecords | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown };

/** Export: passphrase twice (or a suggested one), then the worker encrypts and the bridge saves. */
export const ExportPanel = () => {
  const { t } = useTranslation('backup');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [suggested, setSuggested] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const progress = useBackupProgress();

  const strength = estimateStrength(passphrase);
  const mismatch = repeat.length > 0 && repeat !== passphrase;
  const ready = strength.acceptable && repeat === passphrase && !busy;

  const suggest = () => {
    const words = suggestPassphrase();
    setSuggested(words);
    setPassphrase(words);
    setRepeat(words);
  };

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const info = await manifestInfo((await bridge.info()).version);
      const { created, checked } = await createInWorker({ info, passphrase }, progress.onProgress);
      const saved = await bridge.saveBackup({ suggestedName: created.fileName, bytes: created.bytes });
      if (saved.status === 'cancelled') {
        // With `error` the shell could not write (USB stick removed, disk full): not a choice.
        setOutcome(saved.error ? { kind: 'failed', error: saved.error } : { kind: 'cancelled' });
        return;
      }
      await recordBackupSaved(info.createdAt);
      const records = Object.values(created.manifest.counts).reduce((n, c) => n + c, 0);
      await recordAudit({ action: 'exportBackup', subjectKind: 'file', count: records });
      setOutcome({ kind: 'saved', verified: saved.verified, path: saved.path, invalid: null });
      checked.then(
        (invalid) => setOutcome((o) => (o?.kind === 'saved' && o.path === saved.path ? { ...o, invalid } : o)),
        (err: unknown) => console.error('checking the saved records failed', err),
      );
      setPassphrase('');
      setRepeat('');
      setSuggested(null);
    } catch (error) {
      console.error(error);
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
      progress.reset();
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backup-export-title">
      <Stack gap="sm" maw={640}>
        <Title order={2} size="h3" id="backup-export-title">
          {t('export.title')}
        </Title>
        <Text size="sm">{t('export.help', { min: MIN_PASSPHRASE_LENGTH })}</Text>
        <Group>
          <Button variant="default" onClick={suggest} disabled={busy}>
            {t('export.suggest')}
          </Button>
        </Group>
        {suggested && (
          <Alert color="blue.9" variant="outline" data-testid="suggested-passphrase">
            <Text size="sm">{t('export.suggested')}</Text>
            <Code fz="lg" block>
              {suggested}
            </Code>
          </Alert>
        )}
        <PasswordInput
          label={t('export.passphrase')}
          value={passphrase}
          onChange={(e) => {
            setPassphrase(e.currentTarget.value);
            setSuggested(null);
          }}
          autoComplete="new-password"
          disabled={busy}
        />
        {passphrase.length > 0 && (
          <Stack gap={2}>
            <Progress
              value={(strength.level + 1) * 20}
              color={STRENGTH_COLOR[strength.level]}
              aria-label={t('export.strength', { level: t(`export.levels.${strength.level}`) })}
            />
            <Text size="sm" c={STRENGTH_COLOR[strength.level]} data-testid="passphrase-strength">
              {t('export.strength', { level: t(`export.levels.${strength.level}`) })}
            </Text>
            {!strength.acceptable && <Text size="sm">{t('export.tooWeak')}</Text>}
          </Stack>
        )}
        <PasswordInput
          label={t('export.repeat')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={mismatch ? t('export.mismatch') : undefined}
          autoComplete="new-password"
          disabled={busy}
        />
        <Group>
          <Button onClick={() => void run()} disabled={!ready}>
            {t('export.start')}
          </Button>
        </Group>
        {busy && <BackupProgressBar view={progress.view ?? { phase: 'serialise', percent: 0 }} />}
        {outcome?.kind === 'saved' && (
          <Alert
            color="teal.9"
            variant="outline"
            title={t('export.savedTitle')}
            role="status"
            data-testid="backup-saved"
          >
            <Text size="sm">
              {outcome.verified
                ? t('export.savedVerified', { path: outcome.path })
                : t('export.savedBrowser', { name: outcome.path })}
            </Text>
          </Alert>
        )}
        {outcome?.kind === 'saved' && outcome.invalid && outcome.invalid.issueCount > 0 && (
          <Alert
            color="red.9"
            variant="outline"
            title={t('export.invalidTitle')}
            role="alert"
            data-testid="backup-invalid-records"
          >
            <Text size="sm">{t('export.invalidBody', { count: outcome.invalid.issueCount })}</Text>
            <IssueList issues={outcome.invalid.issues} issueCount={outcome.invalid.issueCount} />
          </Alert>
        )}
        {outcome?.kind === 'cancelled' && (
          <Alert color="gray.8" variant="outline" role="status">
            <Text size="sm">{t('export.cancelled')}</Text>
          </Alert>
        )}
        {outcome?.kind === 'failed' && (
          <Alert color="red.9" variant="outline" role="alert" data-testid="backup-error">
            <Text size="sm">{t('errors.saveFailed')}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
};
