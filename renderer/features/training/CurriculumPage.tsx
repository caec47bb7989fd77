import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { TrainingModule } from '../../../shared/domain/training';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import {
  createModule,
  deleteModule,
  moveModule,
  restoreModule,
  TrainingRuleError,
  updateModule,
  createDefaultCurriculum,
} from '../programmes';
import { ModuleForm, type ModuleFormValues } from './ModuleForm';
import { notifyError, notifySaved } from '../../components/notify';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { useModules, useProgrammes } from './useTraining';
import { CreditRuleHelp } from './CreditRuleHelp';

/** Arrow glyphs of the move buttons; the buttons' names are translated aria-labels. */
const ARROW_UP = '\u2191';
const ARROW_DOWN = '\u2193';

type Editing = { mode: 'new' } | { mode: 'edit'; module: TrainingModule } | null;

/** The curriculum of one programme: modules in order, with add, edit, reorder and delete (undo). */
export const CurriculumPage = () => {
  const { t } = useTranslation('training');
  const lng = currentLanguage();
  const programmes = useProgrammes();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('programme');
  const programmeId = programmes?.some((p) => p.id === chosen) ? chosen : (programmes?.[0]?.id ?? null);
  const modules = useModules(programmeId);
  const [editing, setEditing] = useState<Editing>(null);
  const [creatingDefault, setCreatingDefault] = useState(false);

  const save = async (values: ModuleFormValues): Promise<{ field: 'name'; messageKey: string } | void> => {
    try {
      if (editing?.mode === 'edit') {
        await updateModule(editing.module.id, values);
        notifySaved(t('module.saved', { name: values.name }));
      } else {
        await createModule(values);
        notifySaved(t('module.added', { name: values.name }));
      }
      setEditing(null);
    } catch (err) {
      if (err instanceof TrainingRuleError && err.field === 'name')
        return { field: 'name', messageKey: err.messageKey };
      notifyError(err, 'training');
    }
  };

  const remove = (m: TrainingModule) =>
    deleteWithUndo({
      remove: () => deleteModule(m.id),
      restore: () => restoreModule(m.id),
      message: t('module.deleted', { name: m.name }),
      ns: 'training',
    });

  const move = (m: TrainingModule, direction: 'up' | 'down') =>
    moveModule(m.id, direction).catch((err: unknown) => notifyError(err, 'training'));

  const addDefault = async () => {
    if (!programmeId) return;
    setCreatingDefault(true);
    try {
      const made = await createDefaultCurriculum(programmeId, lng);
      notifySaved(t('curriculum.defaultCreated', { count: made.length }));
    } catch (err) {
      notifyError(err, 'training');
    } finally {
      setCreatingDefault(false);
    }
  };

  const programmeName = programmes?.find((p) => p.id === programmeId)?.name ?? '';

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('curriculum.title')}</Title>
        <Anchor component={Link} to="/training">
          {t('curriculum.toOverview')}
        </Anchor>
      </Group>
      <Text>{t('curriculum.intro')}</Text>
      <CreditRuleHelp />

      {programmes !== undefined && programmes.length === 0 && (
        <Alert color="blue" title={t('curriculum.noProgrammesTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('curriculum.noProgrammesBody')}</Text>
            <Anchor component={Link} to="/settings" size="sm">
              {t('curriculum.toSettings')}
            </Anchor>
          </Stack>
        </Alert>
      )}

      {programmes !== undefined && programmes.length > 0 && (
        <Group align="flex-end">
          <Select
            label={t('curriculum.programme')}
            data={programmes.map((p) => ({ value: p.id, label: p.name }))}
            value={programmeId}
            allowDeselect={false}
            onChange={(v) => v && setParams({ programme: v }, { replace: true })}
            w={320}
          />
          <Button onClick={() => setEditing({ mode: 'new' })} disabled={!programmeId}>
            {t('curriculum.addModule')}
          </Button>
        </Group>
      )}

      {programmeId && modules !== undefined && modules.length === 0 && (
        <Alert color="gray" title={t('curriculum.emptyTitle', { programme: programmeName })}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('curriculum.emptyBody')}</Text>
            <Button onClick={() => void addDefault()} loading={creatingDefault}>
              {t('curriculum.createDefault')}
            </Button>
          </Stack>
        </Alert>
      )}

      {programmeId && modules !== undefined && modules.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover captionSide="top">
            <Table.Caption c="gray.8">{t('curriculum.tableCaption', { programme: programmeName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('curriculum.col.order')}</Table.Th>
                <Table.Th scope="col">{t('curriculum.col.module')}</Table.Th>
                <Table.Th scope="col">{t('curriculum.col.requiredHours')}</Table.Th>
                <Table.Th scope="col">{t('curriculum.col.mandatory')}</Table.Th>
                <Table.Th scope="col">{t('curriculum.col.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {modules.map((m, i) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text fw={600}>{m.name}</Text>
                    {m.description && (
                      <Text size="sm" c="gray.7">
                        {m.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t('hoursValue', { hours: formatNumber(m.requiredHours, lng, 2) })}</Table.Td>
                  <Table.Td>
                    {m.mandatory ? (
                      <Badge color="teal.9" variant="filled">
                        {t('module.mandatoryYes')}
                      </Badge>
                    ) : (
                      <Badge color="gray.7" variant="outline">
                        {t('module.mandatoryNo')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="default"
                        aria-label={t('curriculum.moveUp', { name: m.name })}
                        disabled={i === 0}
                        onClick={() => void move(m, 'up')}
                      >
                        <span aria-hidden="true">{ARROW_UP}</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={t('curriculum.moveDown', { name: m.name })}
                        disabled={i === modules.length - 1}
                        onClick={() => void move(m, 'down')}
                      >
                        <span aria-hidden="true">{ARROW_DOWN}</span>
                      </ActionIcon>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('curriculum.editModule', { name: m.name })}
                        onClick={() => setEditing({ mode: 'edit', module: m })}
                      >
                        {t('actions.edit', { ns: 'common' })}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        aria-label={t('curriculum.deleteModule', { name: m.name })}
                        onClick={() => void remove(m)}
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
        opened={editing !== null && programmeId !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('module.editTitle') : t('module.newTitle', { programme: programmeName })}
      >
        {editing !== null && programmeId !== null && (
          <ModuleForm
            initial={
              editing.mode === 'edit'
                ? {
                    programmeId: editing.module.programmeId,
                    name: editing.module.name,
                    description: editing.module.description,
                    requiredHours: editing.module.requiredHours,
                    mandatory: editing.module.mandatory,
                  }
                : { programmeId, name: '', description: '', requiredHours: 4, mandatory: true }
            }
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
};
