import type { Mentor } from '../../../shared/domain/mentor';
import type { Readiness } from '../../../shared/training/progress';
import { getReadinessOfMentors, getReadinessOfMentorsRead } from './progressRepo';

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
  readinessOf(await getReadinessOfMentors(mentorIds));

/**
 * The same for the mentors a read still under way will give, the readiness reads sent beside it
 * (see `getReadinessOfMentorsRead`): for a caller about to read most mentors ("Find a mentor").
 */
export const getTrainingReadinessOfRead = async (
  mentorsRead: Promise<readonly Mentor[]>,
): Promise<Map<string, TrainingReadiness>> => readinessOf(await getReadinessOfMentorsRead(mentorsRead));

const readinessOf = (progress: Map<string, Readiness>): Map<string, TrainingReadiness> => {
  const out = new Map<string, TrainingReadiness>();
  for (const [id, p] of progress)
    out.set(id, { ready: p.ready, missingModules: p.missingMandatory.map((m) => m.name) });
  return out;
};
