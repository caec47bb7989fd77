import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Table, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ZodError } from 'zod';
import {
  CURRENT_PAIRING_QUESTIONNAIRE,
  GOOD_FIT_ANSWERS,
  GOOD_FIT_TEXT,
  questionnaireRef,
  scoreAnswers,
  type GoodFit,
} from '../../../shared/checkins';
import { CHECK_IN_SOURCES, CheckInInputSchema, type CheckInRespondent } from '../../../shared/domain/checkin';
import { DateField } from '../../components/DateField';
import { notifyError, notifySaved } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber, todayIso } from '../../lib/format';
import { recordCheckIn } from './checkinsRepo';
import { DraftBanner, useDraft } from '../drafts';

const q = CURRENT_PAIRING_QUESTIONNAIRE;

type Answers = Record<string, number | null>;
type Source = (typeof CHECK_IN_SOURCES)[number];

/** What the form holds, as its draft keeps it (with the questionnaire it was typed for). */
type CheckInDraft = {
  pairingId: string;
  questionnaire: string;
  respondent: CheckInRespondent;
  date: string;
  source: Source;
  answers: Answers;
  goodFit: GoodFit | null;
  note: string;
};

/**
 * One person's check-in, typed in by the coordinator (after a call, or from a paper form). Each
 * statement is a row of radio buttons 1–5 that the keyboard moves through; an item left
 * unanswered is allowed (the score then rests on the others, and says so). The questionnaire's
 * wording comes from shared/checkins in the app's language, so it reads exactly as on paper.
 */
export const CheckInModal = ({
  pairingId,
  respondent: initialRespondent,
  opened,
  onClose,
}: {
  pairingId: string;
  respondent: CheckInRespondent;
  opened: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation('checkins');
  const lng = currentLanguage();
  const [respondent, setRespondent] = useState<CheckInRespondent>(initialRespondent);
  const [date, setDate] = useState(todayIso());
  const [source, setSource] = useState<Source>('call');
  const [answers, setAnswers] = useState<Answers>({});
  const [goodFit, setGoodFit] = useState<GoodFit | null>(null);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const live = scoreAnswers(q, answers);
  const values: CheckInDraft = {
    pairingId,
    questionnaire: questionnaireRef(q),
    respondent,
    date,
    source,
    answers,
    goodFit,
    note,
  };
  const draft = useDraft<CheckInDraft>(
    {
      formKey: `checkIn@${pairingId}`,
      recordId: null,
      subjectIds: [pairingId],
      schema: CheckInInputSchema,
      enabled: opened,
      // Answers typed for another version of the questionnaire are offered as text.
      fits: (v) => v.questionnaire === questionnaireRef(q),
    },
    () => values,
    (v) => {
      setRespondent(v.respondent);
      setDate(v.date);
      setSource(v.source);
      setAnswers(v.answers);
      setGoodFit(v.goodFit);
      setNote(v.note);
    },
  );
  /** Every change the coordinator makes is kept as the draft. */
  const touch = (patch: Partial<CheckInDraft>) => draft.changed({ ...values, ...patch });

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await recordCheckIn({
        pairingId,
        date,
        respondent,
        source,
        questionnaire: questionnaireRef(q),
        answers,
        goodFit,
        note,
      });
      notifySaved(t('notify.saved'));
      await draft.clear();
      setAnswers({});
      setGoodFit(null);
      setNote('');
      onClose();
    } catch (err) {
      if (err instanceof ZodError) setError(t(err.issues[0]?.message ?? 'validation.answer'));
      else notifyError(err, 'checkins');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t('form.title')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack>
        <DraftBanner draft={draft} />
        <Group align="flex-end" grow>
          <Radio.Group
            label={t('form.respondent')}
            value={respondent}
            onChange={(v) => {
              setRespondent(v as CheckInRespondent);
              touch({ respondent: v as CheckInRespondent });
            }}
          >
            <Group mt={4}>
              <Radio value="mentor" label={t('respondent.mentor')} />
              <Radio value="mentee" label={t('respondent.mentee')} />
            </Group>
          </Radio.Group>
          <DateField
            label={t('form.date')}
            value={date}
            onChange={(v) => {
              setDate(v ?? todayIso());
              touch({ date: v ?? todayIso() });
            }}
            withAsterisk
          />
        </Group>
        <Radio.Group
          label={t('form.source')}
          value={source}
          onChange={(v) => {
            setSource(v as Source);
            touch({ source: v as Source });
          }}
        >
          <Group mt={4}>
            {CHECK_IN_SOURCES.map((s) => (
              <Radio key={s} value={s} label={t(`source.${s}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Text size="sm" c="gray.7">
          {t('form.help')}
        </Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.statement')}</Table.Th>
              {q.scale.labels.map((label, i) => (
                <Table.Th key={i} ta="center">
                  {q.scale.min + i}
                  <Text size="xs" c="gray.7">
                    {label[lng]}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.items.map((item, n) => (
              <Table.Tr key={item.id}>
                <Table.Td id={`checkin-item-${item.id}`}>
                  {t('form.numbered', { n: n + 1, statement: item.text[lng] })}
                </Table.Td>
                {q.scale.labels.map((label, i) => {
                  const value = q.scale.min + i;
                  return (
                    <Table.Td key={value} ta="center">
                      <Radio
                        name={`checkin-${item.id}`}
                        value={String(value)}
                        checked={answers[item.id] === value}
                        onChange={() => {
                          setAnswers((a) => ({ ...a, [item.id]: value }));
                          touch({ answers: { ...answers, [item.id]: value } });
                        }}
                        aria-label={t('form.answerLabel', { statement: item.text[lng], value, label: label[lng] })}
                        styles={{ body: { justifyContent: 'center' } }}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Radio.Group
          label={GOOD_FIT_TEXT.question[lng]}
          value={goodFit ?? ''}
          onChange={(v) => {
            setGoodFit(v === '' ? null : (v as GoodFit));
            touch({ goodFit: v === '' ? null : (v as GoodFit) });
          }}
        >
          <Group mt={4}>
            {GOOD_FIT_ANSWERS.map((a) => (
              <Radio key={a} value={a} label={GOOD_FIT_TEXT.answers[a][lng]} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('form.note')}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            touch({ note: e.currentTarget.value });
          }}
          autosize
          minRows={2}
        />
        <Text aria-live="polite" data-testid="checkin-live-score">
          {live.score === null
            ? t('score.none')
            : live.partial
              ? t('score.partial', {
                  score: formatNumber(live.score, lng, 2),
                  answered: live.answered,
                  total: live.total,
                })
              : t('score.full', { score: formatNumber(live.score, lng, 2) })}
        </Text>
        {error && (
          <Text c="red.9" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={saving}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
