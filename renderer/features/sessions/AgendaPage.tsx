import { useState } from 'react';
import dayjs from 'dayjs';
import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../../../shared/domain/session';
import { currentLanguage } from '../../i18n/i18n';
import { localeTag, todayIso } from '../../lib/format';
import { SessionRow } from './ui/SessionRow';
import { agendaRange, type AgendaView as View } from './sessionRules';
import { useSessionList } from './useSessions';

/** A month holds a bounded number of sessions; this cap only guards against a runaway read. */
const AGENDA_LIMIT = 2000;

export const AgendaPage = () => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(todayIso());
  const { from, to } = agendaRange(anchor, view);
  const sessions = useSessionList({ from, to, limit: AGENDA_LIMIT });
  const byDay = new Map<string, Session[]>();
  for (const s of sessions ?? []) byDay.set(s.date, [...(byDay.get(s.date) ?? []), s]);
  const dayLabel = (iso: string) =>
    new Intl.DateTimeFormat(localeTag(lng), { weekday: 'long', day: 'numeric', month: 'long' }).format(
      dayjs(iso).toDate(),
    );
  const periodLabel =
    view === 'month'
      ? new Intl.DateTimeFormat(localeTag(lng), { month: 'long', year: 'numeric' }).format(dayjs(from).toDate())
      : t('agenda.weekOf', { from: dayLabel(from), to: dayLabel(to) });
  const step = (n: number) =>
    setAnchor(
      dayjs(anchor)
        .add(n, view === 'week' ? 'week' : 'month')
        .format('YYYY-MM-DD'),
    );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('agenda.title')}</Title>
        <Group>
          <Button variant="default" component={Link} to="/sessions">
            {t('agenda.backToList')}
          </Button>
          <Button variant="default" component={Link} to="/sessions/calendar">
            {t('calendar.title')}
          </Button>
          <Button component={Link} to="/sessions/new">
            {t('new')}
          </Button>
        </Group>
      </Group>
      <Group>
        <SegmentedControl
          aria-label={t('agenda.view')}
          value={view}
          onChange={(v) => setView(v === 'month' ? 'month' : 'week')}
          data={[
            { value: 'week', label: t('agenda.week') },
            { value: 'month', label: t('agenda.month') },
          ]}
        />
        <Button variant="default" onClick={() => step(-1)}>
          {t(view === 'week' ? 'agenda.previousWeek' : 'agenda.previousMonth')}
        </Button>
        <Button variant="default" onClick={() => setAnchor(todayIso())}>
          {t('agenda.today')}
        </Button>
        <Button variant="default" onClick={() => step(1)}>
          {t(view === 'week' ? 'agenda.nextWeek' : 'agenda.nextMonth')}
        </Button>
      </Group>
      <Title order={2} size="h3" aria-live="polite">
        {periodLabel}
      </Title>
      {sessions !== undefined && sessions.length === 0 && <Text>{t('agenda.empty')}</Text>}
      {[...byDay.entries()].map(([day, list]) => (
        <section key={day} aria-label={dayLabel(day)}>
          <Title order={3} size="h4" mb={4}>
            {dayLabel(day)}
          </Title>
          {list.map((s) => (
            <SessionRow key={s.id} session={s} showDate={false} />
          ))}
        </section>
      ))}
    </Stack>
  );
};
