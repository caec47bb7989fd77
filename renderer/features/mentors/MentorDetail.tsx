import { Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  EXPIRING_SCREENING_ITEMS,
  SCREENING_ITEMS,
  ScreeningEntrySchema,
  allowedNextStatuses,
  screeningAlerts,
  type Mentor,
  type ScreeningItem,
} from '../../../shared/domain/mentor';
import { formatPersonName } from '../../../shared/domain/names';
import type { ActivationCheck } from '../../../shared/domain/activation';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { ConsentSection, ProcessingConsentFlag } from '../consents';
import { SubjectAccessButton } from '../subjectAccess';
import { EraseButton } from '../erasure';
import { useProgrammes } from '../programmes';
import { MentorNotFound } from './MentorEditPage';
import { deleteMentor, restoreMentor, updateScreeningStep } from './mentorsRepo';
import { fieldError, notifyError, notifySaved } from '../../components/notify';
import { FormDateField } from '../../components/FormDateField';
import { FormActions } from '../../components/FormActions';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { isBeingLeft } from '../../lib/leaveThenDelete';
import { StatusBadge } from './StatusBadge';
import { StatusChangeModal } from './StatusChangeModal';
import { useMentor } from './useMentors';

/** A panel another feature adds below the mentor page's own sections; it renders its own heading. */
export type MentorPanel = { key: string; Component: ComponentType<{ mentorId: string }> };
/** A button another feature adds to the mentor page's header. */
export type MentorAction = { key: string; Component: ComponentType<{ mentor: Mentor }> };

/**
 * What other features add to a mentor's page. The app puts it together (`app/pages/MentorPage.tsx`,
 * from the registries `app/mentorPanels.tsx` and `app/activationChecks.ts`).
 */
export type MentorPageExtensions = {
  panels: readonly MentorPanel[];
  actions: readonly MentorAction[];
  activationChecks: readonly ActivationCheck[];
};

export const MentorDetail = ({ extensions }: { extensions: MentorPageExtensions }) => {
  const { t } = useTranslation('mentors');
  const { id } = useParams();
  const mentor = useMentor(id);
  if (mentor === undefined)
    return (
      <Center h="40vh">
        <Loader aria-label={t('common:app.loading')} />
      </Center>
    );
  if (mentor === null && isBeingLeft(`/mentors/${id ?? ''}`))
    return (
      <Center h="40vh">
        <Loader aria-label={t('common:app.loading')} />
      </Center>
    );
  if (mentor === null) return <MentorNotFound />;
  return <MentorView mentor={mentor} extensions={extensions} />;
};

const MentorView = ({ mentor, extensions }: { mentor: Mentor; extensions: MentorPageExtensions }) => {
  const { t } = useTranslation('mentors');
  const lng = currentLanguage();
  const navigate = useNavigate();
  const [changing, setChanging] = useState(false);
  const name = formatPersonName(mentor, lng);
  const canChange = allowedNextStatuses(mentor.status).length > 0;

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('delete.title', { name }),
      children: <Text size="sm">{t('delete.body')}</Text>,
      labels: { confirm: t('delete.confirm'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void deleteWithUndo({
          remove: () => deleteMentor(mentor.id),
          restore: () => restoreMentor(mentor.id),
          message: t('delete.done', { name }),
          restoredMessage: t('delete.restored', { name }),
          ns: 'mentors',
          page: { navigate, leaveTo: '/mentors', backTo: `/mentors/${mentor.id}` },
        }),
    });

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/mentors">
          {t('list.title')}
        </Anchor>
        <Text>{name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{name}</Title>
          <Group gap="xs">
            <StatusBadge status={mentor.status} />
            {mentor.status === 'exited' && mentor.exitDate && (
              <Text size="sm">
                {t('detail.exited', { date: formatDate(mentor.exitDate, lng), reason: mentor.exitReason })}
              </Text>
            )}
          </Group>
        </Stack>
        <Group>
          <Button component={Link} to={`/mentors/${mentor.id}/edit`} variant="default">
            {t('common:actions.edit')}
          </Button>
          {canChange && <Button onClick={() => setChanging(true)}>{t('statusChange.open')}</Button>}
          {extensions.actions.map(({ key, Component }) => (
            <Component key={key} mentor={mentor} />
          ))}
          <SubjectAccessButton kind="mentor" id={mentor.id} preferredLanguage={mentor.preferredLanguage} />
          <EraseButton table="mentors" id={mentor.id} name={name} />
          <Button color="red" variant="outline" onClick={confirmDelete}>
            {t('common:actions.delete')}
          </Button>
        </Group>
      </Group>
      {changing && (
        <StatusChangeModal
          mentor={mentor}
          opened
          onClose={() => setChanging(false)}
          activationChecks={extensions.activationChecks}
        />
      )}
      <ProcessingConsentFlag personKind="mentor" personId={mentor.id} />

      <ProfileSection mentor={mentor} />
      <ScreeningSection mentor={mentor} />
      <HistorySection mentor={mentor} />
      <ConsentSection personKind="mentor" personId={mentor.id} />
      {extensions.panels.map(({ key, Component }) => (
        <Suspense key={key} fallback={<Loader size="sm" aria-label={t('common:app.loading')} />}>
          <Component mentorId={mentor.id} />
        </Suspense>
      ))}
    </Stack>
  );
};

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="sm" fw={600} component="dt">
      {label}
    </Text>
    <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Text>
  </div>
);

const ProfileSection = ({ mentor }: { mentor: Mentor }) => {
  const { t, i18n } = useTranslation('mentors');
  const programmes = useProgrammes(true);
  const languageNames = useMemo(() => new Intl.DisplayNames([i18n.language], { type: 'language' }), [i18n.language]);
  const none = t('detail.none');
  const programmeNames = mentor.programmeIds.map((p) => programmes?.find((x) => x.id === p)?.name).filter(Boolean);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mentor-profile">
      <Title order={2} size="h3" id="mentor-profile" mb="sm">
        {t('detail.profile')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
        <Field label={t('fields.email')}>{mentor.email || none}</Field>
        <Field label={t('fields.phone')}>{mentor.phone || none}</Field>
        <Field label={t('fields.programmes')}>{programmeNames.join(', ') || none}</Field>
        <Field label={t('fields.livedExperience')}>
          {mentor.livedExperience.map((a) => t(`livedExperience.${a}`)).join(', ') || none}
        </Field>
        <Field label={t('fields.languages')}>
          {mentor.languages.map((l) => languageNames.of(l) ?? l).join(', ') || none}
        </Field>
        <Field label={t('fields.capacity')}>{t('detail.capacity', { count: mentor.capacity })}</Field>
        <Field label={t('fields.availability')}>{mentor.availability || none}</Field>
        <Field label={t('fields.gender')}>{t(`gender.${mentor.gender}`)}</Field>
        <Field label={t('fields.birthYear')}>{mentor.birthYear ?? none}</Field>
      </SimpleGrid>
      {mentor.notes && (
        <Stack mt="md" gap={0} component="dl" m={0}>
          <Field label={t('fields.notes')}>{mentor.notes}</Field>
        </Stack>
      )}
    </Paper>
  );
};

const ScreeningSection = ({ mentor }: { mentor: Mentor }) => {
  const { t } = useTranslation('mentors');
  const lng = currentLanguage();
  const alerts = screeningAlerts(mentor.screening, todayIso());
  const done = SCREENING_ITEMS.filter((i) => mentor.screening[i].date).length;
  const [editing, setEditing] = useState<ScreeningItem | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mentor-screening">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="mentor-screening">
          {t('screening.title')}
        </Title>
        <Text size="sm">{t('screening.progress', { done, total: SCREENING_ITEMS.length })}</Text>
      </Group>
      {alerts.length > 0 && (
        <Alert color="red" variant="outline" mb="sm" title={t('screening.alertsTitle')}>
          <Stack gap={2}>
            {alerts.map((a) => (
              <Text size="sm" key={a.item}>
                {t(`screening.${a.kind}`, { item: t(`screening.items.${a.item}`), date: formatDate(a.expiresOn, lng) })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('screening.item')}</Table.Th>
            <Table.Th>{t('screening.date')}</Table.Th>
            <Table.Th>{t('screening.expiresOn')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('screening.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SCREENING_ITEMS.map((item) => {
            const entry = mentor.screening[item];
            const alert = alerts.find((a) => a.item === item);
            return (
              <Table.Tr key={item}>
                <Table.Td>{t(`screening.items.${item}`)}</Table.Td>
                <Table.Td>{entry.date ? formatDate(entry.date, lng) : t('screening.notDone')}</Table.Td>
                <Table.Td>
                  {EXPIRING_SCREENING_ITEMS.includes(item) && entry.expiresOn ? (
                    <Group gap="xs">
                      <Text size="sm">{formatDate(entry.expiresOn, lng)}</Text>
                      {alert && (
                        <Badge color={alert.kind === 'expired' ? 'red' : 'grape'} variant="outline">
                          {t(`screening.badge.${alert.kind}`)}
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setEditing(item)}
                    aria-label={t('screening.editNamed', { item: t(`screening.items.${item}`) })}
                  >
                    {t('common:actions.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {editing && <ScreeningStepModal key={editing} mentor={mentor} item={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
};

type ScreeningEntryInput = z.input<typeof ScreeningEntrySchema>;
type ScreeningEntry = z.output<typeof ScreeningEntrySchema>;

/** Correct one screening step from the mentor's page, with the rules of the mentor form. */
const ScreeningStepModal = ({
  mentor,
  item,
  onClose,
}: {
  mentor: Mentor;
  item: ScreeningItem;
  onClose: () => void;
}) => {
  const { t } = useTranslation('mentors');
  const label = t(`screening.items.${item}`);
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ScreeningEntryInput, unknown, ScreeningEntry>({
    resolver: zodResolver(ScreeningEntrySchema),
    defaultValues: mentor.screening[item],
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('screening.editTitle', { item: label })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await updateScreeningStep(mentor.id, item, values);
            notifySaved(t('screening.saved', { item: label }));
            onClose();
          } catch (err) {
            notifyError(err, 'mentors');
          }
        })}
      >
        <Stack>
          <FormDateField
            control={control}
            name="date"
            label={t('screening.dateOf', { item: label })}
            clearable
            data-autofocus
            error={fieldError(errors.date, 'mentors')}
          />
          {EXPIRING_SCREENING_ITEMS.includes(item) && (
            <FormDateField
              control={control}
              name="expiresOn"
              label={t('screening.expiryOf', { item: label })}
              clearable
              error={fieldError(errors.expiresOn, 'mentors')}
            />
          )}
          <FormActions submitting={isSubmitting} onCancel={onClose} inDialog />
        </Stack>
      </form>
    </Modal>
  );
};

const HistorySection = ({ mentor }: { mentor: Mentor }) => {
  const { t } = useTranslation('mentors');
  const lng = currentLanguage();
  // Newest first: the coordinator looks for the latest change.
  const history = [...mentor.statusHistory].reverse();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mentor-history">
      <Title order={2} size="h3" id="mentor-history" mb="sm">
        {t('history.title')}
      </Title>
      <Timeline active={0} bulletSize={16} lineWidth={2} aria-label={t('history.title')}>
        {history.map((h, i) => (
          <Timeline.Item key={`${h.date}-${h.status}-${i}`} title={t(`status.${h.status}`)}>
            <Text size="sm">{formatDate(h.date, lng)}</Text>
            {h.override && (
              <Text size="sm" c="red.9">
                {t('history.override')}
              </Text>
            )}
            {h.reason && <Text size="sm">{h.reason}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
};
