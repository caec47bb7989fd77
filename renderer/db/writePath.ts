import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type Middleware,
  type Transaction,
} from 'dexie';
import { DOMAIN_TABLE_NAMES, type DomainTableName } from '../../shared/domain';
import { newestStamp, stampWrite, type SyncRecord } from '../../shared/sync/record';
import type { WriteClock } from './clock';

/**
 * The one write path of domain data (shared/backup/MERGING.md). Every `add`, `put`, `update` or
 * `modify` of a domain table, from any repository, passes here inside its own transaction:
 *
 * - it is refused when the database is read-only (written by a newer Tandem);
 * - the record it overwrites is read in the same transaction, the clock observes its stamps,
 *   and `stampWrite` gives each changed field this write's stamp (a deletion or a restore is a
 *   change of `deletedAt`), sets `updatedAt` from the newest stamp and `rev` from the content.
 *   Repositories never stamp anything themselves; what they pass as `updatedAt` is ignored.
 *
 * Writes that copy records as they are — an import, an undo — run in a transaction marked with
 * `markReplication`: their records already carry the stamps the merge gave them.
 */

export class ReadOnlyDatabaseError extends Error {
  constructor() {
    super('errors.readOnlyDatabase');
    this.name = 'ReadOnlyDatabaseError';
  }
}

/** What the write path needs of its database: the clock and whether writes are allowed. */
export type WritePathHost = { clock: WriteClock; readOnly: boolean };

const replicating = new WeakSet<object>();

/**
 * Marks the current Dexie transaction as copying records verbatim (import, undo): the write
 * path lets its writes through unstamped. Call first thing inside `db.transaction(...)`.
 */
export const markReplication = (): void => {
  const tx = Dexie.currentTransaction as (Transaction & { idbtrans?: object }) | null;
  if (!tx?.idbtrans) throw new Error('markReplication must be called inside a transaction');
  replicating.add(tx.idbtrans);
};

const DOMAIN = new Set<string>(DOMAIN_TABLE_NAMES);

const stampingTable = (host: WritePathHost, name: DomainTableName, down: DBCoreTable): DBCoreTable => ({
  ...down,
  mutate: async (req: DBCoreMutateRequest) => {
    // A schema upgrade's migration writes what it means to (migrations/).
    if ((req.trans as IDBTransaction).mode === 'versionchange') return down.mutate(req);
    if (host.readOnly) throw new ReadOnlyDatabaseError();
    if (replicating.has(req.trans) || (req.type !== 'add' && req.type !== 'put')) return down.mutate(req);
    const keyPath = down.schema.primaryKey.keyPath;
    if (keyPath !== 'id') return down.mutate(req);
    const values = req.values as SyncRecord[];
    const prev = (await down.getMany({ trans: req.trans, keys: values.map((v) => v.id) })) as (
      SyncRecord | undefined
    )[];
    for (const p of prev) if (p) host.clock.observe(newestStamp(p) || undefined);
    const stamp = host.clock.tick();
    const stamped = values.map((v, i) => stampWrite(name, prev[i], v, stamp));
    // Plain puts of the stamped records: the change specs of an update described the record
    // before stamping, and the layers below must see exactly what is stored.
    const plain: DBCoreMutateRequest =
      req.type === 'add'
        ? { type: 'add', trans: req.trans, values: stamped, ...(req.keys ? { keys: req.keys } : {}) }
        : { type: 'put', trans: req.trans, values: stamped, ...(req.keys ? { keys: req.keys } : {}) };
    return down.mutate(plain);
  },
});

/** The Dexie middleware that puts every domain write through the write path. */
export const writePathMiddleware = (host: WritePathHost): Middleware<DBCore> => ({
  stack: 'dbcore',
  name: 'tandemWritePath',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return DOMAIN.has(name) ? stampingTable(host, name as DomainTableName, table) : table;
    },
  }),
});
