import { addDays, type Mentor } from '../../../shared/domain/mentor';
import type { Attendance, Session } from '../../../shared/domain/session';
import type { Shadowing } from '../../../shared/domain/training';
import { computeManyProgress } from '../../../shared/training/progress';
import { listModules } from './trainingRepo';
import { listShadowingBetween, listShadowingOfMentorBetween } from './shadowingRepo';
import { listAttendanceOfKindBetween, listAttendanceOfPersonBetween } from '../sessions/attendanceRepo';
import { getSessionsByIds, listSessionsOfKindBetween } from '../sessions/sessionsRepo';

/** Up to this many mentors, their history is read per person; above it, one range for all. */
const FEW_MENTORS = 50;

/**
 * The readiness dates (`readySince`) a report of `range` needs, from the rows of the range the
 * report has already read (sessions, attendance and shadowing dated in it) and as little history
 * as possible:
 *
 * - Only a mentor with a credit in the range can have become ready in it (`readySince` is the
 *   date of the session or shadowing entry that completed their last mandatory module), so only
 *   those mentors are looked at; the others are absent from the map.
 * - Their history is read up to the day before the range, no further back than needed and
 *   nothing after the range: later credits cannot move a completion on or before its end (hours
 *   only add up, in date order).
 * - A few mentors are read per person (`[personId+sessionKind+sessionDate]`, `[mentorId+date]`,
 *   their sessions by id); many through one range of training sessions (`[kind+date]`) and
 *   shadowing (`date`), then — leaving out those whose curriculum has a mandatory module that
 *   nothing before the range's end ever taught — their training attendance, per person or as
 *   one range of `[sessionKind+sessionDate]`.
 *
 * For every mentor whose readiness date over all their rows (`getProgressOfMentorRecords`) falls
 * within the range, the map gives that date; a date it gives outside the range means nothing.
 */
export const readySinceWithin = async (
  mentors: readonly Mentor[],
  range: { from: string; to: string },
  rows: { sessions: readonly Session[]; attendance: readonly Attendance[]; shadowing: readonly Shadowing[] },
): Promise<Map<string, string | null>> => {
  const inRange = (date: string) => date >= range.from && date <= range.to;
  const training = rows.sessions.filter((s) => s.kind === 'training' && s.deletedAt === null && inRange(s.date));
  const trainingIds = new Set(training.map((s) => s.id));
  const attendance = rows.attendance.filter((a) => trainingIds.has(a.sessionId));
  const shadowing = rows.shadowing.filter((sh) => inRange(sh.date));
  const credited = new Set<string>();
  for (const a of attendance)
    if (a.deletedAt === null && a.status === 'present' && a.hours > 0 && a.personId !== null) credited.add(a.personId);
  for (const sh of shadowing) if (sh.deletedAt === null && sh.hours > 0) credited.add(sh.mentorId);
  let candidates = mentors.filter((m) => m.deletedAt === null && credited.has(m.id));
  if (candidates.length === 0) return new Map();

  const before = addDays(range.from, -1);
  const modulesRead = listModules();
  let history: { sessions: Session[]; attendance: Attendance[]; shadowing: Shadowing[] };
  if (candidates.length <= FEW_MENTORS) {
    const ids = candidates.map((m) => m.id);
    const [att, sh] = await Promise.all([
      Promise.all(ids.map((id) => listAttendanceOfPersonBetween(id, 'training', '', before))).then((r) => r.flat()),
      Promise.all(ids.map((id) => listShadowingOfMentorBetween(id, '', before))).then((r) => r.flat()),
    ]);
    history = { attendance: att, shadowing: sh, sessions: await getSessionsByIds(att.map((a) => a.sessionId)) };
  } else {
    // Many mentors: first the training sessions and shadowing before the range (far fewer rows
    // than the attendance), which tell which modules were ever taught. A mentor whose
    // curriculum has a mandatory module nobody could have been credited with (no session or
    // shadowing links it) cannot be ready, and their attendance is not read.
    const [sessions, sh, modules] = await Promise.all([
      listSessionsOfKindBetween('training', '', before),
      listShadowingBetween('', before),
      modulesRead,
    ]);
    const taught = new Set<string>();
    for (const s of [...training, ...sessions]) for (const id of s.moduleIds) taught.add(id);
    for (const x of [...shadowing, ...sh])
      if (x.deletedAt === null && x.hours > 0) for (const id of x.moduleIds) taught.add(id);
    // (A module asking for less than a thousandth of an hour is complete without any credit.)
    const blocked = new Set(
      modules.filter((m) => m.mandatory && m.requiredHours >= 0.001 && !taught.has(m.id)).map((m) => m.programmeId),
    );
    candidates = candidates.filter((m) => !m.programmeIds.some((p) => blocked.has(p)));
    const ids = candidates.map((m) => m.id);
    const att =
      ids.length === 0
        ? []
        : ids.length <= FEW_MENTORS
          ? (await Promise.all(ids.map((id) => listAttendanceOfPersonBetween(id, 'training', '', before)))).flat()
          : await listAttendanceOfKindBetween('training', '', before);
    history = { attendance: att, shadowing: sh, sessions };
  }
  if (candidates.length === 0) return new Map();
  // Every curriculum is small (tens of rows); its live modules are also those hours may go to.
  const modules = await modulesRead;
  const progress = computeManyProgress({
    mentors: candidates,
    modules,
    sessions: [...training, ...history.sessions],
    attendance: [...attendance, ...history.attendance],
    shadowing: [...shadowing, ...history.shadowing],
    existingModuleIds: new Set(modules.map((m) => m.id)),
  });
  return new Map([...progress].map(([id, p]) => [id, p.readySince]));
};
