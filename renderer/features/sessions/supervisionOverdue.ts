import dayjs from 'dayjs';
import type { Mentor } from '../../../shared/domain/mentor';
import { lastSupervisionsOnOrBefore } from './attendanceRepo';
import { getMentorsByIds, listActiveMentorIds } from './peopleLookup';
import { isSupervisionOverdue, supervisionDueBy } from './sessionRules';

export type OverdueMentor = { mentor: Mentor; lastSupervision: string | null; dueBy: string | null };

/** One overdue mentor before their record is read: who, and the dates the list shows. */
export type OverdueEntry = { mentorId: string; lastSupervision: string | null; dueBy: string | null };

/**
 * Every active mentor who breaks "attends supervision at least every N weeks" on `today`
 * (never attended = overdue), without their records. Two small reads whatever the years of
 * attendance behind them: the ids of active mentors (the `status` index, in name order) and their
 * last supervisions from the per-person summaries (`lastSupervisionsOnOrBefore`).
 * Never-supervised first, then the longest waiting, then by name (the sort is stable and the ids
 * come in name order).
 */
export const listSupervisionOverdueEntries = async (today: string, everyWeeks: number): Promise<OverdueEntry[]> => {
  // Anyone supervised since this date is in time: a string comparison spares the date arithmetic
  // of the rule for most mentors.
  const windowStart = dayjs(today)
    .subtract(everyWeeks * 7, 'day')
    .format('YYYY-MM-DD');
  const activeIds = await listActiveMentorIds();
  const lasts = await lastSupervisionsOnOrBefore(activeIds, today);
  return activeIds
    .flatMap((mentorId) => {
      const lastSupervision = lasts.get(mentorId) ?? null;
      return (lastSupervision ?? '') < windowStart && isSupervisionOverdue(lastSupervision, everyWeeks, today)
        ? [{ mentorId, lastSupervision, dueBy: lastSupervision ? supervisionDueBy(lastSupervision, everyWeeks) : null }]
        : [];
    })
    .sort((a, b) => (a.lastSupervision ?? '').localeCompare(b.lastSupervision ?? ''));
};

/**
 * The overdue mentors (see `listSupervisionOverdueEntries`) with their records: all of them, or
 * the first `limit` — a list shows a screenful and reads more as it scrolls, so only those
 * records are read.
 */
export const listSupervisionOverdue = async (
  today: string,
  everyWeeks: number,
  limit = Number.POSITIVE_INFINITY,
): Promise<{ total: number; overdue: OverdueMentor[] }> => {
  const entries = await listSupervisionOverdueEntries(today, everyWeeks);
  const shown = entries.slice(0, limit);
  const byId = new Map((await getMentorsByIds(shown.map((e) => e.mentorId))).map((m) => [m.id, m]));
  const overdue = shown.flatMap(({ mentorId, lastSupervision, dueBy }) => {
    const mentor = byId.get(mentorId);
    return mentor ? [{ mentor, lastSupervision, dueBy }] : [];
  });
  return { total: entries.length, overdue };
};
