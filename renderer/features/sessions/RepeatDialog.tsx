import { useState } from 'react';
import dayjs from 'dayjs';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/domain/session';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { repeatSession } from './sessionsRepo';
import { MAX_REPEATS, repeatDates } from './sessionRules';
import { notifyError, notifySaved } from '../../components/notify';
import { NumberField } from '../../components/NumberField';
import { DateField } from '../../components/DateField';

/** "Repeat weekly or every N weeks until a date": shows the dates it will make before it makes them. */
export const RepeatDialog = ({
  session,
  opened,
  onClose,
}: {
  session: Session;
  opened: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const lng = currentLanguage();
  const [everyWeeks, setEveryWeeks] = useState<number | null>(1);
  const [until, setUntil] = useState(dayjs(session.date).add(8, 'week').format('YYYY-MM-DD'));
  const validUntil = /^\d{4}-\d{2}-\d{2}$/.test(until);
  // An emptied or half-typed "every N weeks" makes no dates (and cannot run), instead of becoming 1.
  const weeks =
    everyWeeks !== null && Number.isInteger(everyWeeks) && everyWeeks >= 1 && everyWeeks <= 52 ? everyWeeks : null;
  const dates = validUntil && weeks !== null ? repeatDates(session.date, weeks, until) : [];

  const run = async () => {
    if (weeks === null) return;
    try {
      const made = await repeatSession(session.id, { everyWeeks: weeks, until });
      notifySaved(t('repeat.done', { count: made.length }));
      onClose();
    } catch (err) {
      notifyError(err, 'sessions');
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('repeat.title')}>
      <Stack>
        <NumberField
          label={t('repeat.everyWeeks')}
          min={1}
          max={52}
          allowDecimal={false}
          value={everyWeeks}
          onChange={setEveryWeeks}
          error={
            everyWeeks === null ? tc('validation.required') : weeks === null ? t('repeat.everyWeeksRange') : undefined
          }
        />
        <DateField label={t('repeat.until')} value={until || null} onChange={(v) => setUntil(v ?? '')} />
        <Text size="sm" aria-live="polite">
          {dates.length === 0
            ? t('repeat.none')
            : t('repeat.preview', {
                count: dates.length,
                first: formatDate(dates[0], lng),
                last: formatDate(dates.at(-1), lng),
              })}
          {dates.length === MAX_REPEATS ? ` ${t('repeat.max', { max: MAX_REPEATS })}` : ''}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
          <Button disabled={dates.length === 0} onClick={() => void run()}>
            {t('repeat.submit', { count: dates.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
