/** Mentees' public surface: the repository, its hooks, and the mentee pages' extension points. */
export {
  findMenteeIds,
  findMentees,
  getMentee,
  getMenteesByIds,
  listMenteesOfProgramme,
  listWaitingMentees,
  setMenteeStatusInTransaction,
  type MenteeFilter,
} from './menteesRepo';
export { useMentee, useWaitingMentees } from './useMentees';
export type { MenteeListActions } from './MenteesPage';
export type { MenteePageExtensions } from './MenteeDetail';
