import { useId } from 'react';
import { Box, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CURRENT_WELLBEING_QUESTIONNAIRE } from '../../../shared/care';
import { questionnaireRef, scoreAnswers } from '../../../shared/checkins';
import {
  WELLBEING_SOURCES,
  WellbeingCheckInInputSchema,
  type WellbeingCheckInInput,
} from '../../../shared/domain/care';
import { DateField } from '../../components/DateField';
import { fieldError, notifyError, notifySaved } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber, todayIso } from '../../lib/format';
import { DraftBanner, useFormDraft } from '../drafts';
import { recordWellbeingCheckIn } from './careRepo';

const q = CURRENT_WELLBEING_QUESTIONNAIRE;
const REF = questionnaireRef(q);
type Parsed = z.output<typeof WellbeingCheckInInputSchema>;
type Source = (typeof WELLBEING_SOURCES)[number];

/** Every statement starts unanswered: a row left empty is allowed (the score says it is partial). */
const initialValues = (mentorId: string): WellbeingCheckInInput => ({
  mentorId,
  date: todayIso(),
  source: 'call',
  questionnaire: REF,
  answers: Object.fromEntries(q.items.map((i) => [i.id, null])),
  note: '',
});

/** The statement column, then "no answer" and the five points of the scale. */
const GRID = {
  display: 'grid',
  gridTemplateColumns: 'minmax(14rem, 1fr) repeat(6, 4.75rem)',
  alignItems: 'center',
} as const;

/**
 * A mentor's wellbeing check-in, typed in by the coordinator after a conversation or from the
 * printed form. Each statement is a radio group (named by the statement) of "no answer" and the
 * points 1–5, which the arrow keys move through, in the order and numbering of the printed form.
 * What is typed is kept as a draft until it is saved or discarded.
 */
export const WellbeingCheckInModal = ({
  mentorId,
  opened,
  onClose,
}: {
  mentorId: string;
  opened: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  const uid = useId();
  const form = useForm<WellbeingCheckInInput, unknown, Parsed>({
    resolver: zodResolver(WellbeingCheckInInputSchema),
    defaultValues: initialValues(mentorId),
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
    formKey: `wellbeing@${mentorId}`,
    recordId: null,
    subjectIds: [mentorId],
    schema: WellbeingCheckInInputSchema,
    enabled: opened,
    // Answers typed for another version of the questionnaire are offered as text.
    fits: (v) => v.questionnaire === REF,
  });
  const answers = useWatch({ control, name: 'answers' }) ?? {};
  const live = scoreAnswers(q, answers);

  const close = () => {
    reset(initialValues(mentorId));
    onClose();
  };

  const scale = q.scale.labels.map((label, i) => ({ value: q.scale.min + i, label: label[lng] }));

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="xl"
      title={t('form.title')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await recordWellbeingCheckIn(values);
            notifySaved(t('notify.saved'));
            await draft.clear();
            close();
          } catch (err) {
            notifyError(err, 'care');
          }
        })}
      >
        <Stack>
          <DraftBanner draft={draft} />
          <Group align="flex-end" grow>
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
                  data-autofocus
                />
              )}
            />
            <Controller
              control={control}
              name="source"
              render={({ field }) => (
                <Radio.Group
                  label={t('form.source')}
                  value={field.value ?? 'call'}
                  onChange={(v) => field.onChange(v as Source)}
                >
                  <Group mt={4}>
                    {WELLBEING_SOURCES.map((s) => (
                      <Radio key={s} value={s} label={t(`source.${s}`)} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
          </Group>
          <Text size="sm" c="gray.7">
            {t('form.help')}
          </Text>
          <Box style={{ overflowX: 'auto' }}>
            {/* The column heads repeat what every radio's own name says, for the eye only. */}
            <Box style={GRID} aria-hidden="true" pb={4}>
              <Text size="sm" fw={600}>
                {t('form.statement')}
              </Text>
              <Text size="xs" c="gray.7" ta="center">
                {t('form.noAnswer')}
              </Text>
              {scale.map((s) => (
                <Text key={s.value} size="sm" fw={600} ta="center">
                  {s.value}
                  <Text span display="block" size="xs" fw={400} c="gray.7">
                    {s.label}
                  </Text>
                </Text>
              ))}
            </Box>
            {q.items.map((item, n) => {
              const labelId = `${uid}-item-${item.id}`;
              const statement = item.text[lng];
              const error = fieldError(errors.answers?.[item.id], 'care');
              return (
                <Controller
                  key={item.id}
                  control={control}
                  name={`answers.${item.id}`}
                  render={({ field }) => (
                    <Box
                      role="radiogroup"
                      aria-labelledby={labelId}
                      aria-invalid={error ? true : undefined}
                      style={{ ...GRID, borderTop: '1px solid var(--mantine-color-gray-3)' }}
                      py={6}
                      data-testid={`wellbeing-item-${item.id}`}
                    >
                      <Text id={labelId} size="sm">
                        {t('form.numbered', { n: n + 1, statement })}
                        {error && (
                          <Text span display="block" size="xs" c="red.9">
                            {error}
                          </Text>
                        )}
                      </Text>
                      <Radio
                        name={`${uid}-${item.id}`}
                        value=""
                        checked={field.value === null || field.value === undefined}
                        onChange={() => field.onChange(null)}
                        aria-label={t('form.noAnswerLabel', { statement })}
                        styles={{ body: { justifyContent: 'center' } }}
                      />
                      {scale.map((s) => (
                        <Radio
                          key={s.value}
                          name={`${uid}-${item.id}`}
                          value={String(s.value)}
                          checked={field.value === s.value}
                          onChange={() => field.onChange(s.value)}
                          aria-label={t('form.answerLabel', { statement, value: s.value, label: s.label })}
                          styles={{ body: { justifyContent: 'center' } }}
                        />
                      ))}
                    </Box>
                  )}
                />
              );
            })}
          </Box>
          <Textarea
            label={t('form.note')}
            autosize
            minRows={2}
            {...register('note')}
            error={fieldError(errors.note, 'care')}
          />
          <Text aria-live="polite" data-testid="wellbeing-live-score">
            {live.score === null
              ? t('form.scoreNone')
              : live.partial
                ? t('form.scorePartial', {
                    score: formatNumber(live.score, lng, 2),
                    answered: live.answered,
                    total: live.total,
                  })
                : t('form.score', { score: formatNumber(live.score, lng, 2) })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
