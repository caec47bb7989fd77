import { useLiveQuery } from 'dexie-react-hooks';
import { countRetentionDue, retentionQueue } from './retentionRepo';

/** The retention review on `today` (who is due, who is kept); undefined while loading. */
export const useRetentionQueue = (today: string) => useLiveQuery(() => retentionQueue(today), [today]);

/** How many people are due for review on `today`; undefined while loading. */
export const useRetentionDueCount = (today: string) => useLiveQuery(() => countRetentionDue(today), [today]);
