/**
 * The certificate of completed training, as plain data: which modules a mentor completed,
 * with how many hours, and when the requirement was reached.
 */
export type ModuleProgressLine = {
  moduleId: string;
  name: string;
  requiredHours: number;
  hours: number;
  /** The date the hours reached the requirement; null while incomplete. */
  completedOn: string | null;
};

export type CreditedHours = { date: string; hours: number; moduleIds: readonly string[] };

type ModuleDef = { id: string; name: string; requiredHours: number; order: number };

/**
 * Hours per module from dated credits (attendance at training sessions, shadowing), with the
 * date each module's requirement was first met. A module with no requirement counts as
 * complete only once some hours were credited to it, so an untouched module is never
 * certified.
 */
export const moduleProgress = (modules: readonly ModuleDef[], credits: readonly CreditedHours[]): ModuleProgressLine[] => {
  const sorted = [...credits].sort((a, b) => a.date.localeCompare(b.date));
  return [...modules]
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
    .map((m) => {
      let hours = 0;
      let completedOn: string | null = null;
      for (const c of sorted) {
        if (!c.moduleIds.includes(m.id)) continue;
        hours += c.hours;
        if (completedOn === null && hours > 0 && hours >= m.requiredHours) completedOn = c.date;
      }
      return { moduleId: m.id, name: m.name, requiredHours: m.requiredHours, hours, completedOn };
    });
};

export const completedModules = (lines: readonly ModuleProgressLine[]): ModuleProgressLine[] =>
  lines.filter((l) => l.completedOn !== null);
