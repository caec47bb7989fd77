import { Button, Checkbox, Group, Modal, Radio, Select, Stack, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CLOSURE_REASONS, ClosureSchema } from '../../../shared/domain/pairing';
import { todayIso } from '../../lib/format';
import { fieldError } from '../../components/notify';
import { notifyError, notifySaved } from '../../components/notify';
import { closePairing } from './pairingsRepo';
import { READABLE_DESCRIPTION } from '../../components/readableDescription';
import { FormDateField } from '../../components/FormDateField';
import { DraftBanner, useFormDraft } from '../drafts';

/** The form edits "planned" as a radio value; the schema stores a boolean. */
const CloseFormSchema = ClosureSchema.extend({ planned: z.enum(['planned', 'early']) });
type CloseFormInput = z.input<typeof CloseFormSchema>;
type CloseFormValues = z.output<typeof CloseFormSchema>;

/**
 * Close a pairing: date, reason, planned or early, whether a closing conversation was held, and
 * what happens to the mentee. Everything is written in one transaction by `closePairing`.
 */
export const ClosePairingModal = ({
  pairingId,
  code,
  opened,
  onClose,
}: {
  pairingId: string;
  code: string;
  opened: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation('pairings');
  const form = useForm<CloseFormInput, unknown, CloseFormValues>({
    resolver: zodResolver(CloseFormSchema),
    defaultValues: {
      date: todayIso(),
      reason: 'goalsMet',
      reasonText: '',
      planned: 'planned',
      closingConversationHeld: false,
      menteeStatusAfter: 'waiting',
    },
  });
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const draft = useFormDraft(form, {
    formKey: 'closure',
    recordId: pairingId,
    schema: CloseFormSchema,
    enabled: opened,
  });

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      opened={opened}
      onClose={onClose}
      title={t('close.title', { code })}
      size="lg"
    >
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await closePairing(pairingId, { ...values, planned: values.planned === 'planned' });
            notifySaved(t('notify.closed', { code }));
            await draft.clear();
            onClose();
          } catch (err) {
            notifyError(err, 'pairings');
          }
        })}
      >
        <Stack>
          <DraftBanner draft={draft} />
          <FormDateField
            control={control}
            name="date"
            cleared=""
            label={t('close.date')}
            error={fieldError(errors.date, 'pairings')}
            withAsterisk
          />
          <Controller
            control={control}
            name="reason"
            render={({ field }) => (
              <Select
                label={t('close.reason')}
                data={CLOSURE_REASONS.map((r) => ({ value: r, label: t(`close.reasons.${r}`) }))}
                value={field.value}
                onChange={(v) => field.onChange(v ?? 'other')}
                allowDeselect={false}
                withAsterisk
              />
            )}
          />
          <Textarea
            label={t('close.reasonText')}
            autosize
            minRows={2}
            {...register('reasonText')}
            error={fieldError(errors.reasonText, 'pairings')}
          />
          <Controller
            control={control}
            name="planned"
            render={({ field }) => (
              <Radio.Group label={t('close.plannedLabel')} value={field.value} onChange={field.onChange}>
                <Group mt={4}>
                  <Radio value="planned" label={t('close.planned')} />
                  <Radio value="early" label={t('close.early')} />
                </Group>
              </Radio.Group>
            )}
          />
          <Checkbox label={t('close.conversation')} {...register('closingConversationHeld')} />
          <Controller
            control={control}
            name="menteeStatusAfter"
            render={({ field }) => (
              <Radio.Group
                label={t('close.menteeAfter')}
                description={t('close.menteeAfterHelp')}
                styles={READABLE_DESCRIPTION}
                value={field.value}
                onChange={field.onChange}
              >
                <Group mt={4}>
                  <Radio value="waiting" label={t('close.menteeWaiting')} />
                  <Radio value="closed" label={t('close.menteeClosed')} />
                </Group>
              </Radio.Group>
            )}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={isSubmitting}>
              {t('close.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
