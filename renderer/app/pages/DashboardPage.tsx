import { Suspense, useState } from 'react';
import { Anchor, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MENTOR_STATUSES } from '../../../shared/domain/mentor';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { useMentorStatusCounts } from '../../features/mentors';
import { notifyError, notifySaved } from '../../components/notify';
import { loadSampleData } from '../../features/sampleData';
import { OVERVIEW_WIDGETS } from '../overviewWidgets';
import { SAMPLE_STEPS } from '../sampleSteps';

export const DashboardPage = () => {
  const { t } = useTranslation('dashboard');
  const counts = useMentorStatusCounts();
  if (!counts)
    return (
      <Center h="40vh">
        <Loader aria-label={t('common:app.loading')} />
      </Center>
    );
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('title')}</Title>
      {total === 0 ? <EmptyState /> : <Summary counts={counts} total={total} />}
    </Stack>
  );
};

/** First start: say what Tandem is for and offer the two ways to begin. */
const EmptyState = () => {
  const { t } = useTranslation('dashboard');
  const navigate = useNavigate();
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    try {
      const data = await loadSampleData({ steps: SAMPLE_STEPS });
      notifySaved(t('sample.loaded', { mentors: data.mentors?.length ?? 0, programmes: data.programmes?.length ?? 0 }));
    } catch (err) {
      notifyError(err, 'dashboard');
    } finally {
      setLoading(false);
    }
  };
  return (
    <Paper withBorder p="xl" maw={720}>
      <Stack align="flex-start">
        <Title order={2}>{t('empty.title')}</Title>
        <Text>{t('empty.body')}</Text>
        <Text>{t('empty.sampleHelp')}</Text>
        <Group>
          <Button onClick={() => void load()} loading={loading}>
            {t('empty.loadSample')}
          </Button>
          <Button variant="default" onClick={() => void navigate('/mentors/new')}>
            {t('empty.addMentor')}
          </Button>
        </Group>
        <Text size="sm">
          {t('empty.settingsHint')}{' '}
          <Anchor component={Link} to="/settings">
            {t('empty.settingsLink')}
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
};

const Summary = ({ counts, total }: { counts: Record<string, number>; total: number }) => {
  const { t } = useTranslation('dashboard');
  const lng = currentLanguage();
  return (
    <>
      <Paper withBorder p="md" component="section" aria-labelledby="overview-mentors">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="overview-mentors">
            {t('mentors.title', { count: total, formatted: formatNumber(total, lng) })}
          </Title>
          <Button component={Link} to="/mentors/new" variant="default" size="xs">
            {t('empty.addMentor')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {MENTOR_STATUSES.map((s) => (
            <li key={s}>
              <Anchor component={Link} to={`/mentors?status=${s}`} underline="hover" c="inherit">
                <Paper withBorder p="sm">
                  <Text fz={28} fw={700} lh={1.1}>
                    {formatNumber(counts[s] ?? 0, lng)}
                  </Text>
                  <Text size="sm">{t(`mentors.status.${s}`)}</Text>
                </Paper>
              </Anchor>
            </li>
          ))}
        </SimpleGrid>
      </Paper>
      {OVERVIEW_WIDGETS.map(({ key, Component }) => (
        <Suspense key={key} fallback={<Loader size="sm" aria-label={t('common:app.loading')} />}>
          <Component />
        </Suspense>
      ))}
    </>
  );
};
