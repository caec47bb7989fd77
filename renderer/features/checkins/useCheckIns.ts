import { useLiveQuery } from 'dexie-react-hooks';
import { withPeople, getPairing } from '../pairings';
import { getMentee } from '../mentees';
import { loadOrganisation, type Organisation } from '../print';
import { findDueCheckIns, findPairingsNeedingAttention, pairingCheckIns } from './checkinsRepo';

/** One pairing's check-ins, schedule and attention reasons; undefined while loading. */
export const usePairingCheckIns = (pairingId: string, today: string) =>
  useLiveQuery(() => pairingCheckIns(pairingId, today), [pairingId, today]);

/** Pairings whose check-in is due or overdue today, with their people. */
export const useDueCheckIns = (today: string) =>
  useLiveQuery(async () => withPeople(await findDueCheckIns(today)), [today]);

/** Pairings whose latest check-in said "not a good fit" or whose score dropped, with their people. */
export const useCheckInAttention = () => useLiveQuery(async () => withPeople(await findPairingsNeedingAttention()));

type PaperFormData = { organisation: Organisation; code: string };

/**
 * What the form prints of a pairing: its code (the mentee's code) and nothing else. Names never
 * reach this page, so they cannot end up on paper. Null when the pairing is gone.
 */
const loadPaperForm = async (pairingId: string): Promise<PaperFormData | null> => {
  const pairing = await getPairing(pairingId);
  if (!pairing) return null;
  const [mentee, organisation] = await Promise.all([getMentee(pairing.menteeId), loadOrganisation()]);
  return { organisation, code: mentee?.code ?? '' };
};

/** The paper form's data for a pairing (undefined while loading, null when the pairing is gone). */
export const usePaperForm = (pairingId: string | undefined) =>
  useLiveQuery(() => (pairingId ? loadPaperForm(pairingId) : null), [pairingId]);
