import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { careList, type CareRow } from './careRepo';

/**
 * The load list and who needs support now, live: re-read when a contact is logged, attendance
 * saved, a "talked, all right" note written or the rules changed. `undefined` while loading.
 */
export const useCareList = (today: string): CareRow[] | undefined => useLiveQuery(() => careList(today), [today]);

/** Only the mentors who need support now (open reasons), in the list's name order. */
export const useNeedsSupport = (today: string): CareRow[] | undefined => {
  const rows = useCareList(today);
  return useMemo(() => rows?.filter((r) => r.reasons.length > 0), [rows]);
};
