import type { Mentor } from '../../../shared/domain/mentor';
import type { Attendance, Session } from '../../../shared/domain/session';
import type { Shadowing } from '../../../shared/domain/training';
import { listModules } from '../programmes';
import { getProgressOfMentorRecords } from './progressRepo';

/**
 * The readiness dates (`readySince`) a report of `range` needs, from the rows of the range the
 * report has already read (sessions, attendance and shadowing dated in it):
 *
 * - Only a mentor credited in the range with hours toward a mandatory module of their curriculum
 *   can have become ready in it (`readySince` is the date of the session or shadowing entry that
 *   completed their last mandatory module), so only those mentors are looked at; the others are
 *   absent from the map. (A refresher on an optional module, or a session linked to no module,
 *   does not make a mentor a candidate.)
 * - Their readiness comes from their training summaries (renderer/db/trainingSummaries.ts), as
 *   on the mentor's page: one small record per candidate, never their attendance history. On the
 *   bench's large dataset, where mentors complete training over ten years and many come back for
 *   refreshers, last year's report has some 800 candidates with about 7,000 training rows before
 *   the two years it reads. Credits after the range do not move a completion on or before its
 *   end (hours only add up, in date order).
 *
 * For every candidate whose readiness date over all their rows falls within the range, the map
 * gives that date; a date it gives outside the range means nothing.
 */
export const readySinceWithin = async (
  mentors: readonly Mentor[],
  range: { from: string; to: string },
  rows: {
    sessions: readonly Pick<Session, 'id' | 'kind' | 'date' | 'moduleIds' | 'deletedAt'>[];
    attendance: readonly Pick<Attendance, 'sessionId' | 'personId' | 'status' | 'hours' | 'deletedAt'>[];
    shadowing: readonly Shadowing[];
  },
): Promise<Map<string, string | null>> => {
  const inRange = (date: string) => date >= range.from && date <= range.to;
  const trainingById = new Map(
    rows.sessions.filter((s) => s.kind === 'training' && s.deletedAt === null && inRange(s.date)).map((s) => [s.id, s]),
  );
  // The modules each mentor was credited with in the range (live rows with hours only).
  const credited = new Map<string, Set<string>>();
  const credit = (personId: string, moduleIds: readonly string[]) => {
    const got = credited.get(personId) ?? new Set<string>();
    for (const id of moduleIds) got.add(id);
    credited.set(personId, got);
  };
  for (const a of rows.attendance) {
    const session = trainingById.get(a.sessionId);
    if (session && a.deletedAt === null && a.status === 'present' && a.hours > 0 && a.personId !== null)
      credit(a.personId, session.moduleIds);
  }
  for (const sh of rows.shadowing)
    if (inRange(sh.date) && sh.deletedAt === null && sh.hours > 0) credit(sh.mentorId, sh.moduleIds);
  if (credited.size === 0) return new Map();

  // Every curriculum is small (tens of rows).
  const mandatory = new Map<string, string[]>();
  for (const m of await listModules())
    if (m.mandatory) mandatory.set(m.programmeId, [...(mandatory.get(m.programmeId) ?? []), m.id]);
  const candidates = mentors.filter((m) => {
    const got = m.deletedAt === null ? credited.get(m.id) : undefined;
    return got !== undefined && m.programmeIds.some((p) => (mandatory.get(p) ?? []).some((id) => got.has(id)));
  });
  if (candidates.length === 0) return new Map();
  const progress = await getProgressOfMentorRecords(candidates);
  return new Map([...progress].map(([id, p]) => [id, p.readySince]));
};
