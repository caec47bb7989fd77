import { Decrypter, Encrypter } from 'age-encryption';
import { DB_NAME, SCHEMA_VERSION, STORES_CURRENT } from '../../renderer/db/AppDB';
import { manifestInfo, undoLastImport } from '../../renderer/features/backup/backupRepo';
import { followSwitch, readPointer } from '../../renderer/db/databaseSwitch';
import type { WorkerMessage, WorkerRequest } from '../../renderer/features/backup/backupWorkerProtocol';
import type { StoredRecord, TablesData } from '../../shared/backup/format';
import { canonicalStringify, sha256Checksum } from '../../shared/backup/canonicalJson';
import { DOMAIN_TABLES } from '../../shared/domain';
import { db } from '../../renderer/db/db';
import { rebuildPersonSummaries } from '../../renderer/db/personSummaries';
import { rebuildCareSummaries } from '../../renderer/db/careSummaries';
import { rebuildTrainingSummaries } from '../../renderer/db/trainingSummaries';
import { rebuildDayDigests } from '../../renderer/db/dayDigests';
import { rebuildMentorPairings } from '../../renderer/db/mentorPairings';
import { DOMAIN_TABLE_NAMES } from '../../shared/domain';
import { DEFAULT_SCRYPT_WORK_FACTOR } from '../../shared/backup/ageCrypto';
import { loadReportInput, type BuiltReport } from '../../renderer/features/reports/reportsRepo';
import { addCheckInFigures, loadCheckInFigureInput } from '../../renderer/features/reports/checkInFigures';
import type { ReportWorkerReply, ReportWorkerRequest } from '../../renderer/features/reports/reportWorkerClient';
import { compareRows, computeActivityReport, type ReportRow } from '../../shared/reports/activity';
import { presetPeriod, previousPeriod, type Period } from '../../shared/reports/period';
import { changeOnePercent, countRecords, generateDataset, withStamps, type Dataset, type DatasetSize } from './dataset';
import { benchData } from './seed';
import { spreadsheetBench } from './spreadsheetImport';

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

/** A database with exactly the app's current stores and indexes, created with raw IndexedDB. */
const createRawDb = async (): Promise<IDBDatabase> => {
  await deleteDb(RAW_DB);
  const req = indexedDB.open(RAW_DB, 1);
  req.onupgradeneeded = () => {
    for (const [store, spec] of Object.entries(STORES_CURRENT)) {
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

/**
 * The reports worker as reportWorkerClient keeps it: one worker for the page's lifetime, started
 * on first use (the same worker, bundled by run.mjs from renderer/features/reports/reportWorker.ts),
 * requests answered by id.
 */
type Pending = Map<number, { resolve: (r: BuiltReport | ReportRow[]) => void; reject: (e: Error) => void }>;
let reportWorker: { worker: Worker; nextId: number; pending: Pending } | null = null;

const askReportWorker = (req: Omit<ReportWorkerRequest, 'id'>): Promise<BuiltReport | ReportRow[]> => {
  if (!reportWorker) {
    const worker = new Worker(new URL('./reportWorker.js', import.meta.url), { type: 'module' });
    const pending: Pending = new Map();
    worker.onmessage = (e: MessageEvent<ReportWorkerReply>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(`report worker: ${e.data.error}`));
    };
    worker.onerror = (event) => {
      for (const p of pending.values()) p.reject(new Error(event.message || `report worker failed without a message (${event.filename}:${event.lineno})`));
      pending.clear();
    };
    reportWorker = { worker, nextId: 1, pending };
  }
  const { worker, pending } = reportWorker;
  const id = reportWorker.nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ ...req, id });
  });
};

/**
 * The Reports page's "Last year" seen from `today` (a full calendar year), and the range its
 * report reads: buildReport reads the period and the one before it (shown beside it) at once.
 */
const lastYear = (today: string): { period: Period; previous: Period; range: Period } => {
  const period = presetPeriod('lastYear', today);
  const previous = previousPeriod(period);
  return { period, previous, range: { from: previous.from, to: period.to } };
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

/**
 * Writes `tables` into the app's own database (replacing its domain data) with raw IndexedDB,
 * then rebuilds the summaries the app's database layer keeps (raw writes bypass it): the
 * per-person summaries of attendance (renderer/db/personSummaries.ts), the mentors' care
 * summaries (renderer/db/careSummaries.ts), the training summaries (renderer/db/trainingSummaries.ts)
 * and the day digests of attendance and contact logs (renderer/db/dayDigests.ts).
 */
const putIntoAppDb = async (tables: Partial<Record<string, unknown[]>>, clearFirst: boolean): Promise<void> => {
  await rawPutIntoAppDb(tables, clearFirst);
  await rebuildPersonSummaries(db);
  await rebuildCareSummaries(db);
  await rebuildTrainingSummaries(db);
  await rebuildDayDigests(db);
  await rebuildMentorPairings(db);
};

const rawPutIntoAppDb = async (tables: Partial<Record<string, unknown[]>>, clearFirst: boolean): Promise<void> => {
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

  /** Not timed: the origin's storage as the browser counts it, and the databases it holds. */
  async storageUse() {
    const { usage = 0, quota = 0 } = await navigator.storage.estimate();
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    return { usageMiB: Math.round(usage / 2 ** 20), quotaMiB: Math.round(quota / 2 ** 20), databases: names };
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

  /**
   * Undo of the replace-import just made: the app switches back to the database the Replace kept
   * (renderer/db/databaseSwitch.ts), as the backup page's Undo does. The page first follows the
   * switch the worker made, as the app's worker client does. Afterwards the data is `tandem`
   * again, where the raw writes of this page go.
   */
  async undoReplace() {
    await followSwitch();
    if ((await readPointer()).current === DB_NAME) throw new Error('the replace did not switch to a new database');
    const t0 = performance.now();
    await undoLastImport();
    const undoReplaceMs = ms(t0);
    if ((await readPointer()).current !== DB_NAME) throw new Error('the undo did not switch back');
    return { undoReplaceMs };
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
      // Its last use: a copy of the whole dataset kept beside the app's database would crowd the
      // Replace that follows, which needs room for a second copy of its own (the storage of the
      // bench's browser context is in memory, with a quota a share of the machine's memory).
      await deleteDb(RAW_DB);
    }
    return t;
  },

  /**
   * Not timed: what the Reports page does on open — it starts its worker with the report of
   * "This quarter" (the page's default) — and opens the app's database on this page too (for
   * the breakdown in `reportYear`). A coordinator then picks "Last year": the worker is running.
   */
  async startReportWorker(today: string) {
    const t0 = performance.now();
    await askReportWorker({ type: 'build', period: presetPeriod('thisQuarter', today), programmeId: null });
    await db.open();
    return { startMs: ms(t0) };
  },

  /**
   * The activity report of last year (all programmes) as the Reports page gets it: the request
   * `buildReportOffThread` sends to the reports worker, which reads the rows of both years
   * through the app's repositories (its own Dexie connection), counts them and sends back the
   * figures. Timed from the request to the answer on this page.
   *
   * Then, untimed for `totalMs`, where that time goes: the same steps as `buildReport`
   * (`loadReportInput` and `loadCheckInFigureInput`, then `computeActivityReport` of each year,
   * check-in figures and `compareRows`) run one by one on this page through the app's `db`.
   */
  async reportYear(today: string) {
    const { period, previous, range } = lastYear(today);
    const t0 = performance.now();
    const built = (await askReportWorker({ type: 'build', period, programmeId: null })) as BuiltReport;
    const totalMs = ms(t0);

    let t1 = performance.now();
    const input = await loadReportInput(range, null);
    const checkIns = await loadCheckInFigureInput(range, null, input.pairings);
    const readMs = ms(t1);
    t1 = performance.now();
    const rows = compareRows(
      addCheckInFigures(computeActivityReport({ ...input, period }), checkIns, period),
      addCheckInFigures(computeActivityReport({ ...input, period: previous }), checkIns, previous),
    );
    const countMs = ms(t1);
    if (rows.length !== built.rows.length) throw new Error(`the worker's report has ${built.rows.length} rows, the same steps on the page ${rows.length}`);
    // The rows handed to the counting (live ones; what readiness reads on the way is not among them).
    const inputRecords =
      input.mentors.length + input.mentees.length + input.sessions.length + input.attendance.length + input.shadowing.length +
      input.modules.length + input.contacts.length + input.pairings.length + input.contactLogs.length + checkIns.checkIns.length;
    return { totalMs, readMs, countMs, rows: built.rows.length, inputRecords, from: period.from, to: period.to, readFrom: range.from };
  },

  /**
   * Limit: the rows the report of last year reads (both years, as `reportYear`), with raw
   * IndexedDB — `getAll` over the app's own indexes, one read-only transaction, every request
   * in flight at once, each row read once, nothing counted. It mirrors `loadReportInput` and
   * `loadCheckInFigureInput`:
   * - sessions and attendance of the two years through `[kind+date]` / `[sessionKind+sessionDate]`;
   * - shadowing, contact logs and check-ins by `date`;
   * - pairings started by the end through `[status+startDate]` (active, paused, closed);
   * - mentors, mentees, programmes and modules whole (the repository reads them whole too);
   * - then, by key: the pairings of contact logs and check-ins not among those, the contacts who
   *   attended events, and the training summaries of the mentors whose readiness date the
   *   report needs (`readySinceWithin`: those credited in the two years toward a mandatory module
   *   of their programme).
   */
  async rawReportRead(today: string) {
    const { from, to } = lastYear(today).range;
    const idb = await openExisting(DB_NAME);
    try {
      const t0 = performance.now();
      const stores = ['sessions', 'attendance', 'shadowing', 'pairings', 'contactLogs', 'checkIns', 'mentors', 'mentees', 'programmes', 'modules', 'contacts', 'trainingSummaries'];
      const tx = idb.transaction(stores, 'readonly');
      const os = (name: string) => tx.objectStore(name);
      const period = IDBKeyRange.bound(from, to);
      const ofKind = (kind: string) => IDBKeyRange.bound([kind, from], [kind, to]);
      const kinds = ['training', 'supervision', 'group', 'event'];
      type Row = {
        id: string;
        kind?: string;
        deletedAt?: string | null;
        moduleIds?: string[];
        pairingId?: string;
        personKind?: string;
        personId?: string | null;
        sessionId?: string;
        status?: string;
        hours?: number;
        mentorId?: string;
        programmeId?: string;
        programmeIds?: string[];
        mandatory?: boolean;
        closure?: { date: string } | null;
      };
      const all = (req: IDBRequest<unknown[]>) => request(req) as Promise<Row[]>;
      const [sessions, attendance, pairings, contactLogs, checkIns, shadowing, mentors, modules, ...whole] = await Promise.all([
        Promise.all(kinds.map((k) => all(os('sessions').index('[kind+date]').getAll(ofKind(k))))).then((r) => r.flat()),
        Promise.all(kinds.map((k) => all(os('attendance').index('[sessionKind+sessionDate]').getAll(ofKind(k))))).then((r) => r.flat()),
        Promise.all(
          ['active', 'paused', 'closed'].map((s) => all(os('pairings').index('[status+startDate]').getAll(IDBKeyRange.bound([s, -Infinity], [s, to])))),
        ).then((r) => r.flat()),
        all(os('contactLogs').index('date').getAll(period)),
        all(os('checkIns').index('date').getAll(period)),
        all(os('shadowing').index('date').getAll(period)),
        all(os('mentors').getAll()),
        all(os('modules').getAll()),
        all(os('mentees').getAll()),
        all(os('programmes').getAll()),
      ]);
      // By key, in the same transaction (still active: this runs in the last request's success).
      const kept = new Set(pairings.filter((p) => !p.closure || p.closure.date >= from).map((p) => p.id));
      const extraPairingIds = new Set([...contactLogs, ...checkIns].map((r) => r.pairingId ?? '').filter((id) => id && !kept.has(id)));
      const events = new Set(sessions.filter((s) => s.kind === 'event').map((s) => s.id));
      const contactIds = new Set(
        attendance.filter((a) => a.personKind === 'contact' && a.personId && events.has(a.sessionId ?? '')).map((a) => a.personId ?? ''),
      );
      // Readiness: who was credited in the two years toward a mandatory module of their programme.
      const taught = new Map(sessions.filter((s) => s.kind === 'training' && !s.deletedAt).map((s) => [s.id, s.moduleIds ?? []]));
      const credited = new Map<string, string[]>();
      for (const a of attendance)
        if (!a.deletedAt && a.status === 'present' && (a.hours ?? 0) > 0 && a.personId && taught.has(a.sessionId ?? ''))
          credited.set(a.personId, [...(credited.get(a.personId) ?? []), ...(taught.get(a.sessionId ?? '') ?? [])]);
      for (const sh of shadowing)
        if (!sh.deletedAt && (sh.hours ?? 0) > 0 && sh.mentorId) credited.set(sh.mentorId, [...(credited.get(sh.mentorId) ?? []), ...(sh.moduleIds ?? [])]);
      const mandatory = new Set(modules.filter((m) => m.mandatory && !m.deletedAt).map((m) => `${m.programmeId}/${m.id}`));
      const candidates = mentors.filter(
        (m) => !m.deletedAt && (m.programmeIds ?? []).some((p) => (credited.get(m.id) ?? []).some((id) => mandatory.has(`${p}/${id}`))),
      );
      const byKey = await Promise.all([
        ...[...extraPairingIds].map((id) => request(os('pairings').get(id))),
        ...[...contactIds].map((id) => request(os('contacts').get(id))),
        ...candidates.map((m) => request(os('trainingSummaries').get(m.id))),
      ]);
      const rawReportReadMs = ms(t0);
      const records =
        sessions.length + attendance.length + pairings.length + contactLogs.length + checkIns.length + shadowing.length + mentors.length + modules.length +
        whole.reduce((n, r) => n + r.length, 0) + byKey.length;
      return { rawReportReadMs, records, readinessMentors: candidates.length };
    } finally {
      idb.close();
    }
  },

  /** Ends the reports worker (it holds its own connection to the app's database). */
  stopReportWorker() {
    reportWorker?.worker.terminate();
    reportWorker = null;
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

  /**
   * The spreadsheet import (issue 16): 2,000 mentors from XLSX through the app's import worker
   * and `commitImport`, beside a raw write of the same records; the preview of a 10,000-row file.
   * See tests/bench/spreadsheetImport.ts.
   */
  spreadsheetImport(count: number) {
    return spreadsheetBench.importMentors(need(state.data, 'generate'), count);
  },
  spreadsheetPreview(rows: number) {
    return spreadsheetBench.previewRows(need(state.data, 'generate'), rows);
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
