import dayjs from 'dayjs';
import type { Mentor } from '../../../shared/domain/mentor';
import { lastPresentBetween, lastSupervisionDates } from './attendanceRepo';
import { getMentorsByIds, listActiveMentorIds } from './peopleLookup';
import { isSupervisionOverdue, supervisionDueBy } from './sessionRules';

export type OverdueMentor = { mentor: Mentor; lastSupervision: string | null; dueBy: string | null };

/** How far back one bulk read looks for the overdue mentors' last supervisions. */
const BULK_MONTHS = 6;

/**
 * Every active mentor who breaks "attends supervision at least every N weeks" on `today`
 * (never attended = overdue). A constant number of bulk reads for most of the work: the ids of
 * active mentors (the `status` index, in name order); one range of `[sessionKind+sessionDate]`
 * over the last six months, which tells who attended within the N weeks (not overdue) and the
 * last date of most of the others; the overdue mentors' records (one bulk read). Only mentors
 * not at supervision for six months are looked up one by one (`lastSupervisionDates`, one
 * transaction). Never-supervised first, then the longest waiting, then by name.
 */
export const listSupervisionOverdue = async (today: string, everyWeeks: number): Promise<OverdueMentor[]> => {
  const windowStart = dayjs(today)
    .subtract(everyWeeks * 7, 'day')
    .format('YYYY-MM-DD');
  const bulkStart = dayjs(windowStart).subtract(BULK_MONTHS, 'month').format('YYYY-MM-DD');
  const [activeIds, recentLasts] = await Promise.all([
    listActiveMentorIds(),
    lastPresentBetween('supervision', bulkStart, today),
  ]);
  const waiting = activeIds.filter((id) => (recentLasts.get(id) ?? '') < windowStart);
  const [mentors, olderLasts] = await Promise.all([
    getMentorsByIds(waiting),
    lastSupervisionDates(
      waiting.filter((id) => !recentLasts.has(id)),
      today,
    ),
  ]);
  return mentors
    .map((mentor) => {
      const lastSupervision = recentLasts.get(mentor.id) ?? olderLasts.get(mentor.id) ?? null;
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
