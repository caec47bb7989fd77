import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  allowedNextStatuses,
  MentorStatusSchema,
  StatusChangeInputSchema,
  type Mentor,
  type MentorStatus,
} from '../../../shared/domain/mentor';
import { activationWarnings, type ActivationCheck, type ActivationWarning } from '../../../shared/domain/activation';
import { todayIso } from '../../lib/format';
import { DateField } from '../../components/DateField';
import { changeMentorStatus } from './mentorsRepo';
import { notifyError, notifySaved } from '../../components/notify';

type Props = {
  mentor: Mentor;
  opened: boolean;
  onClose: () => void;
  /** The checks other features add (the app's registry, `app/activationChecks.ts`). */
  activationChecks: readonly ActivationCheck[];
};

/**
 * One step along the lifecycle, dated. Leaving needs a reason. Before a mentor becomes active the
 * activation checks run; if any warns, going ahead needs an explicit confirmation and a
 * reason, and the history records the override.
 */
export const StatusChangeModal = ({ mentor, opened, onClose, activationChecks }: Props) => {
  const { t } = useTranslation('mentors');
  const options = allowedNextStatuses(mentor.status);
  const [status, setStatus] = useState<MentorStatus | null>(null);
  const [date, setDate] = useState<string | null>(todayIso());
  const [reason, setReason] = useState('');
  const [warnings, setWarnings] = useState<ActivationWarning[]>([]);
  const [checking, setChecking] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const choose = async (value: string | null) => {
    const next = MentorStatusSchema.safeParse(value).data ?? null;
    setStatus(next);
    setWarnings([]);
    setConfirmed(false);
    if (next === 'active') {
      setChecking(true);
      try {
        setWarnings(await activationWarnings(activationChecks, mentor.id));
      } finally {
        setChecking(false);
      }
    }
  };

  const close = () => {
    setStatus(null);
    setReason('');
    setDate(todayIso());
    setWarnings([]);
    setConfirmed(false);
    setErrors({});
    onClose();
  };

  const override = warnings.length > 0 ? (warnings[0]?.kind ?? null) : null;

  const submit = async () => {
    if (!status) {
      setErrors({ status: t('common:validation.required') });
      return;
    }
    if (override && !confirmed) {
      setErrors({ confirm: t('statusChange.confirmRequired') });
      return;
    }
    const parsed = StatusChangeInputSchema.safeParse({ status, date: date ?? '', reason, override });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), t(`common:${i.message}`)])));
      return;
    }
    setSaving(true);
    try {
      await changeMentorStatus(mentor.id, parsed.data);
      notifySaved(t('notify.statusChanged', { status: t(`status.${status}`) }));
      close();
    } catch (err) {
      notifyError(err, 'mentors');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('statusChange.title')} size="lg">
      <Stack>
        <Text size="sm">{t('statusChange.current', { status: t(`status.${mentor.status}`) })}</Text>
        <Select
          label={t('statusChange.newStatus')}
          data={options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(v) => void choose(v)}
          allowDeselect={false}
          error={errors.status}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField label={t('statusChange.date')} value={date} onChange={setDate} error={errors.date} withAsterisk />
        {checking && <Text size="sm">{t('statusChange.checking')}</Text>}
        {warnings.length > 0 && (
          <Alert color="red" variant="outline" title={t('statusChange.warningTitle')} role="alert">
            <List size="sm">
              {warnings.map((w, i) => (
                <List.Item key={i}>{t(w.messageKey, w.values)}</List.Item>
              ))}
            </List>
            <Checkbox
              mt="sm"
              label={t('statusChange.confirmOverride')}
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
              error={errors.confirm}
            />
          </Alert>
        )}
        {status === 'exited' && (
          <Alert color="gray" variant="outline">
            {t('statusChange.exitNote')}
          </Alert>
        )}
        <Textarea
          label={
            status === 'exited'
              ? t('statusChange.exitReason')
              : override
                ? t('statusChange.overrideReason')
                : t('statusChange.note')
          }
          withAsterisk={status === 'exited' || Boolean(override)}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={saving} disabled={checking}>
            {t('statusChange.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
