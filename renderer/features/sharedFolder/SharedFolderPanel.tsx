import { useId, useState } from 'react';
import {
  Alert,
  Button,
  Code,
  Group,
  Loader,
  Modal,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { estimateStrength, suggestPassphrase } from '../../../shared/backup/passphrase';
import {
  PcNameSchema,
  SharedFolderFormSchema,
  type SharedFolderForm,
  type SharedFolderSetup,
} from '../../../shared/domain/sharedFolder';
import type { PeerSummary } from '../../../shared/sync/sharedFolder';
import { fieldError, notifyError, notifySaved } from '../../components/notify';
import { z } from 'zod';
import {
  archivePeerFile,
  chooseSyncFolder,
  renameThisPc,
  setUpSharedFolder,
  stopUsingSharedFolder,
  typePassphrase,
  writeNow,
} from './sharedFolderActions';
import { useSharedFolderSetup, useSharedFolderView, useSyncOverview, type SyncOverview } from './useSharedFolder';
import { ReviewMergeModal } from './ReviewMergeModal';
import { SyncStatusLine, useWhen } from './SyncStatusLine';

/**
 * Settings → Shared folder: set up this PC (the folder, its name, the organisation's sync
 * passphrase), then see every other PC's file and what became of it, and act on what waits.
 */
export const SharedFolderPanel = () => {
  const { t } = useTranslation('sharedFolder');
  const setup = useSharedFolderSetup();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="shared-folder-panel">
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('intro')}
      </Text>
      {setup === undefined ? (
        <Loader size="sm" aria-label={t('common:app.loading')} />
      ) : setup === null ? (
        <SetUpForm />
      ) : (
        <SyncStatus setup={setup} />
      )}
    </Paper>
  );
};

const SetUpForm = () => {
  const { t } = useTranslation('sharedFolder');
  const [folder, setFolder] = useState<string | null>(null);
  const [suggested, setSuggested] = useState<string | null>(null);
  const { register, handleSubmit, setValue, control, formState } = useForm<SharedFolderForm>({
    resolver: zodResolver(SharedFolderFormSchema),
    defaultValues: { pcName: '', passphrase: '' },
  });
  const passphrase = useWatch({ control, name: 'passphrase' });
  const strength = estimateStrength(passphrase);

  const choose = async () => {
    try {
      const chosen = await chooseSyncFolder();
      if (chosen.status === 'chosen') setFolder(chosen.label);
      else if (chosen.error) notifyError(new Error('sharedFolder:errors.noPicker'), 'sharedFolder');
    } catch (err) {
      notifyError(err, 'sharedFolder');
    }
  };

  const submit = handleSubmit(async (values) => {
    if (!folder) return;
    if (!strength.acceptable) return;
    try {
      const { kept } = await setUpSharedFolder({ ...values, folderLabel: folder });
      notifySaved(kept ? t('setUp.doneKept') : t('setUp.done'));
    } catch (err) {
      notifyError(err, 'sharedFolder');
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm" maw={560}>
        <Group align="flex-end">
          <Button variant="default" onClick={() => void choose()}>
            {t('setUp.choose')}
          </Button>
          <Text size="sm" data-testid="shared-folder-chosen">
            {folder ? t('setUp.chosen', { folder }) : t('setUp.none')}
          </Text>
        </Group>
        <TextInput
          label={t('setUp.pcName')}
          description={t('setUp.pcNameHelp')}
          {...register('pcName')}
          error={fieldError(formState.errors.pcName, 'sharedFolder')}
        />
        <PasswordInput
          label={t('setUp.passphrase')}
          description={t('setUp.passphraseHelp')}
          autoComplete="new-password"
          {...register('passphrase')}
          error={
            fieldError(formState.errors.passphrase, 'sharedFolder') ??
            (passphrase.length > 0 && !strength.acceptable ? t('errors.passphraseWeak') : undefined)
          }
        />
        <Group>
          <Button
            variant="subtle"
            onClick={() => {
              const words = suggestPassphrase();
              setSuggested(words);
              setValue('passphrase', words, { shouldValidate: true });
            }}
          >
            {t('setUp.suggest')}
          </Button>
        </Group>
        {suggested && (
          <Alert color="blue" variant="outline" title={t('setUp.suggestedTitle')}>
            <Text size="sm">{t('setUp.suggestedHelp')}</Text>
            <Code fz="lg" block>
              {suggested}
            </Code>
          </Alert>
        )}
        <Group>
          <Button type="submit" disabled={!folder} loading={formState.isSubmitting}>
            {t('setUp.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

const SyncStatus = ({ setup }: { setup: SharedFolderSetup }) => {
  const { t } = useTranslation('sharedFolder');
  const view = useSharedFolderView();
  const overview = useSyncOverview();
  const when = useWhen();
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [confirmStop, setConfirmStop] = useState(false);
  const [archiving, setArchiving] = useState<PeerSummary | null>(null);

  return (
    <Stack gap="sm">
      <Text size="sm">{t('status.thisPc', { pc: setup.pcName, folder: setup.folderLabel })}</Text>
      {view.phase === 'needsPassphrase' && <PassphraseForm />}
      {view.phase === 'unavailable' && (
        <Alert color="orange.9" variant="outline" role="alert" title={t('status.unavailableTitle')}>
          {t('status.unavailable')}
        </Alert>
      )}
      {view.phase === 'failed' && (
        <Alert color="red" variant="outline" role="alert" title={t('status.failedTitle')}>
          {t('status.failed')}
        </Alert>
      )}
      {view.phase === 'readOnly' && (
        <Alert color="red" variant="outline" role="alert">
          {t('status.readOnly')}
        </Alert>
      )}
      {overview?.nameTaken && (
        <Alert color="red" variant="outline" role="alert" title={t('own.nameTakenTitle')}>
          {t('own.nameTaken')}
        </Alert>
      )}
      <SyncStatusLine />
      <Text size="sm" data-testid="shared-folder-written">
        {overview?.writtenAt ? t('status.written', { when: when(overview.writtenAt) }) : t('status.notWritten')}
      </Text>
      {overview && overview.peers.length > 0 ? (
        <PeersTable overview={overview} onReview={setReviewing} onArchive={setArchiving} />
      ) : (
        <Text size="sm">{t('status.noPeers')}</Text>
      )}
      <Group>
        <Button
          onClick={() => void writeNow().catch((err: unknown) => notifyError(err, 'sharedFolder'))}
          loading={view.phase === 'working'}
        >
          {t('status.syncNow')}
        </Button>
        <RenameForm current={setup.pcName} />
        <Button variant="default" color="red" onClick={() => setConfirmStop(true)}>
          {t('status.stop')}
        </Button>
      </Group>
      {reviewing && <ReviewMergeModal file={reviewing} onClose={() => setReviewing(null)} />}
      <Modal opened={confirmStop} onClose={() => setConfirmStop(false)} title={t('stop.title')}>
        <Stack>
          <Text size="sm">{t('stop.text')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmStop(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() =>
                void stopUsingSharedFolder()
                  .then(() => setConfirmStop(false))
                  .catch((err: unknown) => notifyError(err, 'sharedFolder'))
              }
            >
              {t('stop.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={archiving !== null}
        onClose={() => setArchiving(null)}
        title={t('archive.title', { pc: archiving?.pcName ?? '' })}
      >
        <Stack>
          <Text size="sm">{t('archive.text', { pc: archiving?.pcName ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setArchiving(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              onClick={() => {
                if (!archiving) return;
                void archivePeerFile(archiving.file)
                  .then(() => setArchiving(null))
                  .catch((err: unknown) => notifyError(err, 'sharedFolder'));
              }}
            >
              {t('archive.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
};

const PeersTable = ({
  overview,
  onReview,
  onArchive,
}: {
  overview: SyncOverview;
  onReview: (file: string) => void;
  onArchive: (peer: PeerSummary) => void;
}) => {
  const { t } = useTranslation('sharedFolder');
  const when = useWhen();
  const statusOf = (p: PeerSummary): string => {
    if (p.status === 'waiting') return t(`waiting.${p.waitingFor ?? 'breaks'}`);
    if (p.status === 'problem') return t(`problem.${p.problem ?? 'damaged'}`);
    return p.mergedAt ? t('peer.inStep', { when: when(p.mergedAt) }) : t('peer.inStepNever');
  };
  return (
    <Table striped withTableBorder aria-label={t('peer.tableLabel')} data-testid="shared-folder-peers">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('peer.pc')}</Table.Th>
          <Table.Th>{t('peer.status')}</Table.Th>
          <Table.Th>{t('peer.heard')}</Table.Th>
          <Table.Th>{t('peer.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {overview.peers.map((p) => (
          <Table.Tr key={p.file}>
            <Table.Td>{p.pcName}</Table.Td>
            <Table.Td>{statusOf(p)}</Table.Td>
            <Table.Td>
              {p.heardAt ? when(p.heardAt) : t('peer.never')}
              {p.stale && (
                <Text span c="orange.9" fw={700}>
                  {' '}
                  {t('peer.stale')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap="xs">
                {p.status === 'waiting' && (
                  <Button size="xs" onClick={() => onReview(p.file)}>
                    {t('peer.review', { pc: p.pcName })}
                  </Button>
                )}
                <Button size="xs" variant="default" onClick={() => onArchive(p)}>
                  {t('peer.archive', { pc: p.pcName })}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

const PassphraseSchema = SharedFolderFormSchema.pick({ passphrase: true });

/** After a reload in the browser (or with no protected storage): the passphrase, asked once. */
const PassphraseForm = () => {
  const { t } = useTranslation('sharedFolder');
  const { register, handleSubmit, formState } = useForm<{ passphrase: string }>({
    resolver: zodResolver(PassphraseSchema),
    defaultValues: { passphrase: '' },
  });
  const submit = handleSubmit(async ({ passphrase }) => {
    try {
      await typePassphrase(passphrase);
    } catch (err) {
      notifyError(err, 'sharedFolder');
    }
  });
  return (
    <Alert color="blue" variant="outline" title={t('unlock.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="xs">
          <Text size="sm">{t('unlock.text')}</Text>
          <PasswordInput
            label={t('setUp.passphrase')}
            autoComplete="current-password"
            {...register('passphrase')}
            error={fieldError(formState.errors.passphrase, 'sharedFolder')}
          />
          <Group>
            <Button type="submit" loading={formState.isSubmitting}>
              {t('unlock.resume')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Alert>
  );
};

const RenameSchema = z.object({ pcName: PcNameSchema });

const RenameForm = ({ current }: { current: string }) => {
  const { t } = useTranslation('sharedFolder');
  const [open, setOpen] = useState(false);
  const { register, handleSubmit, formState, reset } = useForm<{ pcName: string }>({
    resolver: zodResolver(RenameSchema),
    defaultValues: { pcName: current },
  });
  const submit = handleSubmit(async ({ pcName }) => {
    try {
      await renameThisPc(pcName);
      setOpen(false);
    } catch (err) {
      notifyError(err, 'sharedFolder');
    }
  });
  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          reset({ pcName: current });
          setOpen(true);
        }}
      >
        {t('rename.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('rename.title')}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Text size="sm">{t('rename.text')}</Text>
            <TextInput
              label={t('setUp.pcName')}
              {...register('pcName')}
              error={fieldError(formState.errors.pcName, 'sharedFolder')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit">{t('rename.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
};
