import { useState } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray, useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError, notifyError } from '../../components/notify';
import { NumberField } from '../../components/NumberField';
import { Notice } from './ui/Notice';
import type { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../../../shared/domain/base';
import {
  SUB_KINDS,
  SessionInputSchema,
  SessionKindSchema,
  SubKindSchema,
  type SessionInput,
  type SessionKind,
  type SubKind,
} from '../../../shared/domain/session';
import { currentLanguage } from '../../i18n/i18n';
import { defaultCapacityFor, effectiveCapacity } from './sessionRules';
import { PeopleField } from './ui/PeopleField';
import { useModules, usePeopleNames, useProgrammes } from './useSessions';
import { FormActions } from '../../components/FormActions';
import { FormDateField } from '../../components/FormDateField';
import { TimeField } from '../../components/TimeField';
import { recordAudit } from '../audit';
import { DraftBanner, useFormDraft } from '../drafts';

export type SessionValues = z.output<typeof SessionInputSchema>;

export const newSessionDefaults = (today: string): SessionInput => ({
  title: '',
  kind: 'supervision',
  subKind: 'caseDiscussion',
  programmeId: null,
  date: today,
  startTime: '17:00',
  endTime: '18:30',
  place: '',
  facilitators: [],
  capacity: defaultCapacityFor('caseDiscussion'),
  topic: '',
  expected: [],
  confidentialNotes: '',
  followUps: [],
  moduleIds: [],
  language: null,
});

/** The people a session's draft names (its facilitators and expected participants). */
const peopleOf = (values: Record<string, unknown>): string[] =>
  [values.facilitators, values.expected].flatMap((list) =>
    Array.isArray(list) ? list.map((p: { id?: unknown }) => (typeof p?.id === 'string' ? p.id : '')) : [],
  );

type Props = {
  initial: SessionInput;
  /**
   * `confirmOverCapacity` is true when the coordinator saw the capacity warning and went on.
   * Resolves to `false` when the session was not saved (the draft is then kept).
   */
  onSubmit: (values: SessionValues, confirmOverCapacity: boolean) => Promise<boolean | void>;
  onCancel: () => void;
  /** The participant count of an over-capacity warning already recorded: saving that count again asks nothing. */
  acknowledgedCount?: number | null;
  /** The stored session being edited: showing its confidential notes is recorded in the audit log. */
  sessionId?: string;
};

export const SessionForm = ({ initial, onSubmit: save, onCancel, acknowledgedCount = null, sessionId }: Props) => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  const form = useForm<SessionInput, unknown, SessionValues>({
    resolver: zodResolver(SessionInputSchema),
    defaultValues: initial,
  });
  const { register, control, handleSubmit, setValue, getValues, formState } = form;
  // What is typed is kept as a draft until saved (renderer/features/drafts/).
  const draft = useFormDraft(form, {
    formKey: 'session',
    recordId: sessionId ?? null,
    schema: SessionInputSchema,
    subjectsOf: peopleOf,
  });
  const onSubmit = async (values: SessionValues, confirmOverCapacity: boolean) => {
    if ((await save(values, confirmOverCapacity)) !== false) await draft.clear();
  };
  const followUps = useFieldArray({ control, name: 'followUps', keyName: 'key' });
  const [kind, subKind, capacity, expected = [], programmeId, facilitators = []] = useWatch({
    control,
    name: ['kind', 'subKind', 'capacity', 'expected', 'programmeId', 'facilitators'],
  });
  const programmes = useProgrammes() ?? [];
  const modules = useModules(kind === 'training' ? (programmeId ?? null) : null);
  const storedNames = usePeopleNames([...(initial.facilitators ?? []), ...(initial.expected ?? [])], lng);
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const names = new Map([...(storedNames ?? []), ...picked]);
  const onNamed = (id: string, name: string) => setPicked((m) => new Map(m).set(id, name));
  const [showNotes, setShowNotes] = useState(false);
  const revealNotes = async () => {
    try {
      if (sessionId && initial.confidentialNotes)
        await recordAudit({ action: 'viewConfidential', subjectKind: 'session', subjectId: sessionId });
      setShowNotes(true);
    } catch (err) {
      notifyError(err, 'sessions');
    }
  };

  const cap = effectiveCapacity({ capacity: capacity ?? null, subKind });
  const over = cap !== null && expected.length > cap;
  const err = (e: FieldError | undefined) => fieldError(e, 'sessions');

  const submit = handleSubmit(async (values) => {
    if (!over) return onSubmit(values, false);
    if (acknowledgedCount === expected.length) return onSubmit(values, true);
    // The rule is a warning, not a wall: the coordinator may go on, and the record keeps that.
    await new Promise<void>((resolve) =>
      modals.openConfirmModal({
        title: t('capacity.confirmTitle'),
        children: <Text>{t('capacity.confirmBody', { count: expected.length, capacity: cap })}</Text>,
        labels: { confirm: t('capacity.confirm'), cancel: t('actions.cancel', { ns: 'common' }) },
        onConfirm: () => void onSubmit(values, true).finally(resolve),
        onCancel: () => resolve(),
      }),
    );
  });

  /**
   * A capacity the coordinator left at the old type's default follows the new type (10 for a
   * case discussion, none otherwise); a capacity they typed stays.
   */
  const followDefaultCapacity = (next: SubKind, previous: SubKind = getValues('subKind')) => {
    const current = getValues('capacity') ?? null;
    if (current === null || current === defaultCapacityFor(previous)) setValue('capacity', defaultCapacityFor(next));
  };

  const changeKind = (value: string | null) => {
    const k: SessionKind = SessionKindSchema.safeParse(value).data ?? 'supervision';
    const first = SUB_KINDS[k][0];
    followDefaultCapacity(first);
    setValue('kind', k, { shouldDirty: true });
    setValue('subKind', first, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={900}>
        <DraftBanner draft={draft} />
        <TextInput label={t('fields.title')} withAsterisk {...register('title')} error={err(formState.errors.title)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('fields.kind')}
                withAsterisk
                allowDeselect={false}
                value={field.value}
                onChange={changeKind}
                onBlur={field.onBlur}
                data={SessionKindSchema.options.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              />
            )}
          />
          <Controller
            control={control}
            name="subKind"
            render={({ field, fieldState }) => (
              <Select
                label={t('fields.subKind')}
                withAsterisk
                allowDeselect={false}
                value={field.value}
                onChange={(v) => {
                  const parsed = SubKindSchema.safeParse(v);
                  if (!parsed.success) return;
                  followDefaultCapacity(parsed.data, field.value);
                  field.onChange(parsed.data);
                }}
                onBlur={field.onBlur}
                error={err(fieldState.error)}
                data={SUB_KINDS[kind].map((s) => ({ value: s, label: t(`subKinds.${s}`) }))}
              />
            )}
          />
          <Controller
            control={control}
            name="programmeId"
            render={({ field }) => (
              <Select
                label={t('fields.programme')}
                placeholder={t('form.noProgramme')}
                clearable
                value={field.value ?? null}
                onChange={(v) => field.onChange(v)}
                data={programmes.map((p) => ({ value: p.id, label: p.name }))}
              />
            )}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <FormDateField
            control={control}
            name="date"
            cleared=""
            label={t('fields.date')}
            withAsterisk
            error={err(formState.errors.date)}
          />
          <Controller
            control={control}
            name="startTime"
            render={({ field }) => (
              <TimeField
                label={t('fields.startTime')}
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err(formState.errors.startTime)}
              />
            )}
          />
          <Controller
            control={control}
            name="endTime"
            render={({ field }) => (
              <TimeField
                label={t('fields.endTime')}
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err(formState.errors.endTime)}
              />
            )}
          />
          <Controller
            control={control}
            name="capacity"
            render={({ field, fieldState }) => (
              <NumberField
                label={t('fields.capacity')}
                description={t('form.capacityHint')}
                descriptionProps={{ c: 'gray.7' }}
                min={1}
                max={1000}
                allowDecimal={false}
                name={field.name}
                ref={field.ref}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err(fieldState.error)}
              />
            )}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.place')} {...register('place')} error={err(formState.errors.place)} />
          <Controller
            control={control}
            name="language"
            render={({ field }) => (
              <Select
                label={t('fields.language')}
                placeholder={t('form.appLanguage')}
                clearable
                value={field.value ?? null}
                onChange={(v) => field.onChange(SUPPORTED_LANGUAGES.find((l) => l === v) ?? null)}
                data={SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: t(`language.names.${l}`, { ns: 'common' }) }))}
              />
            )}
          />
        </SimpleGrid>
        <Textarea
          label={t('fields.topic')}
          autosize
          minRows={2}
          {...register('topic')}
          error={err(formState.errors.topic)}
        />
        {kind === 'training' && (
          <Controller
            control={control}
            name="moduleIds"
            render={({ field }) => (
              <MultiSelect
                label={t('fields.modules')}
                description={programmeId ? t('form.modulesHint') : t('form.modulesChooseProgramme')}
                descriptionProps={{ c: 'gray.7' }}
                searchable
                value={field.value ?? []}
                onChange={field.onChange}
                data={(modules ?? []).map((m) => ({ value: m.id, label: m.name }))}
              />
            )}
          />
        )}

        <Fieldset legend={t('fields.facilitators')}>
          <PeopleField
            label={t('form.addFacilitator')}
            listLabel={t('fields.facilitators')}
            kinds={['mentor', 'contact']}
            value={facilitators}
            onChange={(next) => setValue('facilitators', next, { shouldDirty: true })}
            names={names}
            onNamed={onNamed}
          />
        </Fieldset>

        <Fieldset legend={t('form.expectedLegend', { count: expected.length, capacity: cap ?? '—' })}>
          <PeopleField
            label={t('form.addParticipant')}
            listLabel={t('fields.expected')}
            description={t('form.addParticipantHint')}
            kinds={['mentor', 'mentee', 'contact']}
            value={expected}
            onChange={(next) => setValue('expected', next, { shouldDirty: true })}
            names={names}
            onNamed={onNamed}
          />
          {over && (
            <Notice tone="warning" mt="sm" role="alert" title={t('capacity.warningTitle')}>
              {t('capacity.warningBody', { count: expected.length, capacity: cap })}
            </Notice>
          )}
        </Fieldset>

        <Fieldset legend={t('fields.followUps')}>
          <Stack gap="xs">
            {followUps.fields.length === 0 && <Text size="sm">{t('form.noFollowUps')}</Text>}
            {followUps.fields.map((f, i) => (
              <Group key={f.key} align="flex-end" wrap="wrap">
                <TextInput
                  label={t('followUp.text')}
                  withAsterisk
                  style={{ flex: 3, minWidth: 220 }}
                  {...register(`followUps.${i}.text`)}
                  error={err(formState.errors.followUps?.[i]?.text)}
                />
                <TextInput
                  label={t('followUp.owner')}
                  style={{ flex: 1, minWidth: 140 }}
                  {...register(`followUps.${i}.owner`)}
                />
                <FormDateField
                  control={control}
                  name={`followUps.${i}.dueDate`}
                  label={t('followUp.dueDate')}
                  clearable
                />
                <Controller
                  control={control}
                  name={`followUps.${i}.done`}
                  render={({ field }) => (
                    <Checkbox
                      mb={8}
                      label={t('followUp.done')}
                      checked={field.value ?? false}
                      onChange={(e) => field.onChange(e.currentTarget.checked)}
                    />
                  )}
                />
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => followUps.remove(i)}
                  aria-label={t('followUp.remove', { n: i + 1 })}
                >
                  {t('actions.remove', { ns: 'common' })}
                </Button>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  followUps.append({ id: crypto.randomUUID(), text: '', owner: '', dueDate: null, done: false })
                }
              >
                {t('followUp.add')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('fields.confidentialNotes')}>
          <Text size="sm" mb="xs">
            {t('confidential.hint')}
          </Text>
          {showNotes ? (
            <Textarea
              label={t('fields.confidentialNotes')}
              autosize
              minRows={3}
              {...register('confidentialNotes')}
              error={err(formState.errors.confidentialNotes)}
            />
          ) : (
            <Button variant="default" onClick={() => void revealNotes()}>
              {t('confidential.show')}
            </Button>
          )}
        </Fieldset>

        <FormActions submitting={formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
