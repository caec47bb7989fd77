import type { Mentor, MentorStatus } from '../../shared/domain/mentor';
import { MENTOR_STATUSES } from '../../shared/domain/mentor';
import { createRng } from '../../shared/sample/rng';
import { sampleMentor, samplePrograms } from '../../renderer/features/sampleData/organisationSample';

/**
 * Deterministic benchmark data of the same shape as the sample data: the three sample
 * programmes and `count` mentors spread over every status. Bundled by run.mjs with esbuild, so
 * the benchmark seeds exactly what the app's schemas describe.
 */
export const benchData = (count: number, today: string, now: string) => {
  const rng = createRng(5000);
  const env = { today, now, rng };
  const programmes = samplePrograms(env);
  const mentors: Mentor[] = [];
  for (let i = 0; i < count; i++) mentors.push(sampleMentor(i, MENTOR_STATUSES[i % MENTOR_STATUSES.length] as MentorStatus, programmes, env));
  return { programmes, mentors };
};
