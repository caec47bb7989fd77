import { db } from '../../db/db';
import type { Draft } from '../../db/AppDB';

/**
 * The drafts of long forms: what a coordinator typed and has not saved, kept on this PC so a
 * reload, a crash or a restart loses nothing. The only module that touches `db.drafts` (besides
 * the erasure in renderer/db/erasure.ts, which removes every draft about an erased person).
 * Drafts are local: not a domain table, so the write path does not stamp them and no backup or
 * shared-folder file carries them.
 */

export type { Draft };

/** What a form says about the draft it keeps. */
export type DraftTarget = {
  /** Which form: `mentor`, `contactLog@<pairingId>`, … */
  formKey: string;
  /** The record being edited; `null` for a new one (which has no id yet). */
  recordId: string | null;
  /** The records the draft is about, for the erasure (the person, the pairing and its people). */
  subjectIds?: readonly (string | null | undefined)[];
};

export const draftId = (formKey: string, recordId: string | null): string => `${formKey}:${recordId ?? 'new'}`;

export const getDraft = (id: string): Promise<Draft | undefined> => db.drafts.get(id);

/** Keeps `values` as the draft of `target` (replacing the one before). A read-only database keeps nothing. */
export const saveDraft = async (target: DraftTarget, values: unknown, now: Date = new Date()): Promise<void> => {
  if (db.readOnly) return;
  const subjectIds = [target.recordId, ...(target.subjectIds ?? [])].filter(
    (id, i, all): id is string => typeof id === 'string' && id !== '' && all.indexOf(id) === i,
  );
  await db.drafts.put({
    id: draftId(target.formKey, target.recordId),
    formKey: target.formKey,
    recordId: target.recordId,
    subjectIds,
    values,
    updatedAt: now.toISOString(),
  });
};

export const clearDraft = async (id: string): Promise<void> => {
  if (db.readOnly) return;
  await db.drafts.delete(id);
};

/** The drafts about a record (a person, a pairing): for the tests and a future "drafts" list. */
export const draftsAbout = (subjectId: string): Promise<Draft[]> =>
  db.drafts.where('subjectIds').equals(subjectId).toArray();
