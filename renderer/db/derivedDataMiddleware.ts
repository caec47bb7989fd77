import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { takingTurns } from './inTurn';

/**
 * The Dexie middleware shape of the derived stores kept beside the tables (./careSummaries.ts,
 * ./trainingSummaries.ts, ./dayDigests.ts): every read-write transaction that includes one of
 * the `sources` is widened to the stores the derived data needs (`widen`), and every write of a
 * source goes through `mutate`, which applies it and brings the derived store up to date in the
 * same transaction. Writes of one transaction take turns (./inTurn.ts), so two writes never read
 * and write back the same derived record at once.
 *
 * A schema upgrade's migrations write before the derived store exists (or while the database
 * is being upgraded): those writes pass untouched, and the store's migration builds it once they
 * are done. An older schema without the store gets the plain tables.
 */
export const derivedDataMiddleware = <Source extends string>({
  name,
  sources,
  storeOf,
  widen,
  mutate,
}: {
  name: string;
  sources: readonly Source[];
  /** The derived store a source's writes update. */
  storeOf: (source: Source) => string;
  /**
   * Every store a read-write transaction over `stores` (one of them a source) needs; those an
   * older schema does not have yet are left out.
   */
  widen: (stores: readonly string[]) => Iterable<string>;
  mutate: (source: Source, table: DBCoreTable, down: DBCore, req: DBCoreMutateRequest) => Promise<DBCoreMutateResponse>;
}): Middleware<DBCore> => {
  const isSource = (table: string): table is Source => (sources as readonly string[]).includes(table);
  const inTurn = takingTurns();
  return {
    stack: 'dbcore',
    name,
    create: (down) => {
      const has = (store: string) => down.schema.tables.some((t) => t.name === store);
      const active = sources.every((s) => has(storeOf(s)));
      return {
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(
            active && mode === 'readwrite' && stores.some(isSource)
              ? [...new Set([...stores, ...[...widen(stores)].filter(has)])]
              : stores,
            mode,
            options,
          ),
        table: (tableName) => {
          const table = down.table(tableName);
          if (!active || !isSource(tableName)) return table;
          const store = storeOf(tableName);
          return {
            ...table,
            mutate: (req) => {
              const trans = req.trans as DBCoreTransaction & IDBTransaction;
              if (trans.mode === 'versionchange' || !trans.objectStoreNames.contains(store)) return table.mutate(req);
              return inTurn(trans, () => mutate(tableName, table, down, req));
            },
          };
        },
      };
    },
  };
};
