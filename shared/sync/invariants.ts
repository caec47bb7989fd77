import { formatPersonName } from '../domain/names';
import { OPEN_PAIRING_STATUSES } from '../domain/pairing';
import { CASE_DISCUSSION_CAPACITY } from '../domain/session';

/**
 * Rules that hold for each PC's data alone but that a merge of two PCs' work can break: each
 * PC kept them, together they do not. A merge never "repairs" them (which PC's pairing should
 * go?): it lists each break after the import with a link to the record, and the coordinator
 * decides (shared/backup/MERGING.md).
 *
 * - One open pairing per mentee: both PCs paired the same waiting mentee.
 * - A mentor's capacity: both PCs gave the mentor's last free place away.
 * - A session's capacity: both PCs added people to the same session.
 */
export type InvariantBreak =
  | { kind: 'menteeOpenPairings'; id: string; label: string; count: number }
  | { kind: 'mentorCapacity'; id: string; label: string; count: number; capacity: number }
  | { kind: 'sessionCapacity'; id: string; label: string; count: number; capacity: number };

type PairingLike = { id: string; mentorId: string; menteeId: string; status: string; deletedAt: string | null };
type MentorLike = { id: string; givenName: string; familyName: string; capacity: number; deletedAt: string | null };
type MenteeLike = { id: string; code: string; deletedAt: string | null };
type SessionLike = {
  id: string;
  title: string;
  date: string;
  capacity: number | null;
  subKind: string;
  expectedIds: readonly string[];
  deletedAt: string | null;
};

const OPEN = new Set<string>(OPEN_PAIRING_STATUSES);

/** Every open (not deleted) pairing per mentee and per mentor. */
const openCounts = (pairings: readonly PairingLike[]) => {
  const byMentee = new Map<string, number>();
  const byMentor = new Map<string, number>();
  for (const p of pairings) {
    if (p.deletedAt || !OPEN.has(p.status)) continue;
    byMentee.set(p.menteeId, (byMentee.get(p.menteeId) ?? 0) + 1);
    byMentor.set(p.mentorId, (byMentor.get(p.mentorId) ?? 0) + 1);
  }
  return { byMentee, byMentor };
};

/**
 * The breaks among the given records. `pairings` must hold every pairing of the given mentees and mentors; `mentors`,
 * `mentees` and `sessions` those to check (with a name to show). `lng` orders the names as
 * the language writes them.
 */
export const findInvariantBreaks = (
  input: {
    pairings: readonly PairingLike[];
    mentors: readonly MentorLike[];
    mentees: readonly MenteeLike[];
    sessions: readonly SessionLike[];
  },
  lng: string,
): InvariantBreak[] => {
  const { byMentee, byMentor } = openCounts(input.pairings);
  const breaks: InvariantBreak[] = [];
  for (const m of input.mentees) {
    const count = byMentee.get(m.id) ?? 0;
    if (!m.deletedAt && count > 1) breaks.push({ kind: 'menteeOpenPairings', id: m.id, label: m.code, count });
  }
  for (const m of input.mentors) {
    const count = byMentor.get(m.id) ?? 0;
    if (!m.deletedAt && count > m.capacity)
      breaks.push({ kind: 'mentorCapacity', id: m.id, label: formatPersonName(m, lng), count, capacity: m.capacity });
  }
  for (const s of input.sessions) {
    const capacity = s.capacity ?? (s.subKind === 'caseDiscussion' ? CASE_DISCUSSION_CAPACITY : null);
    const count = s.expectedIds.length;
    if (!s.deletedAt && capacity !== null && count > capacity)
      breaks.push({ kind: 'sessionCapacity', id: s.id, label: `${s.title} (${s.date})`, count, capacity });
  }
  return breaks;
};
