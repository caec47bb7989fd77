import { useId, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Shadowing, TrainingModule } from '../../../shared/domain/training';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatNumber, todayIso } from '../../lib/format';
import { createShadowing, deleteShadowing, restoreShadowing, updateShadowing } from './shadowingRepo';
import { ShadowingForm, type ShadowingFormValues } from './ShadowingForm';
import { notifyError, notifySaved } from '../../components/notify';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { useMentorProgress, useModulesOfMentor, useShadowing } from './useTraining';
import { PrintCertificateButton } from './certificate/PrintCertificateButton';

/** Alert titles in the body text colour: the outline variant's coloured titles fail AA contrast. */
const READABLE_TITLE = {
  title: { color: 'var(--mantine-color-text)' },
  message: { color: 'var(--mantine-color-text)' },
};

type Editing = { mode: 'new' } | { mode: 'edit'; entry: Shadowing } | null;

/**
 * A mentor's training, on their page: hours per module against the requirement, what is
 * missing, when each module was completed, a clear ready state, and their shadowing log.
 */
export const TrainingProgressPanel = ({ mentorId }: { mentorId: string }) => {
  const { t } = useTranslation('training');
  const lng = currentLanguage();
  const headingId = useId();
  const data = useMentorProgress(mentorId);
  // Read beside the progress, not once it is shown: the shadowing log comes with the rest of the panel.
  const log = useShadowing(mentorId);
  const modules = useModulesOfMentor(mentorId);
  const hours = (h: number) => t('hoursValue', { hours: formatNumber(h, lng, 2) });

  if (data === undefined) return null;
  if (data === null) return null;
  const { mentor, progress } = data;

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" data-testid="training-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id={headingId}>
            {t('panel.title')}
          </Title>
          {mentor.programmeIds.length > 0 && <PrintCertificateButton mentorId={mentorId} />}
        </Group>

        {mentor.programmeIds.length === 0 ? (
          <Text>{t('panel.noProgramme')}</Text>
        ) : progress.ready ? (
          <Alert
            color="teal.9"
            variant="outline"
            styles={READABLE_TITLE}
            title={t('panel.readyTitle')}
            role="status"
            data-testid="training-ready"
          >
            {progress.readySince
              ? t('panel.readySince', { date: formatDate(progress.readySince, lng) })
              : t('panel.readyNothingRequired')}
          </Alert>
        ) : (
          <Alert
            color="orange.9"
            variant="outline"
            styles={READABLE_TITLE}
            title={t('panel.notReadyTitle')}
            role="status"
            data-testid="training-not-ready"
          >
            {t('panel.missing', {
              count: progress.missingMandatory.length,
              modules: progress.missingMandatory.map((m) => m.name).join(', '),
            })}
          </Alert>
        )}

        {progress.modules.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped captionSide="top">
              <Table.Caption c="gray.8">{t('panel.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('panel.col.module')}</Table.Th>
                  <Table.Th scope="col">{t('panel.col.hours')}</Table.Th>
                  <Table.Th scope="col">{t('panel.col.required')}</Table.Th>
                  <Table.Th scope="col">{t('panel.col.missing')}</Table.Th>
                  <Table.Th scope="col">{t('panel.col.completed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.modules.map((m) => (
                  <Table.Tr key={m.moduleId}>
                    <Table.Th scope="row" fw={500}>
                      {m.name}
                      {!m.mandatory && (
                        <Text span size="sm" c="gray.7">
                          {' '}
                          {t('panel.optional')}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      {hours(m.hours)}
                      {m.shadowingHours > 0 && (
                        <Text span size="sm" c="gray.7">
                          {' '}
                          {t('panel.ofWhichShadowing', { hours: formatNumber(m.shadowingHours, lng, 2) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{hours(m.requiredHours)}</Table.Td>
                    <Table.Td>{m.complete ? '—' : hours(m.missingHours)}</Table.Td>
                    <Table.Td>
                      {m.complete ? (
                        <Badge color="teal.9" variant="filled">
                          {m.completedOn ? formatDate(m.completedOn, lng) : t('panel.complete')}
                        </Badge>
                      ) : (
                        <Text size="sm">{t('panel.inProgress')}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        <Group gap="xl">
          <Text>{t('panel.trainingTotal', { hours: formatNumber(progress.trainingHoursTotal, lng, 2) })}</Text>
          <Text>{t('panel.shadowingTotal', { hours: formatNumber(progress.shadowingHoursTotal, lng, 2) })}</Text>
          <Anchor component={Link} to="/training">
            {t('panel.toOverview')}
          </Anchor>
        </Group>

        <ShadowingLog log={log} modules={modules} mentorId={mentorId} mentorName={formatPersonName(mentor, lng)} />
      </Stack>
    </Paper>
  );
};

const ShadowingLog = ({
  log,
  modules,
  mentorId,
  mentorName,
}: {
  log: ReturnType<typeof useShadowing>;
  modules: TrainingModule[] | undefined;
  mentorId: string;
  mentorName: string;
}) => {
  const { t } = useTranslation('training');
  const lng = currentLanguage();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const moduleNames = new Map((modules ?? []).map((m) => [m.id, m.name]));

  const save = async (values: ShadowingFormValues) => {
    try {
      if (editing?.mode === 'edit') await updateShadowing(editing.entry.id, values);
      else await createShadowing(values);
      notifySaved(t('shadowing.saved'));
      setEditing(null);
    } catch (err) {
      notifyError(err, 'training');
    }
  };

  const remove = (entry: Shadowing) =>
    deleteWithUndo({
      remove: () => deleteShadowing(entry.id),
      restore: () => restoreShadowing(entry.id),
      message: t('shadowing.deleted', { date: formatDate(entry.date, lng) }),
      ns: 'training',
    });

  const professional = (s: Shadowing) => {
    const contact = s.contactId ? log?.contacts.get(s.contactId) : undefined;
    return contact ? formatPersonName(contact, lng) : s.professionalName || t('shadowing.removedContact');
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group justify="space-between">
        <Title order={3} id={headingId}>
          {t('shadowing.title')}
        </Title>
        <Button onClick={() => setEditing({ mode: 'new' })}>{t('shadowing.add')}</Button>
      </Group>
      <Text size="sm">{t('shadowing.intro')}</Text>
      {log !== undefined && log.rows.length === 0 && <Text c="gray.7">{t('shadowing.empty')}</Text>}
      {/* Drawn once the module names are in too, not first with dashes for them. */}
      {log !== undefined && modules !== undefined && log.rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped captionSide="top">
            <Table.Caption c="gray.8">{t('shadowing.tableCaption', { name: mentorName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('shadowing.date')}</Table.Th>
                <Table.Th scope="col">{t('shadowing.professional')}</Table.Th>
                <Table.Th scope="col">{t('shadowing.area')}</Table.Th>
                <Table.Th scope="col">{t('shadowing.hours')}</Table.Th>
                <Table.Th scope="col">{t('shadowing.modules')}</Table.Th>
                <Table.Th scope="col">{t('shadowing.notes')}</Table.Th>
                <Table.Th scope="col">{t('curriculum.col.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.rows.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{formatDate(s.date, lng)}</Table.Td>
                  <Table.Td>{professional(s)}</Table.Td>
                  <Table.Td>{s.area}</Table.Td>
                  <Table.Td>{formatNumber(s.hours, lng, 2)}</Table.Td>
                  <Table.Td>
                    {s.moduleIds
                      .map((id) => moduleNames.get(id))
                      .filter(Boolean)
                      .join(', ') || '—'}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {s.notes}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('shadowing.editEntry', { date: formatDate(s.date, lng), area: s.area })}
                        onClick={() => setEditing({ mode: 'edit', entry: s })}
                      >
                        {t('actions.edit', { ns: 'common' })}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        aria-label={t('shadowing.deleteEntry', { date: formatDate(s.date, lng), area: s.area })}
                        onClick={() => void remove(s)}
                      >
                        {t('actions.delete', { ns: 'common' })}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('shadowing.editTitle') : t('shadowing.newTitle', { name: mentorName })}
        size="lg"
      >
        {editing !== null && (
          <ShadowingForm
            modules={modules ?? []}
            initial={
              editing.mode === 'edit'
                ? {
                    mentorId,
                    contactId: editing.entry.contactId,
                    professionalName: editing.entry.professionalName,
                    date: editing.entry.date,
                    hours: editing.entry.hours,
                    area: editing.entry.area,
                    moduleIds: editing.entry.moduleIds,
                    notes: editing.entry.notes,
                  }
                : { mentorId, date: todayIso(), hours: 2, area: '', moduleIds: [] }
            }
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
};
