import { Alert, Anchor, Breadcrumbs, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Mentor, MentorInput } from '../../../shared/domain/mentor';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { MentorForm } from './MentorForm';
import { createMentor, updateMentor } from './mentorsRepo';
import { notifyError, notifySaved } from '../../components/notify';
import { useMentor } from './useMentors';

const EMPTY: MentorInput = {
  givenName: '',
  familyName: '',
  email: '',
  phone: '',
  gender: 'unspecified',
  birthYear: null,
  languages: [],
  livedExperience: [],
  programmeIds: [],
  capacity: 1,
  availability: '',
  notes: '',
};

/** The form's starting values for an existing mentor: only what the form edits. */
const toInput = (m: Mentor): MentorInput => ({
  givenName: m.givenName,
  familyName: m.familyName,
  email: m.email,
  phone: m.phone,
  gender: m.gender,
  birthYear: m.birthYear,
  languages: m.languages,
  livedExperience: m.livedExperience,
  programmeIds: m.programmeIds,
  capacity: m.capacity,
  availability: m.availability,
  notes: m.notes,
  screening: m.screening,
  preferredLanguage: m.preferredLanguage,
});

export const MentorCreatePage = () => {
  const { t } = useTranslation('mentors');
  const navigate = useNavigate();
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/mentors">
          {t('list.title')}
        </Anchor>
        <Text>{t('form.createTitle')}</Text>
      </Breadcrumbs>
      <Title order={1}>{t('form.createTitle')}</Title>
      <MentorForm
        defaultValues={EMPTY}
        withStatus
        onCancel={() => void navigate('/mentors')}
        onSubmit={async (values, status) => {
          try {
            const id = await createMentor(values, { status });
            notifySaved(t('notify.created', { name: formatPersonName(values, currentLanguage()) }));
            void navigate(`/mentors/${id}`);
          } catch (err) {
            notifyError(err, 'mentors');
            return false;
          }
        }}
      />
    </Stack>
  );
};

export const MentorEditPage = () => {
  const { t } = useTranslation('mentors');
  const { id } = useParams();
  const navigate = useNavigate();
  const mentor = useMentor(id);
  if (mentor === undefined)
    return (
      <Center h="40vh">
        <Loader aria-label={t('common:app.loading')} />
      </Center>
    );
  if (mentor === null) return <MentorNotFound />;
  const name = formatPersonName(mentor, currentLanguage());
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/mentors">
          {t('list.title')}
        </Anchor>
        <Anchor component={Link} to={`/mentors/${mentor.id}`}>
          {name}
        </Anchor>
        <Text>{t('common:actions.edit')}</Text>
      </Breadcrumbs>
      <Title order={1}>{t('form.editTitle', { name })}</Title>
      <MentorForm
        // Another mentor's page re-initialises the form rather than keep the previous values.
        key={mentor.id}
        recordId={mentor.id}
        defaultValues={toInput(mentor)}
        onCancel={() => void navigate(`/mentors/${mentor.id}`)}
        onSubmit={async (values) => {
          try {
            await updateMentor(mentor.id, values);
            notifySaved(t('notify.saved', { name: formatPersonName(values, currentLanguage()) }));
            void navigate(`/mentors/${mentor.id}`);
          } catch (err) {
            notifyError(err, 'mentors');
            return false;
          }
        }}
      />
    </Stack>
  );
};

export const MentorNotFound = () => {
  const { t } = useTranslation('mentors');
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('detail.notFoundTitle')}</Title>
      <Alert color="gray" variant="outline">
        {t('detail.notFoundBody')}
      </Alert>
      <Button component={Link} to="/mentors">
        {t('detail.backToList')}
      </Button>
    </Stack>
  );
};
