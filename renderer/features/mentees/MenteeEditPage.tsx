import { useEffect, useRef } from 'react';
import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Mentee, MenteeInput } from '../../../shared/domain/mentee';
import { todayIso } from '../../lib/format';
import { notifyError, notifySaved } from '../../components/notify';
import { createMentee, updateMentee } from './menteesRepo';
import { MenteeForm } from './MenteeForm';
import { useMentee } from './useMentees';
import { recordAudit } from '../audit';

const EMPTY: MenteeInput = {
  programmeId: '',
  givenName: '',
  familyName: '',
  transition: 'movingIntoHousing',
  needs: '',
  goals: '',
  referralSource: '',
  languages: [],
  livedExperience: [],
  preferredMentorGender: 'any',
  birthYear: null,
  referredOn: null,
  consentGiven: false,
  notes: '',
};

export const MenteeCreatePage = () => {
  const { t } = useTranslation('mentees');
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={1}>{t('form.createTitle')}</Title>
      <Text size="sm" c="gray.7">
        {t('form.codeNote')}
      </Text>
      <MenteeForm
        defaultValues={{ ...EMPTY, referredOn: todayIso() }}
        submitLabel={t('actions.create')}
        onCancel={() => void navigate('/mentees')}
        onSubmit={async (values) => {
          try {
            const mentee = await createMentee(values, { today: todayIso() });
            notifySaved(t('notify.created', { code: mentee.code }));
            void navigate(`/mentees/${mentee.id}`);
          } catch (err) {
            notifyError(err, 'mentees');
            return false;
          }
        }}
      />
    </Stack>
  );
};

const toInput = (m: Mentee): MenteeInput => ({
  programmeId: m.programmeId,
  givenName: m.givenName,
  familyName: m.familyName,
  transition: m.transition,
  needs: m.needs,
  goals: m.goals,
  referralSource: m.referralSource,
  languages: m.languages,
  livedExperience: m.livedExperience,
  preferredMentorGender: m.preferredMentorGender,
  birthYear: m.birthYear,
  referredOn: m.referredOn,
  consentGiven: m.consentGiven,
  notes: m.notes,
});

export const MenteeEditPage = () => {
  const { t } = useTranslation('mentees');
  const { id } = useParams();
  const navigate = useNavigate();
  const mentee = useMentee(id);
  // The form shows the real name: opening it is recorded in the audit log (the id, never the name).
  const audited = useRef<string | null>(null);
  const named = Boolean(mentee && (mentee.givenName || mentee.familyName));
  useEffect(() => {
    if (!id || !named || audited.current === id) return;
    audited.current = id;
    recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: id }).catch((err: unknown) =>
      notifyError(err, 'mentees'),
    );
  }, [id, named]);
  if (mentee === undefined) return <Loader aria-label={t('common:app.loading')} />;
  if (mentee === null)
    return (
      <Stack>
        <Title order={1}>{t('detail.notFoundTitle')}</Title>
        <Text>{t('detail.notFound')}</Text>
      </Stack>
    );
  return (
    <Stack>
      <Title order={1}>{t('form.editTitle', { code: mentee.code })}</Title>
      <MenteeForm
        key={mentee.id}
        recordId={mentee.id}
        defaultValues={toInput(mentee)}
        submitLabel={t('common:actions.save')}
        onCancel={() => void navigate(`/mentees/${mentee.id}`)}
        onSubmit={async (values) => {
          try {
            await updateMentee(mentee.id, values);
            notifySaved(t('notify.saved', { code: mentee.code }));
            void navigate(`/mentees/${mentee.id}`);
          } catch (err) {
            notifyError(err, 'mentees');
            return false;
          }
        }}
      />
    </Stack>
  );
};
