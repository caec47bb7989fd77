import { useId, useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Score } from '../../../shared/checkins';
import type { MentorLoad, WellbeingDue, WellbeingTrend } from '../../../shared/care';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { PlainTd, PlainTr } from '../../components/PlainTableRows';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatNumber, todayIso } from '../../lib/format';
import { deleteWellbeingCheckIn, restoreWellbeingCheckIn, type ScoredWellbeing } from './careRepo';
import { formatScore, reasonText, trendText } from './careText';
import { useMentorCare } from './useMentorCare';
import { WellbeingCheckInModal } from './WellbeingCheckInModal';
import { WellbeingFormButton } from './WellbeingFormButton';
import { mentorFormCode } from './wellbeingForm';

/** "Score 3.5 of 5", "Score 4 of 5 — partial: 4 of 6 statements answered", "No score: …". */
export const useWellbeingScoreText = () => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  return (s: Pick<Score, 'score' | 'partial' | 'answered' | 'total'>) =>
    s.score === null
      ? t('form.scoreNone')
      : s.partial
        ? t('form.scorePartial', { score: formatScore(s.score, lng), answered: s.answered, total: s.total })
        : t('form.score', { score: formatScore(s.score, lng) });
};

const trendOf = (change: number | null): WellbeingTrend =>
  change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'same';

/** A change of score in words ("falling (−1)"), or a dash when there is nothing to compare. */
const useTrendText = () => {
  const { t } = useTranslation();
  const lng = currentLanguage();
  return (change: number | null): string => trendText(t, trendOf(change), change, lng) || '—';
};

const DUE_COLOR: Record<WellbeingDue['state'], string | undefined> = {
  notScheduled: 'gray.7',
  upcoming: undefined,
  due: 'blue.9',
  overdue: 'red.9',
};

/**
 * "Load and wellbeing" on a mentor's page (issue 25): what the mentor carries now, whether they
 * need support and why, when their next wellbeing check-in is due, and their check-ins with the
 * score, its change from the one before, and where the answers came from. Everything is read
 * through careRepo.mentorCare (the mentor's recent records through indexes only).
 */
export const MentorCarePanel = ({ mentorId }: { mentorId: string }) => {
  const { t } = useTranslation('care');
  const headingId = useId();
  const data = useMentorCare(mentorId, todayIso());
  const [recording, setRecording] = useState(false);
  const { t: tAny } = useTranslation();
  const lng = currentLanguage();
  const dueText = useDueText();

  if (data === null) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-panel="care">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('panel.title')}
        </Title>
        <Group>
          <Button variant="default" onClick={() => setRecording(true)}>
            {t('actions.record')}
          </Button>
          {data && <WellbeingFormButton mentorId={mentorId} preferredLanguage={data.mentor.preferredLanguage} />}
        </Group>
      </Group>
      {data === undefined ? (
        <Loader size="sm" aria-label={t('common:app.loading')} />
      ) : (
        <Stack>
          <Text
            data-testid="wellbeing-due"
            c={DUE_COLOR[data.wellbeingDue.state]}
            fw={data.wellbeingDue.state === 'overdue' ? 600 : undefined}
          >
            {dueText(data.wellbeingDue)}
          </Text>
          <Text size="sm" data-testid="wellbeing-code">
            {t('panel.code', { code: mentorFormCode(mentorId) })}
          </Text>
          <LoadFigures load={data.load} />
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('panel.needsTitle')}
            </Title>
            {data.mentor.status !== 'active' ? (
              <Text c="gray.7">{t('panel.notActive')}</Text>
            ) : data.reasons.length === 0 ? (
              <Text>{t('panel.noNeeds')}</Text>
            ) : (
              <Alert color="red" variant="outline" data-testid="care-reasons">
                <List size="sm">
                  {data.reasons.map((r) => (
                    <List.Item key={`${r.kind}-${r.fact}`}>{reasonText(tAny, r, lng)}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {data.allReasons.length > data.reasons.length && (
              <Text size="sm" c="gray.7">
                {t('panel.cleared', { count: data.allReasons.length - data.reasons.length })}
              </Text>
            )}
          </Stack>
          <WellbeingList checkIns={data.wellbeing} />
        </Stack>
      )}
      {recording && <WellbeingCheckInModal mentorId={mentorId} opened onClose={() => setRecording(false)} />}
    </Paper>
  );
};

/** When the next wellbeing check-in is due, and why sooner than usual after a crisis contact. */
const useDueText = () => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  return (due: WellbeingDue): string => {
    if (due.state === 'notScheduled') return t('due.notScheduled');
    const text =
      due.state === 'upcoming'
        ? t('due.upcoming', { date: formatDate(due.dueFrom, lng) })
        : t(`due.${due.state}`, { date: formatDate(due.dueBy, lng) });
    return due.reason === 'crisis' ? `${text} ${t('due.afterCrisis')}` : text;
  };
};

const Figure = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="sm" fw={600} component="dt">
      {label}
    </Text>
    <Text component="dd" m={0}>
      {children}
    </Text>
  </div>
);

const LoadFigures = ({ load }: { load: MentorLoad }) => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  const changeText = useTrendText();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} component="dl" m={0} data-testid="care-load">
      <Figure label={t('load.pairings')}>
        {t('load.pairingsValue', { active: load.activePairings, capacity: load.capacity })}
      </Figure>
      <Figure label={t('load.hours30')}>{formatNumber(load.contactHours30, lng, 1)}</Figure>
      <Figure label={t('load.crisis30')}>{load.crisis30}</Figure>
      <Figure label={t('load.crisis90')}>{load.crisis90}</Figure>
      <Figure label={t('load.lastSupervision')}>
        {load.lastSupervision === null || load.daysSinceSupervision === null
          ? t('load.never')
          : t('load.daysAgo', { date: formatDate(load.lastSupervision, lng), count: load.daysSinceSupervision })}
      </Figure>
      <Figure label={t('load.followUps')}>{load.openFollowUps}</Figure>
      <Figure label={t('load.wellbeing')}>
        {load.wellbeingScore === null || load.wellbeingDate === null
          ? t('load.none')
          : [
              t('load.wellbeingValue', {
                score: formatScore(load.wellbeingScore, lng),
                date: formatDate(load.wellbeingDate, lng),
              }),
              ...(load.wellbeingTrend === null ? [] : [changeText(load.wellbeingChange)]),
            ].join(', ')}
      </Figure>
    </SimpleGrid>
  );
};

/** Each check-in's change from the scored one before it (null for the first, or without a score). */
const changes = (checkIns: readonly ScoredWellbeing[]): Map<string, number | null> => {
  const out = new Map<string, number | null>();
  let previous: number | null = null;
  for (const c of checkIns) {
    out.set(c.id, c.score !== null && previous !== null ? Math.round((c.score - previous) * 100) / 100 : null);
    if (c.score !== null) previous = c.score;
  }
  return out;
};

/** The mentor's wellbeing check-ins, newest first, each deletable with Undo. */
const WellbeingList = ({ checkIns }: { checkIns: ScoredWellbeing[] }) => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  const scoreText = useWellbeingScoreText();
  const changeText = useTrendText();
  const change = changes(checkIns);

  const remove = (c: ScoredWellbeing) =>
    deleteWithUndo({
      remove: () => deleteWellbeingCheckIn(c.id),
      restore: () => restoreWellbeingCheckIn(c.id),
      message: t('notify.deleted'),
      ns: 'care',
    });

  return (
    <Stack gap={4}>
      <Title order={3} size="h4">
        {t('panel.wellbeingTitle')}
      </Title>
      {checkIns.length === 0 ? (
        <Text c="gray.7">{t('panel.noWellbeing')}</Text>
      ) : (
        <Table data-testid="wellbeing-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.date')}</Table.Th>
              <Table.Th>{t('table.score')}</Table.Th>
              <Table.Th>{t('table.trend')}</Table.Th>
              <Table.Th>{t('table.source')}</Table.Th>
              <Table.Th>{t('table.note')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {/* Every check-in, years of them: plain rows, the same DOM as Mantine's (PlainTableRows). */}
            {[...checkIns].reverse().map((c) => (
              <PlainTr key={c.id}>
                <PlainTd>{formatDate(c.date, lng)}</PlainTd>
                <PlainTd>{scoreText(c)}</PlainTd>
                <PlainTd>{changeText(change.get(c.id) ?? null)}</PlainTd>
                <PlainTd>{t(`source.${c.source}`)}</PlainTd>
                <PlainTd style={{ whiteSpace: 'pre-wrap' }}>{c.note}</PlainTd>
                <PlainTd>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => void remove(c)}
                    aria-label={t('actions.deleteNamed', { date: formatDate(c.date, lng) })}
                  >
                    {t('common:actions.delete')}
                  </Button>
                </PlainTd>
              </PlainTr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};
