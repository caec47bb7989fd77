import type { Mentor } from '../../../shared/domain/mentor';
import { lastSupervisionDate } from './attendanceRepo';
import { listActiveMentors } from './peopleLookup';
import { isSupervisionOverdue, supervisionDueBy } from './sessionRules';

export type OverdueMentor = { mentor: Mentor; lastSupervision: string | null; dueBy: string | null };

/**
 * Every active mentor who breaks "attends supervision at least every N weeks" on `today`
 * (never attended = overdue): active mentors through the `status` index, each one's last
 * supervision through the attendance index. Never-supervised first, then the longest waiting.
 */
export const listSupervisionOverdue = async (today: string, everyWeeks: number): Promise<OverdueMentor[]> => {
  const mentors = await listActiveMentors();
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
