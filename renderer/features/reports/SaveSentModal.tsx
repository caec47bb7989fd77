import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SavedReportInputSchema } from '../../../shared/domain/savedReport';
import { DateField } from '../../components/DateField';
import { notifyError, notifySaved } from '../../components/notify';
import { todayIso } from '../../lib/format';
import { saveSentReport, type SentReportFacts } from './reportsRepo';

/** "Save as sent": the date, the recipient and a note; the figures are frozen as they are now. */
export const SaveSentModal = ({ facts, onClose }: { facts: SentReportFacts; onClose: () => void }) => {
  const { t } = useTranslation('reports');
  const [sentOn, setSentOn] = useState<string | null>(todayIso());
  const [recipient, setRecipient] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = SavedReportInputSchema.safeParse({ sentOn: sentOn ?? '', recipient, note });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), t(`common:${i.message}`)])));
      return;
    }
    setBusy(true);
    try {
      await saveSentReport(parsed.data, facts);
      notifySaved(t('sent.done', { recipient: parsed.data.recipient }));
      onClose();
    } catch (err) {
      notifyError(err, 'reports');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('sent.title')}>
      <Stack>
        <Text size="sm">{t('sent.explain')}</Text>
        <DateField label={t('sent.sentOn')} value={sentOn} onChange={setSentOn} required error={errors.sentOn} />
        <TextInput
          label={t('sent.recipient')}
          value={recipient}
          onChange={(e) => setRecipient(e.currentTarget.value)}
          required
          error={errors.recipient}
        />
        <Textarea
          label={t('sent.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('sent.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()}>
            {t('sent.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
