/**
 * Mentors' public surface: the repository, its hooks, the summary a print button about a mentor
 * needs, and the mentor pages' extension points (panels, header buttons, activation checks and the
 * list's buttons, which the app fills in).
 */
export {
  changeMentorStatus,
  findMentorIds,
  getMentor,
  getMentorsByIds,
  listActiveMentors,
  listMentorsOfProgramme,
  rekeyMentorsForLanguage,
  sortedMentorIds,
  type MentorFilter,
} from './mentorsRepo';
export { useMentorStatusCounts } from './useMentors';
export { loadMentorSummary, type MentorSummary } from './mentorSummary';
export type { MentorAction, MentorPageExtensions, MentorPanel } from './MentorDetail';
export type { MentorListActions } from './MentorsPage';
