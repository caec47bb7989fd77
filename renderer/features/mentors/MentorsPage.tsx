import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Box, Button, Group, Paper, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  LIVED_EXPERIENCE_AREAS,
  LivedExperienceSchema,
  MENTOR_STATUSES,
  MentorStatusSchema,
  type Mentor,
} from '../../../shared/domain/mentor';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { useProgrammes } from '../programmes/useProgrammes';
import { StatusBadge } from './StatusBadge';
import classes from './MentorsPage.module.css';
import { useMentorPage, useMentors } from './useMentors';

const ROW_HEIGHT = 64;
/** Rows are read from the database in pages of this size around what is on screen. */
const PAGE = 50;

export const MentorsPage = () => {
  const { t } = useTranslation('mentors');
  const [params] = useSearchParams();
  const [query, setQuery] = useState('');
  // The overview's status counts link here with ?status=…
  const [status, setStatus] = useState<string | null>(MentorStatusSchema.safeParse(params.get('status')).data ?? null);
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [lived, setLived] = useState<string | null>(null);
  const programmes = useProgrammes(true);

  const filter = {
    query,
    status: MentorStatusSchema.safeParse(status).data ?? null,
    programmeId,
    livedExperience: LivedExperienceSchema.safeParse(lived).data ?? null,
  };
  const { ids, firstPage, loading, resultsFor } = useMentors(filter);
  const filtered = Boolean(query.trim() || status || programmeId || lived);
  const clear = () => {
    listRef.current?.scrollTo({ top: 0 });
    setQuery('');
    setStatus(null);
    setProgrammeId(null);
    setLived(null);
  };

  const programmeNames = useMemo(() => new Map((programmes ?? []).map((p) => [p.id, p.name])), [programmes]);
  const listRef = useRef<HTMLDivElement>(null);
  // A new search shows its results from the top.
  const changed = <T,>(set: (v: T) => void, value: T) => {
    set(value);
    listRef.current?.scrollTo({ top: 0 });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('list.title')}</Title>
        <Button component={Link} to="/mentors/new">
          {t('actions.add')}
        </Button>
      </Group>

      <Group align="flex-end" gap="sm" role="search" aria-label={t('list.searchRegion')}>
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          value={query}
          onChange={(e) => changed(setQuery, e.currentTarget.value)}
          onKeyDown={(e) => {
            // Down arrow from the search box moves into the results.
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              listRef.current?.querySelector<HTMLElement>('a[data-index]')?.focus();
            }
          }}
          type="search"
          w={260}
        />
        <Select
          label={t('fields.status')}
          placeholder={t('list.any')}
          data={MENTOR_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(v) => changed(setStatus, v)}
          clearable
          w={170}
        />
        <Select
          label={t('fields.programme')}
          placeholder={t('list.any')}
          data={(programmes ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={programmeId}
          onChange={(v) => changed(setProgrammeId, v)}
          clearable
          w={230}
        />
        <Select
          label={t('fields.livedExperienceOne')}
          placeholder={t('list.any')}
          data={LIVED_EXPERIENCE_AREAS.map((a) => ({ value: a, label: t(`livedExperience.${a}`) }))}
          value={lived}
          onChange={(v) => changed(setLived, v)}
          clearable
          w={200}
        />
        {filtered && (
          <Button variant="default" onClick={clear}>
            {t('common:actions.clearFilters')}
          </Button>
        )}
      </Group>

      <Text size="sm" aria-live="polite" c="gray.7">
        {loading ? t('common:app.loading') : t('list.count', { count: ids.length })}
      </Text>

      <div data-results-for={resultsFor ?? undefined}>
        {!loading && ids.length === 0 ? (
          <Paper withBorder p="lg">
            {filtered ? (
              <Stack align="flex-start">
                <Text>{t('list.noMatch')}</Text>
                <Button variant="default" onClick={clear}>
                  {t('common:actions.clearFilters')}
                </Button>
              </Stack>
            ) : (
              <Stack align="flex-start">
                <Text>{t('list.empty')}</Text>
                <Button component={Link} to="/mentors/new">
                  {t('actions.add')}
                </Button>
              </Stack>
            )}
          </Paper>
        ) : (
          <MentorList ids={ids} firstPage={firstPage} programmeNames={programmeNames} listRef={listRef} />
        )}
      </div>
    </Stack>
  );
};

type ListProps = {
  ids: string[];
  /** The first rows of the result, read together with the ids. */
  firstPage: Mentor[];
  programmeNames: Map<string, string>;
  listRef: React.RefObject<HTMLDivElement | null>;
};

/**
 * The virtualised result list. Only the rows on screen exist in the DOM, and only their page of
 * records is read. Arrow keys, Page Up/Down, Home and End move the focus between rows; Enter
 * opens the focused mentor (rows are links).
 */
const MentorList = ({ ids, firstPage, programmeNames, listRef }: ListProps) => {
  const { t } = useTranslation('mentors');
  const lng = currentLanguage();
  // The app is not built with the React Compiler; the virtualizer re-renders this component on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const start = Math.floor(first / PAGE) * PAGE;
  const end = (Math.floor(last / PAGE) + 1) * PAGE;
  const page = useMentorPage(ids, start, end);
  const byId = useMemo(() => new Map([...firstPage, ...(page ?? [])].map((m) => [m.id, m])), [firstPage, page]);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(ids.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only exist after the scroll has rendered it.
    const tryFocus = (attempt: number) => {
      const el = listRef.current?.querySelector<HTMLElement>(`a[data-index="${target}"]`);
      if (el) el.focus();
      else if (attempt < 10) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    tryFocus(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = Number((document.activeElement as HTMLElement | null)?.dataset.index ?? -1);
    const pageRows = Math.max(1, Math.floor((listRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + pageRows,
      PageUp: current - pageRows,
      Home: 0,
      End: ids.length - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    focusRow(next);
  };

  return (
    <Box
      ref={listRef}
      onKeyDown={onKeyDown}
      style={{
        height: 'max(320px, calc(100vh - 330px))',
        overflowY: 'auto',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 4,
      }}
    >
      <div
        role="list"
        aria-label={t('list.resultsLabel')}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const id = ids[item.index] ?? '';
          const mentor = byId.get(id);
          return (
            <div
              role="listitem"
              key={id}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }}
            >
              {mentor ? (
                <MentorRow mentor={mentor} index={item.index} lng={lng} programmeNames={programmeNames} />
              ) : (
                <Box px="md" py="sm" aria-hidden>
                  <Skeleton height={16} width="40%" mb={8} />
                  <Skeleton height={12} width="25%" />
                </Box>
              )}
            </div>
          );
        })}
      </div>
    </Box>
  );
};

const MentorRow = ({
  mentor,
  index,
  lng,
  programmeNames,
}: {
  mentor: Mentor;
  index: number;
  lng: ReturnType<typeof currentLanguage>;
  programmeNames: Map<string, string>;
}) => {
  const programmes = mentor.programmeIds
    .map((p) => programmeNames.get(p))
    .filter(Boolean)
    .join(', ');
  return (
    <Link to={`/mentors/${mentor.id}`} data-index={index} data-mentor-id={mentor.id} className={classes.row}>
      <Group justify="space-between" wrap="nowrap" h="100%" px="md">
        <Box style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {formatPersonName(mentor, lng)}
          </Text>
          <Text size="sm" c="gray.7" truncate>
            {programmes}
          </Text>
        </Box>
        <StatusBadge status={mentor.status} />
      </Group>
    </Link>
  );
};
