import type { LivedExperience, Mentor } from '../../../shared/domain/mentor';
import type { Mentee } from '../../../shared/domain/mentee';

/**
 * One part of a suggestion's score, so the coordinator sees WHY a mentor is suggested. `key`
 * is an i18n key under `pairings:reasons.`; `values` fill its placeholders.
 */
export type ScoreReason =
  | { key: 'sharedExperience'; points: number; values: { areas: LivedExperience[] } }
  | { key: 'noSharedExperience'; points: 0; values: Record<string, never> }
  | { key: 'commonLanguage'; points: number; values: { languages: string[] } }
  | { key: 'noCommonLanguage'; points: number; values: Record<string, never> }
  | { key: 'sameProgramme'; points: number; values: Record<string, never> }
  | { key: 'otherProgramme'; points: 0; values: Record<string, never> }
  | { key: 'freeCapacity'; points: number; values: { free: number; capacity: number } }
  | { key: 'noCapacity'; points: number; values: { open: number; capacity: number } }
  | { key: 'trainingReady'; points: number; values: Record<string, never> }
  | { key: 'notTrainingReady'; points: number; values: Record<string, never> }
  | { key: 'genderPreferenceMet'; points: number; values: Record<string, never> }
  | { key: 'genderPreferenceNotMet'; points: number; values: Record<string, never> };

export type MentorScore = { score: number; reasons: ScoreReason[] };

/**
 * The weights. Shared lived experience matters most (the point of peer support), then being
 * able to talk to each other and working in the same programme. A full or untrained mentor
 * is pushed down, not hidden: the coordinator may still choose them, with a recorded reason.
 */
export const WEIGHTS = {
  perSharedArea: 20,
  maxSharedAreas: 2,
  commonLanguage: 20,
  noCommonLanguage: -30,
  sameProgramme: 15,
  freeCapacity: 10,
  noCapacity: -40,
  trainingReady: 10,
  notTrainingReady: -25,
  genderPreferenceMet: 10,
  genderPreferenceNotMet: -20,
} as const;

/**
 * A mentor's free places: capacity minus the pairings that hold a place (proposed, active and
 * paused — see OPEN_PAIRING_STATUSES). Negative when the mentor is above capacity.
 */
export const freeCapacity = (capacity: number, openPairings: number): number => capacity - openPairings;

type ScoredMentee = Pick<Mentee, 'livedExperience' | 'languages' | 'programmeId' | 'preferredMentorGender'>;
type ScoredMentor = Pick<Mentor, 'livedExperience' | 'languages' | 'programmeIds' | 'capacity' | 'gender'>;

/**
 * How well `mentor` fits `mentee`, and why. `activePairings` is the mentor's count of pairings
 * holding a place (proposed + active + paused); `ready` is the training readiness.
 */
export const scoreMentor = (
  mentee: ScoredMentee,
  mentor: ScoredMentor,
  { activePairings, ready }: { activePairings: number; ready: boolean },
): MentorScore => {
  const reasons: ScoreReason[] = [];

  const areas = mentee.livedExperience.filter((a) => mentor.livedExperience.includes(a));
  if (areas.length > 0)
    reasons.push({
      key: 'sharedExperience',
      points: WEIGHTS.perSharedArea * Math.min(areas.length, WEIGHTS.maxSharedAreas),
      values: { areas },
    });
  else if (mentee.livedExperience.length > 0) reasons.push({ key: 'noSharedExperience', points: 0, values: {} });

  const languages = mentee.languages.filter((l) => mentor.languages.includes(l));
  if (languages.length > 0)
    reasons.push({ key: 'commonLanguage', points: WEIGHTS.commonLanguage, values: { languages } });
  else if (mentee.languages.length > 0)
    reasons.push({ key: 'noCommonLanguage', points: WEIGHTS.noCommonLanguage, values: {} });

  if (mentor.programmeIds.includes(mentee.programmeId))
    reasons.push({ key: 'sameProgramme', points: WEIGHTS.sameProgramme, values: {} });
  else reasons.push({ key: 'otherProgramme', points: 0, values: {} });

  const free = freeCapacity(mentor.capacity, activePairings);
  if (free > 0)
    reasons.push({ key: 'freeCapacity', points: WEIGHTS.freeCapacity, values: { free, capacity: mentor.capacity } });
  else
    reasons.push({
      key: 'noCapacity',
      points: WEIGHTS.noCapacity,
      values: { open: activePairings, capacity: mentor.capacity },
    });

  if (ready) reasons.push({ key: 'trainingReady', points: WEIGHTS.trainingReady, values: {} });
  else reasons.push({ key: 'notTrainingReady', points: WEIGHTS.notTrainingReady, values: {} });

  if (mentee.preferredMentorGender !== 'any') {
    if (mentor.gender === mentee.preferredMentorGender)
      reasons.push({ key: 'genderPreferenceMet', points: WEIGHTS.genderPreferenceMet, values: {} });
    else reasons.push({ key: 'genderPreferenceNotMet', points: WEIGHTS.genderPreferenceNotMet, values: {} });
  }

  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
};

/** Warnings the coordinator must confirm (and give a reason for) before pairing with this mentor. */
export const pairingWarnings = (
  mentor: Pick<Mentor, 'capacity'>,
  { activePairings, ready }: { activePairings: number; ready: boolean },
) => {
  const warnings: ('overCapacity' | 'notTrainingReady')[] = [];
  if (freeCapacity(mentor.capacity, activePairings) <= 0) warnings.push('overCapacity');
  if (!ready) warnings.push('notTrainingReady');
  return warnings;
};
