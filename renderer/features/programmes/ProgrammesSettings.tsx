import { useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ProgrammeInputSchema, type Programme, type ProgrammeInput } from '../../../shared/domain/programme';
import { notifyError, notifySaved } from '../../components/notify';
import { createProgramme, setProgrammeActive, updateProgramme, type StartingCurriculum } from './programmesRepo';
import { useModulesOfProgrammes, useProgrammes } from './useProgrammes';
import { FormActions } from '../../components/FormActions';
import { currentLanguage } from '../../i18n/i18n';
import { DEFAULT_MODULES } from './defaultCurriculum';

/** The organisation's programmes, in Settings: add, rename, deactivate (never delete: records point at them). */
export const ProgrammesSettings = () => {
  const { t } = useTranslation('programmes');
  const programmes = useProgrammes(true);
  const [editing, setEditing] = useState<Programme | 'new' | null>(null);

  const toggle = async (p: Programme) => {
    try {
      await setProgrammeActive(p.id, !p.active);
      notifySaved(t(p.active ? 'deactivated' : 'reactivated', { name: p.name }));
    } catch (err) {
      notifyError(err, 'programmes');
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-programmes">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="settings-programmes">
          {t('title')}
        </Title>
        <Button variant="default" onClick={() => setEditing('new')}>
          {t('add')}
        </Button>
      </Group>
      <Text size="sm" mb="sm">
        {t('help')}
      </Text>
      {programmes && programmes.length === 0 && <Text>{t('empty')}</Text>}
      {programmes && programmes.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.codePrefix')}</Table.Th>
              <Table.Th>{t('fields.state')}</Table.Th>
              <Table.Th>{t('fields.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programmes.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {p.name}
                  </Text>
                  {p.description && <Text size="xs">{p.description}</Text>}
                </Table.Td>
                <Table.Td>{p.codePrefix}</Table.Td>
                <Table.Td>
                  <Badge color={p.active ? 'teal' : 'dark'} variant="filled" style={{ minWidth: 'max-content' }}>
                    {t(p.active ? 'active' : 'inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(p)}
                      aria-label={t('editFor', { name: p.name })}
                    >
                      {t('common:actions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => void toggle(p)}
                      aria-label={t(p.active ? 'deactivateFor' : 'reactivateFor', { name: p.name })}
                    >
                      {t(p.active ? 'deactivate' : 'reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <ProgrammeModal programme={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
};

const ProgrammeModal = ({ programme, onClose }: { programme: Programme | null; onClose: () => void }) => {
  const { t } = useTranslation('programmes');
  const tc = (e: FieldError | undefined) => (e?.message ? t(`common:${e.message}`) : undefined);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ProgrammeInput, unknown, z.output<typeof ProgrammeInputSchema>>({
    resolver: zodResolver(ProgrammeInputSchema),
    // Programmes saved before check-ins existed have no rule: they follow the one in Settings.
    defaultValues: programme
      ? { ...programme, checkInRule: programme.checkInRule ?? null }
      : { name: '', codePrefix: '', description: '', active: true, checkInRule: null },
  });
  const [serverError, setServerError] = useState<string | undefined>();
  const [start, setStart] = useState<CurriculumStart>({ kind: 'default', copyFrom: null });
  const [startError, setStartError] = useState<string | undefined>();
  const startingCurriculum = (): StartingCurriculum | null => {
    if (start.kind === 'default') return { kind: 'default', language: currentLanguage() };
    if (start.kind === 'empty') return { kind: 'empty' };
    return start.copyFrom ? { kind: 'copy', fromProgrammeId: start.copyFrom } : null;
  };
  return (
    <Modal opened onClose={onClose} title={programme ? t('editTitle', { name: programme.name }) : t('addTitle')}>
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          const curriculum = startingCurriculum();
          if (!programme && !curriculum) {
            setStartError(t('curriculum.copyFromRequired'));
            return;
          }
          try {
            if (programme) await updateProgramme(programme.id, values);
            else await createProgramme(values, { curriculum: curriculum ?? { kind: 'empty' } });
            notifySaved(t('saved', { name: values.name }));
            onClose();
          } catch (err) {
            if (err instanceof Error && err.message === 'errors.duplicatePrefix')
              setServerError(t('errors.duplicatePrefix'));
            else notifyError(err, 'programmes');
          }
        })}
      >
        <Stack>
          <TextInput label={t('fields.name')} withAsterisk {...register('name')} error={tc(errors.name)} />
          <TextInput
            label={t('fields.codePrefix')}
            description={t('codePrefixHelp')}
            descriptionProps={{ c: 'gray.7' }}
            withAsterisk
            maxLength={5}
            {...register('codePrefix')}
            error={tc(errors.codePrefix) ?? serverError}
          />
          <Textarea
            label={t('fields.description')}
            autosize
            minRows={2}
            {...register('description')}
            error={tc(errors.description)}
          />
          <Controller
            control={control}
            name="checkInRule"
            render={({ field }) => {
              const rule = field.value ?? null;
              const months = (v: string | number) => (typeof v === 'number' ? v : 1);
              return (
                <Stack gap="xs">
                  <Checkbox
                    label={t('checkins:programmeRule.own')}
                    description={t('checkins:programmeRule.help')}
                    checked={rule !== null}
                    onChange={(e) =>
                      field.onChange(e.currentTarget.checked ? { firstAfterMonths: 1, everyMonths: 2 } : null)
                    }
                  />
                  {rule && (
                    <Group grow>
                      <NumberInput
                        label={t('checkins:programmeRule.first')}
                        value={rule.firstAfterMonths}
                        onChange={(v) => field.onChange({ ...rule, firstAfterMonths: months(v) })}
                        min={1}
                        max={24}
                        allowDecimal={false}
                      />
                      <NumberInput
                        label={t('checkins:programmeRule.every')}
                        value={rule.everyMonths}
                        onChange={(v) => field.onChange({ ...rule, everyMonths: months(v) })}
                        min={1}
                        max={24}
                        allowDecimal={false}
                      />
                    </Group>
                  )}
                </Stack>
              );
            }}
          />
          {!programme && (
            <CurriculumChoice
              value={start}
              onChange={(next) => {
                setStart(next);
                setStartError(undefined);
              }}
              error={startError}
            />
          )}
          <FormActions submitting={isSubmitting} onCancel={onClose} inDialog />
        </Stack>
      </form>
    </Modal>
  );
};

type CurriculumStart = { kind: StartingCurriculum['kind']; copyFrom: string | null };

/**
 * How a new programme's curriculum starts: a copy of a programme that has modules, the default
 * curriculum, or empty. The modules stay editable under Training → Curriculum.
 */
const CurriculumChoice = ({
  value,
  onChange,
  error,
}: {
  value: CurriculumStart;
  onChange: (next: CurriculumStart) => void;
  error: string | undefined;
}) => {
  const { t } = useTranslation('programmes');
  const programmes = useProgrammes(true);
  const modules = useModulesOfProgrammes(programmes?.map((p) => p.id));
  const counts = new Map<string, number>();
  for (const m of modules ?? []) counts.set(m.programmeId, (counts.get(m.programmeId) ?? 0) + 1);
  const sources = (programmes ?? []).filter((p) => counts.has(p.id));
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('curriculum.label')}
        description={t('curriculum.help')}
        descriptionProps={{ c: 'gray.7' }}
        value={value.kind}
        onChange={(kind) =>
          onChange({
            kind: kind as CurriculumStart['kind'],
            copyFrom: kind === 'copy' ? (value.copyFrom ?? sources[0]?.id ?? null) : value.copyFrom,
          })
        }
      >
        <Stack gap="xs" mt="xs">
          <Radio value="default" label={t('curriculum.default', { count: DEFAULT_MODULES.length })} />
          <Radio value="copy" label={t('curriculum.copy')} disabled={sources.length === 0} />
          <Radio value="empty" label={t('curriculum.empty')} />
        </Stack>
      </Radio.Group>
      {value.kind === 'copy' && (
        <Select
          label={t('curriculum.copyFrom')}
          withAsterisk
          data={sources.map((p) => ({
            value: p.id,
            label: t('curriculum.sourceOption', { name: p.name, count: counts.get(p.id) ?? 0 }),
          }))}
          value={value.copyFrom}
          onChange={(copyFrom) => onChange({ ...value, copyFrom })}
          allowDeselect={false}
          error={error}
        />
      )}
    </Stack>
  );
};
