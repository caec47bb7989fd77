import dayjs from 'dayjs';
import type { Mentor } from '../../../shared/domain/mentor';
import { lastSupervisionDate, personIdsPresentBetween } from './attendanceRepo';
import { getMentorsByIds, listActiveMentorIds } from './peopleLookup';
import { isSupervisionOverdue, supervisionDueBy } from './sessionRules';

export type OverdueMentor = { mentor: Mentor; lastSupervision: string | null; dueBy: string | null };

/**
 * Every active mentor who breaks "attends supervision at least every N weeks" on `today`
 * (never attended = overdue). Reads stay small whatever the size of the data: the ids of active
 * mentors (the `status` index), the people present at supervision in the last N weeks (one range
 * of `[sessionKind+sessionDate]`); only the mentors left over are read, each with their last
 * supervision (`[personId+sessionKind+sessionDate]`). Never-supervised first, then the longest waiting.
 */
export const listSupervisionOverdue = async (today: string, everyWeeks: number): Promise<OverdueMentor[]> => {
  const windowStart = dayjs(today)
    .subtract(everyWeeks * 7, 'day')
    .format('YYYY-MM-DD');
  const [activeIds, recent] = await Promise.all([
    listActiveMentorIds(),
    personIdsPresentBetween('supervision', windowStart, today),
  ]);
  const mentors = await getMentorsByIds(activeIds.filter((id) => !recent.has(id)));
  const lasts = await Promise.all(mentors.map((m) => lastSupervisionDate(m.id, today)));
  return mentors
    .map((mentor, i) => {
      const lastSupervision = lasts[i] ?? null;
      return { mentor, lastSupervision, dueBy: lastSupervision ? supervisionDueBy(lastSupervision, everyWeeks) : null };
    })
    .filter((o) => isSupervisionOverdue(o.lastSupervision, everyWeeks, today))
    .sort(
      (a, b) =>
        (a.lastSupervision ?? '').localeCompare(b.lastSupervision ?? '') ||
        a.mentor.sortKey.localeCompare(b.mentor.sortKey),
    );
};
