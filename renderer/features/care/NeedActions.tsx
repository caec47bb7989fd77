import { useState } from 'react';
import { Button, Checkbox, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import type { TFunction } from 'i18next';
import { CareAckInputSchema, type CareAckInput } from '../../../shared/domain/care';
import { StatusChangeSchema } from '../../../shared/domain/mentor';
import { formatPersonName } from '../../../shared/domain/names';
import { DateField } from '../../components/DateField';
import { fieldError, notifyError, notifySaved } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { todayIso } from '../../lib/format';
import { planSessionHref } from '../sessions';
import { acknowledgeNeeds, pauseMentor, type CareRow } from './careRepo';
import { reasonText } from './careText';

/** "Plan a supervision": a new individual supervision session with the mentor already expected. */
export const planSupervisionHref = (t: TFunction, mentorId: string): string =>
  planSessionHref({
    kind: 'supervision',
    subKind: 'individual',
    mentorIds: [mentorId],
    title: t('sessions:subKinds.individual'),
  });

/**
 * What a coordinator can do for a mentor who needs support now: plan an individual supervision
 * with them already expected, note "talked, all right" (clears these reasons until something new
 * happens), or pause them — the pause goes through the mentor's status rules and may pause their
 * active pairings with the same reason.
 */
export const NeedActions = ({ row, size = 'xs' }: { row: CareRow; size?: 'xs' | 'sm' }) => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  const name = formatPersonName(row.mentor, lng);
  const [acking, setAcking] = useState(false);
  const [pausing, setPausing] = useState(false);
  const plan = planSupervisionHref(t, row.mentor.id);
  return (
    <Group gap="xs">
      <Button component={Link} to={plan} size={size} variant="light" aria-label={t('actions.planFor', { name })}>
        {t('actions.plan')}
      </Button>
      {row.reasons.length > 0 && (
        <Button
          size={size}
          variant="default"
          onClick={() => setAcking(true)}
          aria-label={t('actions.talkedFor', { name })}
        >
          {t('actions.talked')}
        </Button>
      )}
      {row.mentor.status === 'active' && (
        <Button
          size={size}
          variant="default"
          onClick={() => setPausing(true)}
          aria-label={t('actions.pauseFor', { name })}
        >
          {t('actions.pause')}
        </Button>
      )}
      {acking && <AckModal row={row} name={name} onClose={() => setAcking(false)} />}
      {pausing && <PauseModal row={row} name={name} onClose={() => setPausing(false)} />}
    </Group>
  );
};

type AckValues = z.output<typeof CareAckInputSchema>;

const AckModal = ({ row, name, onClose }: { row: CareRow; name: string; onClose: () => void }) => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CareAckInput, unknown, AckValues>({
    resolver: zodResolver(CareAckInputSchema),
    defaultValues: {
      mentorId: row.mentor.id,
      date: todayIso(),
      // Each open reason with the fact that raised it: a newer fact raises the flag again.
      cleared: row.reasons.map((r) => ({ kind: r.kind, fact: r.fact })),
      note: '',
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t('ack.title')}: ${name}`}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await acknowledgeNeeds(values);
            notifySaved(t('ack.saved'));
            onClose();
          } catch (err) {
            notifyError(err, 'care');
          }
        })}
      >
        <Stack>
          <List size="sm">
            {row.reasons.map((r) => (
              <List.Item key={r.kind}>{reasonText(t, r, lng)}</List.Item>
            ))}
          </List>
          <Text size="sm">{t('ack.help')}</Text>
          {errors.cleared && (
            <Text size="sm" c="red.9" role="alert">
              {t('errors.nothingToClear')}
            </Text>
          )}
          <Textarea
            label={t('ack.note')}
            autosize
            minRows={2}
            {...register('note')}
            error={fieldError(errors.note, 'care')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('ack.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

/** The pause form: the date and reason of the mentor's status change, and whether their pairings pause too. */
const PauseFormSchema = z.object({
  date: StatusChangeSchema.shape.date,
  reason: StatusChangeSchema.shape.reason,
  pausePairings: z.boolean(),
});
type PauseInput = z.input<typeof PauseFormSchema>;
type PauseValues = z.output<typeof PauseFormSchema>;

const PauseModal = ({ row, name, onClose }: { row: CareRow; name: string; onClose: () => void }) => {
  const { t } = useTranslation('care');
  const active = row.load.activePairings;
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<PauseInput, unknown, PauseValues>({
    resolver: zodResolver(PauseFormSchema),
    defaultValues: { date: todayIso(), reason: '', pausePairings: false },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('pause.title', { name })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await pauseMentor(row.mentor.id, values);
            notifySaved(t('pause.saved', { name }));
            onClose();
          } catch (err) {
            // The mentor's status rules refuse what cannot be done (say, already paused on another PC).
            notifyError(err, 'mentors');
          }
        })}
      >
        <Stack>
          <Text size="sm">{t('pause.help')}</Text>
          <Controller
            control={control}
            name="date"
            render={({ field }) => (
              <DateField
                label={t('form.date')}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                error={fieldError(errors.date, 'care')}
                withAsterisk
              />
            )}
          />
          <Textarea
            label={t('pause.reason')}
            autosize
            minRows={2}
            {...register('reason')}
            error={fieldError(errors.reason, 'care')}
          />
          {active > 0 && (
            <Controller
              control={control}
              name="pausePairings"
              render={({ field }) => (
                <Checkbox
                  label={t('pause.pairings', { count: active })}
                  checked={field.value}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              )}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('pause.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
