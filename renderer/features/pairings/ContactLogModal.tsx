import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_KINDS,
  ContactLogInputSchema,
  type ContactLog,
  type ContactLogInput,
  type ContactLogInputParsed,
} from '../../../shared/domain/pairing';
import { todayIso } from '../../lib/format';
import { fieldError } from '../../components/notify';
import { NumberField } from '../../components/NumberField';
import { notifyError, notifySaved } from '../../components/notify';
import { addContactLog, updateContactLog } from './pairingsRepo';
import { READABLE_DESCRIPTION } from '../../components/readableDescription';
import { FormDateField } from '../../components/FormDateField';
import { DraftBanner, useFormDraft } from '../drafts';

const initialValues = (pairingId: string, log: ContactLog | undefined): ContactLogInput =>
  log
    ? {
        pairingId,
        date: log.date,
        durationMinutes: log.durationMinutes,
        kind: log.kind,
        crisis: log.crisis,
        notes: log.notes,
      }
    : { pairingId, date: todayIso(), durationMinutes: 60, kind: 'meeting', crisis: false, notes: '' };

/**
 * Log one contact of a pairing, or correct one already logged (`log`): the same form and schema
 * either way. The crisis flag is a checkbox with its own explanation.
 */
export const ContactLogModal = ({
  pairingId,
  log,
  opened,
  onClose,
}: {
  pairingId: string;
  /** The logged contact to correct; without it the form logs a new one. */
  log?: ContactLog;
  opened: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation('pairings');
  const form = useForm<ContactLogInput, unknown, ContactLogInputParsed>({
    resolver: zodResolver(ContactLogInputSchema),
    defaultValues: initialValues(pairingId, log),
  });
  const {
    control,
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  // Kept while typed; Cancel keeps it too (only Save or the banner's Discard removes it).
  const draft = useFormDraft(form, {
    formKey: `contactLog@${pairingId}`,
    recordId: log?.id ?? null,
    subjectIds: [pairingId, log?.mentorId, log?.menteeId],
    schema: ContactLogInputSchema,
    enabled: opened,
  });

  const close = () => {
    reset(initialValues(pairingId, log));
    onClose();
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      opened={opened}
      onClose={close}
      title={log ? t('contacts.editTitle') : t('contacts.addTitle')}
      size="lg"
    >
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            if (log) {
              await updateContactLog(log.id, values);
              notifySaved(t('notify.contactUpdated'));
            } else {
              await addContactLog(values);
              notifySaved(values.crisis ? t('notify.crisisLogged') : t('notify.contactLogged'));
            }
            await draft.clear();
            close();
          } catch (err) {
            notifyError(err, 'pairings');
          }
        })}
      >
        <Stack>
          <DraftBanner draft={draft} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <FormDateField
              control={control}
              name="date"
              cleared=""
              label={t('contacts.date')}
              error={fieldError(errors.date, 'pairings')}
              withAsterisk
            />
            <Controller
              control={control}
              name="durationMinutes"
              render={({ field }) => (
                <NumberField
                  label={t('contacts.duration')}
                  name={field.name}
                  ref={field.ref}
                  onBlur={field.onBlur}
                  value={field.value}
                  onChange={field.onChange}
                  min={0}
                  max={1440}
                  step={15}
                  allowDecimal={false}
                  error={fieldError(errors.durationMinutes, 'pairings')}
                />
              )}
            />
            <Controller
              control={control}
              name="kind"
              render={({ field }) => (
                <Select
                  label={t('contacts.kindLabel')}
                  data={CONTACT_KINDS.map((k) => ({ value: k, label: t(`contacts.kind.${k}`) }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? 'meeting')}
                  allowDeselect={false}
                />
              )}
            />
          </SimpleGrid>
          <Checkbox
            label={t('contacts.crisis')}
            description={t('contacts.crisisHelp')}
            styles={READABLE_DESCRIPTION}
            color="red.9"
            {...register('crisis')}
          />
          <Textarea
            label={t('contacts.notes')}
            autosize
            minRows={3}
            {...register('notes')}
            error={fieldError(errors.notes, 'pairings')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('contacts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
