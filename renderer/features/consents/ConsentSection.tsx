import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { modals } from '@mantine/modals';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { PersonKind } from '../../../shared/domain/base';
import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  ConsentInputSchema,
  type Consent,
  type ConsentEntryKind,
  type ConsentInput,
  type ConsentPurpose,
} from '../../../shared/domain/consent';
import { purposeStates, type PurposeState } from '../../../shared/privacy/consentLedger';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import { FormDateField } from '../../components/FormDateField';
import { fieldError, notifyError, notifySaved } from '../../components/notify';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { FormActions } from '../../components/FormActions';
import { ConsentError, deleteConsent, recordConsent, restoreConsent } from './consentsRepo';
import { purposeLabel } from './purposeLabel';
import { useConsents } from './useConsents';

type Props = { personKind: PersonKind; personId: string; headingOrder?: 2 | 3 };

/** What the entry dialog records: a consent for any purpose, or the next entry of one purpose. */
type Dialog = { mode: 'new' } | { mode: ConsentEntryKind; purposeKind: ConsentPurpose; purpose: string; label: string };

/**
 * The consent ledger of one person: per purpose what holds now and every dated entry. Nothing
 * here edits the past: "Withdraw" and "Give again" add an entry, and an entry is only ever
 * deleted when it was typed in by mistake.
 */
export const ConsentSection = ({ personKind, personId, headingOrder = 2 }: Props) => {
  const { t } = useTranslation('consents');
  const consents = useConsents(personKind, personId);
  const states = useMemo(() => (consents ? purposeStates(consents) : undefined), [consents]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const headingId = `consents-${personId}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="consent-section">
      <Group justify="space-between" mb="sm">
        <Title order={headingOrder} size="h3" id={headingId}>
          {t('title')}
        </Title>
        <Button variant="default" onClick={() => setDialog({ mode: 'new' })}>
          {t('add')}
        </Button>
      </Group>
      {states && states.length === 0 && <Text size="sm">{t('empty')}</Text>}
      <Stack gap="lg">
        {states?.map((s) => (
          <PurposeHistory
            key={s.key}
            state={s}
            headingOrder={headingOrder === 2 ? 3 : 4}
            onNext={(mode, label) => setDialog({ mode, purposeKind: s.purposeKind, purpose: s.purpose, label })}
          />
        ))}
      </Stack>
      {dialog && (
        <EntryModal personKind={personKind} personId={personId} dialog={dialog} onClose={() => setDialog(null)} />
      )}
    </Paper>
  );
};

const PurposeHistory = ({
  state,
  headingOrder,
  onNext,
}: {
  state: PurposeState<Consent>;
  headingOrder: 3 | 4;
  onNext: (mode: ConsentEntryKind, label: string) => void;
}) => {
  const { t } = useTranslation('consents');
  const lng = currentLanguage();
  const label = purposeLabel(t, state);
  const id = `consent-purpose-${state.latest.personId}-${state.latest.id}`;
  const given = state.state === 'given';

  const confirmDelete = (entry: Consent) =>
    modals.openConfirmModal({
      title: t('delete.title'),
      children: <Text size="sm">{t('delete.body', { purpose: label, date: formatDate(entry.date, lng) })}</Text>,
      labels: { confirm: t('delete.confirm'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void deleteWithUndo({
          remove: () => deleteConsent(entry.id),
          restore: () => restoreConsent(entry.id),
          message: t('delete.done'),
          ns: 'consents',
        }),
    });

  return (
    <Stack gap="xs" component="section" aria-labelledby={id} data-testid={`consent-purpose-${state.key}`}>
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={headingOrder} size="h4" id={id}>
            {label}
          </Title>
          <Badge color={given ? 'teal' : 'red'} variant="filled" data-testid="consent-state">
            {t(`state.${state.state}`, { date: formatDate(state.latest.date, lng) })}
          </Badge>
        </Group>
        <Button
          size="xs"
          variant="default"
          onClick={() => onNext(given ? 'withdrawn' : 'given', label)}
          aria-label={t(given ? 'withdrawFor' : 'giveAgainFor', { purpose: label })}
        >
          {t(given ? 'withdraw' : 'giveAgain')}
        </Button>
      </Group>
      {state.purposeKind !== 'other' && state.purpose && <Text size="sm">{state.purpose}</Text>}
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label={t('historyFor', { purpose: label })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.date')}</Table.Th>
              <Table.Th>{t('fields.kind')}</Table.Th>
              <Table.Th>{t('fields.method')}</Table.Th>
              <Table.Th>{t('fields.notes')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('fields.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.history.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDate(e.date, lng)}</Table.Td>
                <Table.Td>{t(`kind.${e.kind}`)}</Table.Td>
                <Table.Td>{e.method ? t(`method.${e.method}`) : t('method.none')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.notes}</Table.Td>
                <Table.Td>
                  <Group justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => confirmDelete(e)}
                      aria-label={t('deleteFor', {
                        purpose: label,
                        entry: t(`kind.${e.kind}`),
                        date: formatDate(e.date, lng),
                      })}
                    >
                      {t('common:actions.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
};

type Parsed = z.output<typeof ConsentInputSchema>;

const EntryModal = ({
  personKind,
  personId,
  dialog,
  onClose,
}: {
  personKind: PersonKind;
  personId: string;
  dialog: Dialog;
  onClose: () => void;
}) => {
  const { t } = useTranslation('consents');
  const kind: ConsentEntryKind = dialog.mode === 'withdrawn' ? 'withdrawn' : 'given';
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ConsentInput, unknown, Parsed>({
    resolver: zodResolver(ConsentInputSchema),
    defaultValues: {
      personKind,
      personId,
      purposeKind: dialog.mode === 'new' ? 'processing' : dialog.purposeKind,
      purpose: dialog.mode === 'new' ? '' : dialog.purpose,
      kind,
      date: todayIso(),
      method: 'written',
      notes: '',
    },
  });
  const purposeKind = useWatch({ control, name: 'purposeKind' });
  const title =
    dialog.mode === 'new'
      ? t('addTitle')
      : t(dialog.mode === 'withdrawn' ? 'withdrawTitle' : 'giveAgainTitle', { purpose: dialog.label });

  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await recordConsent(values);
            notifySaved(t(kind === 'withdrawn' ? 'withdrawn' : 'saved'));
            onClose();
          } catch (err) {
            if (err instanceof ConsentError && err.message === 'errors.withdrawBeforeGiven')
              setError('date', { message: err.message });
            else notifyError(err, 'consents');
          }
        })}
      >
        <Stack>
          {dialog.mode === 'withdrawn' && <Text size="sm">{t('withdrawHelp')}</Text>}
          {dialog.mode === 'new' && (
            <>
              <Controller
                control={control}
                name="purposeKind"
                render={({ field }) => (
                  <Select
                    label={t('fields.purposeKind')}
                    withAsterisk
                    data={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? 'processing')}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              />
              <TextInput
                label={t('fields.purpose')}
                description={t(purposeKind === 'other' ? 'purposeHelpOther' : 'purposeHelp')}
                descriptionProps={{ c: 'gray.7' }}
                withAsterisk={purposeKind === 'other'}
                {...register('purpose')}
                error={fieldError(errors.purpose, 'consents')}
              />
            </>
          )}
          <FormDateField
            control={control}
            name="date"
            cleared=""
            label={t(kind === 'withdrawn' ? 'fields.withdrawnOn' : 'fields.givenOn')}
            withAsterisk
            error={fieldError(errors.date, 'consents')}
          />
          <Controller
            control={control}
            name="method"
            render={({ field }) => (
              <Select
                label={t('fields.method')}
                data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))}
                value={field.value ?? 'written'}
                onChange={(v) => field.onChange(v ?? 'written')}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <Textarea
            label={t('fields.notes')}
            {...register('notes')}
            error={fieldError(errors.notes, 'consents')}
            autosize
            minRows={2}
          />
          <FormActions submitting={isSubmitting} onCancel={onClose} inDialog />
        </Stack>
      </form>
    </Modal>
  );
};
