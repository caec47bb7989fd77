import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Mentee } from '../../../shared/domain/mentee';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { todayIso } from '../../lib/format';
import { notifyError, notifySaved } from '../../components/notify';
import { createPairing } from './pairingsRepo';
import type { Suggestion } from './suggestions';
import { READABLE_DESCRIPTION } from '../../components/readableDescription';
import { DateField } from '../../components/DateField';

type Props = { mentee: Mentee; suggestion: Suggestion | null; onClose: () => void };

/**
 * Confirm a pairing. When the mentor is above capacity or not training-ready the coordinator
 * must say why they go ahead; the reason is recorded with the pairing (`overrides`).
 */
export const ConfirmPairingModal = ({ mentee, suggestion, onClose }: Props) => {
  const { t } = useTranslation('pairings');
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [startDate, setStartDate] = useState('');
  const [plannedEndDate, setPlannedEndDate] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const warnings = suggestion?.warnings ?? [];
  const mentorName = suggestion ? formatPersonName(suggestion.mentor, currentLanguage()) : '';

  const submit = async () => {
    if (!suggestion) return;
    if (warnings.length > 0 && reason.trim().length === 0) {
      setReasonError(t('confirm.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      const pairing = await createPairing(
        {
          mentorId: suggestion.mentor.id,
          menteeId: mentee.id,
          programmeId: mentee.programmeId,
          startDate: startDate || null,
          plannedEndDate: plannedEndDate || null,
        },
        { date: todayIso(), overrides: warnings.map((kind) => ({ kind, reason })) },
      );
      notifySaved(t('notify.created', { code: mentee.code, mentor: mentorName }));
      onClose();
      void navigate(`/pairings/${pairing.id}`);
    } catch (err) {
      notifyError(err, 'pairings');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      opened={suggestion !== null}
      onClose={onClose}
      title={t('confirm.title')}
      size="lg"
    >
      <Stack>
        <Text>{t('confirm.body', { code: mentee.code, mentor: mentorName })}</Text>
        {warnings.includes('overCapacity') && suggestion && (
          <Alert color="red" title={t('warnings.overCapacityTitle')} role="alert">
            {t('warnings.overCapacity', { open: suggestion.openPairings, capacity: suggestion.mentor.capacity })}
          </Alert>
        )}
        {warnings.includes('notTrainingReady') && suggestion && (
          <Alert color="red" title={t('warnings.notTrainingReadyTitle')} role="alert">
            {suggestion.missingModules.length > 0
              ? t('warnings.notTrainingReadyModules', { modules: suggestion.missingModules.join(', ') })
              : t('warnings.notTrainingReady')}
          </Alert>
        )}
        {warnings.length > 0 && (
          <Textarea
            label={t('confirm.reason')}
            description={t('confirm.reasonHelp')}
            styles={READABLE_DESCRIPTION}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
            withAsterisk
            autosize
            minRows={2}
          />
        )}
        <Group grow>
          <DateField
            label={t('fields.plannedStart')}
            value={startDate || null}
            onChange={(v) => setStartDate(v ?? '')}
            clearable
          />
          <DateField
            label={t('fields.plannedEndDate')}
            value={plannedEndDate || null}
            onChange={(v) => setPlannedEndDate(v ?? '')}
            clearable
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy}>
            {warnings.length > 0 ? t('confirm.submitAnyway') : t('confirm.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
