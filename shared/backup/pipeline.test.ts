import { describe, expect, it } from 'vitest';
import { createBackupFile, findInvalidRecords, openBackupFile } from './pipeline';
import { info, sampleTables } from '../../tests/fixtures/backup/records';

// Low work factor for speed in unit tests; the app always uses 18.
const WF = 10;

describe('backup pipeline', () => {
  it('creates and opens a file, timing key derivation apart from the cipher work', async () => {
    const tables = sampleTables();
    const created = await createBackupFile({ tables, info: info(), passphrase: 'pipeline pass', workFactor: WF });
    expect(findInvalidRecords(tables)).toEqual({ issues: [], issueCount: 0 });
    expect(created.timings.deriveKeyMs).toBeGreaterThan(0);
    const opened = await openBackupFile({ bytes: created.bytes, passphrase: 'pipeline pass', schemaVersion: 1 });
    expect(opened.document.tables).toEqual(tables);
    expect(Object.keys(opened.timings)).toEqual(['deriveKeyMs', 'decryptMs', 'validateMs']);
  });

  it('still saves data that fails the schemas, warns about it, and the import of it is refused the same way', async () => {
    const tables = sampleTables();
    tables.contacts[2] = { ...(tables.contacts[2] as (typeof tables.contacts)[number]), email: 'not-an-address' };
    const created = await createBackupFile({ tables, info: info(), passphrase: 'pipeline pass', workFactor: WF });
    const invalid = findInvalidRecords(tables);
    expect(invalid.issueCount).toBe(1);
    expect(invalid.issues[0]).toMatchObject({
      table: 'contacts',
      index: 2,
      field: 'email',
      message: 'validation.email',
    });
    await expect(
      openBackupFile({ bytes: created.bytes, passphrase: 'pipeline pass', schemaVersion: 1 }),
    ).rejects.toMatchObject({
      kind: 'invalidRecords',
      details: { issueCount: 1 },
    });
  });
});
