import { Decrypter, Encrypter } from 'age-encryption';
import { DB_NAME, SCHEMA_VERSION, STORES_V1 } from '../../renderer/db/AppDB';
import { manifestInfo } from '../../renderer/features/backup/backupRepo';
import type { WorkerMessage, WorkerRequest } from '../../renderer/features/backup/backupWorkerProtocol';
import type { StoredRecord, TablesData } from '../../shared/backup/format';
import { canonicalStringify, sha256Checksum } from '../../shared/backup/canonicalJson';
import { DOMAIN_TABLES } from '../../shared/domain';
import { db } from '../../renderer/db/db';
import { DOMAIN_TABLE_NAMES } from '../../shared/domain';
import { DEFAULT_SCRYPT_WORK_FACTOR } from '../../shared/backup/ageCrypto';
import { changeOnePercent, countRecords, generateDataset, withStamps, type Dataset, type DatasetSize } from './dataset';
import { benchData } from './seed';

/**
 * The benchmark page: served next to the built app (same origin, so the same IndexedDB), driven
 * by run.mjs through `window.tandemBench`. It measures the app's backup code (the repository
 * functions and the very worker the app runs, bundled by esbuild) and, with the same records and
 * bytes, the limits of the stack beneath it: raw IndexedDB and raw age-encryption.
 *
 * Every function returns plain numbers (milliseconds) so run.mjs can collect them.
 */

const PASSPHRASE = 'correct horse battery staple ünnep';
const RAW_DB = 'tandem-bench-raw';
const APP_VERSION = 'bench';

type IndexSpec = { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean };

/** Dexie's index string ("id, &code, *tokens, [a+b]") as IndexedDB key paths and indexes. */
export const parseStoreSpec = (spec: string): { keyPath: string; indexes: IndexSpec[] } => {
  const [primary = 'id', ...rest] = spec.split(',').map((s) => s.trim()).filter(Boolean);
  const indexes = rest.map((raw) => {
    const unique = raw.startsWith('&');
    const multiEntry = raw.startsWith('*');
    const name = raw.replace(/^[&*]/, '');
    const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
    return { name, keyPath, unique, multiEntry };
  });
  return { keyPath: primary.replace(/^[&+]+/, ''), indexes };
};

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });

const deleteDb = (name: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error(`deleting ${name} is blocked by an open connection`));
  });

/** A database with exactly the app's stores and indexes (STORES_V1), created with raw IndexedDB. */
const createRawDb = async (): Promise<IDBDatabase> => {
  await deleteDb(RAW_DB);
  const req = indexedDB.open(RAW_DB, 1);
  req.onupgradeneeded = () => {
    for (const [store, spec] of Object.entries(STORES_V1)) {
      const { keyPath, indexes } = parseStoreSpec(spec);
      const os = req.result.createObjectStore(store, { keyPath });
      for (const ix of indexes) os.createIndex(ix.name, ix.keyPath, { unique: ix.unique, multiEntry: ix.multiEntry });
    }
  };
  return request(req);
};

const openExisting = (name: string): Promise<IDBDatabase> => request(indexedDB.open(name));

const ms = (t0: number): number => performance.now() - t0;

/** A stream that yields `bytes` in one piece. */
const wholeStream = (bytes: Uint8Array): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

/** Reads a stream to its end into one array. */
const readStream = async (stream: ReadableStream<Uint8Array>): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
};

/**
 * A worker session as the app's backupWorkerClient runs it (the same worker, the same request
 * shapes, one request at a time): `create`, or `open` then `preview` and `import`.
 */
const workerSession = () => {
  const worker = new Worker(new URL('./backupWorker.js', import.meta.url), { type: 'module' });
  const request = (req: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerMessage> =>
    new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        if (event.data.type === 'progress') return;
        if (event.data.type === 'failed') reject(new Error(`backup worker: ${JSON.stringify(event.data.error)}`));
        else resolve(event.data);
      };
      worker.onerror = (event) =>
        reject(new Error(event.message || `backup worker failed without a message (${event.filename}:${event.lineno}); out of memory?`));
      worker.postMessage(req, transfer);
    });
  return { request, close: () => worker.terminate() };
};

const createInWorker = async (info: Awaited<ReturnType<typeof manifestInfo>>) => {
  const session = workerSession();
  try {
    const msg = await session.request({ type: 'create', info, passphrase: PASSPHRASE });
    if (msg.type !== 'created') throw new Error(`unexpected ${msg.type}`);
    return msg;
  } finally {
    session.close();
  }
};

type State = {
  data: Dataset | null;
  /** The same data with one record in a hundred changed: the merge file's content. */
  changedData: Dataset | null;
  /** The records the merge file changed, as they were, to put back between merge runs. */
  mergeOriginals: Dataset | null;
  exported: Uint8Array | null;
  mergeFile: Uint8Array | null;
  plaintext: Uint8Array | null;
  getAllResult: Record<string, unknown[]> | null;
};
const state: State = { data: null, changedData: null, mergeOriginals: null, exported: null, mergeFile: null, plaintext: null, getAllResult: null };

const need = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`${what} first`);
  return value;
};

/** Writes `tables` into the app's own database (replacing its domain data) with raw IndexedDB. */
const putIntoAppDb = async (tables: Partial<Record<string, unknown[]>>, clearFirst: boolean): Promise<void> => {
  const idb = await openExisting(DB_NAME);
  try {
    const names = [...DOMAIN_TABLE_NAMES, 'snapshots'];
    const tx = idb.transaction(names, 'readwrite');
    for (const name of names) {
      const store = tx.objectStore(name);
      if (clearFirst) store.clear();
      for (const r of tables[name] ?? []) store.put(r);
    }
    await done(tx);
  } finally {
    idb.close();
  }
};

const timedPutAll = async (idb: IDBDatabase, tables: Record<string, unknown[]>): Promise<number> => {
  const t0 = performance.now();
  const tx = idb.transaction(DOMAIN_TABLE_NAMES, 'readwrite');
  for (const name of DOMAIN_TABLE_NAMES) {
    const store = tx.objectStore(name);
    for (const r of tables[name] ?? []) store.put(r);
  }
  await done(tx);
  return ms(t0);
};

/**
 * What the merge fields (`baseStamp`, `fieldStamps`, `rev`, list entries' `stamp`) add to a
 * record: mean JSON bytes per record with and without them, over the whole dataset.
 */
const mergeFieldBytes = (data: Dataset): { withStamps: number; without: number; perRecord: number } => {
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => !['baseStamp', 'fieldStamps', 'rev', 'stamp'].includes(k))
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
  let records = 0;
  let withStamps = 0;
  let without = 0;
  for (const name of DOMAIN_TABLE_NAMES)
    for (const r of data[name] as unknown[]) {
      records++;
      withStamps += JSON.stringify(r).length;
      without += JSON.stringify(strip(r)).length;
    }
  const mean = (n: number) => Math.round(n / Math.max(1, records));
  return { withStamps: mean(withStamps), without: mean(without), perRecord: mean(withStamps - without) };
};

const bench = {
  /** Generates a dataset in the page (deterministic), and the 1%-changed copy for the merge. */
  generate(size: DatasetSize, today: string, now: string) {
    const t0 = performance.now();
    const data = withStamps(generateDataset(size, { today }));
    const changed = changeOnePercent(data, now);
    state.data = data;
    state.mergeOriginals = Object.fromEntries(
      DOMAIN_TABLE_NAMES.map((name) => [name, (data[name] as unknown[]).filter((r, i) => r !== changed.data[name][i])]),
    ) as Dataset;
    state.changedData = changed.data;
    // The active mentor with the most attendance rows (a long-serving one) and a mentee who waits.
    const rows = new Map<string, number>();
    for (const a of data.attendance) if (a.personId) rows.set(a.personId, (rows.get(a.personId) ?? 0) + 1);
    const active = data.mentors.filter((m) => m.status === 'active').sort((a, b) => (rows.get(b.id) ?? 0) - (rows.get(a.id) ?? 0));
    const busiest = need(active[0] ?? null, 'an active mentor');
    const waiting = need(data.mentees.find((m) => m.status === 'waiting') ?? null, 'a waiting mentee');
    return {
      generateMs: ms(t0),
      counts: countRecords(data),
      mergeFieldBytes: mergeFieldBytes(data),
      changed: changed.changed,
      mentorId: busiest.id,
      menteeId: waiting.id,
      searchWords: [busiest.familyName, busiest.givenName].map((w) => w.toLowerCase()),
    };
  },

  /** The 5,000-mentor data of the foundation issue (mentors and programmes only). */
  generateMentorsOnly(count: number, today: string, now: string) {
    const { programmes, mentors } = benchData(count, today, now);
    const data = Object.fromEntries(DOMAIN_TABLE_NAMES.map((n) => [n, []])) as unknown as Dataset;
    data.programmes = programmes;
    data.mentors = mentors;
    state.data = data;
    return { counts: countRecords(data) };
  },

  /** Replaces the app database's domain data with the generated dataset (not timed). */
  async seedApp() {
    const t0 = performance.now();
    await putIntoAppDb(need(state.data, 'generate') as unknown as Record<string, unknown[]>, true);
    return { seedMs: ms(t0) };
  },

  /** Limit: raw IndexedDB put of every record into an empty database with the app's indexes, one transaction. */
  async rawPut() {
    const idb = await createRawDb();
    try {
      return { rawPutMs: await timedPutAll(idb, need(state.data, 'generate') as unknown as Record<string, unknown[]>) };
    } finally {
      idb.close();
    }
  },

  /** Limit: raw getAll of every domain store (the raw database rawPut filled), one transaction. */
  async rawGetAll() {
    const idb = await openExisting(RAW_DB);
    try {
      const t0 = performance.now();
      const tx = idb.transaction(DOMAIN_TABLE_NAMES, 'readonly');
      const results = await Promise.all(DOMAIN_TABLE_NAMES.map((name) => request(tx.objectStore(name).getAll())));
      const rawGetAllMs = ms(t0);
      state.getAllResult = Object.fromEntries(DOMAIN_TABLE_NAMES.map((name, i) => [name, results[i] ?? []]));
      return { rawGetAllMs, records: results.reduce((n, r) => n + r.length, 0) };
    } finally {
      idb.close();
    }
  },

  /** Limit: JSON.stringify of what getAll returned, and its UTF-8 bytes. */
  rawSerialise() {
    const tables = need(state.getAllResult, 'rawGetAll');
    const t0 = performance.now();
    const bytes = new TextEncoder().encode(JSON.stringify(tables));
    return { rawSerialiseMs: ms(t0), bytes: bytes.length };
  },

  /** Lets the getAll result go (it is large). */
  dropGetAll() {
    state.getAllResult = null;
  },

  /** The app's export as the coordinator waits for it: the worker reads every table, serialises, derives the key, encrypts. */
  async appExport() {
    const info = await manifestInfo(APP_VERSION);
    const t0 = performance.now();
    const msg = await createInWorker(info);
    const totalMs = ms(t0);
    state.exported = msg.result.bytes;
    const { serialiseMs, deriveKeyMs, encryptMs } = msg.result.timings;
    return { totalMs, dumpMs: msg.readMs, serialiseMs, deriveKeyMs, encryptMs, cloneAndOverheadMs: totalMs - msg.readMs - serialiseMs - deriveKeyMs - encryptMs, bytes: msg.result.bytes.length };
  },

  /**
   * The backup file of the 1%-changed data, made by the app's worker (not timed): the changed
   * records are written into the database, exported, and put back as they were.
   */
  async makeMergeFile() {
    const changed = need(state.changedData, 'generate') as unknown as Record<string, unknown[]>;
    const originals = need(state.mergeOriginals, 'generate') as unknown as Record<string, unknown[]>;
    const ids = new Set(DOMAIN_TABLE_NAMES.flatMap((name) => originals[name]?.map((r) => (r as StoredRecord).id) ?? []));
    const changedOnly = Object.fromEntries(
      DOMAIN_TABLE_NAMES.map((name) => [name, (changed[name] ?? []).filter((r) => ids.has((r as StoredRecord).id))]),
    );
    await putIntoAppDb(changedOnly, false);
    try {
      const msg = await createInWorker(await manifestInfo(APP_VERSION));
      state.mergeFile = msg.result.bytes;
      return { bytes: msg.result.bytes.length };
    } finally {
      await putIntoAppDb(originals, false);
    }
  },

  /**
   * The app's import as the coordinator waits for it, through one worker session: open (scrypt,
   * decrypt, validate), the merge preview the page asks for, then the import transaction.
   */
  async appImport(mode: 'replace' | 'merge', intoEmpty = false) {
    const file = need(mode === 'replace' ? state.exported : state.mergeFile, mode === 'replace' ? 'appExport' : 'makeMergeFile');
    // A new PC: the file goes into an empty database (emptied here, not timed).
    if (intoEmpty) await putIntoAppDb({}, true);
    const session = workerSession();
    const scanner = workerSession();
    try {
      const t0 = performance.now();
      const bytes = file.slice();
      // As the app opens a file for import: a second worker reads this PC's updatedAt keys meanwhile.
      const channel = new MessageChannel();
      void scanner.request({ type: 'scan', port: channel.port1 }, [channel.port1]).finally(scanner.close);
      const opened = await session.request(
        { type: 'open', bytes, passphrase: PASSPHRASE, schemaVersion: SCHEMA_VERSION, scanPort: channel.port2 },
        [bytes.buffer, channel.port2],
      );
      const openMs = ms(t0);
      if (opened.type !== 'opened') throw new Error(`unexpected ${opened.type}`);
      // The app shows the report at once and works out the merge preview after it: Merge waits
      // for it, Replace does not.
      const t1 = performance.now();
      const previewed = mode === 'merge' ? await session.request({ type: 'preview' }) : null;
      const previewMs = ms(t1);
      if (previewed && previewed.type !== 'previewed') throw new Error(`unexpected ${previewed.type}`);
      const t2 = performance.now();
      const imported = await session.request({ type: 'import', mode, at: new Date().toISOString() });
      const writeMs = ms(t2);
      const totalMs = ms(t0);
      if (imported.type !== 'imported') throw new Error(`unexpected ${imported.type}`);
      const { deriveKeyMs, decryptMs, validateMs } = opened.result.timings;
      const planned = previewed?.type === 'previewed' ? DOMAIN_TABLE_NAMES.reduce((n, name) => n + previewed.summary.counts[name].writes, 0) : null;
      return { totalMs, openMs, deriveKeyMs, decryptMs, validateMs, cloneAndOverheadMs: openMs - deriveKeyMs - decryptMs - validateMs, previewMs, writeMs, written: imported.result.written, planned };
    } finally {
      session.close();
      scanner.close();
    }
  },

  /** Puts back the records the merge changed, so the next merge run finds the same work (not timed). */
  async undoMergeChanges() {
    await putIntoAppDb(need(state.mergeOriginals, 'generate') as unknown as Record<string, unknown[]>, false);
  },

  /** Removes the pre-import snapshot the imports left (so UI figures are not measured beside it). */
  async clearSnapshots() {
    const idb = await openExisting(DB_NAME);
    try {
      const tx = idb.transaction(['snapshots'], 'readwrite');
      tx.objectStore('snapshots').clear();
      await done(tx);
    } finally {
      idb.close();
    }
  },

  /**
   * Limit: age-encryption decrypting the app's exported file. The library resolves once the
   * header is read and the key derived (scrypt), then streams the payload: the two are timed
   * apart in the same call. The stream is fed the whole file at once (no piecing).
   */
  async rawDecrypt() {
    const file = need(state.exported, 'appExport');
    const d = new Decrypter();
    d.addPassphrase(PASSPHRASE);
    const t0 = performance.now();
    const out = await d.decrypt(wholeStream(file));
    const deriveKeyMs = ms(t0);
    const t1 = performance.now();
    const plaintext = await readStream(out);
    const cipherMs = ms(t1);
    state.plaintext = plaintext;
    return { totalMs: deriveKeyMs + cipherMs, deriveKeyMs, cipherMs, bytes: plaintext.length };
  },

  /** Limit: age-encryption encrypting the same plaintext bytes at the app's work factor (scrypt timed apart). */
  async rawEncrypt() {
    const plaintext = need(state.plaintext, 'rawDecrypt');
    const e = new Encrypter();
    e.setPassphrase(PASSPHRASE);
    e.setScryptWorkFactor(DEFAULT_SCRYPT_WORK_FACTOR);
    const t0 = performance.now();
    const out = await e.encrypt(wholeStream(plaintext));
    const deriveKeyMs = ms(t0);
    const t1 = performance.now();
    const bytes = await readStream(out);
    const cipherMs = ms(t1);
    return { totalMs: deriveKeyMs + cipherMs, deriveKeyMs, cipherMs, bytes: bytes.length };
  },

  /**
   * Targeted timings of what the app's import does, step by step, with the same library calls
   * (shared/backup and Dexie on the app's database), to find where the time goes: reading the
   * file (JSON.parse, the checksum over the file's bytes and, for comparison, the canonical-JSON
   * form other tools may use, zod) and the import transaction (read everything for the snapshot, write
   * it, clear, bulkAdd; and what a merge reads instead: the updatedAt index keys) — here in
   * separate transactions, so a step that fails does not hide the others. Also raw IndexedDB
   * `clear` of the raw database, to tell IndexedDB's cost of clearing from Dexie's.
   * Replaces the data with itself: the database ends as it started.
   */
  async importBreakdown() {
    const plaintext = need(state.plaintext, 'rawDecrypt');
    const t: Record<string, number | string> = {};
    let t0 = performance.now();
    const raw = JSON.parse(new TextDecoder().decode(plaintext)) as { tables: Record<string, unknown[]> };
    t.jsonParseMs = ms(t0);
    t0 = performance.now();
    const head = new TextDecoder().decode(plaintext.subarray(0, 64 * 1024));
    const at = new TextEncoder().encode(head.slice(0, head.indexOf(',"tables":') + ',"tables":'.length)).length;
    await sha256Checksum(plaintext.subarray(at, plaintext.length - 1));
    t.rawBytesChecksumMs = ms(t0);
    t0 = performance.now();
    await sha256Checksum(canonicalStringify(raw.tables));
    t.canonicalChecksumMs = ms(t0);
    t0 = performance.now();
    const tables = {} as TablesData;
    for (const name of DOMAIN_TABLE_NAMES) tables[name] = (raw.tables[name] ?? []).map((r) => DOMAIN_TABLES[name].parse(r) as StoredRecord);
    t.zodMs = ms(t0);

    const dexieTables = DOMAIN_TABLE_NAMES.map((name) => db.table<StoredRecord, string>(name));
    t0 = performance.now();
    const current = await db.transaction('r', dexieTables, async () => {
      const out = {} as TablesData;
      for (const name of DOMAIN_TABLE_NAMES) out[name] = await db.table<StoredRecord, string>(name).toArray();
      return out;
    });
    t.txReadAllMs = ms(t0);
    t0 = performance.now();
    let keys = 0;
    await db.transaction('r', dexieTables, async () => {
      for (const table of dexieTables)
        if (table.schema.idxByName.updatedAt) await table.orderBy('updatedAt').eachKey(() => void keys++);
    });
    t.updatedAtKeysDexieMs = ms(t0);
    t.updatedAtKeys = keys;
    // The same keys through a raw key cursor, for comparison (it measured no faster).
    const appDb = await openExisting(DB_NAME);
    try {
      t0 = performance.now();
      const tx = appDb.transaction(DOMAIN_TABLE_NAMES, 'readonly');
      const times = new Map<string, unknown>();
      // One store after another, as backupRepo does: a second cursor running on the same
      // transaction resets Chromium's cursor prefetching (measured: nine times slower).
      for (const name of DOMAIN_TABLE_NAMES) {
        if (!tx.objectStore(name).indexNames.contains('updatedAt')) continue;
        await new Promise<void>((resolve, reject) => {
          const req = tx.objectStore(name).index('updatedAt').openKeyCursor();
          req.onsuccess = () => {
            const cursor = req.result;
            if (!cursor) return resolve();
            times.set(cursor.primaryKey as string, cursor.key);
            cursor.continue();
          };
          req.onerror = () => reject(req.error);
        });
      }
      t.updatedAtKeysMs = ms(t0);
    } finally {
      appDb.close();
    }
    const rawDb = await openExisting(RAW_DB);
    try {
      t0 = performance.now();
      const tx = rawDb.transaction(['snapshots'], 'readwrite');
      const store = tx.objectStore('snapshots');
      store.clear();
      for (const name of DOMAIN_TABLE_NAMES)
        for (let i = 0; i < current[name].length; i += 5000)
          store.put({ id: `${name}-${i}`, snapshotId: 'bench', createdAt: new Date().toISOString(), reason: 'restore', table: name, records: current[name].slice(i, i + 5000), addedIds: [] });
      await done(tx);
      t.chunkedSnapshotPutMs = ms(t0);
      t0 = performance.now();
      const clearTx = rawDb.transaction([...DOMAIN_TABLE_NAMES, 'snapshots'], 'readwrite');
      for (const name of [...DOMAIN_TABLE_NAMES, 'snapshots']) clearTx.objectStore(name).clear();
      await done(clearTx);
      t.rawClearMs = ms(t0);
    } finally {
      rawDb.close();
    }
    t0 = performance.now();
    await db.transaction('rw', dexieTables, async () => {
      for (const name of DOMAIN_TABLE_NAMES) await db.table(name).clear();
    });
    t.clearMs = ms(t0);
    t0 = performance.now();
    await db.transaction('rw', dexieTables, async () => {
      for (const name of DOMAIN_TABLE_NAMES) if (tables[name].length > 0) await db.table<StoredRecord, string>(name).bulkAdd(tables[name]);
    });
    t.bulkAddMs = ms(t0);
    // The alternative to clear + bulkAdd when the file holds the same records: bulkPut over them.
    t0 = performance.now();
    await db.transaction('rw', dexieTables, async () => {
      for (const name of DOMAIN_TABLE_NAMES) if (tables[name].length > 0) await db.table<StoredRecord, string>(name).bulkPut(tables[name]);
    });
    t.bulkPutOverMs = ms(t0);
    // Raw IndexedDB put into the cleared raw stores, then over the same records again.
    const rawAgain = await openExisting(RAW_DB);
    try {
      // (The raw database was cleared above: this is raw put into cleared stores.)
      t.rawPutAfterClearMs = await timedPutAll(rawAgain, tables as unknown as Record<string, unknown[]>);
      t.rawPutOverMs = await timedPutAll(rawAgain, tables as unknown as Record<string, unknown[]>);
    } finally {
      rawAgain.close();
    }
    return t;
  },

  /** Offers the plaintext as a download, so run.mjs can give the age CLI the very same bytes. */
  downloadPlaintext() {
    const plaintext = need(state.plaintext, 'rawDecrypt');
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([plaintext as Uint8Array<ArrayBuffer>], { type: 'application/json' }));
    a.download = 'bench-plaintext.json';
    document.body.append(a);
    a.click();
    a.remove();
  },

  /** Frees the large buffers between sizes. */
  reset() {
    state.data = null;
    state.mergeOriginals = null;
    state.exported = null;
    state.mergeFile = null;
    state.plaintext = null;
    state.getAllResult = null;
    state.changedData = null;
  },
};

export type Bench = typeof bench;
(globalThis as unknown as { tandemBench: Bench }).tandemBench = bench;
