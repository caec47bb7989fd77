import { useId, useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import {
  GOOD_FIT_TEXT,
  trendChartRows,
  trendSeries,
  type AttentionReason,
  type CheckInSchedule,
} from '../../../shared/checkins';
import { CHECK_IN_RESPONDENTS, type CheckInRespondent } from '../../../shared/domain/checkin';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatNumber, todayIso } from '../../lib/format';
import { CheckInModal } from './CheckInModal';
import { deleteCheckIn, restoreCheckIn, type ScoredCheckIn } from './checkinsRepo';
import { PaperFormButton } from './PaperFormButton';
import { usePairingCheckIns } from './useCheckIns';

const STATE_COLOR: Record<CheckInSchedule['state'], string> = {
  notScheduled: 'gray.7',
  paused: 'gray.7',
  upcoming: 'gray.7',
  due: 'blue.9',
  overdue: 'red.9',
};

export const ScheduleBadge = ({ schedule }: { schedule: CheckInSchedule }) => {
  const { t } = useTranslation('checkins');
  return (
    <Badge color={STATE_COLOR[schedule.state]} variant="outline">
      {t(`state.${schedule.state}`)}
    </Badge>
  );
};

/** "Mentee: score dropped from 4 to 2.5 (3 April)" and the like. */
export const useAttentionText = () => {
  const { t } = useTranslation('checkins');
  const lng = currentLanguage();
  return (r: AttentionReason) =>
    r.kind === 'notAGoodFit'
      ? t('attention.notAGoodFit', { who: t(`respondent.${r.respondent}`), date: formatDate(r.date, lng) })
      : t('attention.scoreDropped', {
          who: t(`respondent.${r.respondent}`),
          from: formatNumber(r.from, lng, 2),
          to: formatNumber(r.to, lng, 2),
          date: formatDate(r.date, lng),
        });
};

export const useScoreText = () => {
  const { t } = useTranslation('checkins');
  const lng = currentLanguage();
  return (c: Pick<ScoredCheckIn, 'score' | 'partial' | 'answered' | 'total'>) =>
    c.score === null
      ? t('score.none')
      : c.partial
        ? t('score.partial', { score: formatNumber(c.score, lng, 2), answered: c.answered, total: c.total })
        : t('score.full', { score: formatNumber(c.score, lng, 2) });
};

/** The pairing page's check-ins: when the next is due, who answered what, and the scores over time. */
export const PairingCheckInsPanel = ({ pairingId, readOnly }: { pairingId: string; readOnly: boolean }) => {
  const { t } = useTranslation('checkins');
  const lng = currentLanguage();
  const headingId = useId();
  const data = usePairingCheckIns(pairingId, todayIso());
  const [recording, setRecording] = useState<CheckInRespondent | null>(null);
  const attentionText = useAttentionText();
  const scoreText = useScoreText();

  const remove = (c: ScoredCheckIn) =>
    deleteWithUndo({
      remove: () => deleteCheckIn(c.id),
      restore: () => restoreCheckIn(c.id),
      message: t('notify.deleted'),
      ns: 'checkins',
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-panel="checkins">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('panel.title')}
        </Title>
        {!readOnly && (
          <Group>
            <Button variant="default" onClick={() => setRecording('mentor')}>
              {t('panel.recordMentor')}
            </Button>
            <Button variant="default" onClick={() => setRecording('mentee')}>
              {t('panel.recordMentee')}
            </Button>
            <PaperFormButton pairingId={pairingId} respondent="mentor" />
            <PaperFormButton pairingId={pairingId} respondent="mentee" />
          </Group>
        )}
      </Group>
      {data === undefined ? (
        <Loader size="sm" aria-label={t('common:app.loading')} />
      ) : data === null ? null : (
        <Stack>
          <Group gap="xs">
            <ScheduleBadge schedule={data.schedule} />
            <Text data-testid="checkin-next">
              {data.schedule.dueDate
                ? t('panel.nextDue', { date: formatDate(data.schedule.dueDate, lng) })
                : t(data.schedule.state === 'paused' ? 'panel.noSchedule.paused' : 'panel.noSchedule.notScheduled')}
            </Text>
            <Text size="sm" c="gray.7">
              {t('panel.rule', { first: data.rule.firstAfterMonths, every: data.rule.everyMonths })}
            </Text>
          </Group>
          {data.attention.length > 0 && (
            <Alert color="red" title={t('attention.title')}>
              {data.attention.map(attentionText).join(' · ')}
            </Alert>
          )}
          {data.checkIns.length === 0 ? (
            <Text c="gray.7">{t('panel.none')}</Text>
          ) : (
            <>
              <Trend checkIns={data.checkIns} />
              <Table data-testid="checkin-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('table.date')}</Table.Th>
                    <Table.Th>{t('table.respondent')}</Table.Th>
                    <Table.Th>{t('table.score')}</Table.Th>
                    <Table.Th>{GOOD_FIT_TEXT.question[lng]}</Table.Th>
                    <Table.Th>{t('table.source')}</Table.Th>
                    <Table.Th>{t('table.note')}</Table.Th>
                    {!readOnly && (
                      <Table.Th>
                        <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...data.checkIns].reverse().map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{formatDate(c.date, lng)}</Table.Td>
                      <Table.Td>{t(`respondent.${c.respondent}`)}</Table.Td>
                      <Table.Td>{scoreText(c)}</Table.Td>
                      <Table.Td>{c.goodFit ? GOOD_FIT_TEXT.answers[c.goodFit][lng] : '—'}</Table.Td>
                      <Table.Td>{t(`source.${c.source}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.note}</Table.Td>
                      {!readOnly && (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => void remove(c)}
                            aria-label={t('table.deleteNamed', {
                              who: t(`respondent.${c.respondent}`),
                              date: formatDate(c.date, lng),
                            })}
                          >
                            {t('common:actions.delete')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </Stack>
      )}
      {recording && (
        <CheckInModal pairingId={pairingId} respondent={recording} opened onClose={() => setRecording(null)} />
      )}
    </Paper>
  );
};

/**
 * Each line's look: a colour and, for the mentee, a dashed stroke, so the two lines differ
 * without colour too (and on a black-and-white printout).
 */
const LINE_STYLE: Record<CheckInRespondent, { color: string; strokeDasharray?: string }> = {
  mentor: { color: 'blue.8' },
  mentee: { color: 'orange.9', strokeDasharray: '6 4' },
};

/**
 * The scores over time: a line chart (mentor and mentee, 1–5 by check-in date) and, as its
 * text alternative, the same scores with their dates in words. The chart is an image with a
 * name for assistive technology; the words below carry the numbers.
 */
const Trend = ({ checkIns }: { checkIns: ScoredCheckIn[] }) => {
  const { t } = useTranslation('checkins');
  const lng = currentLanguage();
  const series = trendSeries(checkIns);
  const rows = trendChartRows(series, CHECK_IN_RESPONDENTS).map((r) => ({
    date: formatDate(r.date, lng),
    ...r.scores,
  }));
  return (
    <Stack gap={2} data-testid="checkin-trend">
      <Text fw={600}>{t('trend.title')}</Text>
      {rows.length > 0 && (
        <LineChart
          h={220}
          mb="xs"
          data={rows}
          dataKey="date"
          role="img"
          aria-label={t('trend.chartLabel')}
          data-testid="checkin-chart"
          series={CHECK_IN_RESPONDENTS.map((who) => ({ name: who, label: t(`respondent.${who}`), ...LINE_STYLE[who] }))}
          curveType="linear"
          connectNulls
          withLegend
          textColor="gray.7"
          accessibilityLayer={false}
          xAxisProps={{ padding: { left: 24, right: 24 } }}
          yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5], allowDecimals: false, width: 30 }}
          valueFormatter={(v) => formatNumber(v, lng, 2)}
          lineProps={{ isAnimationActive: false }}
        />
      )}
      {CHECK_IN_RESPONDENTS.map((who) => {
        const line = series.get(who) ?? [];
        return (
          <Text key={who} size="sm">
            {t(`respondent.${who}`)}:{' '}
            {line.length === 0
              ? t('trend.none')
              : line
                  .map((p) => t('trend.point', { score: formatNumber(p.score, lng, 2), date: formatDate(p.date, lng) }))
                  .join(' → ')}
          </Text>
        );
      })}
    </Stack>
  );
};
