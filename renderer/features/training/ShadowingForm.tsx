import { useState } from 'react';
import { MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ShadowingInputSchema, type ShadowingInput, type TrainingModule } from '../../../shared/domain/training';
import { currentLanguage } from '../../i18n/i18n';
import { useContactChoices } from './useTraining';
import { fieldError } from '../../components/notify';
import { NumberField } from '../../components/NumberField';
import { FormActions } from '../../components/FormActions';
import { FormDateField } from '../../components/FormDateField';

export type ShadowingFormValues = z.output<typeof ShadowingInputSchema>;

/**
 * Log (or edit) a shadowing entry: whom the mentor accompanied — a known contact, found by
 * name, or a typed name — when, how long, in which area, toward which modules.
 */
export const ShadowingForm = ({
  initial,
  modules,
  onSubmit,
  onCancel,
}: {
  initial: ShadowingInput;
  /** The curriculum of the mentor's programmes (what the entry may count toward). */
  modules: readonly TrainingModule[];
  onSubmit: (values: ShadowingFormValues) => Promise<void>;
  onCancel: () => void;
}) => {
  const { t } = useTranslation('training');
  const lng = currentLanguage();
  const { register, handleSubmit, control, formState } = useForm<ShadowingInput, unknown, ShadowingFormValues>({
    resolver: zodResolver(ShadowingInputSchema),
    defaultValues: { contactId: null, professionalName: '', moduleIds: [], notes: '', ...initial },
  });
  const err = (name: keyof ShadowingInput) => fieldError(formState.errors[name], 'training');

  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const contactId = useWatch({ control, name: 'contactId' }) ?? null;
  // The options: the contacts matching what is typed, plus the chosen one (so its name shows).
  const contactOptions = useContactChoices(debounced, contactId, lng);

  return (
    <form onSubmit={(e) => void handleSubmit(onSubmit)(e)} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="contactId"
            render={({ field }) => (
              <Select
                label={t('shadowing.contact')}
                description={t('shadowing.contactHint')}
                placeholder={t('shadowing.contactPlaceholder')}
                searchable
                clearable
                nothingFoundMessage={t('shadowing.noContacts')}
                data={contactOptions ?? []}
                filter={({ options }) => options}
                searchValue={search}
                onSearchChange={setSearch}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v)}
                error={err('contactId')}
              />
            )}
          />
          <TextInput
            label={t('shadowing.professionalName')}
            description={t('shadowing.professionalNameHint')}
            {...register('professionalName')}
            error={err('professionalName')}
          />
          <FormDateField
            control={control}
            name="date"
            cleared=""
            label={t('shadowing.date')}
            withAsterisk
            error={err('date')}
          />
          <Controller
            control={control}
            name="hours"
            render={({ field }) => (
              <NumberField
                label={t('shadowing.hours')}
                withAsterisk
                min={0.25}
                max={24}
                step={0.5}
                decimalScale={2}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value}
                onChange={field.onChange}
                error={err('hours')}
              />
            )}
          />
        </SimpleGrid>
        <TextInput
          label={t('shadowing.area')}
          description={t('shadowing.areaHint')}
          withAsterisk
          {...register('area')}
          error={err('area')}
        />
        <Controller
          control={control}
          name="moduleIds"
          render={({ field }) => (
            <MultiSelect
              label={t('shadowing.modules')}
              description={t('shadowing.modulesHint')}
              data={modules.map((m) => ({ value: m.id, label: m.name }))}
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={field.value ?? []}
              onChange={field.onChange}
              searchable
              clearable
              error={err('moduleIds')}
            />
          )}
        />
        <Textarea label={t('shadowing.notes')} autosize minRows={2} {...register('notes')} error={err('notes')} />
        <FormActions submitting={formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
