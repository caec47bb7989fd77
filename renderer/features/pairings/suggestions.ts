import type { Mentee } from '../../../shared/domain/mentee';
import type { Mentor } from '../../../shared/domain/mentor';
import { getMentor, listActiveMentors } from '../mentors';
import { getTrainingReadiness, getTrainingReadinessOfRead } from '../training';
import { countOpenPairingsByMentor, countOpenPairingsOfMentor, listPairingsOfMentee } from './pairingsRepo';
import { earlyClosedMentorIds } from './waitingList';
import { pairingWarnings, scoreMentor, type MentorScore } from './scoreMentor';

export type Suggestion = MentorScore & {
  mentor: Mentor;
  openPairings: number;
  ready: boolean;
  missingModules: string[];
  warnings: ('overCapacity' | 'notTrainingReady')[];
};

/**
 * Every active mentor scored for this mentee, best first. Four reads in all, sent together —
 * active mentors, each mentor's open pairings (renderer/db/mentorPairings.ts), the mentee's
 * pairing history, and what training readiness is computed from (the curriculum and everyone's
 * training credits, sent beside the mentors' read, not after it) — done once when the chooser
 * opens; filtering by name afterwards happens on this list in memory, not per keystroke in the
 * database.
 */
export const suggestMentors = async (mentee: Mentee): Promise<Suggestion[]> => {
  const activeRead = listActiveMentors();
  const [all, open, history, readiness] = await Promise.all([
    activeRead,
    countOpenPairingsByMentor(),
    listPairingsOfMentee(mentee.id),
    // The records being read, not read again by id (2,000 mentors in a large office).
    getTrainingReadinessOfRead(activeRead),
  ]);
  // A mentor whose pairing with this mentee closed early is not offered again (rematching);
  // the page says who was left out and why (previousMentorsLeftOut).
  const leftOut = new Set(earlyClosedMentorIds(history));
  const mentors = all.filter((m) => !leftOut.has(m.id));
  return mentors
    .map((mentor) => {
      const openPairings = open.get(mentor.id) ?? 0;
      const r = readiness.get(mentor.id);
      const ready = r?.ready ?? true;
      return {
        mentor,
        openPairings,
        ready,
        missingModules: r?.missingModules ?? [],
        warnings: pairingWarnings(mentor, { activePairings: openPairings, ready }),
        ...scoreMentor(mentee, mentor, { activePairings: openPairings, ready }),
      };
    })
    .sort(
      (a, b) =>
        b.score - a.score || (a.mentor.sortKey < b.mentor.sortKey ? -1 : a.mentor.sortKey > b.mentor.sortKey ? 1 : 0),
    );
};

/** One mentor scored for one mentee (pairing from the mentor's page). */
export const scoreOneMentor = async (mentee: Mentee, mentorId: string): Promise<Suggestion | undefined> => {
  const mentor = await getMentor(mentorId);
  if (!mentor) return undefined;
  const [openPairings, readiness] = await Promise.all([
    countOpenPairingsOfMentor(mentorId),
    getTrainingReadiness([mentorId]),
  ]);
  const r = readiness.get(mentorId);
  const ready = r?.ready ?? true;
  return {
    mentor,
    openPairings,
    ready,
    missingModules: r?.missingModules ?? [],
    warnings: pairingWarnings(mentor, { activePairings: openPairings, ready }),
    ...scoreMentor(mentee, mentor, { activePairings: openPairings, ready }),
  };
};

/** The mentors suggestions leave out for this mentee, with the date their pairing closed early. */
export const previousMentorsLeftOut = async (menteeId: string): Promise<{ mentor: Mentor; closedOn: string }[]> => {
  const history = await listPairingsOfMentee(menteeId);
  const out: { mentor: Mentor; closedOn: string }[] = [];
  for (const p of history) {
    if (p.status !== 'closed' || !p.closure || p.closure.planned) continue;
    const mentor = await getMentor(p.mentorId);
    if (mentor && !out.some((o) => o.mentor.id === mentor.id)) out.push({ mentor, closedOn: p.closure.date });
  }
  return out;
};
