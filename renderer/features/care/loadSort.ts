import type { CareRow } from './careRepo';

/** The columns of the load list a coordinator can sort by. */
export const LOAD_SORT_KEYS = [
  'name',
  'status',
  'pairings',
  'hours30',
  'crisis30',
  'crisis90',
  'supervision',
  'followUps',
  'wellbeing',
  'reasons',
] as const;
export type LoadSortKey = (typeof LOAD_SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** A figure's first click sorts the heaviest first; a name or status sorts from A. */
export const firstDir = (key: LoadSortKey): SortDir => (key === 'name' || key === 'status' ? 'asc' : 'desc');

/**
 * The value a row sorts by; null sorts last whichever the direction (no wellbeing check-in yet).
 * A mentor who never attended supervision has gone longest without it. The name is the list's
 * own position: careList reads mentors in the organisation's alphabet (the `sortKey` index).
 */
const valueOf = (key: LoadSortKey, row: CareRow, index: number): number | string | null => {
  const l = row.load;
  switch (key) {
    case 'name':
      return index;
    case 'status':
      return row.mentor.status;
    case 'pairings':
      // More active pairings first; among equals, the fuller (least capacity) first.
      return l.activePairings - l.capacity / 1000;
    case 'hours30':
      return l.contactHours30;
    case 'crisis30':
      return l.crisis30;
    case 'crisis90':
      return l.crisis90;
    case 'supervision':
      return l.daysSinceSupervision ?? Number.POSITIVE_INFINITY;
    case 'followUps':
      return l.openFollowUps;
    case 'wellbeing':
      return l.wellbeingScore;
    case 'reasons':
      return row.reasons.length;
  }
};

/** The rows in the order asked for; ties keep the name order. */
export const sortLoadRows = (rows: readonly CareRow[], key: LoadSortKey, dir: SortDir): CareRow[] => {
  const keyed = rows.map((row, index) => ({ row, index, value: valueOf(key, row, index) }));
  const sign = dir === 'asc' ? 1 : -1;
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null)
      return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
    const c = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    return c * sign || a.index - b.index;
  });
  return keyed.map((k) => k.row);
};
