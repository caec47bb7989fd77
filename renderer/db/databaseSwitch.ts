import Dexie, { RangeSet, type ObservabilitySet, type Table } from 'dexie';
import { AppDB, DB_NAME } from './AppDB';
import { db } from './db';
import { DOMAIN_TABLE_NAMES } from '../../shared/domain';
import type { Erasure } from '../../shared/domain/privacy';
import { SETTINGS_ID } from '../../shared/domain/settings';
import { applyErasures, ledgerIds, type ErasedRecord } from './erasure';
import { markReplication } from './writePath';

/**
 * Which IndexedDB database is the app's data (issue 24: "Replace writes a new database and
 * switches to it").
 *
 * A Replace writes every record into a fresh database of its own name and then switches the app
 * to it; the database it replaced is kept as the undo, and undoing the Replace switches back. The
 * switch is one write of a small pointer, made last, in a database of its own (`tandem-pointer`):
 * IndexedDB commits it whole or not at all, and the renderer and the workers read it before they
 * open the data. Without a pointer (a new PC, or one from before this change) the data is
 * `tandem`, as it always was.
 *
 * The pointer names the `current` database, the `kept` one (the undo of the last Replace, with
 * when it was taken) and a `pending` one (a Replace still writing). On start-up (`settleDatabases`)
 * a pending database is an unfinished Replace: it is deleted and the current one stays current;
 * a kept one whose undo expired, or that a newer import's undo has replaced, is deleted; so is
 * any other database of ours that the pointer does not name (a switch interrupted before it
 * could delete the database it left).
 *
 * Other tabs and windows follow a switch: it is announced on a BroadcastChannel and every page
 * moves its one Dexie instance (`db`) to the new name (`followSwitch`), then tells its live
 * queries to read again. The kept database is personal data like an undo snapshot: an erasure
 * reaches it too (`reconcileErasures`, called after each erasure and on start-up).
 */

export const POINTER_DB_NAME = 'tandem-pointer';
const POINTER_ID = 'database';
const CHANNEL = 'tandem-database';
const LOCK = 'tandem-database-switch';
/** Names of the databases a Replace makes (`tandem` is the first one, made by a new PC). */
export const OURS = /^tandem-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type KeptDatabase = { name: string; createdAt: string };
export type DatabasePointer = { current: string; kept: KeptDatabase | null; pending: string | null };
type PointerRow = DatabasePointer & { id: string };

class PointerDB extends Dexie {
  pointer!: Table<PointerRow, string>;
  constructor() {
    super(POINTER_DB_NAME);
    this.version(1).stores({ pointer: 'id' });
  }
}
const pointerDb = new PointerDB();

const FIRST: DatabasePointer = { current: DB_NAME, kept: null, pending: null };

export const readPointer = async (): Promise<DatabasePointer> => {
  // Opened explicitly: an open that failed once (a page closed half way) is tried again.
  if (!pointerDb.isOpen()) await pointerDb.open();
  const row = await pointerDb.pointer.get(POINTER_ID);
  return row ? { current: row.current, kept: row.kept, pending: row.pending } : FIRST;
};

/** One transaction of the pointer database: the change lands whole or not at all. */
const updatePointer = (change: (p: DatabasePointer) => DatabasePointer): Promise<DatabasePointer> =>
  pointerDb.transaction('rw', pointerDb.pointer, async () => {
    const before = await readPointer();
    const after = change(before);
    await pointerDb.pointer.put({ id: POINTER_ID, ...after });
    return before;
  });

/**
 * A Replace or an undo at a time, across tabs and workers (Web Locks, where there are any); the
 * start-up clean-up skips its deletions while one runs elsewhere rather than delete what it writes.
 */
const withSwitchLock = async <T>(work: () => Promise<T>, ifAvailable = false): Promise<T | undefined> => {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return work();
  return locks.request(LOCK, { ifAvailable }, async (lock) => (lock ? work() : undefined));
};

const rename = (target: Dexie, name: string): void => {
  (target as unknown as { name: string }).name = name;
};

/** Before the first open (renderer start-up, a worker's first request): `db` becomes the current database. */
export const adoptCurrentDatabase = async (): Promise<void> => {
  const { current } = await readPointer();
  if (db.name === current) return;
  db.close({ disableAutoOpen: false });
  rename(db, current);
};

let following: Promise<void> = Promise.resolve();
/** Waits for the switches this context is following (tests). */
export const switchesFollowed = (): Promise<void> => following;

/**
 * Moves this page's (or worker's) `db` to the database the pointer names, if it is not there:
 * closes it, renames it, opens it, starts the clock past the data there and makes every live
 * query read again. Called after a switch made here and when another tab announces one.
 */
export const followSwitch = (): Promise<void> => {
  const step = following.then(async () => {
    const { current } = await readPointer();
    if (db.name === current) return;
    db.close({ disableAutoOpen: false });
    rename(db, current);
    await db.open();
    for (const name of DOMAIN_TABLE_NAMES) {
      const table = db.table<{ updatedAt: string }, string>(name);
      const newest = table.schema.idxByName.updatedAt
        ? ((await table.orderBy('updatedAt').lastKey()) as string | undefined)
        : (await table.toCollection().first())?.updatedAt;
      if (newest) db.clock.startPast(newest);
    }
    // Live queries observe the old name's tables: tell every one to read again.
    Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) } as unknown as ObservabilitySet);
  });
  following = step.catch(() => undefined);
  return step;
};

let channel: BroadcastChannel | null | undefined;
const broadcast = (): BroadcastChannel | null => {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    (channel as unknown as { unref?: () => void } | null)?.unref?.();
  }
  return channel;
};

/** Other tabs, windows and the page of a worker: follow the switch just made. */
const announceSwitch = (): void => broadcast()?.postMessage({ type: 'switched' });

/** The page listens for switches made elsewhere (another tab, the backup worker). */
export const listenForSwitches = (onSwitched?: () => void): void => {
  const c = broadcast();
  if (!c) return;
  c.onmessage = () => {
    void followSwitch().then(onSwitched, (err: unknown) => console.error('following the database switch failed', err));
  };
};

const deletions = new Set<Promise<void>>();
/** Deletes a database no longer named by the pointer; start-up deletes it if this never finishes. */
const discard = (name: string): Promise<void> => {
  const done = Dexie.delete(name).catch((err: unknown) => console.warn(`could not delete ${name}`, err));
  deletions.add(done);
  void done.finally(() => deletions.delete(done));
  return done;
};
/** Waits for the deletions started here (tests, the bench). */
export const deletionsDone = async (): Promise<void> => {
  await Promise.all([...deletions]);
};

/**
 * Starts a Replace: records the new database's name as pending (start-up deletes it if the Replace
 * never finishes), then creates it. The caller writes it whole and calls `commitReplace`, or
 * `abandonReplace` if anything failed.
 */
export const beginReplace = async (): Promise<AppDB> => {
  const name = `tandem-${crypto.randomUUID()}`;
  const before = await updatePointer((p) => ({ ...p, pending: name }));
  if (before.pending) await discard(before.pending);
  const fresh = new AppDB(name);
  await fresh.open();
  return fresh;
};

export const abandonReplace = async (fresh: AppDB): Promise<void> => {
  fresh.close();
  await updatePointer((p) => (p.pending === fresh.name ? { ...p, pending: null } : p));
  await discard(fresh.name);
};

/**
 * The switch: one write of the pointer. The database replaced becomes the kept one (the undo);
 * the one kept before goes. Then this context follows and the others are told.
 */
export const commitReplace = async (fresh: AppDB, createdAt: string): Promise<void> => {
  fresh.close();
  const before = await updatePointer((p) => {
    if (p.pending !== fresh.name) throw new Error('the Replace was abandoned before its switch');
    return { current: fresh.name, kept: { name: p.current, createdAt }, pending: null };
  });
  await followSwitch();
  announceSwitch();
  if (before.kept) void discard(before.kept.name);
  // The replaced database's own undo (of an import before this Replace) can no longer be used.
  await clearSnapshotsOf(before.current);
};

const clearSnapshotsOf = async (name: string): Promise<void> => {
  const other = new AppDB(name);
  try {
    await other.transaction('rw', other.snapshots, () => other.snapshots.clear());
  } finally {
    other.close();
  }
};

/** The kept database as a Dexie instance of its own, or null: the caller closes it. */
export const openKept = async (): Promise<{ kept: KeptDatabase; other: AppDB } | null> => {
  const { kept } = await readPointer();
  if (!kept) return null;
  const other = new AppDB(kept.name);
  await other.open();
  return { kept, other };
};

/** Undo of a Replace, once the caller has brought the kept database up to date: switch back to it. */
export const commitSwitchBack = async (kept: KeptDatabase): Promise<void> => {
  const before = await updatePointer((p) => {
    if (p.kept?.name !== kept.name) throw new Error('the kept database changed during the undo');
    return { current: kept.name, kept: null, pending: null };
  });
  await followSwitch();
  announceSwitch();
  void discard(before.current);
};

/** A newer undo (a merge, a spreadsheet import) replaces the Replace's: the kept database goes. */
export const discardKept = async (): Promise<void> => {
  const before = await updatePointer((p) => (p.kept ? { ...p, kept: null } : p));
  if (before.kept) await discard(before.kept.name);
};

export const runSwitch = <T>(work: () => Promise<T>): Promise<T> => withSwitchLock(work) as Promise<T>;

/**
 * Erasures one database's ledger holds and the other's does not are applied to the other: the
 * entries are copied as they are and the people's records there removed or emptied (the rules
 * of renderer/db/erasure.ts, walk-in rows that are their name included).
 */
export const reconcileErasures = async (from: AppDB, to: AppDB): Promise<number> => {
  const entries = await from.erasures.toArray();
  return to.transaction('rw', [...DOMAIN_TABLE_NAMES.map((n) => to.table(n)), to.snapshots, to.drafts], async () => {
    markReplication();
    const have = await ledgerIds(to);
    const missing = entries.filter((e) => !have.has(e.id));
    if (missing.length === 0) return 0;
    await applyErasures(
      missing.map((e): ErasedRecord => ({ id: e.id, table: e.table as Erasure['table'] })),
      { local: true, ledger: false },
      to,
    );
    await to.erasures.bulkPut(missing);
    return missing.length;
  });
};

/** Erasures reach the kept database: called after every erasure here. */
export const eraseInKept = async (): Promise<void> => {
  const opened = await openKept();
  if (!opened) return;
  try {
    await reconcileErasures(db, opened.other);
  } finally {
    opened.other.close();
  }
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Start-up, after `db` opened the current database: finishes what an interrupted Replace, undo or
 * expiry left (see the top of this file). Skipped while another tab is switching.
 */
export const settleDatabases = async (now: Date = new Date()): Promise<void> => {
  await withSwitchLock(async () => {
    const pointer = await readPointer();
    if (pointer.pending) {
      await updatePointer((p) => ({ ...p, pending: null }));
      await discard(pointer.pending);
    }
    if (pointer.kept) {
      const settings = await db.settings.get(SETTINGS_ID);
      const keepDays = settings?.rules.undoKeepDays ?? 30;
      const expired = Date.parse(pointer.kept.createdAt) + keepDays * DAY_MS <= now.getTime();
      const newest = (await db.snapshots.orderBy('createdAt').reverse().keys())[0];
      const superseded = typeof newest === 'string' && newest > pointer.kept.createdAt;
      if (expired || superseded) await discardKept();
      else {
        const opened = await openKept();
        if (opened)
          try {
            await reconcileErasures(db, opened.other);
            await reconcileErasures(opened.other, db);
          } finally {
            opened.other.close();
          }
      }
    }
    const named = new Set([pointer.current, (await readPointer()).kept?.name]);
    const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (typeof factory?.databases !== 'function') return;
    for (const { name } of await factory.databases())
      if (name && (name === DB_NAME || OURS.test(name)) && !named.has(name)) await discard(name);
  }, true);
};
