import type { Mentee } from '../../../shared/domain/mentee';
import type { Pairing } from '../../../shared/domain/pairing';

export type WaitingEntry = {
  mentee: Mentee;
  /** Waiting since: the latest closure of their pairings, else the referral, else when they were added. */
  since: string;
  days: number;
  /** Their latest pairing closed early: they go to the top of the list to be matched again. */
  rematch: boolean;
  /** Mentors of their pairings that closed early: suggestions leave them out. */
  previousMentorIds: string[];
};

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS));

/** Mentors whose pairing with this mentee closed early (the mentee's pairings, any order). */
export const earlyClosedMentorIds = (pairings: readonly Pairing[]): string[] => [
  ...new Set(pairings.filter((p) => p.status === 'closed' && p.closure && !p.closure.planned).map((p) => p.mentorId)),
];

export const waitingEntry = (mentee: Mentee, pairings: readonly Pairing[], today: string): WaitingEntry => {
  const closed = pairings
    .filter((p) => p.status === 'closed' && p.closure)
    .sort((a, b) => a.closure!.date.localeCompare(b.closure!.date));
  const latest = closed.at(-1);
  const since = latest?.closure?.date ?? mentee.referredOn ?? mentee.createdAt.slice(0, 10);
  return {
    mentee,
    since,
    days: daysBetween(since, today),
    rematch: latest !== undefined && latest.closure?.planned === false,
    previousMentorIds: earlyClosedMentorIds(pairings),
  };
};

/**
 * The waiting list's order: mentees to be matched again after an early closure first, then
 * everyone by how long they have waited (longest first), then by code so the order is stable.
 */
export const sortWaitingList = (entries: readonly WaitingEntry[]): WaitingEntry[] =>
  [...entries].sort(
    (a, b) => Number(b.rematch) - Number(a.rematch) || b.days - a.days || a.mentee.code.localeCompare(b.mentee.code),
  );
