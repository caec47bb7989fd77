import { memo, useCallback, useMemo, useRef, useState, type ComponentType, type UIEvent } from 'react';
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  LIVED_EXPERIENCE_AREAS,
  LivedExperienceSchema,
  MENTOR_STATUSES,
  MentorStatusSchema,
  type Mentor,
  type MentorStatus,
} from '../../../shared/domain/mentor';
import type { Programme } from '../../../shared/domain/programme';
import { formatPersonName } from '../../../shared/domain/names';
import { KeyboardVirtualList, keyboardRowClass } from '../../components/KeyboardVirtualList';
import { currentLanguage } from '../../i18n/i18n';
import { useProgrammes } from '../programmes';
import { TranslatedStatusBadge } from './StatusBadge';
import rowClasses from './MentorRow.module.css';
import { loadMentorPage, useMentors } from './useMentors';
import type { MentorFilter } from './mentorsRepo';

const ROW_HEIGHT = 64;

/**
 * The buttons another feature adds to the list's header for the list on screen (the app passes
 * the spreadsheet import and export: `app/pages/listActions.tsx`).
 */
export type MentorListActions = ComponentType<{ filter: MentorFilter; count: number }>;

export const MentorsPage = ({ Actions }: { Actions: MentorListActions }) => {
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
  const { ids, firstPage, loading, resultsFor, startSearch } = useMentors(filter);
  // The list's actions (its export) take the filter of the results on screen (their search text),
  // so a keystroke does not re-render the header before its results arrive.
  const shownFilter = useMemo(
    (): MentorFilter => ({
      query: resultsFor ?? '',
      status: filter.status,
      programmeId,
      livedExperience: filter.livedExperience,
    }),
    [resultsFor, filter.status, programmeId, filter.livedExperience],
  );
  const filtered = Boolean(query.trim() || status || programmeId || lived);
  const clear = () => {
    toTop();
    setQuery('');
    setStatus(null);
    setProgrammeId(null);
    setLived(null);
  };

  const programmeNames = useMemo(() => new Map((programmes ?? []).map((p) => [p.id, p.name])), [programmes]);
  const listRef = useRef<HTMLDivElement>(null);
  // Whether the list is scrolled, kept from its scroll events: asking the box (scrollTop, or
  // scrollTo at the top already) on every keystroke would force a layout each time.
  const scrolled = useRef(false);
  const onListScroll = useCallback((e: UIEvent<HTMLDivElement>) => {
    scrolled.current = (e.target as HTMLElement).scrollTop > 0;
  }, []);
  // A new search shows its results from the top.
  const toTop = useCallback(() => {
    if (!scrolled.current) return;
    scrolled.current = false;
    listRef.current?.scrollTo({ top: 0 });
  }, []);
  const changed = <T,>(set: (v: T) => void, value: T) => {
    set(value);
    toTop();
  };
  // Stable handlers, so a keystroke in the search box does not re-render the filter selects.
  const onStatus = useCallback((v: string | null) => (setStatus(v), toTop()), [toTop]);
  const onProgramme = useCallback((v: string | null) => (setProgrammeId(v), toTop()), [toTop]);
  const onLived = useCallback((v: string | null) => (setLived(v), toTop()), [toTop]);
  const statusLabels = useMemo(
    () => Object.fromEntries(MENTOR_STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<MentorStatus, string>,
    [t],
  );
  const renderRow = useCallback(
    (mentor: Mentor, index: number) => (
      <MentorRow
        mentor={mentor}
        index={index}
        lng={currentLanguage()}
        programmeNames={programmeNames}
        statusLabels={statusLabels}
      />
    ),
    [programmeNames, statusLabels],
  );

  return (
    <Stack gap="md">
      <MentorsHeader Actions={Actions} filter={shownFilter} count={ids.length} />

      <Group align="flex-end" gap="sm" role="search" aria-label={t('list.searchRegion')}>
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          value={query}
          onChange={(e) => {
            const value = e.currentTarget.value;
            startSearch({ ...filter, query: value });
            changed(setQuery, value);
          }}
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
        <MentorFilters
          status={status}
          programmeId={programmeId}
          lived={lived}
          programmes={programmes}
          onStatus={onStatus}
          onProgramme={onProgramme}
          onLived={onLived}
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

      {/* Scroll events do not bubble: the capture phase sees the list's. */}
      <div data-results-for={resultsFor ?? undefined} onScrollCapture={onListScroll}>
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
          <KeyboardVirtualList
            ids={ids}
            initialRows={firstPage}
            loadPage={loadMentorPage}
            getId={mentorId}
            renderRow={renderRow}
            label={t('list.resultsLabel')}
            rowHeight={ROW_HEIGHT}
            height="max(320px, calc(100vh - 330px))"
            listRef={listRef}
          />
        )}
      </div>
    </Stack>
  );
};

const mentorId = (m: Mentor) => m.id;

/**
 * The title and the page's buttons. Memoised: a keystroke in the search box re-renders the page
 * for the new text, and these (Mantine buttons and the export menu) only when the results change.
 */
const MentorsHeader = memo(
  ({ Actions, filter, count }: { Actions: MentorListActions; filter: MentorFilter; count: number }) => {
    const { t } = useTranslation('mentors');
    return (
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('list.title')}</Title>
        <Group gap="sm">
          <Button component={Link} to="/mentors/load" variant="default">
            {t('care:list.link')}
          </Button>
          <Actions filter={filter} count={count} />
          <Button component={Link} to="/mentors/new">
            {t('actions.add')}
          </Button>
        </Group>
      </Group>
    );
  },
);
MentorsHeader.displayName = 'MentorsHeader';

type FilterProps = {
  status: string | null;
  programmeId: string | null;
  lived: string | null;
  programmes: Programme[] | undefined;
  onStatus: (v: string | null) => void;
  onProgramme: (v: string | null) => void;
  onLived: (v: string | null) => void;
};

/**
 * The three filter selects. Memoised with stable props so typing in the search box re-renders
 * only the search input and the list, not these (Mantine's Select is costly to re-render).
 */
const MentorFilters = memo(
  ({ status, programmeId, lived, programmes, onStatus, onProgramme, onLived }: FilterProps) => {
    const { t } = useTranslation('mentors');
    const statusData = useMemo(() => MENTOR_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), [t]);
    const programmeData = useMemo(() => (programmes ?? []).map((p) => ({ value: p.id, label: p.name })), [programmes]);
    const livedData = useMemo(
      () => LIVED_EXPERIENCE_AREAS.map((a) => ({ value: a, label: t(`livedExperience.${a}`) })),
      [t],
    );
    return (
      <>
        <Select
          label={t('fields.status')}
          placeholder={t('list.any')}
          data={statusData}
          value={status}
          onChange={onStatus}
          clearable
          w={170}
        />
        <Select
          label={t('fields.programme')}
          placeholder={t('list.any')}
          data={programmeData}
          value={programmeId}
          onChange={onProgramme}
          clearable
          w={230}
        />
        <Select
          label={t('fields.livedExperienceOne')}
          placeholder={t('list.any')}
          data={livedData}
          value={lived}
          onChange={onLived}
          clearable
          w={200}
        />
      </>
    );
  },
);
MentorFilters.displayName = 'MentorFilters';

const MentorRow = memo(
  ({
    mentor,
    index,
    lng,
    programmeNames,
    statusLabels,
  }: {
    mentor: Mentor;
    index: number;
    lng: ReturnType<typeof currentLanguage>;
    programmeNames: Map<string, string>;
    statusLabels: Record<MentorStatus, string>;
  }) => {
    const programmes = mentor.programmeIds
      .map((p) => programmeNames.get(p))
      .filter(Boolean)
      .join(', ');
    return (
      <Link to={`/mentors/${mentor.id}`} data-index={index} data-mentor-id={mentor.id} className={keyboardRowClass}>
        <div className={rowClasses.body}>
          <div className={rowClasses.text}>
            <p className={rowClasses.name}>{formatPersonName(mentor, lng)}</p>
            <p className={rowClasses.programmes}>{programmes}</p>
          </div>
          <TranslatedStatusBadge status={mentor.status} label={statusLabels[mentor.status]} />
        </div>
      </Link>
    );
  },
);
MentorRow.displayName = 'MentorRow';
