import Dexie from 'dexie';
import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { RecordNotFoundError, setDeleted } from '../../db/softDelete';
import { nowIso } from '../../lib/format';
import {
  ShadowingInputSchema,
  ShadowingSchema,
  type Shadowing,
  type ShadowingInput,
} from '../../../shared/domain/training';
import { TrainingRuleError } from '../programmes';

/** The only module that touches `db.shadowing`. */

const live = (s: Shadowing): boolean => s.deletedAt === null;

/** One mentor's shadowing, newest first, through the `[mentorId+date]` index. */
export const listShadowingByMentor = async (mentorId: string): Promise<Shadowing[]> => {
  const rows = await db.shadowing
    .where('[mentorId+date]')
    .between([mentorId, Dexie.minKey], [mentorId, Dexie.maxKey])
    .reverse()
    .toArray();
  return rows.filter(live);
};

export const getShadowing = async (id: string): Promise<Shadowing | undefined> => {
  const row = await db.shadowing.get(id);
  return row && live(row) ? row : undefined;
};

export const createShadowing = async (input: ShadowingInput): Promise<Shadowing> => {
  assertWritable();
  const parsed = ShadowingInputSchema.parse(input);
  const now = nowIso();
  const record = ShadowingSchema.parse({
    ...parsed,
    moduleIds: [...new Set(parsed.moduleIds)],
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  await db.transaction('rw', db.shadowing, async () => {
    await db.shadowing.add(record);
  });
  return record;
};

export const updateShadowing = async (id: string, input: ShadowingInput): Promise<Shadowing> => {
  assertWritable();
  const parsed = ShadowingInputSchema.parse(input);
  return db.transaction('rw', db.shadowing, async () => {
    const current = await db.shadowing.get(id);
    if (!current || current.deletedAt !== null) throw new TrainingRuleError('errors.shadowingNotFound');
    const record = ShadowingSchema.parse({ ...current, ...parsed, moduleIds: [...new Set(parsed.moduleIds)] });
    await db.shadowing.put(record);
    return record;
  });
};

/** Tombstones a shadowing row; an unknown id is ignored (as is one already deleted). */
export const deleteShadowing = async (id: string): Promise<void> => setShadowingDeleted(id, true);

/** Undo of `deleteShadowing`. */
export const restoreShadowing = async (id: string): Promise<void> => setShadowingDeleted(id, false);

const setShadowingDeleted = async (id: string, deleted: boolean): Promise<void> => {
  try {
    await setDeleted('shadowing', id, deleted);
  } catch (e) {
    if (!(e instanceof RecordNotFoundError)) throw e;
  }
};

/** Live shadowing dated `from`–`to` (inclusive), through the `date` index (the reports). */
export const listShadowingBetween = async (from: string, to: string): Promise<Shadowing[]> =>
  (await db.shadowing.where('date').between(from, to, true, true).toArray()).filter(live);

/** One mentor's live shadowing dated `from`–`to` (inclusive), through `[mentorId+date]`. */
export const listShadowingOfMentorBetween = async (mentorId: string, from: string, to: string): Promise<Shadowing[]> =>
  (await db.shadowing.where('[mentorId+date]').between([mentorId, from], [mentorId, to], true, true).toArray()).filter(
    live,
  );
