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
  const gone = before.filter((r, i): r is Row => r !== undefined && !(req.type === 'put' && failed(i)));
  const come = req.type === 'add' || req.type === 'put' ? (req.values as Row[]).filter((_, i) => !failed(i)) : [];
  return { res, gone, come };
};
