import { useCallback, useState } from 'react';
import { Anchor, Button, Group, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { VirtualList } from '../../components/VirtualList';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, todayIso } from '../../lib/format';
import type { OverdueMentor } from './supervisionOverdue';
import { useSupervisionOverdue } from './useSessions';
import classes from './OverduePage.module.css';

const overdueKey = (o: OverdueMentor) => o.mentor.id;

/**
 * Every active mentor who breaks the supervision rule today, with their last supervision. A large
 * office has a thousand of them: the rows are virtualised, each row names its columns for screen
 * readers (the column headings above are only visual).
 */
export const OverduePage = () => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  // A screenful and more as the list scrolls: only the shown mentors' records are read.
  const [limit, setLimit] = useState(PAGE);
  const result = useSupervisionOverdue(todayIso(), limit);
  const showMore = useCallback(() => setLimit((l) => l + PAGE), []);
  const renderRow = useCallback(
    (o: OverdueMentor) => (
      <div className={classes.row}>
        <Anchor component={Link} to={`/mentors/${o.mentor.id}`} className={classes.name}>
          {formatPersonName(o.mentor, lng)}
        </Anchor>
        <Text size="sm">
          <VisuallyHidden>{t('overdue.lastSupervision')}:</VisuallyHidden>
          {o.lastSupervision ? formatDate(o.lastSupervision, lng) : t('overdue.never')}
        </Text>
        <Text size="sm">
          <VisuallyHidden>{t('overdue.dueBy')}:</VisuallyHidden>
          {o.dueBy ? formatDate(o.dueBy, lng) : t('overdue.now')}
        </Text>
      </div>
    ),
    [t, lng],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('overdue.title')}</Title>
        <Button variant="default" component={Link} to="/sessions">
          {t('agenda.backToList')}
        </Button>
      </Group>
      {result === undefined ? (
        <Loader aria-label={t('app.loading', { ns: 'common' })} />
      ) : (
        <>
          <Text>{t('overdue.rule', { count: result.weeks })}</Text>
          {result.total === 0 ? (
            <Text>{t('overdue.none')}</Text>
          ) : (
            <>
              <Text fw={600}>{t('overdue.count', { count: result.total })}</Text>
              <div>
                <div className={`${classes.row} ${classes.header}`} aria-hidden="true">
                  <span>{t('overdue.mentor')}</span>
                  <span>{t('overdue.lastSupervision')}</span>
                  <span>{t('overdue.dueBy')}</span>
                </div>
                <VirtualList
                  label={t('overdue.title')}
                  items={result.overdue}
                  getKey={overdueKey}
                  renderRow={renderRow}
                  hasMore={result.overdue.length < result.total}
                  onEndReached={showMore}
                  rowHeight={ROW_HEIGHT}
                  height="max(320px, calc(100vh - 360px))"
                />
              </div>
            </>
          )}
        </>
      )}
    </Stack>
  );
};

const ROW_HEIGHT = 44;
/** Mentors read at a time: more than a screenful. */
const PAGE = 60;
