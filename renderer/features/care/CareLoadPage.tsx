import { useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { Anchor, Button, Checkbox, Group, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Language } from '../../../shared/domain/base';
import { formatPersonName } from '../../../shared/domain/names';
import { useTableRows } from '../../components/useTableRows';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber, todayIso } from '../../lib/format';
import type { CareRow } from './careRepo';
import { formatScore, trendText } from './careText';
import { firstDir, LOAD_SORT_KEYS, sortLoadRows, type LoadSortKey, type SortDir } from './loadSort';
import { planSupervisionHref } from './NeedActions';
import { useCareList } from './useCareList';

const ROW_HEIGHT = 52;

/** The columns after the mentor's name (which is the row's header), in order. */
const COLUMNS = LOAD_SORT_KEYS.filter((k) => k !== 'name');

/**
 * Mentors → Load: every active or paused mentor's load in one table, sortable by any column
 * (the sort and the "needs support only" filter are kept in the address, so Back returns to
 * them). A large office has a thousand rows: they are virtualised inside a real table (spacer
 * rows above and below), so screen readers keep the row and column relations.
 */
export const CareLoadPage = () => {
  const { t } = useTranslation('care');
  const lng = currentLanguage();
  const rows = useCareList(todayIso());
  const [params, setParams] = useSearchParams();
  const sort: LoadSortKey = LOAD_SORT_KEYS.find((k) => k === params.get('sort')) ?? 'name';
  const dir: SortDir = params.get('dir') === 'desc' ? 'desc' : params.get('dir') === 'asc' ? 'asc' : firstDir(sort);
  const needsOnly = params.get('needs') === '1';

  const shown = useMemo(() => {
    const list = needsOnly ? (rows ?? []).filter((r) => r.reasons.length > 0) : (rows ?? []);
    return sortLoadRows(list, sort, dir);
  }, [rows, needsOnly, sort, dir]);
  const { parentRef, items, padTop, padBottom } = useTableRows(shown.length, ROW_HEIGHT);

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
      {rows === undefined ? (
        <Loader size="sm" aria-label={t('common:app.loading')} />
      ) : (
        <Text size="sm" aria-live="polite" c="gray.7">
          {t('mentors:list.count', { count: shown.length })}
        </Text>
      )}
      {rows !== undefined && shown.length === 0 && (
        <Paper withBorder p="lg">
          <Text>{needsOnly ? t('card.none') : t('list.empty')}</Text>
        </Paper>
      )}
      {shown.length > 0 && (
        <div
          ref={parentRef}
          role="region"
          aria-label={t('list.title')}
          // Focusable so the keyboard can scroll the table (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          style={{
            height: 'calc(100vh - 330px)',
            minHeight: 280,
            overflow: 'auto',
            border: '1px solid var(--mantine-color-gray-4)',
          }}
          data-testid="care-load"
        >
          <table aria-rowcount={shown.length + 1} style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
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
                const row = shown[v.index] as CareRow;
                return (
                  <tr
                    key={row.mentor.id}
                    aria-rowindex={v.index + 2}
                    style={{ height: ROW_HEIGHT, borderTop: '1px solid var(--mantine-color-gray-3)' }}
                  >
                    <th scope="row" style={{ ...td, ...stickyFirst, fontWeight: 500 }}>
                      <Anchor component={Link} to={`/mentors/${row.mentor.id}`}>
                        {formatPersonName(row.mentor, lng)}
                      </Anchor>
                    </th>
                    {COLUMNS.map((key) => (
                      <td key={key} style={td}>
                        {cell(key, row, t, lng)}
                      </td>
                    ))}
                    <td style={td}>
                      {/* A plain link: three buttons with their dialogs on every row took a third of the
                          list's rendering (measured); the other actions are on "needs support now". */}
                      <Anchor
                        component={Link}
                        to={planSupervisionHref(t, row.mentor.id)}
                        size="sm"
                        aria-label={t('actions.planFor', { name: formatPersonName(row.mentor, lng) })}
                      >
                        {t('actions.plan')}
                      </Anchor>
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

/** One cell of a row (a plain function: a thousand rows × ten cells need no hooks of their own). */
const cell = (column: Exclude<LoadSortKey, 'name'>, row: CareRow, t: TFunction, lng: Language): ReactNode => {
  const l = row.load;
  const n = (x: number) => formatNumber(x, lng);
  switch (column) {
    case 'status':
      return t(`mentors:status.${row.mentor.status}`);
    case 'pairings': {
      const over = l.activePairings > l.capacity;
      return (
        <Text size="sm" fw={over ? 700 : 400} c={over ? 'red.9' : undefined}>
          {t('load.pairingsValue', { active: n(l.activePairings), capacity: n(l.capacity) })}
        </Text>
      );
    }
    case 'hours30':
      return n(l.contactHours30);
    case 'crisis30':
      return (
        <Text size="sm" fw={l.crisis30 > 0 ? 700 : 400}>
          {n(l.crisis30)}
        </Text>
      );
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
      return (
        <Text size="sm" c={row.reasons.length > 0 ? 'red.9' : undefined} fw={row.reasons.length > 0 ? 600 : 400}>
          {row.reasons.map((r) => t(`reason.${r.kind}`)).join(', ')}
        </Text>
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
