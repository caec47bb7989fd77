import Dexie from 'dexie';
import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { RecordNotFoundError, setDeleted } from '../../db/softDelete';
import { nowIso } from '../../lib/format';
import {
  ModuleInputSchema,
  ModuleSchema,
  type ModuleInput,
  type TrainingModule,
} from '../../../shared/domain/training';
import { normaliseForSearch } from '../../../shared/domain/base';
import { sortModules } from '../../../shared/training/progress';

/**
 * Each programme's curriculum: the only module that touches `db.modules`. Other features
 * (sessions, training's progress and readiness gate, reports) read modules through `listModules`
 * / `getModulesByIds`.
 */

/** A write refused because of the data, not the schema: the form shows `messageKey` (ns training). */
export class TrainingRuleError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = 'TrainingRuleError';
  }
}

const live = (m: TrainingModule): boolean => m.deletedAt === null;

/**
 * Modules in curriculum order, tombstones excluded. With a programme: that programme's
 * curriculum through the `[programmeId+order]` index; without: every programme's (a small
 * table — tens of rows — so one read is fine), grouped by programme.
 */
export const listModules = async (programmeId?: string): Promise<TrainingModule[]> => {
  if (programmeId === undefined) return sortModules((await db.modules.toArray()).filter(live));
  const rows = await db.modules
    .where('[programmeId+order]')
    .between([programmeId, Dexie.minKey], [programmeId, Dexie.maxKey])
    .toArray();
  return rows.filter(live);
};

/** Modules of several programmes (a mentor's), in curriculum order, tombstones excluded. */
export const listModulesOfProgrammes = async (programmeIds: readonly string[]): Promise<TrainingModule[]> => {
  if (programmeIds.length === 0) return [];
  return sortModules(
    (
      await db.modules
        .where('programmeId')
        .anyOf([...new Set(programmeIds)])
        .toArray()
    ).filter(live),
  );
};

/** Modules by id, in the order asked, unknown ids skipped. Tombstoned modules ARE returned
 * (a past session still names the module it taught); check `deletedAt` to hide them. */
export const getModulesByIds = async (ids: readonly string[]): Promise<TrainingModule[]> => {
  const rows = await db.modules.bulkGet([...new Set(ids)]);
  return rows.filter((m): m is TrainingModule => m !== undefined);
};

export const getModule = async (id: string): Promise<TrainingModule | undefined> => db.modules.get(id);

const sameName = (a: string, b: string) => normaliseForSearch(a) === normaliseForSearch(b);

const assertUniqueName = (existing: readonly TrainingModule[], name: string, selfId?: string) => {
  if (existing.some((m) => m.id !== selfId && sameName(m.name, name)))
    throw new TrainingRuleError('validation.duplicateModuleName', 'name');
};

/**
 * Adds a module at the end of its programme's curriculum (any `order` given is ignored: the
 * place changes only through `moveModule`). Validates first; a name already used in the
 * programme is refused.
 */
export const createModule = async (input: ModuleInput): Promise<TrainingModule> => {
  assertWritable();
  const parsed = ModuleInputSchema.parse(input);
  return db.transaction('rw', db.modules, async () => {
    const existing = await listModules(parsed.programmeId);
    assertUniqueName(existing, parsed.name);
    const now = nowIso();
    const order = Math.max(-1, ...existing.map((m) => m.order)) + 1;
    const record = ModuleSchema.parse({
      ...parsed,
      order,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    await db.modules.add(record);
    return record;
  });
};

/** Adds several modules in one transaction (the default curriculum), keeping their order. */
export const createModules = async (inputs: readonly ModuleInput[]): Promise<TrainingModule[]> => {
  assertWritable();
  const parsed = inputs.map((i) => ModuleInputSchema.parse(i));
  return db.transaction('rw', db.modules, async () => {
    const now = nowIso();
    const out: TrainingModule[] = [];
    for (const p of parsed) {
      const existing = [...(await listModules(p.programmeId)), ...out.filter((o) => o.programmeId === p.programmeId)];
      if (existing.some((m) => sameName(m.name, p.name))) continue;
      const order = Math.max(-1, ...existing.map((m) => m.order)) + 1;
      out.push(
        ModuleSchema.parse({ ...p, order, id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null }),
      );
    }
    await db.modules.bulkAdd(out);
    return out;
  });
};

/**
 * The first modules of a new programme, written inside the caller's transaction (which must
 * include `db.modules`: the programmes feature creates the programme and its curriculum in one):
 * `inputs` in the order given, validated with the same schema as a module typed in the form.
 */
export const addFirstModulesInTransaction = async (
  programmeId: string,
  inputs: readonly ModuleInput[],
): Promise<TrainingModule[]> => {
  const now = nowIso();
  const records = inputs.map((input, order) =>
    ModuleSchema.parse({
      ...ModuleInputSchema.parse({ ...input, programmeId }),
      order,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }),
  );
  if (records.length > 0) await db.modules.bulkAdd(records);
  return records;
};

/** A programme's live modules as input for another programme (copying a curriculum), in order. */
export const curriculumAsInputs = async (programmeId: string): Promise<ModuleInput[]> =>
  (await listModules(programmeId)).map(({ name, description, requiredHours, mandatory }) => ({
    programmeId,
    name,
    description,
    requiredHours,
    mandatory,
  }));

/**
 * Changes a module's fields (not its place: see `moveModule`). Progress is derived, so every
 * mentor's progress follows.
 */
export const updateModule = async (id: string, input: ModuleInput): Promise<TrainingModule> => {
  assertWritable();
  const parsed = ModuleInputSchema.parse(input);
  return db.transaction('rw', db.modules, async () => {
    const current = await db.modules.get(id);
    if (!current || current.deletedAt !== null) throw new TrainingRuleError('errors.moduleNotFound');
    assertUniqueName(await listModules(parsed.programmeId), parsed.name, id);
    const record = ModuleSchema.parse({ ...current, ...parsed, order: current.order });
    await db.modules.put(record);
    return record;
  });
};

/** Tombstones a module; its hours disappear from progress until `restoreModule`. An unknown id is ignored. */
export const deleteModule = async (id: string): Promise<void> => setModuleDeleted(id, true);

/** Undo of `deleteModule`. */
export const restoreModule = async (id: string): Promise<void> => setModuleDeleted(id, false);

const setModuleDeleted = async (id: string, deleted: boolean): Promise<void> => {
  try {
    await setDeleted('modules', id, deleted);
  } catch (e) {
    if (!(e instanceof RecordNotFoundError)) throw e;
  }
};

/** Moves a module one place up or down in its programme's curriculum (swaps two orders). */
export const moveModule = async (id: string, direction: 'up' | 'down'): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.modules, async () => {
    const current = await db.modules.get(id);
    if (!current || current.deletedAt !== null) return;
    const list = await listModules(current.programmeId);
    const i = list.findIndex((m) => m.id === id);
    const j = direction === 'up' ? i - 1 : i + 1;
    const other = list[j];
    const self = list[i];
    if (!other || !self) return;
    // Renumber the whole list so equal or sparse orders (after merges) cannot make a swap a no-op.
    const reordered = [...list];
    reordered[i] = other;
    reordered[j] = self;
    const changed = reordered.flatMap((m, order) => (m.order === order ? [] : [{ ...m, order }]));
    await db.modules.bulkPut(changed);
  });
};
