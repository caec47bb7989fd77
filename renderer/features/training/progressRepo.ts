import { computeManyProgress, type MentorProgress } from '../../../shared/training/progress';
import type { Mentor, MentorStatus } from '../../../shared/domain/mentor';
import type { TrainingModule } from '../../../shared/domain/training';
import { getModulesByIds, listModules, listModulesOfProgrammes } from './trainingRepo';
import { listAllShadowing, listShadowingByMentors } from './shadowingRepo';
import {
  getMentorsByIds,
  getSessionsByIds,
  listAllTrainingAttendance,
  listTrainingAttendanceOf,
  listMentorIdsForTraining,
  listTrainingSessions,
} from './trainingSources';
import type { OverviewRow } from './overviewCsv';

/**
 * Gathers, through indexes, the rows progress is derived from and hands them to the pure
 * computation in `shared/training/progress.ts`. Nothing is stored: progress always reflects the
 * curriculum and the attendance as they are now.
 */

/**
 * The non-deleted modules the sessions and shadowing link to, whichever programme they are in:
 * a session's hours divide among all of them (see `shared/training/progress.ts`).
 */
const existingLinkedModules = async (
  sessions: readonly { moduleIds: readonly string[] }[],
  shadowing: readonly { moduleIds: readonly string[] }[],
): Promise<Set<string>> => {
  const linked = [...sessions, ...shadowing].flatMap((r) => r.moduleIds);
  return new Set((await getModulesByIds(linked)).filter((m) => m.deletedAt === null).map((m) => m.id));
};

/**
 * Up to this many mentors, their rows are read per person through
 * `[personId+sessionKind+sessionDate]`; above it (readiness of every candidate when suggesting a
 * mentor, the overview) one range of training attendance is cheaper than thousands of small
 * queries.
 */
const FEW_MENTORS = 50;

const readTrainingAttendance = async (ids: readonly string[]) => {
  if (ids.length <= FEW_MENTORS) return listTrainingAttendanceOf(ids);
  const wanted = new Set(ids);
  return (await listAllTrainingAttendance()).filter((a) => a.personId !== null && wanted.has(a.personId));
};

const readShadowing = async (ids: readonly string[]) => {
  if (ids.length <= FEW_MENTORS) return listShadowingByMentors(ids);
  const wanted = new Set(ids);
  return (await listAllShadowing()).filter((s) => wanted.has(s.mentorId));
};

/** Progress of the given mentors (unknown or deleted mentors are absent from the map). */
export const getProgressOfMentors = async (mentorIds: readonly string[]): Promise<Map<string, MentorProgress>> =>
  getProgressOfMentorRecords(await getMentorsByIds(mentorIds));

/**
 * Progress of mentors the caller has already read (live records): "Find a mentor" reads every
 * active mentor to score them, and reading the same two thousand records again for their
 * readiness cost as much as the first read (issue 24).
 */
export const getProgressOfMentorRecords = async (mentors: readonly Mentor[]): Promise<Map<string, MentorProgress>> => {
  if (mentors.length === 0) return new Map();
  const ids = mentors.map((m) => m.id);
  const few = ids.length <= FEW_MENTORS;
  // Many mentors: every training session in one range of `[kind+date]`, read beside the
  // attendance (a bulk read), rather than the same sessions one key at a time after it; the
  // computation ignores sessions nobody here attended.
  const [modules, attendance, shadowing, allSessions] = await Promise.all([
    listModulesOfProgrammes(mentors.flatMap((m) => m.programmeIds)),
    readTrainingAttendance(ids),
    readShadowing(ids),
    few ? Promise.resolve(null) : listTrainingSessions(),
  ]);
  const sessions = allSessions ?? (await getSessionsByIds(attendance.map((a) => a.sessionId)));
  const existingModuleIds = await existingLinkedModules(sessions, shadowing);
  return computeManyProgress({ mentors, modules, sessions, attendance, shadowing, existingModuleIds });
};

export const getMentorProgress = async (
  mentorId: string,
): Promise<{ mentor: Mentor; progress: MentorProgress } | null> => {
  const [mentor] = await getMentorsByIds([mentorId]);
  if (!mentor) return null;
  const progress = (await getProgressOfMentors([mentorId])).get(mentorId);
  return progress ? { mentor, progress } : null;
};

export type OverviewFilter = { programmeId: string | null; status: MentorStatus | null };

export type TrainingOverview = {
  /** The matrix columns: the chosen programme's curriculum, or every programme's. */
  modules: TrainingModule[];
  rows: OverviewRow[];
};

/** The matrix without its lines: the columns and the ids of the mentors in it, in name order. */
export type TrainingOverviewIds = { modules: TrainingModule[]; mentorIds: string[] };

/**
 * The columns and the mentors of the matrix, through the mentors' key indexes (ids only, in name
 * order): enough to size the list, whose lines are then read only as they come into view
 * (`getTrainingOverviewRows`) — the page never computes ten years of progress to show twenty
 * lines (issue 24).
 */
export const getTrainingOverviewIds = async (filter: OverviewFilter): Promise<TrainingOverviewIds> => {
  const [mentorIds, modules] = await Promise.all([
    listMentorIdsForTraining(filter),
    listModules(filter.programmeId ?? undefined),
  ]);
  return { modules, mentorIds };
};

/**
 * The matrix lines of these mentors, in the order given (unknown or deleted mentors left out).
 * The attendance is read through `[sessionKind+sessionDate]` (training rows only — supervision,
 * groups and events, the bulk of attendance, are never read), or per mentor through
 * `[personId+sessionKind+sessionDate]` when only a few mentors are asked for (a screenful).
 */
export const getTrainingOverviewRows = async (mentorIds: readonly string[]): Promise<OverviewRow[]> => {
  const mentors = await getMentorsByIds(mentorIds);
  if (mentors.length === 0) return [];
  const few = mentors.length <= FEW_MENTORS;
  const ids = mentors.map((m) => m.id);
  const [allModules, attendance, shadowing, sessions] = await Promise.all([
    // Every curriculum is small (tens of rows): read it whole, it also tells which modules exist.
    listModules(),
    few ? listTrainingAttendanceOf(ids) : listAllTrainingAttendance(),
    few ? listShadowingByMentors(ids) : listAllShadowing(),
    few ? Promise.resolve(null) : listTrainingSessions(),
  ]);
  const sessionRows = sessions ?? (await getSessionsByIds(attendance.map((a) => a.sessionId)));
  const progress = computeManyProgress({ mentors, modules: allModules, sessions: sessionRows, attendance, shadowing });
  return mentors.flatMap((mentor) => {
    const p = progress.get(mentor.id);
    return p ? [{ mentor, progress: p }] : [];
  });
};

/** The whole mentors × modules matrix (the CSV export, and the readiness filters). */
export const getTrainingOverview = async (filter: OverviewFilter): Promise<TrainingOverview> => {
  const { modules, mentorIds } = await getTrainingOverviewIds(filter);
  return { modules, rows: await getTrainingOverviewRows(mentorIds) };
};
