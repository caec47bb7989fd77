import { useState } from 'react';
import { Badge, Button, Checkbox, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Notice } from './ui/Notice';
import { Link, useNavigate, useParams } from 'react-router';
import type { Session } from '../../../shared/domain/session';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { RepeatDialog } from './RepeatDialog';
import { deleteSession, restoreSession, setFollowUpDone } from './sessionsRepo';
import { effectiveCapacity } from './sessionRules';
import { notifyError, notifyUndo } from '../../components/notify';
import { useAttendance, usePeopleNames, useProgrammes, useSession } from './useSessions';
import { PrintAttendanceButton } from '../print/PrintAttendanceButton';
import { leaveThenDelete } from '../../lib/leaveThenDelete';
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
  const programme = programmes?.find((p) => p.id === s.programmeId);
  const cap = effectiveCapacity(s);
  const nameOf = (id: string) => names?.get(id) ?? t('removedPerson');
  const counts = { present: 0, excused: 0, absent: 0 };
  for (const a of attendance ?? []) counts[a.status] += 1;

  const remove = async () => {
    try {
      await leaveThenDelete(navigate, { leaveTo: '/sessions', backTo: `/sessions/${s.id}` }, () => deleteSession(s.id));
      notifyUndo(t('deleted', { title: s.title }), () => restoreSession(s.id), 'sessions');
    } catch (err) {
      notifyError(err, 'sessions');
    }
  };

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
            <Checkbox
              key={f.id}
              checked={f.done}
              styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
              label={f.text}
              description={
                [f.owner, f.dueDate ? t('followUp.dueOn', { date: formatDate(f.dueDate, lng) }) : '']
                  .filter(Boolean)
                  .join(' · ') || undefined
              }
              onChange={(e) =>
                void setFollowUpDone(s.id, f.id, e.currentTarget.checked).catch((err: unknown) => notifyError(err, 'sessions'))
              }
            />
          ))}
        </Stack>
      )}

      <Title order={2}>{t('fields.confidentialNotes')}</Title>
      <ConfidentialNotes key={s.id} notes={s.confidentialNotes} sessionId={s.id} />
      {s.seriesId && <Text size="sm">{t('partOfSeries')}</Text>}
      <RepeatDialog key={s.date} session={s} opened={repeatOpen} onClose={() => setRepeatOpen(false)} />
    </Stack>
  );
};

export const SessionDetail = () => {
  const { t } = useTranslation('sessions');
  const { id } = useParams();
  const session = useSession(id);
  if (session === undefined) return <Loader aria-label={t('app.loading', { ns: 'common' })} />;
  if (session === null)
    return (
      <Stack>
        <Title order={1}>{t('notFoundTitle')}</Title>
        <Text>{t('notFound')}</Text>
      </Stack>
    );
  return <SessionView session={session} />;
};
