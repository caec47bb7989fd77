import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Session, SessionInput } from '../../../shared/domain/session';
import { todayIso } from '../../lib/format';
import { SessionForm, newSessionDefaults, type SessionValues } from './SessionForm';
import { createSession, updateSession } from './sessionsRepo';
import { notifyError, notifySaved } from '../../components/notify';
import { useSession } from './useSessions';
import { prefillFromQuery } from './calendar/prefill';

/** What the form edits of a stored session (the derived and bookkeeping fields stay in the repository). */
const toInput = (s: Session): SessionInput => ({
  title: s.title,
  kind: s.kind,
  subKind: s.subKind,
  programmeId: s.programmeId,
  date: s.date,
  startTime: s.startTime,
  endTime: s.endTime,
  place: s.place,
  facilitators: s.facilitators,
  capacity: s.capacity,
  topic: s.topic,
  expected: s.expected,
  confidentialNotes: s.confidentialNotes,
  followUps: s.followUps,
  moduleIds: s.moduleIds,
  language: s.language,
});

export const SessionCreatePage = () => {
  const { t } = useTranslation('sessions');
  const navigate = useNavigate();
  // A calendar's day or time slot opens the form with `?date=…&start=…`; "plan a supervision"
  // (care) with `?kind=…&subKind=…&mentor=…&title=…`.
  const [params] = useSearchParams();
  const save = async (values: SessionValues, confirmOverCapacity: boolean) => {
    try {
      const s = await createSession(values, { confirmOverCapacity });
      notifySaved(t('saved'));
      void navigate(`/sessions/${s.id}`);
    } catch (err) {
      notifyError(err, 'sessions');
      // Not saved: the form keeps its draft.
      return false;
    }
  };
  return (
    <Stack>
      <Title order={1}>{t('newTitle')}</Title>
      <SessionForm
        initial={prefillFromQuery(newSessionDefaults(todayIso()), params)}
        onSubmit={save}
        onCancel={() => void navigate('/sessions')}
      />
    </Stack>
  );
};

export const SessionEditPage = () => {
  const { t } = useTranslation('sessions');
  const { id } = useParams();
  const navigate = useNavigate();
  const session = useSession(id);
  if (session === undefined) return <Loader aria-label={t('app.loading', { ns: 'common' })} />;
  if (session === null)
    return (
      <Stack>
        <Title order={1}>{t('notFoundTitle')}</Title>
        <Text>{t('notFound')}</Text>
      </Stack>
    );
  const save = async (values: SessionValues, confirmOverCapacity: boolean) => {
    try {
      await updateSession(session.id, values, { confirmOverCapacity });
      notifySaved(t('saved'));
      void navigate(`/sessions/${session.id}`);
    } catch (err) {
      notifyError(err, 'sessions');
      // Not saved: the form keeps its draft.
      return false;
    }
  };
  return (
    <Stack>
      <Title order={1}>{t('editTitle', { title: session.title })}</Title>
      <SessionForm
        key={session.id}
        sessionId={session.id}
        initial={toInput(session)}
        acknowledgedCount={session.warnings.filter((w) => w.kind === 'overCapacity').at(-1)?.count ?? null}
        onSubmit={save}
        onCancel={() => void navigate(`/sessions/${session.id}`)}
      />
    </Stack>
  );
};
