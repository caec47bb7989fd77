import { useCallback, useState, type ComponentType } from 'react';
import dayjs from 'dayjs';
import {
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  CloseButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SessionKindSchema, type SessionKind } from '../../../shared/domain/session';
import type { PersonRef } from '../../../shared/domain/base';
import { todayIso } from '../../lib/format';
import { PersonPicker } from './ui/PersonPicker';
import { SessionRow } from './ui/SessionRow';
import { VirtualList } from '../../components/VirtualList';
import { DateField } from '../../components/DateField';
import { useProgrammes, useSessionList } from './useSessions';
import { BlankAttendanceSheetButton } from '../print';
import type { SessionFilter } from './sessionsRepo';

const PAGE = 100;

type Filters = {
  kind: SessionKind | null;
  programmeId: string | null;
  facilitator: { ref: PersonRef; name: string } | null;
  from: string;
  to: string;
};
const NO_FILTERS: Filters = { kind: null, programmeId: null, facilitator: null, from: '', to: '' };

/**
 * The buttons another feature adds to the list's header for the list on screen (the app passes
 * the spreadsheet import and export: `app/pages/listActions.tsx`).
 */
export type SessionListActions = ComponentType<{ filter: Omit<SessionFilter, 'limit'>; count: number }>;

export const SessionsPage = ({ Actions }: { Actions: SessionListActions }) => {
  const { t } = useTranslation('sessions');
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE);
  const programmes = useProgrammes() ?? [];
  const today = todayIso();
  const yesterday = dayjs(today).subtract(1, 'day').format('YYYY-MM-DD');

  // Upcoming: from today on, soonest first. Past: before today, most recent first. The date
  // filters narrow that window further.
  const from = when === 'upcoming' ? [today, filters.from].filter(Boolean).sort().at(-1) : filters.from || undefined;
  const to = when === 'past' ? [yesterday, filters.to].filter(Boolean).sort()[0] : filters.to || undefined;
  const listFilter = {
    from,
    to,
    kind: filters.kind ?? undefined,
    programmeId: filters.programmeId ?? undefined,
    facilitatorId: filters.facilitator?.ref.id,
    descending: when === 'past',
  };
  const sessions = useSessionList({ ...listFilter, limit });
  const more = useCallback(() => setLimit((l) => l + PAGE), []);
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        <Group>
          <Button variant="default" component={Link} to="/sessions/agenda">
            {t('agenda.title')}
          </Button>
          <Button variant="default" component={Link} to="/sessions/calendar">
            {t('calendar.title')}
          </Button>
          <Button variant="default" component={Link} to="/sessions/overdue">
            {t('overdue.title')}
          </Button>
          <BlankAttendanceSheetButton />
          <Actions filter={listFilter} count={sessions?.length ?? 0} />
          <Button component={Link} to="/sessions/new">
            {t('new')}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        aria-label={t('list.when')}
        value={when}
        onChange={(v) => {
          setWhen(v === 'past' ? 'past' : 'upcoming');
          setLimit(PAGE);
        }}
        data={[
          { value: 'upcoming', label: t('list.upcoming') },
          { value: 'past', label: t('list.past') },
        ]}
        maw={320}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} component="section" aria-label={t('list.filters')}>
        <Select
          label={t('fields.kind')}
          placeholder={t('list.allKinds')}
          clearable
          value={filters.kind}
          onChange={(v) => set({ kind: SessionKindSchema.safeParse(v).data ?? null })}
          data={SessionKindSchema.options.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <Select
          label={t('fields.programme')}
          placeholder={t('list.allProgrammes')}
          clearable
          value={filters.programmeId}
          onChange={(v) => set({ programmeId: v })}
          data={programmes.map((p) => ({ value: p.id, label: p.name }))}
        />
        {filters.facilitator ? (
          <TextInput
            label={t('fields.facilitator')}
            readOnly
            value={filters.facilitator.name}
            rightSection={
              <CloseButton aria-label={t('list.clearFacilitator')} onClick={() => set({ facilitator: null })} />
            }
          />
        ) : (
          <PersonPicker
            label={t('fields.facilitator')}
            kinds={['mentor', 'contact']}
            onPick={(o) => set({ facilitator: { ref: o.ref, name: o.name } })}
          />
        )}
        <DateField
          label={t('list.from')}
          clearable
          value={filters.from || null}
          onChange={(v) => set({ from: v ?? '' })}
        />
        <DateField label={t('list.to')} clearable value={filters.to || null} onChange={(v) => set({ to: v ?? '' })} />
      </SimpleGrid>
      {filtered && (
        <Group>
          <Button variant="subtle" onClick={() => set(NO_FILTERS)}>
            {t('actions.clearFilters', { ns: 'common' })}
          </Button>
        </Group>
      )}
      {sessions !== undefined && sessions.length === 0 && (
        <Text>{filtered ? t('list.noMatches') : t(when === 'upcoming' ? 'list.noUpcoming' : 'list.noPast')}</Text>
      )}
      {sessions !== undefined && sessions.length > 0 && (
        <VirtualList
          label={t(when === 'upcoming' ? 'list.upcoming' : 'list.past')}
          items={sessions}
          getKey={(s) => s.id}
          hasMore={sessions.length >= limit}
          onEndReached={more}
          renderRow={(s) => <SessionRow session={s} />}
        />
      )}
    </Stack>
  );
};
