import { Suspense, useState, type ComponentType } from 'react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { formatPersonName } from '../../../shared/domain/names';
import { GoalSchema, type ContactLog, type Goal, type Pairing } from '../../../shared/domain/pairing';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatDateTime, todayIso } from '../../lib/format';
import { useProgrammes } from '../programmes';
import { ClosePairingModal } from './ClosePairingModal';
import { ContactLogModal } from './ContactLogModal';
import { fieldError, notifyError, notifySaved } from '../../components/notify';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { FormActions } from '../../components/FormActions';
import { CrisisBadge } from './CrisisBadge';
import { PairingStatusBadge } from './PairingStatusBadge';
import {
  addGoal,
  addGoalProgress,
  changePairingStatus,
  deleteContactLog,
  deletePairing,
  restoreContactLog,
  restorePairing,
  updateGoal,
  updatePairingDetails,
} from './pairingsRepo';
import { useContactLogs, usePairing } from './usePairings';
import { DateField } from '../../components/DateField';

const Field = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div>
    <Text size="sm" c="gray.7">
      {label}
    </Text>
    <Box>{children}</Box>
  </div>
);

/**
 * A panel another feature adds to a pairing's page (check-ins …): it receives the pairing's id and
 * whether the pairing is closed (read-only), and renders its own heading. The app lists them
 * (`app/pairingPanels.tsx`); the page renders them in that order below its own sections.
 */
export type PairingPanel = { key: string; Component: ComponentType<{ pairingId: string; readOnly: boolean }> };

export const PairingDetail = ({ panels }: { panels: readonly PairingPanel[] }) => {
  const { t } = useTranslation('pairings');
  const { id } = useParams();
  const row = usePairing(id);
  const programmes = useProgrammes(true);
  const [contactOpen, setContactOpen] = useState(false);
  const [closeOpen, setCloseOpen] = useState(false);
  const navigate = useNavigate();
  const lng = currentLanguage();

  if (row === undefined) return <Loader aria-label={t('common:app.loading')} />;
  if (row === null)
    return (
      <Stack>
        <Title order={1}>{t('detail.notFoundTitle')}</Title>
        <Text>{t('detail.notFound')}</Text>
        <Button component={Link} to="/pairings" variant="default" w="fit-content">
          {t('detail.backToList')}
        </Button>
      </Stack>
    );

  const { pairing, mentor, mentee } = row;
  const code = mentee?.code ?? t('person.unknown');
  const mentorName = mentor ? formatPersonName(mentor, lng) : t('person.unknown');
  const closed = pairing.status === 'closed';

  /** A proposal made by mistake goes; an active or closed pairing stays for the record. */
  const removeProposal = () =>
    deleteWithUndo({
      remove: () => deletePairing(pairing.id),
      restore: () => restorePairing(pairing.id),
      message: t('notify.proposalDeleted', { code }),
      ns: 'pairings',
      page: { navigate, leaveTo: '/pairings', backTo: `/pairings/${pairing.id}` },
    });

  const move = async (to: 'active' | 'paused') => {
    try {
      await changePairingStatus(pairing.id, to, todayIso());
      notifySaved(t(`notify.status.${to}`));
    } catch (err) {
      notifyError(err, 'pairings');
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{t('detail.title', { code, mentor: mentorName })}</Title>
          <Group gap="xs">
            <PairingStatusBadge status={pairing.status} />
            {closed && <Text c="gray.7">{t('detail.closedReadOnly')}</Text>}
          </Group>
        </Stack>
        {!closed && (
          <Group>
            {pairing.status === 'proposed' && (
              <Button onClick={() => void move('active')}>{t('actions.activate')}</Button>
            )}
            {pairing.status === 'active' && (
              <Button variant="default" onClick={() => void move('paused')}>
                {t('actions.pause')}
              </Button>
            )}
            {pairing.status === 'paused' && <Button onClick={() => void move('active')}>{t('actions.resume')}</Button>}
            <Button variant="outline" color="red.9" onClick={() => setCloseOpen(true)}>
              {t('actions.close')}
            </Button>
            {pairing.status === 'proposed' && (
              <Button variant="outline" color="red.9" onClick={() => void removeProposal()}>
                {t('actions.deleteProposal')}
              </Button>
            )}
          </Group>
        )}
      </Group>

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Field label={t('fields.mentee')}>
            {mentee ? (
              <Anchor component={Link} to={`/mentees/${mentee.id}`} ff="monospace">
                {mentee.code}
              </Anchor>
            ) : (
              code
            )}
          </Field>
          <Field label={t('fields.mentor')}>
            {mentor ? (
              <Anchor component={Link} to={`/mentors/${mentor.id}`}>
                {mentorName}
              </Anchor>
            ) : (
              mentorName
            )}
          </Field>
          <Field label={t('fields.programme')}>
            {programmes?.find((p) => p.id === pairing.programmeId)?.name ?? '—'}
          </Field>
          <Field label={t('fields.lastContactDate')}>
            {formatDate(pairing.lastContactDate, lng) || t('person.noContact')}
          </Field>
        </SimpleGrid>
        {pairing.overrides.length > 0 && (
          <Stack gap={4} mt="md">
            <Text fw={600}>{t('detail.overrides')}</Text>
            <List size="sm">
              {pairing.overrides.map((o) => (
                <List.Item key={`${o.kind}-${o.at}`}>
                  {t(`warnings.${o.kind}Short`)} — {o.reason} ({formatDateTime(o.at, lng)})
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Stack gap={4} mt="md">
          <Text fw={600}>{t('detail.history')}</Text>
          <Text size="sm">
            {pairing.statusHistory.map((h) => `${t(`status.${h.status}`)} ${formatDate(h.date, lng)}`).join(' → ')}
          </Text>
        </Stack>
      </Paper>

      {pairing.closure && !pairing.closure.planned && mentee?.status === 'waiting' && (
        <Alert color="blue" title={t('waitingList:closedEarlyTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('waitingList:closedEarly', { code: mentee.code })}</Text>
            <Button component={Link} to={`/pairings/new?menteeId=${mentee.id}`}>
              {t('waitingList:rematch')}
            </Button>
          </Stack>
        </Alert>
      )}

      {pairing.closure && (
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('close.summaryTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <Field label={t('close.date')}>{formatDate(pairing.closure.date, lng)}</Field>
            <Field label={t('close.reason')}>
              {t(`close.reasons.${pairing.closure.reason}`)}
              {pairing.closure.reasonText ? ` — ${pairing.closure.reasonText}` : ''}
            </Field>
            <Field label={t('close.plannedLabel')}>
              {pairing.closure.planned ? t('close.planned') : t('close.early')}
            </Field>
            <Field label={t('close.conversation')}>
              {pairing.closure.closingConversationHeld ? t('detail.yes') : t('detail.no')}
            </Field>
          </SimpleGrid>
        </Paper>
      )}

      <DetailsForm key={pairing.updatedAt} pairing={pairing} />
      <Goals pairing={pairing} />

      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3">
            {t('contacts.title')}
          </Title>
          {!closed && <Button onClick={() => setContactOpen(true)}>{t('actions.logContact')}</Button>}
        </Group>
        <ContactLogTable pairingId={pairing.id} readOnly={closed} />
      </Paper>

      {panels.map(({ key, Component }) => (
        <Suspense key={key} fallback={<Loader size="sm" aria-label={t('common:app.loading')} />}>
          <Component pairingId={pairing.id} readOnly={closed} />
        </Suspense>
      ))}

      <ContactLogModal pairingId={pairing.id} opened={contactOpen} onClose={() => setContactOpen(false)} />
      {!closed && (
        <ClosePairingModal pairingId={pairing.id} code={code} opened={closeOpen} onClose={() => setCloseOpen(false)} />
      )}
    </Stack>
  );
};

const DetailsForm = ({ pairing }: { pairing: Pairing }) => {
  const { t } = useTranslation('pairings');
  const [startDate, setStartDate] = useState(pairing.startDate ?? '');
  const [plannedEndDate, setPlannedEndDate] = useState(pairing.plannedEndDate ?? '');
  const [notes, setNotes] = useState(pairing.notes);
  const readOnly = pairing.status === 'closed';
  const save = async () => {
    try {
      await updatePairingDetails(pairing.id, {
        startDate: startDate || null,
        plannedEndDate: plannedEndDate || null,
        notes,
        goals: pairing.goals,
      });
      notifySaved(t('notify.saved'));
    } catch (err) {
      notifyError(err, 'pairings');
    }
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('detail.details')}
      </Title>
      <Stack>
        <Group grow align="flex-start">
          <DateField
            label={t('fields.startDate')}
            value={startDate || null}
            onChange={(v) => setStartDate(v ?? '')}
            readOnly={readOnly}
            clearable={!readOnly}
          />
          <DateField
            label={t('fields.plannedEndDate')}
            value={plannedEndDate || null}
            onChange={(v) => setPlannedEndDate(v ?? '')}
            readOnly={readOnly}
            clearable={!readOnly}
          />
        </Group>
        <Textarea
          label={t('fields.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
          readOnly={readOnly}
        />
        {!readOnly && (
          <Button variant="default" onClick={() => void save()} w="fit-content">
            {t('detail.saveDetails')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
};

const Goals = ({ pairing }: { pairing: Pairing }) => {
  const { t } = useTranslation('pairings');
  const [text, setText] = useState('');
  const readOnly = pairing.status === 'closed';
  const add = async () => {
    if (!text.trim()) return;
    try {
      await addGoal(pairing.id, text);
      setText('');
    } catch (err) {
      notifyError(err, 'pairings');
    }
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('goals.title')}
      </Title>
      <Stack>
        {pairing.goals.length === 0 && <Text c="gray.7">{t('goals.none')}</Text>}
        {pairing.goals.map((g) => (
          <GoalItem key={g.id} pairingId={pairing.id} goal={g} readOnly={readOnly} />
        ))}
        {!readOnly && (
          <Group align="flex-end">
            <TextInput label={t('goals.new')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={360} />
            <Button variant="default" onClick={() => void add()}>
              {t('goals.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
};

const GoalItem = ({ pairingId, goal, readOnly }: { pairingId: string; goal: Goal; readOnly: boolean }) => {
  const { t } = useTranslation('pairings');
  const lng = currentLanguage();
  const [note, setNote] = useState('');
  const [achieved, setAchieved] = useState(goal.achieved);
  const [editing, setEditing] = useState(false);
  const save = async () => {
    if (!note.trim() && achieved === goal.achieved) return;
    try {
      await addGoalProgress(pairingId, goal.id, {
        date: todayIso(),
        note: note.trim() || t(achieved ? 'goals.markedAchieved' : 'goals.markedOpen'),
        achieved,
      });
      setNote('');
    } catch (err) {
      notifyError(err, 'pairings');
    }
  };
  return (
    <Paper withBorder p="sm">
      <Group gap="xs">
        <Text fw={600}>{goal.text}</Text>
        {goal.achieved && <Text c="teal.9">{t('goals.achieved')}</Text>}
        {!readOnly && (
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setEditing(true)}
            aria-label={t('goals.editNamed', { goal: goal.text })}
          >
            {t('common:actions.edit')}
          </Button>
        )}
      </Group>
      {editing && <GoalEditModal pairingId={pairingId} goal={goal} onClose={() => setEditing(false)} />}
      {goal.progress.length > 0 && (
        <List size="sm" mt={4}>
          {goal.progress.map((p, i) => (
            <List.Item key={`${p.date}-${i}`}>
              {formatDate(p.date, lng)}: {p.note}
            </List.Item>
          ))}
        </List>
      )}
      {!readOnly && (
        <Group align="flex-end" mt="xs">
          <TextInput
            label={t('goals.progressNote', { goal: goal.text })}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            w={360}
            size="sm"
          />
          <Checkbox
            label={t('goals.achieved')}
            checked={achieved}
            onChange={(e) => setAchieved(e.currentTarget.checked)}
            mb={6}
          />
          <Button variant="default" size="sm" onClick={() => void save()}>
            {t('goals.addProgress')}
          </Button>
        </Group>
      )}
    </Paper>
  );
};

/** Correct a goal's wording: the same schema as adding one, so an empty goal says "required". */
const GoalEditModal = ({ pairingId, goal, onClose }: { pairingId: string; goal: Goal; onClose: () => void }) => {
  const { t } = useTranslation('pairings');
  const schema = GoalSchema.pick({ text: true });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ text: string }>({ resolver: zodResolver(schema), defaultValues: { text: goal.text } });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('goals.editTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        noValidate
        onSubmit={handleSubmit(async ({ text }) => {
          try {
            await updateGoal(pairingId, goal.id, text);
            notifySaved(t('goals.saved'));
            onClose();
          } catch (err) {
            notifyError(err, 'pairings');
          }
        })}
      >
        <Stack>
          <TextInput
            label={t('goals.text')}
            withAsterisk
            data-autofocus
            {...register('text')}
            error={fieldError(errors.text, 'pairings')}
          />
          <FormActions submitting={isSubmitting} onCancel={onClose} inDialog />
        </Stack>
      </form>
    </Modal>
  );
};

const ContactLogTable = ({ pairingId, readOnly }: { pairingId: string; readOnly: boolean }) => {
  const { t } = useTranslation('pairings');
  const lng = currentLanguage();
  const logs = useContactLogs(pairingId);
  const [editing, setEditing] = useState<ContactLog | null>(null);
  if (logs === undefined) return <Loader aria-label={t('common:app.loading')} />;
  if (logs.length === 0) return <Text c="gray.7">{t('contacts.none')}</Text>;

  const remove = (id: string) =>
    deleteWithUndo({
      remove: () => deleteContactLog(id),
      restore: () => restoreContactLog(id),
      message: t('notify.contactDeleted'),
      ns: 'pairings',
    });

  return (
    <>
      {editing && (
        <ContactLogModal key={editing.id} pairingId={pairingId} log={editing} opened onClose={() => setEditing(null)} />
      )}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contacts.date')}</Table.Th>
            <Table.Th>{t('contacts.kindLabel')}</Table.Th>
            <Table.Th>{t('contacts.duration')}</Table.Th>
            <Table.Th>{t('contacts.notes')}</Table.Th>
            {!readOnly && (
              <Table.Th>
                <VisuallyHidden>{t('contacts.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {logs.map((l) => (
            <Table.Tr
              key={l.id}
              data-crisis={l.crisis || undefined}
              style={
                l.crisis
                  ? { borderLeft: '6px solid var(--mantine-color-red-9)', background: 'var(--mantine-color-red-0)' }
                  : undefined
              }
            >
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <Text fw={l.crisis ? 700 : 400}>{formatDate(l.date, lng)}</Text>
                  {l.crisis && <CrisisBadge />}
                </Stack>
              </Table.Td>
              <Table.Td>{t(`contacts.kind.${l.kind}`)}</Table.Td>
              <Table.Td>{t('contacts.minutes', { count: l.durationMinutes })}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{l.notes}</Table.Td>
              {!readOnly && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(l)}
                      aria-label={t('contacts.editNamed', { date: formatDate(l.date, lng) })}
                    >
                      {t('common:actions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => void remove(l.id)}
                      aria-label={t('contacts.deleteNamed', { date: formatDate(l.date, lng) })}
                    >
                      {t('common:actions.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
};
