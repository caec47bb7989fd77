import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';

/**
 * What a write changed, for the middlewares that keep derived data in step with the rows they
 * summarise (./personSummaries.ts, ./careSummaries.ts, ./trainingSummaries.ts, ./dayDigests.ts):
 * they take out what the rows as they were gave and put in what the rows as written give.
 *
 * Applies `req` to `table` and returns its response with
 * - `gone`: the rows it overwrote or deleted, as they were (read in the same transaction before
 *   the write; an `add` overwrites nothing, a `put` that failed overwrote nothing);
 * - `come`: the rows it wrote (an `add` or `put`, failures left out).
 * A clear (`deleteRange` over every key) is each middleware's own case: it is not passed here.
 */
export const mutateAndDiff = async <Row>(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<{ res: DBCoreMutateResponse; gone: Row[]; come: Row[] }> => {
  let before: (Row | undefined)[] = [];
  if (req.type === 'put' || req.type === 'delete') {
    const keys = req.type === 'delete' ? req.keys : (req.values as { id: string }[]).map((v) => v.id);
    before = (await table.getMany({ trans: req.trans, keys })) as (Row | undefined)[];
  } else if (req.type === 'deleteRange') {
    before = (
      await table.query({
        trans: req.trans,
        values: true,
        query: { index: table.schema.primaryKey, range: req.range },
      })
    ).result as Row[];
  }
  const res = await table.mutate(req);
  const failed = (i: number) => res.failures[i] !== undefined;
  // One key given twice in a request is one row: IndexedDB applies the writes in order, so the
  // last value given is the row written, and the row it overwrote was there once.
  const gone = lastPerKey(before.filter((r, i): r is Row => r !== undefined && !(req.type === 'put' && failed(i))));
  const come =
    req.type === 'add' || req.type === 'put' ? lastPerKey((req.values as Row[]).filter((_, i) => !failed(i))) : [];
  return { res, gone, come };
};

/** The rows with the last of each id kept (in the order of their last occurrence). */
const lastPerKey = <Row>(rows: Row[]): Row[] => {
  const byKey = new Map<unknown, Row>();
  for (const r of rows) {
    const key = (r as { id: unknown }).id;
    byKey.delete(key);
    byKey.set(key, r);
  }
  return byKey.size === rows.length ? rows : [...byKey.values()];
};
