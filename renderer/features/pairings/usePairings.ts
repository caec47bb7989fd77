import { useLiveQuery } from 'dexie-react-hooks';
import type { PairingStatus } from '../../../shared/domain/pairing';
import { isOpenPairingStatus } from '../../../shared/domain/pairing';
import { findPairingIds, getPairing, listContactLogs, listPairingsOfMentee } from './pairingsRepo';
import { monitoringList, personPairings, recentCrises, waitingList, withPeople, type PersonRef } from './pairingViews';
import type { Mentee } from '../../../shared/domain/mentee';
import { getMentor } from '../mentors';
import { previousMentorsLeftOut, scoreOneMentor, suggestMentors } from './suggestions';

/** One pairing with its people: undefined while loading, null when there is none. */
export const usePairing = (id: string | undefined) =>
  useLiveQuery(async () => {
    const pairing = id ? await getPairing(id) : undefined;
    if (!pairing) return null;
    const [row] = await withPeople([{ pairing }]);
    return row ?? null;
  }, [id]);

export const useContactLogs = (pairingId: string | undefined) =>
  useLiveQuery(async () => (pairingId ? listContactLogs(pairingId) : []), [pairingId]);

/** The mentee's open pairing (proposed, active or paused), null when none. */
export const useOpenPairingOfMentee = (menteeId: string | undefined) =>
  useLiveQuery(
    async () =>
      menteeId ? ((await listPairingsOfMentee(menteeId)).find((p) => isOpenPairingStatus(p.status)) ?? null) : null,
    [menteeId],
  );

/** Ids of the pairings in these statuses, in list order (index keys only). */
export const usePairingIds = (statuses: readonly PairingStatus[]) =>
  useLiveQuery(() => findPairingIds(statuses), [statuses.join()]);

export const usePersonPairings = (person: PersonRef) =>
  useLiveQuery(() => personPairings(person), ['mentorId' in person ? person.mentorId : person.menteeId]);

/**
 * Pairings breaking the monitoring rule on `today` (the settings' rule, or its defaults): their
 * ids in order, and `loadPage`, which attaches the people to the rows a list shows (read live).
 */
export const useMonitoring = (today: string) =>
  useLiveQuery(async () => {
    const { rules, entries } = await monitoringList(today);
    const byId = new Map(entries.map((e) => [e.pairing.id, e]));
    const loadPage = (ids: readonly string[]) => withPeople(ids.flatMap((id) => byId.get(id) ?? []));
    return { rules, count: entries.length, ids: entries.map((e) => e.pairing.id), loadPage };
  }, [today]);

/** How many pairings break the monitoring rule on `today`, and the first `shown` with their people. */
export const useMonitoringTop = (today: string, shown: number) =>
  useLiveQuery(async () => {
    const { entries } = await monitoringList(today);
    return { count: entries.length, rows: await withPeople(entries.slice(0, shown)) };
  }, [today, shown]);

export const useRecentCrises = (today: string, days = 30) =>
  useLiveQuery(() => recentCrises(today, days), [today, days]);

/** Mentees waiting for a mentor, in the order they should be matched (see `waitingList`). */
export const useWaitingList = (today: string) => useLiveQuery(() => waitingList(today), [today]);

/**
 * Every active mentor scored for this mentee, best first; null without a mentee. Scored once per
 * mentee (and again when the mentee is edited or what the scores read changes).
 */
export const useSuggestions = (mentee: Mentee | null | undefined) =>
  useLiveQuery(async () => (mentee ? suggestMentors(mentee) : null), [mentee?.id, mentee?.updatedAt]);

/** The mentors suggestions leave out for this mentee (their pairing closed early). */
export const useMentorsLeftOut = (menteeId: string | null) =>
  useLiveQuery(async () => (menteeId ? previousMentorsLeftOut(menteeId) : []), [menteeId]);

/** One mentor for "Pair with a mentee": undefined while loading, null when missing or deleted. */
export const usePairingMentor = (mentorId: string) =>
  useLiveQuery(async () => (await getMentor(mentorId)) ?? null, [mentorId]);

/** One mentor scored for one mentee; null without a mentee or when the mentor is gone. */
export const useOneMentorScore = (mentee: Mentee | undefined, mentorId: string) =>
  useLiveQuery(
    async () => (mentee ? ((await scoreOneMentor(mentee, mentorId)) ?? null) : null),
    [mentee?.id, mentorId],
  );
