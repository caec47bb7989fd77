/**
 * A mentor's training progress, derived — never stored — from the curriculum, the training
 * sessions they attended and their shadowing. Pure: the repository gathers the rows through
 * indexes, this module only adds them up, so the same rules serve the mentor panel, the
 * training overview, the readiness gate and the unit tests.
 *
 * Credit rules (also stated in the UI help text):
 * - Attendance `present` at a non-deleted `training` session credits the row's `hours`.
 *   `excused` and `absent` credit nothing, whatever hours the row carries.
 * - A session (or shadowing entry) linked to several modules DIVIDES its hours equally among
 *   the linked modules that still exist: a 4-hour session on two modules gives 2 hours to each.
 *   Counting the full hours for each module would let one afternoon satisfy the whole
 *   curriculum. Links to deleted (tombstoned) or unknown modules are ignored and the hours are
 *   divided among the remaining ones. A share for a module outside the mentor's programmes is
 *   simply not shown for them (it is not moved to their own modules).
 * - Shadowing hours count toward the modules they are linked to, and always toward the
 *   mentor's shadowing total (linked or not).
 * - A module is complete when its hours reach the required hours; its completion date is the
 *   date of the session or shadowing entry that made the running total reach it. A module
 *   requiring 0 hours is complete without a date.
 * - A mentor is ready when every mandatory module of their programmes is complete.
 */

/** The fields of a module that progress needs (a `TrainingModule` fits). */
export type ProgressModule = {
  id: string;
  programmeId: string;
  name: string;
  requiredHours: number;
  mandatory: boolean;
  order: number;
  deletedAt: string | null;
};

/** The fields of a session that progress needs (a `Session` fits). */
export type ProgressSession = {
  id: string;
  kind: string;
  date: string;
  moduleIds: readonly string[];
  deletedAt: string | null;
};

/** The fields of an attendance row that progress needs (an `Attendance` fits). */
export type ProgressAttendance = {
  sessionId: string;
  personId: string | null;
  status: 'present' | 'excused' | 'absent';
  hours: number;
  deletedAt: string | null;
};

/** The fields of a shadowing entry that progress needs (a `Shadowing` fits). */
export type ProgressShadowing = {
  mentorId: string;
  date: string;
  hours: number;
  moduleIds: readonly string[];
  deletedAt: string | null;
};

export type ModuleProgress = {
  moduleId: string;
  programmeId: string;
  name: string;
  mandatory: boolean;
  requiredHours: number;
  /** Hours credited from training sessions attended. */
  trainingHours: number;
  /** Hours credited from linked shadowing. */
  shadowingHours: number;
  hours: number;
  /** Hours still missing (0 when complete). */
  missingHours: number;
  complete: boolean;
  /** The date the requirement was reached; null while incomplete or when 0 hours are required. */
  completedOn: string | null;
};

export type MentorProgress = {
  modules: ModuleProgress[];
  /** All hours present at training sessions, whichever modules they taught. */
  trainingHoursTotal: number;
  /** All shadowing hours, linked to a module or not. */
  shadowingHoursTotal: number;
  /** Every mandatory module complete. */
  ready: boolean;
  /** Mandatory modules not yet complete, in curriculum order. */
  missingMandatory: ModuleProgress[];
  /** When the last mandatory module was completed (null if not ready or nothing was needed). */
  readySince: string | null;
};

/** Floating-point slack: one third of an hour three times must count as one hour. */
const EPSILON = 1e-6;

/** Rounds for display and export (two decimals hide 0.30000000000000004). */
export const roundHours = (h: number): number => Math.round(h * 100) / 100;

type Credit = { date: string; moduleId: string; hours: number; source: 'training' | 'shadowing' };

/** The existing modules a session or shadowing entry credits (duplicates and unknown ids dropped). */
const targetsOf = (moduleIds: readonly string[], existing: ReadonlySet<string>): string[] => {
  const out: string[] = [];
  for (const id of moduleIds) if (existing.has(id) && !out.includes(id)) out.push(id);
  return out;
};

const pushCredits = (
  credits: Credit[],
  date: string,
  hours: number,
  targets: readonly string[],
  source: Credit['source'],
): void => {
  if (targets.length === 0 || hours <= 0) return;
  const share = hours / targets.length;
  for (const moduleId of targets) credits.push({ date, moduleId, hours: share, source });
};

/** Curriculum order: by programme (as given), then `order`, then name. */
export const sortModules = <M extends ProgressModule>(modules: readonly M[]): M[] =>
  [...modules].sort(
    (a, b) =>
      (a.programmeId < b.programmeId ? -1 : a.programmeId > b.programmeId ? 1 : 0) ||
      a.order - b.order ||
      a.name.localeCompare(b.name),
  );

/**
 * One mentor's progress.
 *
 * @param modules   the curriculum of the mentor's programmes (tombstones are skipped here too)
 * @param sessions  the training sessions referred to by `attendance` (others are ignored)
 * @param attendance the mentor's attendance rows (rows of other people are ignored)
 * @param shadowing the mentor's shadowing entries (rows of other mentors are ignored)
 * @param existingModuleIds every non-deleted module id that sessions and shadowing may link
 *   to, of any programme (the hours of a session divide among these); defaults to `modules`
 */
export const computeMentorProgress = (input: {
  mentorId: string;
  modules: readonly ProgressModule[];
  sessions: readonly ProgressSession[] | ReadonlyMap<string, ProgressSession>;
  attendance: readonly ProgressAttendance[];
  shadowing: readonly ProgressShadowing[];
  existingModuleIds?: ReadonlySet<string>;
  /** Targets per session, shared between mentors by `computeManyProgress` (each session is split once). */
  sessionTargets?: Map<string, string[]>;
}): MentorProgress => {
  const modules = sortModules(input.modules.filter((m) => m.deletedAt === null));
  const byId = new Map(modules.map((m) => [m.id, m]));
  const known = input.existingModuleIds ?? new Set(byId.keys());
  const sessions =
    input.sessions instanceof Map
      ? input.sessions
      : new Map((input.sessions as readonly ProgressSession[]).map((s) => [s.id, s]));

  const credits: Credit[] = [];
  let trainingHoursTotal = 0;
  for (const a of input.attendance) {
    if (a.deletedAt !== null || a.personId !== input.mentorId || a.status !== 'present') continue;
    const s = sessions.get(a.sessionId);
    if (!s || s.deletedAt !== null || s.kind !== 'training') continue;
    trainingHoursTotal += a.hours;
    let targets = input.sessionTargets?.get(s.id);
    if (!targets) {
      targets = targetsOf(s.moduleIds, known);
      input.sessionTargets?.set(s.id, targets);
    }
    pushCredits(credits, s.date, a.hours, targets, 'training');
  }
  let shadowingHoursTotal = 0;
  for (const sh of input.shadowing) {
    if (sh.deletedAt !== null || sh.mentorId !== input.mentorId) continue;
    shadowingHoursTotal += sh.hours;
    pushCredits(credits, sh.date, sh.hours, targetsOf(sh.moduleIds, known), 'shadowing');
  }
  // Chronological, so the running total tells the day each requirement was reached. ISO dates
  // compare as plain strings (localeCompare would be far slower over 100,000 rows).
  credits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const acc = new Map(modules.map((m) => [m.id, { training: 0, shadowing: 0, completedOn: null as string | null }]));
  for (const c of credits) {
    const entry = acc.get(c.moduleId);
    const module = byId.get(c.moduleId);
    if (!entry || !module) continue;
    entry[c.source] += c.hours;
    if (
      entry.completedOn === null &&
      module.requiredHours > 0 &&
      entry.training + entry.shadowing + EPSILON >= module.requiredHours
    )
      entry.completedOn = c.date;
  }

  const result = modules.map((m): ModuleProgress => {
    const e = acc.get(m.id) ?? { training: 0, shadowing: 0, completedOn: null };
    const hours = e.training + e.shadowing;
    const complete = hours + EPSILON >= m.requiredHours;
    return {
      moduleId: m.id,
      programmeId: m.programmeId,
      name: m.name,
      mandatory: m.mandatory,
      requiredHours: m.requiredHours,
      trainingHours: roundHours(e.training),
      shadowingHours: roundHours(e.shadowing),
      hours: roundHours(hours),
      missingHours: complete ? 0 : roundHours(m.requiredHours - hours),
      complete,
      completedOn: complete ? e.completedOn : null,
    };
  });
  const mandatory = result.filter((m) => m.mandatory);
  const missingMandatory = mandatory.filter((m) => !m.complete);
  const ready = missingMandatory.length === 0;
  const dates = mandatory.map((m) => m.completedOn).filter((d): d is string => d !== null);
  return {
    modules: result,
    trainingHoursTotal: roundHours(trainingHoursTotal),
    shadowingHoursTotal: roundHours(shadowingHoursTotal),
    ready,
    missingMandatory,
    readySince: ready && dates.length > 0 ? dates.sort().at(-1)! : null,
  };
};

/**
 * Progress of many mentors at once (the training overview), from rows gathered once through
 * indexes. Groups the rows by mentor first so that each mentor only looks at their own rows:
 * linear in the number of rows, not mentors × rows.
 */
export const computeManyProgress = (input: {
  mentors: readonly { id: string; programmeIds: readonly string[] }[];
  modules: readonly ProgressModule[];
  sessions: readonly ProgressSession[];
  attendance: readonly ProgressAttendance[];
  shadowing: readonly ProgressShadowing[];
  /** See `computeMentorProgress`; defaults to every non-deleted module in `modules`. */
  existingModuleIds?: ReadonlySet<string>;
}): Map<string, MentorProgress> => {
  const byProgramme = new Map<string, ProgressModule[]>();
  for (const m of input.modules) {
    if (m.deletedAt !== null) continue;
    const list = byProgramme.get(m.programmeId) ?? [];
    list.push(m);
    byProgramme.set(m.programmeId, list);
  }
  const wanted = new Set(input.mentors.map((m) => m.id));
  const attendanceBy = new Map<string, ProgressAttendance[]>();
  for (const a of input.attendance) {
    if (a.personId === null || !wanted.has(a.personId)) continue;
    const list = attendanceBy.get(a.personId) ?? [];
    list.push(a);
    attendanceBy.set(a.personId, list);
  }
  const shadowingBy = new Map<string, ProgressShadowing[]>();
  for (const s of input.shadowing) {
    if (!wanted.has(s.mentorId)) continue;
    const list = shadowingBy.get(s.mentorId) ?? [];
    list.push(s);
    shadowingBy.set(s.mentorId, list);
  }
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const existingModuleIds = input.existingModuleIds ?? new Set([...byProgramme.values()].flat().map((m) => m.id));
  const sessionTargets = new Map<string, string[]>();
  const out = new Map<string, MentorProgress>();
  for (const mentor of input.mentors) {
    out.set(
      mentor.id,
      computeMentorProgress({
        mentorId: mentor.id,
        modules: [...new Set(mentor.programmeIds)].flatMap((p) => byProgramme.get(p) ?? []),
        sessions,
        attendance: attendanceBy.get(mentor.id) ?? [],
        shadowing: shadowingBy.get(mentor.id) ?? [],
        existingModuleIds,
        sessionTargets,
      }),
    );
  }
  return out;
};

/** What readiness needs of one credit source (a training attendance or a shadowing entry). */
export type ReadinessSource = { hours: number; moduleIds: readonly string[] };

export type Readiness = {
  ready: boolean;
  /** The mandatory modules not yet complete, in curriculum order. */
  missingMandatory: ProgressModule[];
};

/**
 * Readiness alone of many mentors, by the same rules as `computeManyProgress` (the property test
 * in progress.test.ts holds the two equal), without the rest of progress: no credit list sorted by
 * date, no completion dates, no per-module figures. "Find a mentor" asks this of every active
 * mentor each time it opens (issue 24), and only needs whether each is ready and what is missing.
 *
 * `sourcesOf(mentorId)` gives the mentor's live credit sources: each `present` attendance at a
 * live training session (its hours, the session's modules) and each live shadowing entry.
 */
export const computeManyReadiness = (input: {
  mentors: readonly { id: string; programmeIds: readonly string[] }[];
  modules: readonly ProgressModule[];
  sourcesOf: (mentorId: string) => Iterable<ReadinessSource>;
}): Map<string, Readiness> => {
  const live = sortModules(input.modules.filter((m) => m.deletedAt === null));
  const existing = new Set(live.map((m) => m.id));
  // Each programme's mandatory modules, once, in curriculum order (programmes in `sortModules`' order).
  const mandatoryOf = new Map<string, ProgressModule[]>();
  for (const m of live) if (m.mandatory) mandatoryOf.set(m.programmeId, [...(mandatoryOf.get(m.programmeId) ?? []), m]);
  const out = new Map<string, Readiness>();
  const hours = new Map<string, number>();
  for (const mentor of input.mentors) {
    const programmes = new Set(mentor.programmeIds);
    const mandatory = [...mandatoryOf].flatMap(([p, modules]) => (programmes.has(p) ? modules : []));
    if (mandatory.length === 0) {
      out.set(mentor.id, { ready: true, missingMandatory: [] });
      continue;
    }
    hours.clear();
    for (const source of input.sourcesOf(mentor.id)) {
      if (source.hours <= 0) continue;
      const targets = targetsOf(source.moduleIds, existing);
      if (targets.length === 0) continue;
      const share = source.hours / targets.length;
      for (const id of targets) hours.set(id, (hours.get(id) ?? 0) + share);
    }
    const missingMandatory = mandatory.filter((m) => (hours.get(m.id) ?? 0) + EPSILON < m.requiredHours);
    out.set(mentor.id, { ready: missingMandatory.length === 0, missingMandatory });
  }
  return out;
};
