import { getProgressOfMentors } from './progressRepo';

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
export const getTrainingReadiness = async (mentorIds: string[]): Promise<Map<string, TrainingReadiness>> => {
  const progress = await getProgressOfMentors(mentorIds);
  const out = new Map<string, TrainingReadiness>();
  for (const [id, p] of progress) out.set(id, { ready: p.ready, missingModules: p.missingMandatory.map((m) => m.name) });
  return out;
};
