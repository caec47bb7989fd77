import type { Mentor } from '../../../shared/domain/mentor';
import { getProgressOfMentors, getProgressOfMentorsRead } from './progressRepo';

export type TrainingReadiness = {
  ready: boolean;
  /** Names of the mandatory modules not yet complete, in curriculum order. */
  missingModules: string[];
};

/**
 * Whether each mentor has completed every mandatory module of every programme they belong
 * to (training attendance present hours + linked shadowing hours ≥ required). A mentor with no
 * programme, or whose programmes have no mandatory module, is ready. Unknown or deleted mentors
 * are absent from the map.
 */
export const getTrainingReadiness = async (mentorIds: string[]): Promise<Map<string, TrainingReadiness>> =>
  readinessOf(await getProgressOfMentors(mentorIds));

/**
 * The same for the mentors a read still under way will give, the readiness reads sent beside it
 * (see `getProgressOfMentorsRead`): for a caller about to read most mentors ("Find a mentor").
 */
export const getTrainingReadinessOfRead = async (
  mentorsRead: Promise<readonly Mentor[]>,
): Promise<Map<string, TrainingReadiness>> => readinessOf(await getProgressOfMentorsRead(mentorsRead));

const readinessOf = (
  progress: Map<string, { ready: boolean; missingMandatory: { name: string }[] }>,
): Map<string, TrainingReadiness> => {
  const out = new Map<string, TrainingReadiness>();
  for (const [id, p] of progress)
    out.set(id, { ready: p.ready, missingModules: p.missingMandatory.map((m) => m.name) });
  return out;
};
