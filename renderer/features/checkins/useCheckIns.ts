import { useLiveQuery } from 'dexie-react-hooks';
import { withPeople } from '../pairings/pairingViews';
import { findDueCheckIns, findPairingsNeedingAttention, pairingCheckIns } from './checkinsRepo';

/** One pairing's check-ins, schedule and attention reasons; undefined while loading. */
export const usePairingCheckIns = (pairingId: string, today: string) =>
  useLiveQuery(() => pairingCheckIns(pairingId, today), [pairingId, today]);

/** Pairings whose check-in is due or overdue today, with their people. */
export const useDueCheckIns = (today: string) =>
  useLiveQuery(async () => withPeople(await findDueCheckIns(today)), [today]);

/** Pairings whose latest check-in said "not a good fit" or whose score dropped, with their people. */
export const useCheckInAttention = () => useLiveQuery(async () => withPeople(await findPairingsNeedingAttention()));
