import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { SCHEMA_VERSION } from '../../db/AppDB';
import { createBackupFile, openBackupFile } from '../../../shared/backup/pipeline';
import { dumpTables, importBackup } from './backupRepo';
import { backupJson, info, sampleTables } from '../../../tests/fixtures/backup/records';
import { seed } from '../../../tests/fixtures/backup/dbDump';

/**
 * A backup must open with the ordinary `age` tool if Tandem is ever gone, and a file the tool
 * made must import. `age` reads passphrases from the terminal only, so `expect` types them.
 * Skipped only on a developer machine without the tools; in CI (CI set) it always runs.
 */
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const toolsMissing = !has('age') || !has('expect');
const skip = toolsMissing && !process.env.CI;

const dir = mkdtempSync(join(tmpdir(), 'tandem-age-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `age <args>` under expect, answering every passphrase prompt with $AGE_TEST_PASSPHRASE. */
const ageWithPassphrase = (args: string[], passphrase: string): void => {
  const script = join(dir, 'age.exp');
  writeFileSync(
    script,
    [
      'set timeout 60',
      `spawn age ${args.map((a) => `{${a}}`).join(' ')}`,
      'expect {',
      '  -re "(?i)passphrase.*:" { send -- "$env(AGE_TEST_PASSPHRASE)\\r"; exp_continue }',
      '  eof',
      '}',
      'lassign [wait] pid spawnid os_error value',
      'exit $value',
      '',
    ].join('\n'),
  );
  execFileSync('expect', [script], { env: { ...process.env, AGE_TEST_PASSPHRASE: passphrase }, stdio: 'pipe' });
};

describe.skipIf(skip)('interoperability with the age command-line tool', { timeout: 120_000 }, () => {
  beforeEach(resetDatabase);

  it('a backup exported by the app decrypts with `age -d` to the documented JSON', async () => {
    const tables = sampleTables();
    // The app's own export, at the app's default work factor.
    const created = await createBackupFile({ tables, info: info(), passphrase: 'tandem interop ünnep' });
    const enc = join(dir, created.fileName);
    const out = join(dir, 'exported.json');
    writeFileSync(enc, created.bytes);
    ageWithPassphrase(['-d', '-o', out, enc], 'tandem interop ünnep');
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { manifest: unknown; tables: unknown };
    expect(Object.keys(doc)).toEqual(['manifest', 'tables']);
    expect(doc.manifest).toEqual(created.manifest);
    expect(doc.tables).toEqual(JSON.parse(JSON.stringify(tables)));
  });

  it('a file made with `age -p` from such JSON imports through the app', async () => {
    const tables = sampleTables();
    const { json } = await backupJson(tables, info());
    const plain = join(dir, 'backup.json');
    const enc = join(dir, 'made-by-age.age');
    writeFileSync(plain, json);
    ageWithPassphrase(['-p', '-o', enc, plain], 'made with the cli');
    const bytes = new Uint8Array(readFileSync(enc));
    await expect(openBackupFile({ bytes, passphrase: 'wrong', schemaVersion: SCHEMA_VERSION })).rejects.toMatchObject({
      kind: 'wrongPassphrase',
    });
    const { document } = await openBackupFile({
      bytes,
      passphrase: 'made with the cli',
      schemaVersion: SCHEMA_VERSION,
    });
    await seed({ contacts: [] });
    await importBackup(document, 'replace');
    const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const dump = await dumpTables();
    // The Replace records itself in the audit log; every other table is exactly the file's.
    for (const [name, rows] of Object.entries(tables))
      if (name !== 'auditLog') expect(byId(dump[name as keyof typeof dump]), name).toEqual(byId(rows));
    expect(dump.auditLog.map((e) => e.action)).toEqual(['importReplace']);
  });

  it('also imports an ASCII-armored file (`age -p -a`)', async () => {
    const { json } = await backupJson(sampleTables(), info());
    const plain = join(dir, 'armored.json');
    const enc = join(dir, 'armored.age');
    writeFileSync(plain, json);
    ageWithPassphrase(['-p', '-a', '-o', enc, plain], 'armored passphrase');
    expect(readFileSync(enc, 'utf8')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
    const { document } = await openBackupFile({
      bytes: new Uint8Array(readFileSync(enc)),
      passphrase: 'armored passphrase',
      schemaVersion: SCHEMA_VERSION,
    });
    expect(document.manifest.organisationName).toBe('Kapocs Egyesület');
  });
});

describe('interop test guard', () => {
  it('runs in CI: the tools must be installed there', () => {
    if (process.env.CI) expect(toolsMissing).toBe(false);
  });
});
