import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import dayjs from 'dayjs';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import type { VNode } from '@fullcalendar/core/preact';
import type {
  DayCellContentArg,
  DayCellMountArg,
  DayHeaderContentArg,
  DayHeaderMountArg,
  EventClickArg,
  EventContentArg,
  EventInput,
} from '@fullcalendar/core';
import { Box, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SessionKindSchema, type Session, type SessionKind } from '../../../shared/domain/session';
import { currentLanguage } from '../../i18n/i18n';
import { localeTag, todayIso } from '../../lib/format';
import { useSessionsInRange } from './useSessions';
import { newSessionHref } from './calendar/prefill';
import {
  FC_VIEW,
  TIME_24H,
  calendarLocale,
  kindColours,
  visibleRange,
  type CalendarView,
} from './calendar/calendarSetup';
import classes from './calendar/CalendarPage.module.css';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// FullCalendar rebuilds itself when an option changes identity: the fixed ones are made once.
const PLUGINS = [dayGridPlugin, timeGridPlugin, interactionPlugin];
const VIEWS = {
  dayGridMonth: { dayHeaderFormat: { weekday: 'long' } },
  timeGridWeek: { dayHeaderFormat: { weekday: 'short', day: 'numeric', month: 'numeric' } },
} as const;
const iso = (d: Date) => dayjs(d).format('YYYY-MM-DD');
/**
 * FullCalendar's own element factory, handed to every content callback. Content built with it is
 * drawn in the calendar's own render pass; React elements would go through a portal per entry and
 * day, drawn after the calendar and followed by a second layout pass.
 */
type H = (tag: 'span', props: Record<string, string | undefined> | null, ...children: (VNode | string)[]) => VNode;
const HIDDEN = { className: 'tandem-visually-hidden' };
/** `say`, remembered for each day it was asked about. */
const oncePerDay = (say: (d: Date) => string) => {
  const said = new Map<number, string>();
  return (d: Date) => {
    let text = said.get(d.getTime());
    if (text === undefined) {
      text = say(d);
      said.set(d.getTime(), text);
    }
    return text;
  };
};
/** FullCalendar's day links are `<a>` without `href`: give them the link role they behave as. */
const asLink = (arg: DayCellMountArg | DayHeaderMountArg) =>
  arg.el.querySelectorAll('a[data-navlink]').forEach((a) => a.setAttribute('role', 'link'));

/**
 * Sessions in a month or week calendar (FullCalendar), in the UI language with the week starting
 * on Monday and 24-hour times. Only the visible range's sessions are read, through the `date`
 * index. A session opens its page; a day (click or its keyboard link) or a week view's time slot
 * starts a new session there. The view and the date live in the address, so Back returns here.
 */
export const CalendarPage = () => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'month';
  const dateParam = params.get('date') ?? '';
  const anchor = DATE.test(dateParam) ? dateParam : todayIso();
  const ref = useRef<FullCalendar>(null);
  // The days on screen are known before the calendar draws: the read starts at once.
  const { from, to } = visibleRange(anchor, view);

  const read = useSessionsInRange(from, to);
  // The calendar is drawn once, with its sessions: not empty first and again when they arrive.
  // Between two ranges the last ones stay until the next are read.
  const [lastRead, setLastRead] = useState<Session[] | undefined>(undefined);
  if (read !== undefined && read !== lastRead) setLastRead(read);
  const sessions = read ?? lastRead;

  useEffect(() => {
    const api = ref.current?.getApi();
    if (!api) return;
    if (api.view.type !== FC_VIEW[view]) api.changeView(FC_VIEW[view], anchor);
    else api.gotoDate(anchor);
  }, [view, anchor]);

  const go = (next: { view?: CalendarView; date?: string }) =>
    setParams({ view: next.view ?? view, date: next.date ?? anchor }, { replace: true });
  const step = (n: number) => go({ date: dayjs(anchor).add(n, view).format('YYYY-MM-DD') });

  const tag = localeTag(lng);
  const locale = calendarLocale(lng);
  const kindName = useCallback((k: SessionKind) => t(`kinds.${k}`), [t]);

  const events = useMemo<EventInput[]>(
    () =>
      (sessions ?? []).map((s: Session) => ({
        id: s.id,
        title: s.title,
        start: `${s.date}T${s.startTime}`,
        end: `${s.date}T${s.endTime}`,
        url: `#/sessions/${s.id}`,
        classNames: [classes.event ?? '', `tandem-session-${s.kind}`],
        extendedProps: { kind: s.kind, startTime: s.startTime, endTime: s.endTime },
        ...kindColours(s.kind),
      })),
    [sessions],
  );

  // The week view shows 06–23 unless a session of the range starts earlier or ends later.
  const slotMin = (sessions ?? []).reduce((m, s) => (s.startTime < m ? `${s.startTime.slice(0, 2)}:00` : m), '06:00');
  const slotMax = (sessions ?? []).reduce(
    (m, s) => (s.endTime > m ? `${String(Math.min(Number(s.endTime.slice(0, 2)) + 1, 24)).padStart(2, '0')}:00` : m),
    '23:00',
  );

  const periodLabel = (() => {
    if (view === 'month')
      return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric' }).format(dayjs(anchor).toDate());
    const day = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long' });
    return t('agenda.weekOf', { from: day.format(dayjs(from).toDate()), to: day.format(dayjs(to).toDate()) });
  })();

  const onEventClick = useCallback(
    (arg: EventClickArg) => {
      arg.jsEvent.preventDefault();
      void navigate(`/sessions/${arg.event.id}`);
    },
    [navigate],
  );

  const onDateClick = useCallback(
    (arg: DateClickArg) =>
      void navigate(newSessionHref(iso(arg.date), arg.allDay ? undefined : dayjs(arg.date).format('HH:mm'))),
    [navigate],
  );
  const onNavLinkDay = useCallback((date: Date) => void navigate(newSessionHref(iso(date))), [navigate]);

  const eventContent = useCallback(
    (arg: EventContentArg, h: H) => {
      const { kind, startTime, endTime } = arg.event.extendedProps as {
        kind: SessionKind;
        startTime: string;
        endTime: string;
      };
      return h(
        'span',
        { className: classes.eventInner },
        h('span', { className: classes.time }, `${startTime}–${endTime}`),
        ` ${arg.event.title}`,
        h('span', HIDDEN, ` · ${kindName(kind)}`),
      );
    },
    [kindName],
  );

  // Day numbers (month) and day headers (week) are FullCalendar's keyboard-reachable "nav links":
  // here they start a new session on that day, and say so. One formatter for all of them: making
  // an Intl.DateTimeFormat costs far more than using one, and a month has 42 days named twice.
  const longDate = useMemo(
    () => new Intl.DateTimeFormat(tag, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }),
    [tag],
  );
  // Each day is named twice (its link's hint and its hidden text): say it once.
  const newOnDay = useMemo(
    () => oncePerDay((d) => t('calendar.newOnDay', { date: longDate.format(d) })),
    [t, longDate],
  );
  const navLinkHint = useCallback((_: string, date: Date) => newOnDay(date), [newOnDay]);
  const moreLinkText = useCallback((n: number) => t('calendar.more', { count: n }), [t]);
  const dayCellContent = useCallback(
    (arg: DayCellContentArg, h: H) =>
      h('span', null, h('span', { 'aria-hidden': 'true' }, arg.dayNumberText), h('span', HIDDEN, newOnDay(arg.date))),
    [newOnDay],
  );
  const dayHeaderContent = useCallback(
    (arg: DayHeaderContentArg, h: H) =>
      arg.view.type === FC_VIEW.week
        ? h('span', null, h('span', { 'aria-hidden': 'true' }, arg.text), h('span', HIDDEN, newOnDay(arg.date)))
        : arg.text,
    [newOnDay],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('calendar.title')}</Title>
        <Group>
          <Button variant="default" component={Link} to="/sessions">
            {t('agenda.backToList')}
          </Button>
          <Button variant="default" component={Link} to="/sessions/agenda">
            {t('agenda.title')}
          </Button>
          <Button component={Link} to={newSessionHref(anchor)}>
            {t('new')}
          </Button>
        </Group>
      </Group>
      <Group>
        <SegmentedControl
          aria-label={t('agenda.view')}
          value={view}
          onChange={(v) => go({ view: v === 'week' ? 'week' : 'month' })}
          data={[
            { value: 'month', label: t('agenda.month') },
            { value: 'week', label: t('agenda.week') },
          ]}
        />
        <Button variant="default" onClick={() => step(-1)}>
          {t(view === 'week' ? 'agenda.previousWeek' : 'agenda.previousMonth')}
        </Button>
        <Button variant="default" onClick={() => go({ date: todayIso() })}>
          {t('agenda.today')}
        </Button>
        <Button variant="default" onClick={() => step(1)}>
          {t(view === 'week' ? 'agenda.nextWeek' : 'agenda.nextMonth')}
        </Button>
      </Group>
      <Group justify="space-between" align="center">
        <Title order={2} size="h3" aria-live="polite">
          {periodLabel}
        </Title>
        <Group component="ul" gap="md" aria-label={t('calendar.legend')} className={classes.legend}>
          {SessionKindSchema.options.map((k) => (
            <Group component="li" key={k} gap={6} wrap="nowrap">
              <Box
                aria-hidden="true"
                className={classes.swatch}
                style={{ background: kindColours(k).backgroundColor, borderColor: kindColours(k).borderColor }}
              />
              <Text size="sm">{kindName(k)}</Text>
            </Group>
          ))}
        </Group>
      </Group>
      <Text size="sm" c="gray.7">
        {t(view === 'week' ? 'calendar.hintWeek' : 'calendar.hintMonth')}
      </Text>
      <div className={classes.calendar} data-loaded={sessions !== undefined ? 'true' : 'false'}>
        {sessions !== undefined && (
          <FullCalendar
            ref={ref}
            plugins={PLUGINS}
            initialView={FC_VIEW[view]}
            initialDate={anchor}
            headerToolbar={false}
            locale={locale}
            firstDay={1}
            height="auto"
            events={events}
            eventDisplay="block"
            eventTimeFormat={TIME_24H}
            slotLabelFormat={TIME_24H}
            views={VIEWS}
            allDaySlot={false}
            slotMinTime={`${slotMin}:00`}
            slotMaxTime={`${slotMax}:00`}
            nowIndicator
            dayMaxEvents={4}
            moreLinkText={moreLinkText}
            moreLinkHint={moreLinkText}
            navLinks
            navLinkDayClick={onNavLinkDay}
            navLinkHint={navLinkHint}
            closeHint={t('calendar.close')}
            eventClick={onEventClick}
            dateClick={onDateClick}
            eventContent={eventContent}
            dayCellContent={dayCellContent}
            dayCellDidMount={asLink}
            dayHeaderContent={dayHeaderContent}
            dayHeaderDidMount={asLink}
          />
        )}
      </div>
      {sessions !== undefined && sessions.length === 0 && <Text>{t('agenda.empty')}</Text>}
    </Stack>
  );
};
