import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import Dexie from 'dexie';
import { BackupError } from '../../../shared/backup/errors';
import { createSession, workerFailureOf } from './backupWorker';
import { dumpTables } from './backupRepo';
import type { WorkerMessage, WorkerRequest } from './backupWorkerProtocol';
import { edited, info, makeContact, sampleTables } from '../../../tests/fixtures/backup/records';
import { seed } from '../../../tests/fixtures/backup/dbDump';

/**
 * The worker's sessions, called directly (Node has no Web Worker) on fake-indexeddb: the same
 * database code the worker runs in the browser, where it opens its own connection.
 */
const session = () => {
  const handle = createSession();
  return async (req: WorkerRequest) => {
    const messages: WorkerMessage[] = [];
    await handle(req, (msg) => messages.push(msg));
    return messages;
  };
};
const last = <T extends WorkerMessage['type']>(messages: WorkerMessage[], type: T) => {
  const msg = messages.at(-1);
  if (msg?.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(msg)}`);
  return msg as Extract<WorkerMessage, { type: T }>;
};
// Unit tests use a low scrypt work factor for speed; the app always uses 18.
const create = { type: 'create', info: info(), passphrase: 'worker passphrase', workFactor: 10 } as const;
const openReq = (bytes: Uint8Array, passphrase = 'worker passphrase') =>
  ({ type: 'open', bytes, passphrase, schemaVersion: 1 }) as const;

beforeEach(resetDatabase);

describe('backup worker', () => {
  it('reads the database itself to create a file, with progress through every phase', async () => {
    await seed(sampleTables());
    const messages = await session()(create);
    const phases = messages.flatMap((m) => (m.type === 'progress' ? [m.progress.phase] : []));
    expect(new Set(phases)).toEqual(new Set(['serialise', 'deriveKey', 'encrypt']));
    const created = last(messages.slice(0, -1), 'created');
    // Then the records are checked against their schemas, after the file is out.
    expect(last(messages, 'checked').invalid).toEqual({ issues: [], issueCount: 0 });
    expect(created.result.fileName).toMatch(/^tandem-backup-kapocs-egyesulet-\d{4}-\d{2}-\d{2}-\d{4}\.age$/);
    expect(created.result.manifest.counts).toMatchObject({ settings: 1, programmes: 2, contacts: 4 });
    expect(created.readMs).toBeGreaterThanOrEqual(0);
  });

  it('keeps the opened file for a preview and an import, and sends only counts to the page', async () => {
    const tables = sampleTables();
    await seed(tables);
    const file = last((await session()(create)).slice(0, -1), 'created').result.bytes;
    // The data changes after the backup: one contact edited, one added.
    const [c0] = tables.contacts as [(typeof tables.contacts)[0]];
    await resetDatabase();
    await seed({
      ...tables,
      contacts: [edited(c0, { role: 'nurse' }), ...tables.contacts.slice(1), makeContact('Uusi', 'Henkilö')],
    });

    const run = session();
    const opened = last(await run(openReq(file)), 'opened');
    expect(opened.result.manifest.organisationName).toBe('Kapocs Egyesület');
    expect(opened.result.live.contacts).toBe(tables.contacts.filter((c) => !c.deletedAt).length);
    expect(Object.keys(opened.result)).toEqual(['manifest', 'future', 'live', 'timings']);
    // The file is older than this PC's edits: a merge changes nothing.
    const previewed = last(await run({ type: 'preview' }), 'previewed');
    expect(previewed.summary.counts.contacts).toEqual({
      added: 0,
      updated: 0,
      deleted: 0,
      unchanged: 4,
      writes: 0,
      conflicts: 0,
    });
    // Replace puts the data back exactly as in the file.
    const imported = last(await run({ type: 'import', mode: 'replace', at: '2026-11-22T16:00:00.000Z' }), 'imported');
    expect(imported.result).toMatchObject({ mode: 'replace', written: 7 });
    const after = await dumpTables();
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.contacts)).toEqual(byId(tables.contacts));
    expect(byId(after.programmes)).toEqual(byId(tables.programmes));
  });

  it('refuses as plain data with its kind, and asks for an opened file before a preview or import', async () => {
    await seed(sampleTables());
    const file = last((await session()(create)).slice(0, -1), 'created').result.bytes;
    const run = session();
    expect(last(await run(openReq(file, 'wrong passphrase')), 'failed').error.kind).toBe('wrongPassphrase');
    expect(last(await run({ type: 'preview' }), 'failed').error).toEqual({
      kind: 'unexpected',
      details: { reason: 'Error: no backup file was opened in this worker' },
    });
    expect(last(await run(openReq(new TextEncoder().encode('hello'))), 'failed').error).toEqual({
      kind: 'notAgeFile',
      details: { reason: 'no age version line' },
    });
  });

  it('tells a full disk apart from other failures, so the page can say to free some space', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(workerFailureOf(quota)).toEqual({
      kind: 'diskFull',
      details: { reason: 'QuotaExceededError: The quota has been exceeded.' },
    });
    // Dexie's aborted transaction, with the quota error inside.
    expect(workerFailureOf(new Dexie.AbortError('aborted', quota)).kind).toBe('diskFull');
    expect(workerFailureOf(new Error('QuotaExceededError in the words only')).kind).toBe('unexpected');
    expect(workerFailureOf(new BackupError('damaged')).kind).toBe('damaged');
  });

  it('plans a merge from the updatedAt keys another worker read beside the open, unless data changed since', async () => {
    const tables = sampleTables();
    await seed(tables);
    const [c0, c1] = tables.contacts as [(typeof tables.contacts)[0], (typeof tables.contacts)[0]];
    // The file: c0 edited on the other PC.
    await resetDatabase();
    await seed({ ...tables, contacts: [edited(c0, { role: 'nurse' }), ...tables.contacts.slice(1)] });
    const file = last((await session()(create)).slice(0, -1), 'created').result.bytes;
    await resetDatabase();
    await seed(tables);

    const previewWithScan = async (changeBetween?: () => Promise<void>) => {
      const channel = new MessageChannel();
      expect(await session()({ type: 'scan', port: channel.port1 })).toEqual([{ type: 'scanned' }]);
      await changeBetween?.();
      const run = session();
      last(await run({ ...openReq(file), scanPort: channel.port2 }), 'opened');
      return last(await run({ type: 'preview' }), 'previewed').summary.counts.contacts;
    };
    expect(await previewWithScan()).toMatchObject({ added: 0, updated: 1, deleted: 0, writes: 1 });
    // After the scan, c1 goes from this PC (an undone import, say): by the stale scan it would
    // look up to date and be skipped; the stamp shows the change, so the keys are read again.
    const counts = await previewWithScan(async () => {
      await resetDatabase();
      await seed({ ...tables, contacts: tables.contacts.filter((c) => c.id !== c1.id) });
    });
    expect(counts).toMatchObject({ added: 1, updated: 1, deleted: 0, writes: 2 });
  });
});
