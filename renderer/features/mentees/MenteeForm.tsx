import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/notify';
import { NumberField } from '../../components/NumberField';
import {
  MENTOR_GENDER_PREFERENCES,
  MenteeInputSchema,
  TRANSITIONS,
  type MenteeInput,
  type MenteeInputParsed,
} from '../../../shared/domain/mentee';
import { LIVED_EXPERIENCE_AREAS, SPOKEN_LANGUAGES } from '../../../shared/domain/mentor';
import { useProgrammes } from '../programmes';
import { READABLE_DESCRIPTION } from '../../components/readableDescription';
import { FormDateField } from '../../components/FormDateField';
import { DraftBanner, useFormDraft } from '../drafts';

type Props = {
  defaultValues: MenteeInput;
  /** Resolves to `false` when the mentee was not saved (the draft is then kept). */
  onSubmit: (values: MenteeInputParsed) => Promise<boolean | void>;
  onCancel: () => void;
  submitLabel: string;
  /** The mentee being edited; none for a new one. */
  recordId?: string;
};

export const MenteeForm = ({ defaultValues, onSubmit, onCancel, submitLabel, recordId }: Props) => {
  const { t } = useTranslation('mentees');
  const programmes = useProgrammes();
  const form = useForm<MenteeInput, unknown, MenteeInputParsed>({
    resolver: zodResolver(MenteeInputSchema),
    defaultValues,
  });
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const draft = useFormDraft(form, { formKey: 'mentee', recordId: recordId ?? null, schema: MenteeInputSchema });

  return (
    <form
      onSubmit={handleSubmit(async (values) => {
        if ((await onSubmit(values)) !== false) await draft.clear();
      })}
      noValidate
    >
      <Stack gap="md" maw={760}>
        <DraftBanner draft={draft} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="programmeId"
            render={({ field }) => (
              <Select
                label={t('fields.programme')}
                description={t('form.programmeHelp')}
                styles={READABLE_DESCRIPTION}
                data={(programmes ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.codePrefix})` }))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={fieldError(errors.programmeId, 'mentees')}
                withAsterisk
                allowDeselect={false}
              />
            )}
          />
          <Controller
            control={control}
            name="transition"
            render={({ field }) => (
              <Select
                label={t('fields.transition')}
                data={TRANSITIONS.map((v) => ({ value: v, label: t(`transition.${v}`) }))}
                value={field.value}
                onChange={(v) => field.onChange(v ?? 'other')}
                error={fieldError(errors.transition, 'mentees')}
                withAsterisk
                allowDeselect={false}
              />
            )}
          />
        </SimpleGrid>

        <Fieldset legend={t('form.realName')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.givenName')}
              {...register('givenName')}
              error={fieldError(errors.givenName, 'mentees')}
              autoComplete="off"
            />
            <TextInput
              label={t('fields.familyName')}
              {...register('familyName')}
              error={fieldError(errors.familyName, 'mentees')}
              autoComplete="off"
            />
          </SimpleGrid>
        </Fieldset>

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="livedExperience"
            render={({ field }) => (
              <MultiSelect
                label={t('fields.livedExperience')}
                description={t('form.livedExperienceHelp')}
                styles={READABLE_DESCRIPTION}
                data={LIVED_EXPERIENCE_AREAS.map((v) => ({ value: v, label: t(`area.${v}`) }))}
                value={field.value ?? []}
                onChange={field.onChange}
                searchable
              />
            )}
          />
          <Controller
            control={control}
            name="languages"
            render={({ field }) => (
              <MultiSelect
                label={t('fields.languages')}
                data={SPOKEN_LANGUAGES.map((v) => ({ value: v, label: t(`language.${v}`) }))}
                value={field.value ?? []}
                onChange={field.onChange}
                searchable
              />
            )}
          />
          <Controller
            control={control}
            name="preferredMentorGender"
            render={({ field }) => (
              <Select
                label={t('fields.preferredMentorGender')}
                data={MENTOR_GENDER_PREFERENCES.map((v) => ({ value: v, label: t(`genderPreference.${v}`) }))}
                value={field.value ?? 'any'}
                onChange={(v) => field.onChange(v ?? 'any')}
                allowDeselect={false}
              />
            )}
          />
          <TextInput
            label={t('fields.referralSource')}
            {...register('referralSource')}
            error={fieldError(errors.referralSource, 'mentees')}
          />
          <FormDateField
            control={control}
            name="referredOn"
            label={t('fields.referredOn')}
            error={fieldError(errors.referredOn, 'mentees')}
            clearable
          />
          <Controller
            control={control}
            name="birthYear"
            render={({ field }) => (
              <NumberField
                label={t('fields.birthYear')}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value}
                onChange={field.onChange}
                min={1900}
                max={2100}
                allowDecimal={false}
                error={fieldError(errors.birthYear, 'mentees')}
              />
            )}
          />
        </SimpleGrid>

        <Textarea
          label={t('fields.needs')}
          autosize
          minRows={2}
          {...register('needs')}
          error={fieldError(errors.needs, 'mentees')}
        />
        <Textarea
          label={t('fields.goals')}
          autosize
          minRows={2}
          {...register('goals')}
          error={fieldError(errors.goals, 'mentees')}
        />
        <Textarea
          label={t('fields.notes')}
          autosize
          minRows={2}
          {...register('notes')}
          error={fieldError(errors.notes, 'mentees')}
        />
        <Checkbox
          label={t('fields.consentGiven')}
          description={t('form.consentHelp')}
          styles={READABLE_DESCRIPTION}
          {...register('consentGiven')}
        />

        <Group>
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
