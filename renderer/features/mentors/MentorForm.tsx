import { useMemo, useState } from 'react';
import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/notify';
import { NumberField } from '../../components/NumberField';
import {
  EXPIRING_SCREENING_ITEMS,
  INITIAL_STATUSES,
  InitialStatusSchema,
  LIVED_EXPERIENCE_AREAS,
  MentorInputSchema,
  SCREENING_ITEMS,
  SPOKEN_LANGUAGES,
  type MentorInput,
  type MentorInputParsed,
} from '../../../shared/domain/mentor';
import { currentLanguage } from '../../i18n/i18n';
import { useProgrammes } from '../programmes';
import { FormDateField } from '../../components/FormDateField';
import { FormActions } from '../../components/FormActions';
import { DraftBanner, useFormDraft } from '../drafts';

type InitialStatus = (typeof INITIAL_STATUSES)[number];

type Props = {
  defaultValues: MentorInput;
  /** Create mode shows the starting status; later changes go through the lifecycle. */
  withStatus?: boolean;
  /** Resolves to `false` when the mentor was not saved (the draft is then kept). */
  onSubmit: (values: MentorInputParsed, status: InitialStatus) => Promise<boolean | void>;
  onCancel: () => void;
  /** The mentor being edited; none for a new one. */
  recordId?: string;
};

/** Validation messages are i18n keys of `common` (`validation.*`). */
/** Names of spoken languages in the UI language, from the browser's own data (no word lists to translate). */
const useLanguageNames = () => {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
    return SPOKEN_LANGUAGES.map((code) => ({ value: code, label: names.of(code) ?? code }));
  }, [i18n.language]);
};

/** Create and edit form of a mentor, validated with the same schema the repository uses. */
export const MentorForm = ({ defaultValues, withStatus = false, onSubmit, onCancel, recordId }: Props) => {
  const { t } = useTranslation('mentors');
  const errorText = (e: FieldError | undefined) => fieldError(e, 'mentors');
  const languages = useLanguageNames();
  const programmes = useProgrammes(true);
  const [status, setStatus] = useState<InitialStatus>('applicant');
  const form = useForm<MentorInput, unknown, MentorInputParsed>({
    resolver: zodResolver(MentorInputSchema),
    defaultValues,
  });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const draft = useFormDraft(form, { formKey: 'mentor', recordId: recordId ?? null, schema: MentorInputSchema });

  // Inactive programmes stay offered only where the mentor already belongs to them.
  const selected = new Set(defaultValues.programmeIds ?? []);
  const programmeOptions = (programmes ?? [])
    .filter((p) => p.active || selected.has(p.id))
    .map((p) => ({ value: p.id, label: p.name }));
  const lng = currentLanguage();

  return (
    <form
      onSubmit={handleSubmit(async (values) => {
        if ((await onSubmit(values, status)) !== false) await draft.clear();
      })}
      noValidate
    >
      <Stack gap="lg" maw={860}>
        <DraftBanner draft={draft} />
        <Fieldset legend={t('form.person')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {lng === 'hu' ? (
              <>
                <TextInput
                  label={t('fields.familyName')}
                  withAsterisk
                  {...register('familyName')}
                  error={errorText(errors.familyName)}
                />
                <TextInput
                  label={t('fields.givenName')}
                  withAsterisk
                  {...register('givenName')}
                  error={errorText(errors.givenName)}
                />
              </>
            ) : (
              <>
                <TextInput
                  label={t('fields.givenName')}
                  withAsterisk
                  {...register('givenName')}
                  error={errorText(errors.givenName)}
                />
                <TextInput
                  label={t('fields.familyName')}
                  withAsterisk
                  {...register('familyName')}
                  error={errorText(errors.familyName)}
                />
              </>
            )}
            <TextInput label={t('fields.email')} type="email" {...register('email')} error={errorText(errors.email)} />
            <TextInput label={t('fields.phone')} type="tel" {...register('phone')} error={errorText(errors.phone)} />
            <Controller
              control={control}
              name="gender"
              render={({ field }) => (
                <Select
                  label={t('fields.gender')}
                  data={(['female', 'male', 'other', 'unspecified'] as const).map((g) => ({
                    value: g,
                    label: t(`gender.${g}`),
                  }))}
                  value={field.value ?? 'unspecified'}
                  onChange={(v) => field.onChange(v ?? 'unspecified')}
                  allowDeselect={false}
                />
              )}
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
                  error={errorText(errors.birthYear)}
                />
              )}
            />
            {withStatus && (
              <Select
                label={t('fields.status')}
                description={t('form.statusHelp')}
                descriptionProps={{ c: 'gray.7' }}
                data={INITIAL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                value={status}
                onChange={(v) => setStatus(InitialStatusSchema.safeParse(v).data ?? 'applicant')}
                allowDeselect={false}
              />
            )}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('form.volunteering')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={control}
              name="programmeIds"
              render={({ field }) => (
                <MultiSelect
                  label={t('fields.programmes')}
                  data={programmeOptions}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  nothingFoundMessage={t('form.noProgrammes')}
                  error={errorText(errors.programmeIds as FieldError | undefined)}
                />
              )}
            />
            <Controller
              control={control}
              name="livedExperience"
              render={({ field }) => (
                <MultiSelect
                  label={t('fields.livedExperience')}
                  data={LIVED_EXPERIENCE_AREAS.map((a) => ({ value: a, label: t(`livedExperience.${a}`) }))}
                  value={field.value ?? []}
                  onChange={field.onChange}
                />
              )}
            />
            <Controller
              control={control}
              name="languages"
              render={({ field }) => (
                <MultiSelect
                  label={t('fields.languages')}
                  data={languages}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  searchable
                />
              )}
            />
            <Controller
              control={control}
              name="capacity"
              render={({ field }) => (
                <NumberField
                  label={t('fields.capacity')}
                  description={t('form.capacityHelp')}
                  descriptionProps={{ c: 'gray.7' }}
                  name={field.name}
                  ref={field.ref}
                  onBlur={field.onBlur}
                  value={field.value}
                  onChange={field.onChange}
                  min={0}
                  max={20}
                  allowDecimal={false}
                  error={errorText(errors.capacity)}
                />
              )}
            />
            <TextInput
              label={t('fields.availability')}
              placeholder={t('form.availabilityPlaceholder')}
              {...register('availability')}
              error={errorText(errors.availability)}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('fields.notes')}
            autosize
            minRows={3}
            {...register('notes')}
            error={errorText(errors.notes)}
          />
        </Fieldset>

        <Fieldset legend={t('screening.title')}>
          <Text size="sm" mb="sm">
            {t('screening.help')}
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('screening.item')}</Table.Th>
                <Table.Th>{t('screening.date')}</Table.Th>
                <Table.Th>{t('screening.expiresOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {SCREENING_ITEMS.map((item) => (
                <Table.Tr key={item}>
                  <Table.Td>{t(`screening.items.${item}`)}</Table.Td>
                  <Table.Td>
                    <FormDateField
                      control={control}
                      name={`screening.${item}.date`}
                      aria-label={t('screening.dateOf', { item: t(`screening.items.${item}`) })}
                      clearable
                      error={errorText(errors.screening?.[item]?.date)}
                    />
                  </Table.Td>
                  <Table.Td>
                    {EXPIRING_SCREENING_ITEMS.includes(item) && (
                      <FormDateField
                        control={control}
                        name={`screening.${item}.expiresOn`}
                        aria-label={t('screening.expiryOf', { item: t(`screening.items.${item}`) })}
                        clearable
                        error={errorText(errors.screening?.[item]?.expiresOn)}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Fieldset>

        <FormActions submitting={isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
