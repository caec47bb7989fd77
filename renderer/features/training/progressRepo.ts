import {
  computeManyProgress,
  computeManyReadiness,
  type MentorProgress,
  type Readiness,
} from '../../../shared/training/progress';
import type { Mentor, MentorStatus } from '../../../shared/domain/mentor';
import type { TrainingModule } from '../../../shared/domain/training';
import { db } from '../../db/db';
import { readByIds } from '../../db/readByIds';
import { progressRowsOf, type TrainingCredits, type TrainingSummary } from '../../db/trainingSummaries';
import { listModules } from '../programmes';
import { getMentorsByIds, listMentorIdsForTraining } from './trainingSources';
import type { OverviewRow } from './overviewCsv';

/**
 * The stored training summaries of these people (renderer/db/trainingSummaries.ts), in the order
 * given (undefined for someone with no training attendance or shadowing): what progress is
 * computed from, one small record per person (past a few hundred people, all in one request).
 */
const getTrainingSummaries = (personIds: readonly string[]): Promise<(TrainingSummary | undefined)[]> =>
  readByIds(db.trainingSummaries, personIds);

/**
 * Gathers what progress is derived from and hands it to the pure computation in
 * `shared/training/progress.ts`: the curriculum as it is now (every programme's modules: tens of
 * rows, which also tell which linked modules still exist) and each mentor's training summary — the
 * hours, dates and modules of their training attendance and shadowing, kept by the database in the
 * same transaction as those rows (renderer/db/trainingSummaries.ts). One small record per mentor,
 * whether one mentor's page asks or "Find a mentor" asks for two thousand (issue 24); the credit
 * rules apply at read time, so progress always reflects the curriculum as it is.
 */
const progressOf = async (mentors: readonly Mentor[]): Promise<Map<string, MentorProgress>> => {
  if (mentors.length === 0) return new Map();
  const [modules, summaries] = await Promise.all([listModules(), getTrainingSummaries(mentors.map((m) => m.id))]);
  return computeManyProgress({ mentors, modules, ...progressRowsOf(summaries) });
};

/** Progress of the given mentors (unknown or deleted mentors are absent from the map). */
export const getProgressOfMentors = async (mentorIds: readonly string[]): Promise<Map<string, MentorProgress>> =>
  progressOf(await getMentorsByIds(mentorIds));

/**
 * Progress of mentors the caller has already read (live records), without reading them again by
 * id: the report's "ready since" figure reads the candidates itself (./readySinceWithin.ts).
 */
export const getProgressOfMentorRecords = (mentors: readonly Mentor[]): Promise<Map<string, MentorProgress>> =>
  progressOf(mentors);

/** Readiness from each person's training credits (renderer/db/trainingSummaries.ts). */
const readinessOf = (
  mentors: readonly Mentor[],
  modules: readonly TrainingModule[],
  credits: ReadonlyMap<string, TrainingCredits>,
): Map<string, Readiness> =>
  computeManyReadiness({
    mentors,
    modules,
    sourcesOf: (id) => (credits.get(id)?.credits ?? []).map(([moduleIds, hours]) => ({ moduleIds, hours })),
  });

const byPerson = (credits: readonly (TrainingCredits | undefined)[]) =>
  new Map(credits.flatMap((c) => (c ? [[c.id, c] as const] : [])));

/**
 * Readiness alone (`computeManyReadiness`: the same rules, none of the rest of progress) of the
 * given mentors, from their training credits — the hours of their summary per list of modules:
 * the readiness gate of a new pairing, and one mentor scored from their page.
 */
export const getReadinessOfMentors = async (mentorIds: readonly string[]): Promise<Map<string, Readiness>> => {
  const mentors = await getMentorsByIds(mentorIds);
  if (mentors.length === 0) return new Map();
  const [modules, credits] = await Promise.all([
    listModules(),
    readByIds(
      db.trainingCredits,
      mentors.map((m) => m.id),
    ),
  ]);
  return readinessOf(mentors, modules, byPerson(credits));
};

/**
 * Readiness of the mentors a read still under way will give, its own reads (the curriculum and
 * every person's training credits, one request each) sent at once, beside that read rather than
 * after it: "Find a mentor" scores every active mentor, most of the people with credits, and a
 * cold IndexedDB then reads them while the page decodes the mentors (issue 24).
 */
export const getReadinessOfMentorsRead = async (
  mentorsRead: Promise<readonly Mentor[]>,
): Promise<Map<string, Readiness>> => {
  const [modules, credits, mentors] = await Promise.all([listModules(), db.trainingCredits.toArray(), mentorsRead]);
  return readinessOf(
    mentors.filter((m) => !m.deletedAt),
    modules,
    byPerson(credits),
  );
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

/** The matrix lines of these mentors, in the order given (unknown or deleted mentors left out). */
export const getTrainingOverviewRows = async (mentorIds: readonly string[]): Promise<OverviewRow[]> => {
  const mentors = await getMentorsByIds(mentorIds);
  const progress = await progressOf(mentors);
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
