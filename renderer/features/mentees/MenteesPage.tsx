import { useMemo, useRef, useState, type ComponentType } from 'react';
import { Badge, Box, Button, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  MENTEE_STATUSES,
  MenteeStatusSchema,
  TRANSITIONS,
  TransitionSchema,
  type Mentee,
} from '../../../shared/domain/mentee';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { useProgrammes } from '../programmes';
import { loadMenteePage, useMenteeIds } from './useMentees';
import { KeyboardVirtualList, keyboardRowClass } from '../../components/KeyboardVirtualList';
import { MenteeStatusBadge } from './MenteeStatusBadge';
import { notifyError } from '../../components/notify';
import { recordAudit } from '../audit';
import type { MenteeFilter } from './menteesRepo';

/**
 * The buttons another feature adds to the list's header for the list on screen (the app passes
 * the spreadsheet import and export: `app/pages/listActions.tsx`).
 */
export type MenteeListActions = ComponentType<{ filter: MenteeFilter; count: number }>;

export const MenteesPage = ({ Actions }: { Actions: MenteeListActions }) => {
  const { t } = useTranslation('mentees');
  const [query, setQuery] = useState('');
  const [params] = useSearchParams();
  // The pairings page links here with ?status=waiting.
  const [status, setStatus] = useState<string | null>(MenteeStatusSchema.safeParse(params.get('status')).data ?? null);
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [transition, setTransition] = useState<string | null>(null);
  // Names stay hidden unless the coordinator asks: the list is often on a shared screen.
  const [showNames, setShowNames] = useState(false);
  const programmes = useProgrammes(true);
  const programmeNames = useMemo(() => new Map((programmes ?? []).map((p) => [p.id, p.name])), [programmes]);

  const filter = {
    query,
    status: MenteeStatusSchema.safeParse(status).data ?? null,
    programmeId,
    transition: TransitionSchema.safeParse(transition).data ?? null,
  };
  const { ids, loading } = useMenteeIds(filter);
  const filtered = Boolean(query.trim() || status || programmeId || transition);
  // Showing the names of the listed mentees is recorded in the audit log (how many, never who)
  // before they show; the switch itself follows the click at once.
  const [namesAsked, setNamesAsked] = useState(false);
  const asked = useRef(false);
  const toggleNames = async (show: boolean) => {
    asked.current = show;
    setNamesAsked(show);
    if (!show) return setShowNames(false);
    try {
      await recordAudit({ action: 'revealName', subjectKind: 'mentee', count: ids.length });
      setShowNames(asked.current);
    } catch (err) {
      asked.current = false;
      setNamesAsked(false);
      notifyError(err, 'mentees');
    }
  };
  const clear = () => {
    setQuery('');
    setStatus(null);
    setProgrammeId(null);
    setTransition(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('list.title')}</Title>
        <Group gap="sm">
          <Actions filter={filter} count={ids.length} />
          <Button component={Link} to="/mentees/new">
            {t('actions.add')}
          </Button>
        </Group>
      </Group>

      <Group align="flex-end" gap="sm" role="search" aria-label={t('list.searchRegion')}>
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          type="search"
          w={240}
        />
        <Select
          label={t('fields.programme')}
          placeholder={t('list.any')}
          data={(programmes ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={programmeId}
          onChange={setProgrammeId}
          clearable
          w={220}
        />
        <Select
          label={t('fields.status')}
          placeholder={t('list.any')}
          data={MENTEE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={160}
        />
        <Select
          label={t('fields.transition')}
          placeholder={t('list.any')}
          data={TRANSITIONS.map((s) => ({ value: s, label: t(`transition.${s}`) }))}
          value={transition}
          onChange={setTransition}
          clearable
          w={240}
        />
        {filtered && (
          <Button variant="default" onClick={clear}>
            {t('common:actions.clearFilters')}
          </Button>
        )}
        <Switch
          label={t('list.showNames')}
          checked={namesAsked}
          onChange={(e) => void toggleNames(e.currentTarget.checked)}
          mb={8}
        />
      </Group>

      <Text size="sm" aria-live="polite" c="gray.7">
        {loading ? t('common:app.loading') : t('list.count', { count: ids.length })}
      </Text>

      {!loading && ids.length === 0 ? (
        <Paper withBorder p="lg">
          <Stack align="flex-start">
            <Text>{filtered ? t('list.noMatch') : t('list.empty')}</Text>
            {filtered ? (
              <Button variant="default" onClick={clear}>
                {t('common:actions.clearFilters')}
              </Button>
            ) : (
              <Button component={Link} to="/mentees/new">
                {t('actions.add')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <KeyboardVirtualList
          ids={ids}
          loadPage={loadMenteePage}
          getId={menteeId}
          label={t('list.resultsLabel')}
          renderRow={(m, index) => (
            <MenteeRow
              mentee={m}
              index={index}
              showName={showNames}
              programme={programmeNames.get(m.programmeId) ?? ''}
            />
          )}
        />
      )}
    </Stack>
  );
};

const menteeId = (m: Mentee) => m.id;

const MenteeRow = ({
  mentee,
  index,
  showName,
  programme,
}: {
  mentee: Mentee;
  index: number;
  showName: boolean;
  programme: string;
}) => {
  const { t } = useTranslation('mentees');
  const name = formatPersonName(mentee, currentLanguage());
  return (
    <Link to={`/mentees/${mentee.id}`} data-index={index} className={keyboardRowClass}>
      <Group justify="space-between" wrap="nowrap" h="100%" px="md">
        <Box style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Text fw={700} ff="monospace">
              {mentee.code}
            </Text>
            {showName && name && <Text truncate>{name}</Text>}
          </Group>
          <Text size="sm" c="gray.7" truncate>
            {programme} · {t(`transition.${mentee.transition}`)}
          </Text>
        </Box>
        <Group gap="xs" wrap="nowrap">
          {!mentee.consentGiven && (
            <Badge color="orange.9" variant="outline">
              {t('list.noConsent')}
            </Badge>
          )}
          <MenteeStatusBadge status={mentee.status} />
        </Group>
      </Group>
    </Link>
  );
};
