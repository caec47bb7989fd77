import { useEffect, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { Button, Checkbox, Group, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Language } from '../../../shared/domain/base';
import { formatPersonName } from '../../../shared/domain/names';
import { useTableRows } from '../../components/useTableRows';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber, todayIso } from '../../lib/format';
import type { CareRow } from './careRepo';
import { formatScore, trendText } from './careText';
import { firstDir, LOAD_SORT_KEYS, type LoadSortKey, type SortDir } from './loadSort';
import { planSupervisionHref } from './NeedActions';
import { useLoadList } from './useCareList';
import classes from './CareLoadPage.module.css';

const ROW_HEIGHT = 52;
/** The table's scroll box: the window's height less the page around it, at least MIN_HEIGHT. */
const PAGE_AROUND = 330;
const MIN_HEIGHT = 280;

/** The columns after the mentor's name (which is the row's header), in order. */
const COLUMNS = LOAD_SORT_KEYS.filter((k) => k !== 'name');

/**
 * Mentors → Load: every active or paused mentor's load in one table, sortable by any column
 * (the sort and the "needs support only" filter are kept in the address, so Back returns to
 * them). A large office has a thousand rows: they are virtualised inside a real table (spacer
 * rows above and below), so screen readers keep the row and column relations. In name order
 * only the rows in view are read (`useLoadList`).
 */
export const CareLoadPage = () => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  const [params, setParams] = useSearchParams();
  const sort: LoadSortKey = LOAD_SORT_KEYS.find((k) => k === params.get('sort')) ?? 'name';
  const dir: SortDir = params.get('dir') === 'desc' ? 'desc' : params.get('dir') === 'asc' ? 'asc' : firstDir(sort);
  const needsOnly = params.get('needs') === '1';

  const { list, showing } = useLoadList(todayIso(), { sort, dir, needsOnly });
  const count = list?.count ?? 0;
  const { parentRef, items, padTop, padBottom } = useTableRows(count, ROW_HEIGHT, {
    // The box's height less its two borders, as it will be laid out.
    initialHeight: Math.max(MIN_HEIGHT, window.innerHeight - PAGE_AROUND) - 2,
    overscan: 6,
  });
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => showing(first, last), [showing, first, last]);

  const update = (next: Record<string, string | null>) =>
    setParams(
      (p) => {
        const q = new URLSearchParams(p);
        for (const [k, v] of Object.entries(next))
          if (v === null) q.delete(k);
          else q.set(k, v);
        return q;
      },
      { replace: true },
    );
  const sortBy = (key: LoadSortKey) =>
    update({ sort: key, dir: key === sort ? (dir === 'asc' ? 'desc' : 'asc') : firstDir(key) });

  const header = (key: LoadSortKey) => {
    const active = key === sort;
    return (
      <th
        key={key}
        scope="col"
        style={key === 'name' ? { ...th, ...stickyFirst, zIndex: 2 } : th}
        aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <UnstyledButton onClick={() => sortBy(key)} fw={600} fz="sm">
          {t(`list.columns.${key}`)}
          <span aria-hidden="true" style={{ marginInlineStart: 4, opacity: active ? 1 : 0.35 }}>
            {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </UnstyledButton>
      </th>
    );
  };
  const colCount = LOAD_SORT_KEYS.length + 1;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('list.title')}</Title>
        <Group>
          <Button component={Link} to="/mentors/needs-support" variant="default">
            {t('card.title')}
          </Button>
          <Button component={Link} to="/mentors" variant="default">
            {t('mentors:list.title')}
          </Button>
        </Group>
      </Group>
      <Text>{t('list.intro')}</Text>
      <Checkbox
        label={t('list.needsOnly')}
        checked={needsOnly}
        onChange={(e) => update({ needs: e.currentTarget.checked ? '1' : null })}
      />
      {list === undefined ? (
        <Loader size="sm" aria-label={t('common:app.loading')} />
      ) : (
        <Text size="sm" aria-live="polite" c="gray.7">
          {t('mentors:list.count', { count })}
        </Text>
      )}
      {list !== undefined && count === 0 && (
        <Paper withBorder p="lg">
          <Text>{needsOnly ? t('card.none') : t('list.empty')}</Text>
        </Paper>
      )}
      {list !== undefined && count > 0 && (
        <div
          ref={parentRef}
          role="region"
          aria-label={t('list.title')}
          // Focusable so the keyboard can scroll the table (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          style={{
            height: `calc(100vh - ${PAGE_AROUND}px)`,
            minHeight: MIN_HEIGHT,
            overflow: 'auto',
            border: '1px solid var(--mantine-color-gray-4)',
          }}
          data-testid="care-load"
        >
          <table
            aria-rowcount={count + 1}
            aria-busy={list.stale || undefined}
            style={{ borderCollapse: 'collapse', minWidth: '100%' }}
          >
            <thead style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-body)' }}>
              <tr aria-rowindex={1}>
                {LOAD_SORT_KEYS.map(header)}
                <th scope="col" style={th}>
                  {t('list.columns.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={colCount} style={{ height: padTop, padding: 0 }} />
                </tr>
              )}
              {items.map((v) => {
                const row = list.rowAt(v.index);
                if (!row)
                  return (
                    <tr
                      key={`reading-${v.index}`}
                      aria-rowindex={v.index + 2}
                      aria-busy="true"
                      style={{ height: ROW_HEIGHT, borderTop: '1px solid var(--mantine-color-gray-3)' }}
                    >
                      <td colSpan={colCount} style={td}>
                        <p className={classes.text} style={{ color: 'var(--mantine-color-gray-7)' }}>
                          {t('common:app.loading')}
                        </p>
                      </td>
                    </tr>
                  );
                return (
                  <tr
                    key={row.mentor.id}
                    aria-rowindex={v.index + 2}
                    style={{ height: ROW_HEIGHT, borderTop: '1px solid var(--mantine-color-gray-3)' }}
                  >
                    <th scope="row" style={{ ...td, ...stickyFirst, fontWeight: 500 }}>
                      <Link className={classes.link} to={`/mentors/${row.mentor.id}`}>
                        {formatPersonName(row.mentor, lng)}
                      </Link>
                    </th>
                    {COLUMNS.map((key) => (
                      <td key={key} style={td}>
                        {cell(key, row, t, lng)}
                      </td>
                    ))}
                    <td style={td}>
                      {/* A plain link: three buttons with their dialogs on every row took a third of the
                          list's rendering (measured); the other actions are on "needs support now". */}
                      <Link
                        className={`${classes.link} ${classes.small}`}
                        to={planSupervisionHref(t, row.mentor.id)}
                        aria-label={t('actions.planFor', { name: formatPersonName(row.mentor, lng) })}
                      >
                        {t('actions.plan')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={colCount} style={{ height: padBottom, padding: 0 }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </Stack>
  );
};

/** A small paragraph of a cell (as Mantine's Text size="sm"), bold or red when it flags something. */
const figure = (text: string, weight: '' | 'semibold' | 'bold' = '', alert = false): ReactNode => (
  <p className={[classes.text, weight && classes[weight], alert && classes.alert].filter(Boolean).join(' ')}>{text}</p>
);

/**
 * One cell of a row (a plain function: a thousand rows × ten cells need no hooks of their own;
 * plain elements, not Mantine's components, see CareLoadPage.module.css).
 */
const cell = (column: Exclude<LoadSortKey, 'name'>, row: CareRow, t: TFunction, lng: Language): ReactNode => {
  const l = row.load;
  const n = (x: number) => formatNumber(x, lng);
  switch (column) {
    case 'status':
      return t(`mentors:status.${row.mentor.status}`);
    case 'pairings': {
      const over = l.activePairings > l.capacity;
      return figure(
        t('load.pairingsValue', { active: n(l.activePairings), capacity: n(l.capacity) }),
        over ? 'bold' : '',
        over,
      );
    }
    case 'hours30':
      return n(l.contactHours30);
    case 'crisis30':
      return figure(n(l.crisis30), l.crisis30 > 0 ? 'bold' : '');
    case 'crisis90':
      return n(l.crisis90);
    case 'supervision':
      return l.daysSinceSupervision === null ? t('load.never') : n(l.daysSinceSupervision);
    case 'followUps':
      return n(l.openFollowUps);
    case 'wellbeing':
      if (l.wellbeingScore === null) return t('load.none');
      return l.wellbeingTrend
        ? `${formatScore(l.wellbeingScore, lng)} · ${trendText(t, l.wellbeingTrend, l.wellbeingChange, lng)}`
        : formatScore(l.wellbeingScore, lng);
    case 'reasons':
      return figure(
        row.reasons.map((r) => t(`reason.${r.kind}`)).join(', '),
        row.reasons.length > 0 ? 'semibold' : '',
        row.reasons.length > 0,
      );
  }
};

const th: React.CSSProperties = {
  textAlign: 'left',
  padding: '6px 10px',
  verticalAlign: 'bottom',
  borderBottom: '2px solid var(--mantine-color-gray-5)',
  whiteSpace: 'nowrap',
};
/** The mentor's name stays in view while the table scrolls sideways. */
const stickyFirst: React.CSSProperties = { position: 'sticky', left: 0, background: 'var(--mantine-color-body)' };
const td: React.CSSProperties = {
  textAlign: 'left',
  padding: '4px 10px',
  verticalAlign: 'middle',
  whiteSpace: 'nowrap',
};
