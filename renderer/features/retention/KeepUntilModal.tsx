import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keepUntilFormSchema, type KeepUntilForm } from '../../../shared/privacy/retention';
import { FormDateField } from '../../components/FormDateField';
import { fieldError, notifyError, notifySaved } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { keepUntil } from './retentionRepo';
import type { PersonKind } from '../../../shared/domain/base';

type Props = {
  person: { kind: PersonKind; id: string };
  /** The person as the review names them. */
  label: string;
  today: string;
  onClose: () => void;
};

/**
 * "Keep until …": the date (after today) and the reason, both required; recorded with the day
 * of the decision, and in the audit log.
 */
export const KeepUntilModal = ({ person, label, today, onClose }: Props) => {
  const { t } = useTranslation('retention');
  const lng = currentLanguage();
  const schema = keepUntilFormSchema(today);
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<KeepUntilForm, unknown, KeepUntilForm>({
    resolver: zodResolver(schema),
    defaultValues: { keepUntil: '', reason: '' },
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('keep.title', { name: label })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            const decision = await keepUntil(person, values, today);
            notifySaved(t('keep.done', { name: label, date: formatDate(decision.keepUntil, lng) }));
            onClose();
          } catch (err) {
            notifyError(err, 'retention');
          }
        })}
      >
        <Stack>
          <Text size="sm">{t('keep.explain')}</Text>
          <FormDateField
            control={control}
            name="keepUntil"
            cleared=""
            label={t('keep.until')}
            error={fieldError(errors.keepUntil, 'retention')}
            withAsterisk
          />
          <Textarea
            label={t('keep.reason')}
            description={t('keep.reasonHint')}
            autosize
            minRows={2}
            withAsterisk
            {...register('reason')}
            error={fieldError(errors.reason, 'retention')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('keep.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('keep.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
