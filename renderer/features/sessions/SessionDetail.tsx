import { useState } from 'react';
import type { z } from 'zod';
import { Badge, Button, Checkbox, Group, List, Loader, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Notice } from './ui/Notice';
import { Link, useNavigate, useParams } from 'react-router';
import { FollowUpSchema, type FollowUp, type Session } from '../../../shared/domain/session';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { RepeatDialog } from './RepeatDialog';
import { deleteSession, restoreSession, setFollowUpDone, updateFollowUp } from './sessionsRepo';
import { effectiveCapacity } from './sessionRules';
import { fieldError, notifyError, notifySaved } from '../../components/notify';
import { FormDateField } from '../../components/FormDateField';
import { FormActions } from '../../components/FormActions';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { isBeingLeft } from '../../lib/leaveThenDelete';
import { useAttendance, usePeopleNames, useProgrammes, useSession } from './useSessions';
import { PrintAttendanceButton } from './attendanceSheet/PrintAttendanceButton';
import { recordAudit } from '../audit';

const Field = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div style={{ display: 'contents' }}>
    <dt>
      <Text fw={600} size="sm">
        {label}
      </Text>
    </dt>
    <dd style={{ margin: 0 }}>{children}</dd>
  </div>
);

/** Hidden until asked for, so notes about people never show on a screen someone else can see by chance. */
const ConfidentialNotes = ({ notes, sessionId }: { notes: string; sessionId: string }) => {
  const { t } = useTranslation('sessions');
  const [shown, setShown] = useState(false);
  // Recorded in the audit log (the session's id, never the notes) before they show.
  const show = async () => {
    try {
      await recordAudit({ action: 'viewConfidential', subjectKind: 'session', subjectId: sessionId });
      setShown(true);
    } catch (err) {
      notifyError(err, 'sessions');
    }
  };
  if (!notes) return <Text size="sm">{t('confidential.empty')}</Text>;
  return shown ? (
    <Stack gap="xs">
      <Text style={{ whiteSpace: 'pre-wrap' }}>{notes}</Text>
      <Group>
        <Button variant="default" size="xs" onClick={() => setShown(false)}>
          {t('confidential.hide')}
        </Button>
      </Group>
    </Stack>
  ) : (
    <Group>
      <Button variant="default" onClick={() => void show()}>
        {t('confidential.show')}
      </Button>
    </Group>
  );
};

const SessionView = ({ session: s }: { session: Session }) => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  const navigate = useNavigate();
  const names = usePeopleNames([...s.facilitators, ...s.expected], lng);
  const attendance = useAttendance(s.id);
  const programmes = useProgrammes();
  const [repeatOpen, setRepeatOpen] = useState(false);
  const [editingFollowUp, setEditingFollowUp] = useState<FollowUp | null>(null);
  const programme = programmes?.find((p) => p.id === s.programmeId);
  const cap = effectiveCapacity(s);
  const nameOf = (id: string) => names?.get(id) ?? t('removedPerson');
  const counts = { present: 0, excused: 0, absent: 0 };
  for (const a of attendance ?? []) counts[a.status] += 1;

  const remove = () =>
    deleteWithUndo({
      remove: () => deleteSession(s.id),
      restore: () => restoreSession(s.id),
      message: t('deleted', { title: s.title }),
      ns: 'sessions',
      page: { navigate, leaveTo: '/sessions', backTo: `/sessions/${s.id}` },
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{s.title}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="outline" color="dark">
              {t(`kinds.${s.kind}`)}
            </Badge>
            <Badge variant="outline" color="dark">
              {t(`subKinds.${s.subKind}`)}
            </Badge>
          </Group>
        </div>
        <Group>
          <Button component={Link} to={`/sessions/${s.id}/attendance`}>
            {t('attendance.record')}
          </Button>
          <Button variant="default" component={Link} to={`/sessions/${s.id}/edit`}>
            {t('actions.edit', { ns: 'common' })}
          </Button>
          <PrintAttendanceButton sessionId={s.id} />
          <Button variant="default" onClick={() => setRepeatOpen(true)}>
            {t('repeat.open')}
          </Button>
          <Button color="red" variant="outline" onClick={() => void remove()}>
            {t('actions.delete', { ns: 'common' })}
          </Button>
        </Group>
      </Group>

      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 24px', margin: 0 }}>
        <Field label={t('fields.date')}>
          {t('dateAndTime', { date: formatDate(s.date, lng), start: s.startTime, end: s.endTime })}
        </Field>
        <Field label={t('fields.place')}>{s.place || t('none')}</Field>
        <Field label={t('fields.programme')}>{programme?.name ?? t('none')}</Field>
        <Field label={t('fields.capacity')}>{cap === null ? t('none') : formatNumber(cap, lng)}</Field>
        <Field label={t('fields.facilitators')}>
          {s.facilitators.length ? s.facilitators.map((p) => nameOf(p.id)).join(', ') : t('none')}
        </Field>
        <Field label={t('fields.topic')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{s.topic || t('none')}</Text>
        </Field>
        {s.language && (
          <Field label={t('fields.language')}>{t(`language.names.${s.language}`, { ns: 'common' })}</Field>
        )}
      </dl>

      {s.warnings.map((w) => (
        <Notice key={w.at} tone="warning" title={t('capacity.recordedTitle')}>
          {t('capacity.recorded', { count: w.count, at: formatDateTime(w.at, lng) })}
        </Notice>
      ))}

      <Title order={2}>{t('form.expectedLegend', { count: s.expected.length, capacity: cap ?? '—' })}</Title>
      {s.expected.length === 0 ? (
        <Text>{t('noExpected')}</Text>
      ) : (
        <List type="ordered" aria-label={t('fields.expected')}>
          {s.expected.map((p) => (
            <List.Item key={p.id}>
              {nameOf(p.id)} ({t(`personKinds.${p.kind}`)})
            </List.Item>
          ))}
        </List>
      )}

      <Title order={2}>{t('attendance.title')}</Title>
      <Text>{attendance?.length ? t('attendance.summary', counts) : t('attendance.notRecorded')}</Text>

      <Title order={2}>{t('fields.followUps')}</Title>
      {s.followUps.length === 0 ? (
        <Text>{t('form.noFollowUps')}</Text>
      ) : (
        <Stack gap="xs">
          {s.followUps.map((f) => (
            <Group key={f.id} gap="sm" align="flex-start" wrap="nowrap">
              <Checkbox
                checked={f.done}
                styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
                label={f.text}
                description={
                  [f.owner, f.dueDate ? t('followUp.dueOn', { date: formatDate(f.dueDate, lng) }) : '']
                    .filter(Boolean)
                    .join(' · ') || undefined
                }
                onChange={(e) =>
                  void setFollowUpDone(s.id, f.id, e.currentTarget.checked).catch((err: unknown) =>
                    notifyError(err, 'sessions'),
                  )
                }
              />
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setEditingFollowUp(f)}
                aria-label={t('followUp.editNamed', { text: f.text })}
              >
                {t('actions.edit', { ns: 'common' })}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {editingFollowUp && (
        <FollowUpModal
          key={editingFollowUp.id}
          sessionId={s.id}
          followUp={editingFollowUp}
          onClose={() => setEditingFollowUp(null)}
        />
      )}

      <Title order={2}>{t('fields.confidentialNotes')}</Title>
      <ConfidentialNotes key={s.id} notes={s.confidentialNotes} sessionId={s.id} />
      {s.seriesId && <Text size="sm">{t('partOfSeries')}</Text>}
      <RepeatDialog key={s.date} session={s} opened={repeatOpen} onClose={() => setRepeatOpen(false)} />
    </Stack>
  );
};

const FollowUpFormSchema = FollowUpSchema.pick({ text: true, owner: true, dueDate: true, done: true });
type FollowUpFormInput = z.input<typeof FollowUpFormSchema>;
type FollowUpFormValues = z.output<typeof FollowUpFormSchema>;

/** Correct one follow-up action without opening the whole session form. */
const FollowUpModal = ({
  sessionId,
  followUp,
  onClose,
}: {
  sessionId: string;
  followUp: FollowUp;
  onClose: () => void;
}) => {
  const { t } = useTranslation('sessions');
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FollowUpFormInput, unknown, FollowUpFormValues>({
    resolver: zodResolver(FollowUpFormSchema),
    defaultValues: { text: followUp.text, owner: followUp.owner, dueDate: followUp.dueDate, done: followUp.done },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('followUp.editTitle')}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await updateFollowUp(sessionId, { id: followUp.id, ...values });
            notifySaved(t('followUp.saved'));
            onClose();
          } catch (err) {
            notifyError(err, 'sessions');
          }
        })}
      >
        <Stack>
          <TextInput
            label={t('followUp.text')}
            withAsterisk
            data-autofocus
            {...register('text')}
            error={fieldError(errors.text, 'sessions')}
          />
          <TextInput label={t('followUp.owner')} {...register('owner')} error={fieldError(errors.owner, 'sessions')} />
          <FormDateField
            control={control}
            name="dueDate"
            label={t('followUp.dueDate')}
            clearable
            error={fieldError(errors.dueDate, 'sessions')}
          />
          <Checkbox label={t('followUp.done')} {...register('done')} />
          <FormActions submitting={isSubmitting} onCancel={onClose} inDialog />
        </Stack>
      </form>
    </Modal>
  );
};

export const SessionDetail = () => {
  const { t } = useTranslation('sessions');
  const { id } = useParams();
  const session = useSession(id);
  if (session === undefined) return <Loader aria-label={t('app.loading', { ns: 'common' })} />;
  if (session === null && isBeingLeft(`/sessions/${id ?? ''}`))
    return <Loader aria-label={t('app.loading', { ns: 'common' })} />;
  if (session === null)
    return (
      <Stack>
        <Title order={1}>{t('notFoundTitle')}</Title>
        <Text>{t('notFound')}</Text>
      </Stack>
    );
  return <SessionView session={session} />;
};
