import dayjs from 'dayjs';
import type { Mentor } from '../../../shared/domain/mentor';
import { lastSupervisionsOnOrBefore } from './attendanceRepo';
import { getMentorsByIds, listActiveMentorIds } from './peopleLookup';
import { isSupervisionOverdue, supervisionDueBy } from './sessionRules';

export type OverdueMentor = { mentor: Mentor; lastSupervision: string | null; dueBy: string | null };

/**
 * Every active mentor who breaks "attends supervision at least every N weeks" on `today`
 * (never attended = overdue). Two small reads whatever the years of attendance behind them: the
 * ids of active mentors (the `status` index, in name order) and their last supervisions from the
 * per-person summaries (`lastSupervisionsOnOrBefore`); then the overdue mentors' records (one
 * bulk read). Never-supervised first, then the longest waiting, then by name.
 */
export const listSupervisionOverdue = async (today: string, everyWeeks: number): Promise<OverdueMentor[]> => {
  const windowStart = dayjs(today)
    .subtract(everyWeeks * 7, 'day')
    .format('YYYY-MM-DD');
  const activeIds = await listActiveMentorIds();
  const lasts = await lastSupervisionsOnOrBefore(activeIds, today);
  const mentors = await getMentorsByIds(activeIds.filter((id) => (lasts.get(id) ?? '') < windowStart));
  return mentors
    .map((mentor) => {
      const lastSupervision = lasts.get(mentor.id) ?? null;
      return { mentor, lastSupervision, dueBy: lastSupervision ? supervisionDueBy(lastSupervision, everyWeeks) : null };
    })
    .filter((o) => isSupervisionOverdue(o.lastSupervision, everyWeeks, today))
    .sort(
      (a, b) =>
        (a.lastSupervision ?? '').localeCompare(b.lastSupervision ?? '') ||
        // Collation keys compare as plain strings (that is what they are made for).
        (a.mentor.sortKey < b.mentor.sortKey ? -1 : a.mentor.sortKey > b.mentor.sortKey ? 1 : 0),
    );
};
