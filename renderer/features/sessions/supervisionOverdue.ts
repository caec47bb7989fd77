import type { Mentor } from '../../../shared/domain/mentor';
import { lastSupervisionsOnOrBefore } from './attendanceRepo';
import { getMentorsByIds, listActiveMentorIds } from './peopleLookup';
import { supervisionDueBy, supervisionWindowStart } from './sessionRules';

export type OverdueMentor = { mentor: Mentor; lastSupervision: string | null; dueBy: string | null };

/** One overdue mentor before their record is read: who, and their last supervision. */
export type OverdueEntry = { mentorId: string; lastSupervision: string | null };

const byLastSupervision = (a: OverdueEntry, b: OverdueEntry): number => {
  const x = a.lastSupervision ?? '';
  const y = b.lastSupervision ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Every active mentor who breaks "attends supervision at least every N weeks" on `today`
 * (never attended = overdue), without their records. Two small reads whatever the years of
 * attendance behind them: the ids of active mentors (the `status` index, in name order) and their
 * last supervisions from the per-person summaries (`lastSupervisionsOnOrBefore`); then one string
 * comparison each (`supervisionWindowStart`, the rule of `isSupervisionOverdue`).
 * Never-supervised first, then the longest waiting, then by name (the sort is stable and the ids
 * come in name order).
 */
export const listSupervisionOverdueEntries = async (today: string, everyWeeks: number): Promise<OverdueEntry[]> => {
  const windowStart = supervisionWindowStart(today, everyWeeks);
  const activeIds = await listActiveMentorIds();
  const lasts = await lastSupervisionsOnOrBefore(activeIds, today);
  return activeIds
    .flatMap((mentorId) => {
      const lastSupervision = lasts.get(mentorId) ?? null;
      return (lastSupervision ?? '') < windowStart ? [{ mentorId, lastSupervision }] : [];
    })
    .sort(byLastSupervision);
};

/**
 * The overdue mentors (see `listSupervisionOverdueEntries`) with their records and the date each
 * was due: all of them, or the first `limit` — a list shows a screenful and reads more as it
 * scrolls, so only those records are read and only their dates worked out.
 */
export const listSupervisionOverdue = async (
  today: string,
  everyWeeks: number,
  limit = Number.POSITIVE_INFINITY,
): Promise<{ total: number; overdue: OverdueMentor[] }> => {
  const entries = await listSupervisionOverdueEntries(today, everyWeeks);
  const shown = entries.slice(0, limit);
  const byId = new Map((await getMentorsByIds(shown.map((e) => e.mentorId))).map((m) => [m.id, m]));
  const overdue = shown.flatMap(({ mentorId, lastSupervision }) => {
    const mentor = byId.get(mentorId);
    const dueBy = lastSupervision ? supervisionDueBy(lastSupervision, everyWeeks) : null;
    return mentor ? [{ mentor, lastSupervision, dueBy }] : [];
  });
  return { total: entries.length, overdue };
};
