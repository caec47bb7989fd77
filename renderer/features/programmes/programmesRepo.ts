import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import {
  ProgrammeInputSchema,
  ProgrammeSchema,
  type Programme,
  type ProgrammeInput,
} from '../../../shared/domain/programme';
import { nowIso } from '../../lib/format';
import type { Language } from '../../../shared/domain/base';
import { ModuleInputSchema, type ModuleInput } from '../../../shared/domain/training';
import { addFirstModulesInTransaction, curriculumAsInputs } from './curriculumRepo';
import { defaultCurriculumInputs } from './defaultCurriculum';

/** Thrown when two programmes would share a code prefix (mentee codes must stay unique). */
export class ProgrammeError extends Error {
  constructor(message: 'errors.duplicatePrefix' | 'errors.notFound' | 'errors.sourceNotFound') {
    super(message);
    this.name = 'ProgrammeError';
  }
}

/** Programmes are few (a handful per organisation), so reading them all is the index scan. */
export const listProgrammes = async (options: { includeInactive?: boolean } = {}): Promise<Programme[]> => {
  const all = await db.programmes.orderBy('name').toArray();
  return all.filter((p) => !p.deletedAt && (options.includeInactive || p.active));
};

export const getProgramme = async (id: string): Promise<Programme | undefined> => {
  const p = await db.programmes.get(id);
  return p && !p.deletedAt ? p : undefined;
};

const assertUniquePrefix = (all: Programme[], prefix: string, exceptId?: string) => {
  if (all.some((p) => !p.deletedAt && p.id !== exceptId && p.codePrefix === prefix))
    throw new ProgrammeError('errors.duplicatePrefix');
};

/**
 * What a new programme's curriculum starts as: a copy of another programme's modules, the
 * default curriculum (in `language`), or nothing.
 */
export type StartingCurriculum =
  { kind: 'copy'; fromProgrammeId: string } | { kind: 'default'; language: Language } | { kind: 'empty' };

/**
 * Add a programme with its first curriculum, in one transaction: the programme and its modules
 * are there together or not at all (a duplicate prefix, or a programme to copy that is gone,
 * writes nothing).
 */
export const createProgramme = async (
  input: ProgrammeInput,
  options: { curriculum?: StartingCurriculum } = {},
): Promise<string> => {
  const parsed = ProgrammeInputSchema.parse(input);
  const now = nowIso();
  const programme = ProgrammeSchema.parse({
    ...parsed,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  const curriculum = options.curriculum ?? { kind: 'empty' };
  // The default modules are validated before anything is written; a copy is read in the transaction.
  const defaults: ModuleInput[] =
    curriculum.kind === 'default'
      ? defaultCurriculumInputs(programme.id, curriculum.language).map((m) => ModuleInputSchema.parse(m))
      : [];
  assertWritable();
  await db.transaction('rw', db.programmes, db.modules, async () => {
    const all = await db.programmes.toArray();
    assertUniquePrefix(all, programme.codePrefix);
    if (curriculum.kind === 'copy' && !all.some((p) => p.id === curriculum.fromProgrammeId && !p.deletedAt))
      throw new ProgrammeError('errors.sourceNotFound');
    await db.programmes.add(programme);
    const modules = curriculum.kind === 'copy' ? await curriculumAsInputs(curriculum.fromProgrammeId) : defaults;
    await addFirstModulesInTransaction(programme.id, modules);
  });
  return programme.id;
};

export const updateProgramme = async (id: string, input: ProgrammeInput): Promise<void> => {
  const parsed = ProgrammeInputSchema.parse(input);
  assertWritable();
  await db.transaction('rw', db.programmes, async () => {
    const existing = await db.programmes.get(id);
    if (!existing || existing.deletedAt) throw new ProgrammeError('errors.notFound');
    assertUniquePrefix(await db.programmes.toArray(), parsed.codePrefix, id);
    await db.programmes.put(ProgrammeSchema.parse({ ...existing, ...parsed }));
  });
};

/**
 * Programmes are deactivated, not deleted: mentors, mentees and sessions keep pointing at them,
 * and reports of past years still name them.
 */
export const setProgrammeActive = async (id: string, active: boolean): Promise<void> => {
  assertWritable();
  await db.transaction('rw', db.programmes, async () => {
    const existing = await db.programmes.get(id);
    if (!existing || existing.deletedAt) throw new ProgrammeError('errors.notFound');
    await db.programmes.put({ ...existing, active });
  });
};
