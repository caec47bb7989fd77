import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Table } from 'dexie';
import type Dexie from 'dexie';
import { OPEN_PAIRING_STATUSES } from '../../shared/domain/pairing';
import { derivedDataMiddleware } from './derivedDataMiddleware';
import { mutateAndDiff } from './mutationRows';

/**
 * Per mentor, the ids of their open pairings (proposed, active or paused, not deleted), kept by
 * the database layer so that "Find a mentor" counts every active mentor's open pairings from one
 * small record each instead of reading every open pairing whole (issue 24: about 1,200 pairings,
 * 1.6 MB, read and decoded cold on the large bench dataset, for one number per mentor).
 *
 * Derived data, like an index and like ./trainingSummaries.ts: not a domain table, never stamped,
 * never in a backup or a shared-folder file, never merged. `mentorPairingsMiddleware` sits under
 * every write of `pairings` — the repositories, imports, undo, erasure, sync — and updates the
 * record of each mentor a write touched in the same transaction: it takes out the pairings as they
 * were and puts in the pairings as written, so a pairing moved to another mentor, closed, deleted
 * or restored is counted where it now belongs. A mentor without an open pairing has no record.
 * A write that bypasses Dexie (raw IndexedDB) must call `rebuildMentorPairings`.
 */
export type MentorPairings = { id: string; open: string[] };

export const MENTOR_PAIRINGS = 'mentorPairings';

/** Version 13 (issue 24): the records, read by mentor id only. */
export const STORES_V13_MENTOR_PAIRINGS = { [MENTOR_PAIRINGS]: 'id' } as const;

/** The fields of a pairing the record reads. */
type PairingRow = { id: string; mentorId: string; status: string; deletedAt?: string | null };

const OPEN: readonly string[] = OPEN_PAIRING_STATUSES;
const isOpen = (p: PairingRow) => !p.deletedAt && OPEN.includes(p.status);

const sorted = (ids: Iterable<string>) => [...ids].sort();

/** Every mentor's record computed from the pairings (the migration, the rebuild and the tests). */
export const mentorPairingsOfRows = (pairings: Iterable<PairingRow>): MentorPairings[] => {
  const open = new Map<string, string[]>();
  for (const p of pairings) {
    if (!isOpen(p)) continue;
    const list = open.get(p.mentorId) ?? [];
    list.push(p.id);
    open.set(p.mentorId, list);
  }
  return sorted(open.keys()).map((id) => ({ id, open: sorted(open.get(id)!) }));
};

/** Applies one write of `pairings` and brings the records of the mentors it touched up to date. */
const countingMutate = async (
  table: DBCoreTable,
  store: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> => {
  const trans = req.trans;
  if (req.type === 'deleteRange' && req.range.type === 3 /* DBCoreRangeType.Any */) {
    // Every pairing cleared (a replace-import then adds them back): no mentor has an open one.
    const res = await table.mutate(req);
    await store.mutate({ type: 'deleteRange', trans, range: req.range });
    return res;
  }
  const { res, gone, come } = await mutateAndDiff<PairingRow>(table, req);
  const changes = new Map<string, { out: Set<string>; in: Set<string> }>();
  const changesFor = (mentorId: string) => {
    let c = changes.get(mentorId);
    if (!c) changes.set(mentorId, (c = { out: new Set(), in: new Set() }));
    return c;
  };
  for (const p of gone) if (isOpen(p)) changesFor(p.mentorId).out.add(p.id);
  for (const p of come) {
    // Taken out wherever it was, put in where it is open now.
    changesFor(p.mentorId).out.add(p.id);
    if (isOpen(p)) changesFor(p.mentorId).in.add(p.id);
  }
  if (changes.size === 0) return res;
  const mentors = [...changes.keys()];
  const current = (await store.getMany({ trans, keys: mentors })) as (MentorPairings | undefined)[];
  const puts: MentorPairings[] = [];
  const deletes: string[] = [];
  mentors.forEach((id, i) => {
    const c = changes.get(id)!;
    const open = new Set((current[i]?.open ?? []).filter((p) => !c.out.has(p)));
    for (const p of c.in) open.add(p);
    if (open.size > 0) puts.push({ id, open: sorted(open) });
    else if (current[i]) deletes.push(id);
  });
  if (puts.length > 0) await store.mutate({ type: 'put', trans, values: puts });
  if (deletes.length > 0) await store.mutate({ type: 'delete', trans, keys: deletes });
  return res;
};

/** The Dexie middleware that keeps `mentorPairings` in step with the pairings (see above). */
export const mentorPairingsMiddleware = derivedDataMiddleware({
  name: 'tandemMentorPairings',
  sources: ['pairings'] as const,
  storeOf: () => MENTOR_PAIRINGS,
  widen: () => [MENTOR_PAIRINGS],
  mutate: (_source, table, down, req) => countingMutate(table, down.table(MENTOR_PAIRINGS), req),
});

/** Every record built from the pairings (migration 0013, and the rebuild). */
export const buildMentorPairings = async (table: (name: string) => Table): Promise<MentorPairings[]> =>
  mentorPairingsOfRows(
    (await Promise.all(OPEN.map((s) => table('pairings').where('status').equals(s).toArray()))).flat() as PairingRow[],
  );

/** Rebuilds every record from the pairings, in one transaction (after a write that bypassed Dexie). */
export const rebuildMentorPairings = async (db: Dexie): Promise<number> =>
  db.transaction('rw', [db.table('pairings'), db.table(MENTOR_PAIRINGS)], async () => {
    const records = await buildMentorPairings((n) => db.table(n));
    await db.table(MENTOR_PAIRINGS).clear();
    await db.table(MENTOR_PAIRINGS).bulkPut(records);
    return records.length;
  });
