import { describe, expect, it } from 'vitest';
import { handleRequest } from './backupWorker';
import type { WorkerMessage } from './backupWorkerProtocol';
import { info, sampleTables } from '../../../tests/fixtures/backup/records';

/** The worker's message handling, called directly (Node has no Web Worker). */
const run = async (req: Parameters<typeof handleRequest>[0]) => {
  const messages: WorkerMessage[] = [];
  await handleRequest(req, (msg) => messages.push(msg));
  return messages;
};

describe('backup worker', () => {
  it('creates a file with progress messages, then opens it', async () => {
    const created = await run({
      type: 'create',
      tables: sampleTables(),
      info: info(),
      passphrase: 'worker passphrase',
      workFactor: 10,
    });
    const phases = created
      .filter((m) => m.type === 'progress')
      .map((m) => (m.type === 'progress' ? m.progress.phase : ''));
    expect(new Set(phases)).toEqual(new Set(['serialise', 'deriveKey', 'encrypt']));
    const last = created.at(-1);
    if (last?.type !== 'created') throw new Error(`expected created, got ${last?.type}`);
    expect(last.result.fileName).toMatch(/^tandem-backup-kapocs-egyesulet-\d{4}-\d{2}-\d{2}-\d{4}\.age$/);
    const opened = await run({
      type: 'open',
      bytes: last.result.bytes,
      passphrase: 'worker passphrase',
      schemaVersion: 1,
    });
    const done = opened.at(-1);
    if (done?.type !== 'opened') throw new Error(`expected opened, got ${done?.type}`);
    expect(done.result.document.tables.contacts).toHaveLength(4);
    expect(done.result.timings.deriveKeyMs).toBeGreaterThan(0);
  });

  it('reports a refusal as plain data with its kind', async () => {
    const messages = await run({
      type: 'open',
      bytes: new TextEncoder().encode('hello'),
      passphrase: 'x',
      schemaVersion: 1,
    });
    expect(messages.at(-1)).toEqual({
      type: 'failed',
      error: { kind: 'notAgeFile', details: { reason: 'no age version line' } },
    });
  });
});
