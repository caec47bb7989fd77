import { Checkbox, Stack, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ModuleInputSchema, type ModuleInput } from '../../../shared/domain/training';
import { fieldError } from '../../components/notify';
import { NumberField } from '../../components/NumberField';
import { FormActions } from '../../components/FormActions';

export type ModuleFormValues = z.output<typeof ModuleInputSchema>;

/**
 * Add or edit a curriculum module; validated by the schema the repository writes with. The
 * repository's own refusals (a duplicate name) come back through `onSubmit` as `fieldError`.
 */
export const ModuleForm = ({
  initial,
  onSubmit,
  onCancel,
}: {
  initial: ModuleInput;
  onSubmit: (values: ModuleFormValues) => Promise<{ field: 'name'; messageKey: string } | void>;
  onCancel: () => void;
}) => {
  const { t } = useTranslation('training');
  const { register, handleSubmit, control, formState, setError } = useForm<ModuleInput, unknown, ModuleFormValues>({
    resolver: zodResolver(ModuleInputSchema),
    defaultValues: { description: '', mandatory: true, ...initial },
  });
  const err = (name: keyof ModuleInput) => fieldError(formState.errors[name], 'training');

  return (
    <form
      noValidate
      onSubmit={(e) =>
        void handleSubmit(async (values) => {
          const refused = await onSubmit(values);
          if (refused) setError(refused.field, { message: refused.messageKey }, { shouldFocus: true });
        })(e)
      }
    >
      <Stack>
        <TextInput label={t('module.name')} withAsterisk data-autofocus {...register('name')} error={err('name')} />
        <Textarea
          label={t('module.description')}
          autosize
          minRows={2}
          {...register('description')}
          error={err('description')}
        />
        <Controller
          control={control}
          name="requiredHours"
          render={({ field }) => (
            <NumberField
              label={t('module.requiredHours')}
              description={t('module.requiredHoursHint')}
              withAsterisk
              min={0}
              max={1000}
              step={0.5}
              decimalScale={2}
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={field.value}
              onChange={field.onChange}
              error={err('requiredHours')}
            />
          )}
        />
        <Controller
          control={control}
          name="mandatory"
          render={({ field }) => (
            <Checkbox
              label={t('module.mandatory')}
              description={t('module.mandatoryHint')}
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              checked={field.value ?? true}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
            />
          )}
        />
        <FormActions submitting={formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
