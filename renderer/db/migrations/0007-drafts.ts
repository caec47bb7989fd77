import type { Transaction } from 'dexie';

/**
 * Schema 7 (issue 23, "Drafts are never lost"): a new `drafts` store for what is typed into a
 * long form and not saved yet. It starts empty and no existing record changes, so the upgrade
 * writes nothing; it exists so that every schema version has its numbered migration and test,
 * and so a later change to drafts has a place to go. Runs inside Dexie's upgrade transaction.
 */
export const migrateDrafts = async (tx: Transaction): Promise<void> => {
  // Nothing to carry over: a database of version 6 has no drafts. Touch the new store so a
  // schema that failed to create it fails the upgrade (and leaves version 6) rather than later.
  await tx.table('drafts').count();
};
