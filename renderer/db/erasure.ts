import type { Table } from 'dexie';
import type { DomainTableName } from '../../shared/domain';
import { PERSON_TABLES, type Erasure, type ErasureTable, type PersonTable } from '../../shared/domain/privacy';
import { mentionsAny, nameNeedles, scrubRecord, type ErasedIds } from '../../shared/privacy/erasure';
import { stampWrite, type SyncRecord } from '../../shared/sync/record';
import type { AppDB } from './AppDB';
import { db } from './db';

/**
 * Erasure at the database (shared/domain/PRIVACY.md): the one place that removes a person's
 * data from every table and from the undo snapshot. Used by the erasure feature (a person erased
 * here) and by the backup feature (erasures another PC made, arriving in a merge). The rules of
 * what goes and what stays are shared/privacy/erasure.ts; this module finds the records through
 * their indexes and writes the result. Call it inside a transaction over every domain table,
 * `snapshots` and `drafts` that is marked as replication (renderer/db/writePath.ts `markReplication`): the
 * emptied records keep their stamps (so two PCs that empty the same record agree, and every
 * merge, Replace and undo can empty them again by the same rule); only the ledger entries, the
 * news of the erasure, are stamped here.
 */

export type ErasedRecord = { id: string; table: ErasureTable };

/** What one erasure changed, for the confirmation and the tests. */
export type ErasureEffect = { removed: number; emptied: number; snapshotCopies: number };

type Rec = SyncRecord;

/** The records of `name` whose `index` holds one of `ids`, each once. */
const byIndex = async (target: AppDB, name: DomainTableName, indexes: string[], ids: string[]): Promise<Rec[]> => {
  const table = (n: DomainTableName): Table<Rec, string> => target.table<Rec, string>(n);
  const found = new Map<string, Rec>();
  for (const index of indexes) {
    const records =
      index === 'id'
        ? (await table(name).bulkGet(ids)).filter((r): r is Rec => r !== undefined)
        : await table(name).where(index).anyOf(ids).toArray();
    for (const r of records) found.set(r.id, r);
  }
  return [...found.values()];
};

/** Where each table's records concerning an erased id are found (the indexes scrubRecord's rules read). */
const LOOKUPS: [DomainTableName, string[]][] = [
  ['consents', ['personId']],
  ['retention', ['personId']],
  ['attendance', ['id']],
  ['shadowing', ['mentorId', 'contactId']],
  ['sessions', ['facilitatorIds', 'expectedIds']],
  ['pairings', ['mentorId', 'menteeId']],
  ['contactLogs', ['mentorId', 'menteeId']],
  ['checkIns', ['mentorId', 'menteeId']],
  ['wellbeingCheckIns', ['mentorId']],
  ['careAcks', ['mentorId']],
];

const isPersonTable = (t: ErasureTable): t is PersonTable => t in PERSON_TABLES;

/**
 * Applies the erasure of `erased` (people, and walk-in rows that named them) to the database,
 * inside the caller's replication transaction (see above). `local`: the erasure is made here,
 * now — it also finds the walk-in rows that are the person's name and writes the ledger entries;
 * a merge applies erasures made elsewhere, whose ledger entries it has just written. `ledger:
 * false` with `local`: the walk-in rows are looked for, the ledger entries are the caller's (the
 * kept database of a Replace copies the current one's, ./databaseSwitch.ts). `target`: another
 * database than `db` (the kept one).
 */
export const applyErasures = async (
  erased: readonly ErasedRecord[],
  options: { local: boolean; now?: Date; ledger?: boolean },
  target: AppDB = db,
): Promise<ErasureEffect> => {
  const table = (name: DomainTableName): Table<Rec, string> => target.table<Rec, string>(name);
  const effect: ErasureEffect = { removed: 0, emptied: 0, snapshotCopies: 0 };
  if (erased.length === 0) return effect;
  const records = [...erased];

  // The person records themselves (read first: their names find walk-in rows).
  const persons: Rec[] = [];
  for (const p of records) {
    if (!isPersonTable(p.table)) continue;
    const r = await table(p.table).get(p.id);
    if (!r) continue;
    persons.push(r);
    effect.removed++;
    await table(p.table).delete(p.id);
  }
  if (options.local) {
    // Walk-in rows that are their name (typed before they were a mentor, mentee or contact).
    const needles = persons.flatMap((p) => nameNeedles(p).filter((n) => n.includes(' ')));
    if (needles.length > 0) {
      const rows = await table('attendance')
        .filter((a) => a.personKind === 'walkIn' && mentionsAny(a.walkInName, needles))
        .primaryKeys();
      for (const id of rows) records.push({ id, table: 'attendance' });
    }
  }

  // Every record that concerns them, found through its indexes.
  const ids = records.map((r) => r.id);
  const erasedIds: ErasedIds = new Set(ids);
  // Records found because of them (their pairings, sessions, …): a draft about one is about them too.
  const concerned = new Set(ids);
  for (const [name, indexes] of LOOKUPS) {
    const found = await byIndex(target, name, indexes, ids);
    const removals: string[] = [];
    const puts: Rec[] = [];
    for (const r of found) {
      concerned.add(r.id);
      const s = scrubRecord(name, r, erasedIds);
      if (s === null) removals.push(r.id);
      else if (s !== r) puts.push(s);
    }
    if (removals.length > 0) await table(name).bulkDelete(removals);
    if (puts.length > 0) await table(name).bulkPut(puts);
    effect.removed += removals.length;
    effect.emptied += puts.length;
  }

  if (options.local && options.ledger !== false) {
    // The ledger: ids only, kept apart from the data a Replace replaces.
    const at = (options.now ?? new Date()).toISOString();
    for (const r of records) {
      if (await target.erasures.get(r.id)) continue;
      const entry: Erasure = { id: r.id, table: r.table, erasedAt: at, createdAt: at, updatedAt: at, deletedAt: null };
      await target.erasures.put(stampWrite('erasures', undefined, entry as Rec, db.clock.tick()) as Erasure);
    }
  }

  effect.snapshotCopies = await scrubSnapshots(erasedIds, target);
  // Unsaved drafts are personal data too (renderer/features/drafts/): every draft about them goes.
  await target.drafts
    .where('subjectIds')
    .anyOf([...concerned])
    .delete();
  return effect;
};

/**
 * The undo snapshot holds copies of records as they were before the last import: every copy of
 * an erased person goes, and every copy of a record about them is emptied like the record.
 * Returns how many copies changed.
 */
const scrubSnapshots = async (erased: ErasedIds, target: AppDB): Promise<number> => {
  let changed = 0;
  const chunks = await target.snapshots.toArray();
  for (const chunk of chunks) {
    let touched = false;
    const records: unknown[] = [];
    for (const raw of chunk.records as Rec[]) {
      const s = scrubRecord(chunk.table, raw, erased);
      if (s !== raw) {
        touched = true;
        changed++;
      }
      if (s !== null) records.push(s);
    }
    if (touched) await target.snapshots.put({ ...chunk, records });
  }
  return changed;
};

/** The ids in the erasure ledger (inside the caller's transaction, which must include `erasures`). */
export const ledgerIds = async (target: AppDB = db): Promise<Set<string>> =>
  new Set((await target.erasures.toCollection().primaryKeys()) as string[]);
