import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Mentee } from '../../../shared/domain/mentee';
import { normaliseForSearch } from '../../../shared/domain/base';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { useMentee, useWaitingMentees } from '../mentees';
import { ConfirmPairingModal } from './ConfirmPairingModal';
import { ReasonList } from './ReasonList';
import type { Suggestion } from './suggestions';
import { useMentorsLeftOut, useOneMentorScore, usePairingMentor, useSuggestions } from './usePairings';
import { formatDate } from '../../lib/format';

/** How many suggestions are shown before the coordinator narrows by name. */
const SHOWN = 25;

/** Pairing starts from a mentee ("Find a mentor") or from a mentor ("Pair with a mentee"). */
export const NewPairingPage = () => {
  const [params] = useSearchParams();
  const menteeId = params.get('menteeId');
  const mentorId = params.get('mentorId');
  if (mentorId) return <FromMentor mentorId={mentorId} />;
  return <FromMentee menteeId={menteeId} />;
};

const NotFound = () => {
  const { t } = useTranslation('pairings');
  return (
    <Stack>
      <Title order={1}>{t('new.title')}</Title>
      <Text>{t('new.notFound')}</Text>
      <Button component={Link} to="/mentees" variant="default" w="fit-content">
        {t('new.toMentees')}
      </Button>
    </Stack>
  );
};

const FromMentee = ({ menteeId }: { menteeId: string | null }) => {
  const { t } = useTranslation('pairings');
  const mentee = useMentee(menteeId ?? undefined);
  // Scored once per mentee: every active mentor read through the status index, then ranked.
  const suggestions = useSuggestions(mentee);
  const leftOut = useMentorsLeftOut(menteeId);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Suggestion | null>(null);
  const lng = currentLanguage();

  // Narrowing by name works on the list already loaded: no database read per keystroke.
  const visible = useMemo(() => {
    const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
    const all = suggestions ?? [];
    const matches =
      words.length === 0
        ? all
        : all.filter((s) => words.every((w) => s.mentor.searchTokens.some((tok) => tok.startsWith(w))));
    return matches.slice(0, SHOWN);
  }, [suggestions, query]);

  if (mentee === undefined) return <Loader aria-label={t('common:app.loading')} />;
  if (mentee === null) return <NotFound />;

  return (
    <Stack gap="md">
      <Title order={1}>{t('new.findMentorTitle', { code: mentee.code })}</Title>
      <Text c="gray.7">{t('new.findMentorIntro')}</Text>
      {mentee.status === 'paired' && (
        <Alert color="yellow" title={t('new.alreadyPairedTitle')}>
          {t('new.alreadyPaired')}
        </Alert>
      )}
      {leftOut?.map(({ mentor, closedOn }) => (
        <Alert key={mentor.id} color="gray" data-testid="left-out">
          {t('waitingList:leftOut', { name: formatPersonName(mentor, lng), date: formatDate(closedOn, lng) })}
        </Alert>
      ))}
      <TextInput
        label={t('new.filterByName')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        type="search"
        w={300}
      />
      {suggestions === undefined || suggestions === null ? (
        <Loader aria-label={t('common:app.loading')} />
      ) : suggestions.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{t('new.noActiveMentors')}</Text>
        </Paper>
      ) : (
        <>
          <Text size="sm" c="gray.7" aria-live="polite">
            {t('new.shownOf', { shown: visible.length, count: suggestions.length })}
          </Text>
          <Stack
            gap="sm"
            component="ol"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label={t('new.suggestionsLabel')}
          >
            {visible.map((s, i) => (
              <li key={s.mentor.id}>
                <SuggestionCard
                  suggestion={s}
                  rank={i + 1}
                  name={formatPersonName(s.mentor, lng)}
                  onChoose={() => setChosen(s)}
                />
              </li>
            ))}
          </Stack>
        </>
      )}
      <ConfirmPairingModal mentee={mentee} suggestion={chosen} onClose={() => setChosen(null)} />
    </Stack>
  );
};

const SuggestionCard = ({
  suggestion,
  rank,
  name,
  onChoose,
}: {
  suggestion: Suggestion;
  rank?: number;
  name: string;
  onChoose: () => void;
}) => {
  const { t } = useTranslation('pairings');
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Group gap="xs">
            {rank !== undefined && (
              <Text fw={700} c="gray.7">
                {t('new.rank', { rank })}
              </Text>
            )}
            <Title order={2} size="h4">
              {name}
            </Title>
            <Badge variant="filled" color="dark">
              {t('new.score', { score: suggestion.score })}
            </Badge>
            {suggestion.warnings.map((w) => (
              <Badge key={w} variant="outline" color="red.9">
                {t(`warnings.${w}Short`)}
              </Badge>
            ))}
          </Group>
          <ReasonList reasons={suggestion.reasons} />
        </Stack>
        <Button onClick={onChoose} aria-label={t('new.chooseNamed', { name })}>
          {t('new.choose')}
        </Button>
      </Group>
    </Paper>
  );
};

const FromMentor = ({ mentorId }: { mentorId: string }) => {
  const { t } = useTranslation('pairings');
  const lng = currentLanguage();
  const mentor = usePairingMentor(mentorId);
  const waiting = useWaitingMentees();
  const [menteeId, setMenteeId] = useState<string | null>(null);
  const mentee: Mentee | undefined = waiting?.find((m) => m.id === menteeId);
  const suggestion = useOneMentorScore(mentee, mentorId);
  const [confirming, setConfirming] = useState(false);

  if (mentor === undefined) return <Loader aria-label={t('common:app.loading')} />;
  if (mentor === null) return <NotFound />;
  const name = formatPersonName(mentor, lng);

  return (
    <Stack gap="md">
      <Title order={1}>{t('new.pairMentorTitle', { name })}</Title>
      <Text c="gray.7">{t('new.pairMentorIntro')}</Text>
      {waiting !== undefined && waiting.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{t('new.noWaitingMentees')}</Text>
        </Paper>
      ) : (
        <Select
          label={t('fields.mentee')}
          placeholder={t('new.chooseMentee')}
          data={(waiting ?? []).map((m) => ({ value: m.id, label: m.code }))}
          value={menteeId}
          onChange={setMenteeId}
          searchable
          w={300}
        />
      )}
      {mentee && suggestion && (
        <>
          <SuggestionCard suggestion={suggestion} name={name} onChoose={() => setConfirming(true)} />
          <ConfirmPairingModal
            mentee={mentee}
            suggestion={confirming ? suggestion : null}
            onClose={() => setConfirming(false)}
          />
        </>
      )}
    </Stack>
  );
};
