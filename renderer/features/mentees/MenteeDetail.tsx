import { useState, type ComponentType } from 'react';
import { Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import type { Pairing } from '../../../shared/domain/pairing';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { useProgrammes } from '../programmes';
import { notifyError } from '../../components/notify';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { isBeingLeft } from '../../lib/leaveThenDelete';
import { ConsentSection, ProcessingConsentFlag } from '../consents';
import { deleteMentee, restoreMentee } from './menteesRepo';
import { MenteeStatusBadge } from './MenteeStatusBadge';
import { SubjectAccessButton } from '../subjectAccess';
import { EraseButton } from '../erasure';
import { useMentee } from './useMentees';
import { recordAudit } from '../audit';

const Field = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="sm" c="gray.7">
      {label}
    </Text>
    <Text style={{ whiteSpace: 'pre-wrap' }}>{value || '—'}</Text>
  </div>
);

/**
 * What the pairings feature adds to a mentee's page; the app passes it in (`app/pages/MenteePage.tsx`).
 * While the mentee has an open pairing (`undefined` while loading), they cannot be deleted or
 * erased, nor paired again.
 */
export type MenteePageExtensions = {
  openPairing: Pairing | null | undefined;
  PairingsSection: ComponentType<{ menteeId: string }>;
};

export const MenteeDetail = ({ openPairing, PairingsSection }: MenteePageExtensions) => {
  const { t } = useTranslation('mentees');
  const { id } = useParams();
  const navigate = useNavigate();
  const mentee = useMentee(id);
  const programmes = useProgrammes(true);
  const [nameShown, setNameShown] = useState(false);
  const lng = currentLanguage();

  if (mentee === undefined) return <Loader aria-label={t('common:app.loading')} />;
  if (mentee === null && isBeingLeft(`/mentees/${id ?? ''}`)) return <Loader aria-label={t('common:app.loading')} />;
  if (mentee === null)
    return (
      <Stack>
        <Title order={1}>{t('detail.notFoundTitle')}</Title>
        <Text>{t('detail.notFound')}</Text>
        <Button component={Link} to="/mentees" variant="default" w="fit-content">
          {t('detail.backToList')}
        </Button>
      </Stack>
    );

  const programme = programmes?.find((p) => p.id === mentee.programmeId);
  const name = formatPersonName(mentee, lng);

  // Showing the real name is recorded in the audit log (its id, never the name) before it shows.
  const toggleName = async () => {
    if (nameShown || !name) return setNameShown((v) => !v);
    try {
      await recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: mentee.id });
      setNameShown(true);
    } catch (err) {
      notifyError(err, 'mentees');
    }
  };

  const remove = () =>
    deleteWithUndo({
      remove: () => deleteMentee(mentee.id),
      restore: () => restoreMentee(mentee.id),
      message: t('notify.deleted', { code: mentee.code }),
      ns: 'mentees',
      page: { navigate, leaveTo: '/mentees', backTo: `/mentees/${mentee.id}` },
    });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} ff="monospace">
              {mentee.code}
            </Title>
            <MenteeStatusBadge status={mentee.status} />
          </Group>
          <Group gap="xs">
            {nameShown ? (
              <Text fw={600} aria-live="polite">
                {name || t('detail.noName')}
              </Text>
            ) : (
              <Text c="gray.7">{t('detail.nameHidden')}</Text>
            )}
            <Button size="xs" variant="default" onClick={() => void toggleName()} aria-pressed={nameShown}>
              {nameShown ? t('detail.hideName') : t('detail.showName')}
            </Button>
          </Group>
        </Stack>
        <Group>
          {mentee.status !== 'paired' && !openPairing && (
            <Button component={Link} to={`/pairings/new?menteeId=${mentee.id}`}>
              {t('actions.findMentor')}
            </Button>
          )}
          <Button component={Link} to={`/mentees/${mentee.id}/edit`} variant="default">
            {t('common:actions.edit')}
          </Button>
          <SubjectAccessButton kind="mentee" id={mentee.id} />
          <EraseButton
            table="mentees"
            id={mentee.id}
            name={mentee.code}
            blockedBy={openPairing ? t('detail.eraseBlocked') : undefined}
          />
          <Button
            variant="outline"
            color="red.9"
            onClick={() => void remove()}
            disabled={Boolean(openPairing)}
            title={openPairing ? t('detail.deleteBlocked') : undefined}
          >
            {t('common:actions.delete')}
          </Button>
        </Group>
      </Group>
      {openPairing && (
        <Text size="sm" c="gray.7">
          {t('detail.deleteBlocked')}
        </Text>
      )}
      <ProcessingConsentFlag personKind="mentee" personId={mentee.id} />

      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="sm">
          {t('detail.about')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Field label={t('fields.programme')} value={programme?.name ?? ''} />
          <Field label={t('fields.transition')} value={t(`transition.${mentee.transition}`)} />
          <Field label={t('fields.referralSource')} value={mentee.referralSource} />
          <Field label={t('fields.referredOn')} value={formatDate(mentee.referredOn, lng)} />
          <Field label={t('fields.languages')} value={mentee.languages.map((l) => t(`language.${l}`)).join(', ')} />
          <Field
            label={t('fields.livedExperience')}
            value={mentee.livedExperience.map((a) => t(`area.${a}`)).join(', ')}
          />
          <Field
            label={t('fields.preferredMentorGender')}
            value={t(`genderPreference.${mentee.preferredMentorGender}`)}
          />
          <Field label={t('fields.birthYear')} value={mentee.birthYear ? String(mentee.birthYear) : ''} />
          <Field label={t('fields.consentGiven')} value={mentee.consentGiven ? t('detail.yes') : t('detail.no')} />
          {mentee.closedOn && <Field label={t('fields.closedOn')} value={formatDate(mentee.closedOn, lng)} />}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
          <Field label={t('fields.needs')} value={mentee.needs} />
          <Field label={t('fields.goals')} value={mentee.goals} />
        </SimpleGrid>
        {mentee.notes && (
          <Stack mt="md">
            <Field label={t('fields.notes')} value={mentee.notes} />
          </Stack>
        )}
      </Paper>

      <PairingsSection menteeId={mentee.id} />
      <ConsentSection personKind="mentee" personId={mentee.id} />
    </Stack>
  );
};
