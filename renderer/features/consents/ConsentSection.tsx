import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { modals } from '@mantine/modals';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { PersonKind } from '../../../shared/domain/base';
import { ConsentInputSchema, type Consent, type ConsentInput } from '../../../shared/domain/consent';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { DateField } from '../../components/DateField';
import { notifyError, notifySaved, notifyUndo } from '../../components/notify';
import { addConsent, deleteConsent, restoreConsent, withdrawConsent } from './consentsRepo';
import { useConsents } from './useConsents';
import { FormActions } from '../../components/FormActions';

type Props = { personKind: PersonKind; personId: string; headingOrder?: 2 | 3 };

const METHODS = ['written', 'verbal', 'electronic'] as const;

/**
 * The consent records of one person (a mentor now, a mentee or contact later): what they agreed
 * to, when and how, and the withdrawal. Records are never edited away: a withdrawal is dated.
 */
export const ConsentSection = ({ personKind, personId, headingOrder = 2 }: Props) => {
  const { t } = useTranslation('consents');
  const lng = currentLanguage();
  const consents = useConsents(personKind, personId);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const headingId = `consents-${personId}`;

  const confirmDelete = (c: Consent) =>
    modals.openConfirmModal({
      title: t('delete.title'),
      children: <Text size="sm">{t('delete.body', { purpose: c.purpose })}</Text>,
      labels: { confirm: t('delete.confirm'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await deleteConsent(c.id);
        } catch (err) {
          notifyError(err, 'consents');
          return;
        }
        notifyUndo(t('delete.done'), () => restoreConsent(c.id), 'consents');
      },
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={headingOrder} size="h3" id={headingId}>
          {t('title')}
        </Title>
        <Button variant="default" onClick={() => setAdding(true)}>
          {t('add')}
        </Button>
      </Group>
      {consents && consents.length === 0 && <Text size="sm">{t('empty')}</Text>}
      {consents && consents.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.purpose')}</Table.Th>
                <Table.Th>{t('fields.givenOn')}</Table.Th>
                <Table.Th>{t('fields.method')}</Table.Th>
                <Table.Th>{t('fields.state')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('fields.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consents.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text size="sm">{c.purpose}</Text>
                    {c.notes && <Text size="xs">{c.notes}</Text>}
                  </Table.Td>
                  <Table.Td>{formatDate(c.givenOn, lng)}</Table.Td>
                  <Table.Td>{t(`method.${c.method}`)}</Table.Td>
                  <Table.Td>
                    {c.withdrawnOn ? (
                      <Badge color="red" variant="filled">
                        {t('withdrawnOn', { date: formatDate(c.withdrawnOn, lng) })}
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="filled">
                        {t('valid')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {!c.withdrawnOn && (
                        <Button size="xs" variant="default" onClick={() => setWithdrawing(c)} aria-label={t('withdrawFor', { purpose: c.purpose })}>
                          {t('withdraw')}
                        </Button>
                      )}
                      <Button size="xs" variant="subtle" color="red" onClick={() => confirmDelete(c)} aria-label={t('deleteFor', { purpose: c.purpose })}>
                        {t('common:actions.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <AddConsentModal personKind={personKind} personId={personId} onClose={() => setAdding(false)} />}
      {withdrawing && <WithdrawModal consent={withdrawing} onClose={() => setWithdrawing(null)} />}
    </Paper>
  );
};

type Parsed = z.output<typeof ConsentInputSchema>;

const AddConsentModal = ({ personKind, personId, onClose }: { personKind: PersonKind; personId: string; onClose: () => void }) => {
  const { t } = useTranslation('consents');
  const tc = (e: FieldError | undefined) => (e?.message ? t(`common:${e.message}`) : undefined);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ConsentInput, unknown, Parsed>({
    resolver: zodResolver(ConsentInputSchema),
    defaultValues: { personKind, personId, purpose: '', givenOn: todayIso(), method: 'written', withdrawnOn: null, notes: '' },
  });
  return (
    <Modal opened onClose={onClose} title={t('addTitle')}>
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await addConsent(values);
            notifySaved(t('saved'));
            onClose();
          } catch (err) {
            notifyError(err, 'consents');
          }
        })}
      >
        <Stack>
          <TextInput label={t('fields.purpose')} description={t('purposeHelp')} descriptionProps={{ c: 'gray.7' }} withAsterisk {...register('purpose')} error={tc(errors.purpose)} />
          <Controller
            control={control}
            name="givenOn"
            render={({ field }) => (
              <DateField label={t('fields.givenOn')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={tc(errors.givenOn)} />
            )}
          />
          <Controller
            control={control}
            name="method"
            render={({ field }) => (
              <Select
                label={t('fields.method')}
                data={METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))}
                value={field.value}
                onChange={(v) => field.onChange(v ?? 'written')}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <Textarea label={t('fields.notes')} {...register('notes')} error={tc(errors.notes)} autosize minRows={2} />
          <FormActions submitting={isSubmitting} onCancel={onClose} inDialog />
        </Stack>
      </form>
    </Modal>
  );
};

const WithdrawModal = ({ consent, onClose }: { consent: Consent; onClose: () => void }) => {
  const { t } = useTranslation('consents');
  const [date, setDate] = useState<string | null>(todayIso());
  const [error, setError] = useState<string | undefined>();
  const submit = async () => {
    if (!date) {
      setError(t('common:validation.date'));
      return;
    }
    try {
      await withdrawConsent(consent.id, date);
      notifySaved(t('withdrawn'));
      onClose();
    } catch (err) {
      if (err instanceof Error && err.message === 'errors.withdrawBeforeGiven') setError(t('errors.withdrawBeforeGiven'));
      else notifyError(err, 'consents');
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('withdrawTitle', { purpose: consent.purpose })}>
      <Stack>
        <Text size="sm">{t('withdrawHelp')}</Text>
        <DateField label={t('fields.withdrawnOn')} withAsterisk value={date} onChange={setDate} error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void submit()}>{t('withdraw')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
};
