import { useLiveQuery } from 'dexie-react-hooks';
import { mentorCare } from './careRepo';

/** One mentor's load, needs and wellbeing check-ins as of `today`; undefined while loading, null when there is no such mentor. */
export const useMentorCare = (mentorId: string, today: string) =>
  useLiveQuery(() => mentorCare(mentorId, today), [mentorId, today]);
