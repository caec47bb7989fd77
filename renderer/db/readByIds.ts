import type { Table } from 'dexie';

/** Above this many ids, `readByIds` reads the whole table in one request. */
export const MANY_IDS = 200;

/**
 * Records of a small per-person table (the summaries) by id, in the order given (undefined for an
 * id with no record). A thousand ids are a thousand `get` requests for `bulkGet`, each a round trip
 * to IndexedDB; these tables hold one small record per person, so past a few hundred ids one
 * `getAll` of them all is the cheaper read ("Find a mentor" scores every active mentor).
 */
export const readByIds = async <T extends { id: string }>(
  table: Table<T, string>,
  ids: readonly string[],
): Promise<(T | undefined)[]> => {
  if (ids.length <= MANY_IDS) return table.bulkGet([...ids]);
  const byId = new Map((await table.toArray()).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
};
