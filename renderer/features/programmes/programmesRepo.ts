import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { ProgrammeInputSchema, ProgrammeSchema, type Programme, type ProgrammeInput } from '../../../shared/domain/programme';
import { nowIso } from '../../lib/format';

/** Thrown when two programmes would share a code prefix (mentee codes must stay unique). */
export class ProgrammeError extends Error {
  constructor(message: 'errors.duplicatePrefix' | 'errors.notFound') {
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
  if (all.some((p) => !p.deletedAt && p.id !== exceptId && p.codePrefix === prefix)) throw new ProgrammeError('errors.duplicatePrefix');
};

export const createProgramme = async (input: ProgrammeInput): Promise<string> => {
  const parsed = ProgrammeInputSchema.parse(input);
  const now = nowIso();
  const programme = ProgrammeSchema.parse({ ...parsed, id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null });
  assertWritable();
  await db.transaction('rw', db.programmes, async () => {
    assertUniquePrefix(await db.programmes.toArray(), programme.codePrefix);
    await db.programmes.add(programme);
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
