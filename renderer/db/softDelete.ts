import type { DomainTableName } from '../../shared/domain';
import { nowIso } from '../lib/format';
import { db } from './db';
import { assertWritable } from './openDatabase';

/** The record to delete or restore is not there (or the id is wrong). */
export class RecordNotFoundError extends Error {
  constructor() {
    super('errors.notFound');
    this.name = 'RecordNotFoundError';
  }
}

/**
 * The one soft-delete and restore of every repository. A deletion is a change of the record's
 * `deletedAt` field, stamped by the write path (./writePath.ts) like any other: a merge keeps the
 * later of a deletion and a restore, and an edit of another field does not undelete. Runs in the
 * caller's transaction when there is one (which must include `table`), else in its own.
 */
export const setDeleted = async (table: DomainTableName, id: string, deleted: boolean): Promise<void> => {
  assertWritable();
  const t = db.table<{ id: string; deletedAt: string | null }, string>(table);
  await db.transaction('rw', t, async () => {
    const existing = await t.get(id);
    if (!existing) throw new RecordNotFoundError();
    if ((existing.deletedAt !== null) === deleted) return;
    await t.put({ ...existing, deletedAt: deleted ? nowIso() : null });
  });
};
