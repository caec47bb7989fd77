import Dexie, { type DBCore, type DBCoreTable, type Middleware } from 'dexie';

/**
 * Keeps Dexie's transaction zone for the calls our own middlewares make.
 *
 * Dexie's middlewares at the bottom of the stack (its live-query observer and cache) read the
 * current transaction from the zone Dexie keeps across awaits (`PSD`), not from the request. Our
 * summaries' middlewares (./personSummaries.ts, ./careSummaries.ts, ./trainingSummaries.ts) and
 * the write path (./writePath.ts) await between their calls down the stack; after a few nested
 * native awaits, Dexie's zone echo has run out and such a call reaches the bottom outside any
 * transaction, where it throws ("Cannot read properties of undefined (reading 'mode')"). That
 * depends on how deep the chain of awaits is, so it shows only for some writes (the erasure's).
 *
 * So `rememberZone`, the outermost middleware, notes the zone of each transaction as its first
 * call comes in (still inside the zone), and `restoreZone`, right above Dexie's own, runs every
 * call of that transaction in it. Both are keyed by the IndexedDB transaction, which every request
 * carries; a transaction's entry goes with it.
 */

type Zone = { trans?: { idbtrans?: unknown } };
type PromiseZones = {
  PSD: Zone;
  usePSD: <T>(zone: Zone, fn: () => T) => T;
};
const zones = (): PromiseZones => Dexie.Promise as unknown as PromiseZones;

const zoneOf = new WeakMap<object, Zone>();

const TABLE_CALLS = ['get', 'getMany', 'query', 'openCursor', 'count', 'mutate'] as const;

const wrapTable = (table: DBCoreTable, call: (trans: object, run: () => unknown) => unknown): DBCoreTable => {
  const wrapped = { ...table } as Record<string, unknown>;
  for (const method of TABLE_CALLS) {
    const down = (table[method] as (req: { trans: object }) => unknown).bind(table);
    wrapped[method] = (req: { trans: object }) => call(req.trans, () => down(req));
  }
  return wrapped as unknown as DBCoreTable;
};

/** Outermost: remembers the zone a transaction's calls come in with. */
export const rememberZone: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'tandemRememberZone',
  create: (down) => ({
    ...down,
    table: (name) =>
      wrapTable(down.table(name), (trans, run) => {
        const zone = zones().PSD;
        if (zone.trans?.idbtrans === trans && !zoneOf.has(trans)) zoneOf.set(trans, zone);
        return run();
      }),
  }),
};

/** Innermost of ours, right above Dexie's: runs each call in its transaction's zone. */
export const restoreZone: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'tandemRestoreZone',
  create: (down) => ({
    ...down,
    table: (name) =>
      wrapTable(down.table(name), (trans, run) => {
        const p = zones();
        const zone = zoneOf.get(trans);
        return zone === undefined || p.PSD.trans?.idbtrans === trans ? run() : p.usePSD(zone, run);
      }),
  }),
};
