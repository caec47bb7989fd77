import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/notify';
import type { z } from 'zod';
import { ContactInputSchema, type ContactInput } from '../../../shared/domain/contact';
import { FormActions } from '../../components/FormActions';

type Output = z.output<typeof ContactInputSchema>;

const EMPTY: ContactInput = {
  givenName: '',
  familyName: '',
  organisation: '',
  role: '',
  phone: '',
  email: '',
  notes: '',
};

/** Create / edit a contact; validated by the same schema the repository writes with. */
export const ContactForm = ({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: ContactInput;
  onSubmit: (values: Output) => Promise<void>;
  onCancel: () => void;
}) => {
  const { t } = useTranslation('contacts');
  const { register, handleSubmit, formState } = useForm<ContactInput, unknown, Output>({
    resolver: zodResolver(ContactInputSchema),
    defaultValues: { ...EMPTY, ...initial },
  });
  const err = (name: keyof ContactInput) => fieldError(formState.errors[name], 'contacts');

  return (
    <form onSubmit={(e) => void handleSubmit(onSubmit)(e)} noValidate>
      <Stack maw={720}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.givenName')} withAsterisk {...register('givenName')} error={err('givenName')} />
          <TextInput
            label={t('fields.familyName')}
            withAsterisk
            {...register('familyName')}
            error={err('familyName')}
          />
          <TextInput label={t('fields.organisation')} {...register('organisation')} error={err('organisation')} />
          <TextInput
            label={t('fields.role')}
            description={t('fields.roleHint')}
            descriptionProps={{ c: 'gray.7' }}
            {...register('role')}
            error={err('role')}
          />
          <TextInput label={t('fields.phone')} type="tel" {...register('phone')} error={err('phone')} />
          <TextInput label={t('fields.email')} type="email" {...register('email')} error={err('email')} />
        </SimpleGrid>
        <Textarea label={t('fields.notes')} autosize minRows={3} {...register('notes')} error={err('notes')} />
        <FormActions submitting={formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
