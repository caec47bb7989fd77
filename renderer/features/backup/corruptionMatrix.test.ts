import { beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { putMeta } from '../../db/meta';
import { encryptWithPassphrase } from '../../../shared/backup/ageCrypto';
import { inspectAgeHeader } from '../../../shared/backup/ageHeader';
import { BackupError, type BackupErrorKind } from '../../../shared/backup/errors';
import { createBackupFile, openBackupFile } from '../../../shared/backup/pipeline';
import { canonicalStringify, sha256Checksum } from '../../../shared/backup/canonicalJson';
import { importBackup } from './backupRepo';
import { backupJson, info, makeContact, sampleTables } from '../../../tests/fixtures/backup/records';
import { fullDump, seed } from '../../../tests/fixtures/backup/dbDump';

/**
 * Every kind of bad file, each through the import path the app uses (decrypt, validate, then
 * write): each must be refused with its own kind of error and leave the database — every
 * table, meta and snapshots included — exactly as it was.
 */

const PASSPHRASE = 'matrix test passphrase';
const CHUNK = 64 * 1024 + 16;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

let file: Uint8Array;
let headerLength: number;
let before: Record<string, unknown[]>;

/** Another byte at `pos`: a different base64 character in the text header, bits flipped elsewhere. */
const flip = (bytes: Uint8Array, pos: number): Uint8Array => {
  const out = bytes.slice();
  const c = String.fromCharCode(out[pos] as number);
  out[pos] =
    pos < headerLength && B64.includes(c) ? B64.charCodeAt((B64.indexOf(c) + 1) % 64) : (out[pos] as number) ^ 0xff;
  return out;
};

const tryImport = async (bytes: Uint8Array, passphrase = PASSPHRASE): Promise<BackupErrorKind | 'imported'> => {
  try {
    const { document } = await openBackupFile({ bytes, passphrase, schemaVersion: 1 });
    await importBackup(document, 'replace');
    return 'imported';
  } catch (e) {
    if (e instanceof BackupError) return e.kind;
    throw e;
  }
};

const encryptJson = async (json: string) =>
  (await encryptWithPassphrase(new TextEncoder().encode(json), PASSPHRASE, { workFactor: 10 })).bytes;

beforeAll(async () => {
  await resetDatabase();
  await putMeta('deviceId', '11111111-2222-4333-8444-555555555555');
  await seed(sampleTables());
  // Enough records for the payload to span three 64 KiB chunks.
  const tables = sampleTables();
  for (let i = 0; i < 700; i++)
    tables.contacts.push(makeContact(`Given${i}`, `Family${i}`, 'Partner organisation for the matrix test'));
  // Unit tests use a low work factor for speed; the app always uses 18.
  file = (await createBackupFile({ tables, info: info(), passphrase: PASSPHRASE, workFactor: 10 })).bytes;
  headerLength = inspectAgeHeader(file).headerLength;
  before = await fullDump();
});

describe('corruption matrix', () => {
  it('starts from a valid multi-chunk file', () => {
    expect(file.length - headerLength - 16).toBeGreaterThan(2 * CHUNK);
  });

  const text = () => new TextDecoder('latin1').decode(file.subarray(0, headerLength));
  const stanzaStart = () => text().indexOf('-> scrypt');
  const saltPos = () => stanzaStart() + '-> scrypt '.length + 4;
  const bodyPos = () => text().indexOf('\n', stanzaStart()) + 1 + 5;
  const macPos = () => text().indexOf('--- ') + 4 + 10;

  const cases: [string, () => Uint8Array, BackupErrorKind][] = [
    ['version line', () => flip(file, 3), 'notAgeFile'],
    ['stanza type', () => flip(file, stanzaStart() + 4), 'notPassphraseFile'],
    // age cannot tell a changed salt or wrapped key from a wrong passphrase; the message says both.
    ['stanza salt', () => flip(file, saltPos()), 'wrongPassphrase'],
    ['stanza body', () => flip(file, bodyPos()), 'wrongPassphrase'],
    ['header MAC', () => flip(file, macPos()), 'damaged'],
    ['payload nonce', () => flip(file, headerLength + 3), 'damaged'],
    ['first chunk', () => flip(file, headerLength + 16 + 100), 'damaged'],
    ['last chunk', () => flip(file, file.length - 5), 'damaged'],
    ['empty file', () => new Uint8Array(0), 'notAgeFile'],
    ['truncated in the version line', () => file.slice(0, 10), 'notAgeFile'],
    ['truncated in the stanza', () => file.slice(0, stanzaStart() + 20), 'damaged'],
    ['truncated after the header', () => file.slice(0, headerLength), 'damaged'],
    ['truncated in the nonce', () => file.slice(0, headerLength + 8), 'damaged'],
    ['truncated after the nonce', () => file.slice(0, headerLength + 16), 'damaged'],
    ['truncated in the first chunk', () => file.slice(0, headerLength + 16 + 1000), 'damaged'],
    ['truncated at the first chunk boundary', () => file.slice(0, headerLength + 16 + CHUNK), 'damaged'],
    ['truncated at the second chunk boundary', () => file.slice(0, headerLength + 16 + 2 * CHUNK), 'damaged'],
    ['truncated one byte after a chunk boundary', () => file.slice(0, headerLength + 16 + CHUNK + 1), 'damaged'],
    ['last byte missing', () => file.slice(0, file.length - 1), 'damaged'],
    ['one byte appended', () => new Uint8Array([...file, 0]), 'damaged'],
  ];

  for (const [name, make, kind] of cases) {
    it(`${name}: refused as ${kind}, database unchanged`, async () => {
      expect(await tryImport(make())).toBe(kind);
      expect(await fullDump()).toEqual(before);
    });
  }

  it('wrong passphrase: refused, database unchanged', async () => {
    expect(await tryImport(file, 'not the passphrase')).toBe('wrongPassphrase');
    expect(await fullDump()).toEqual(before);
  });

  it('a work factor above 20: refused, database unchanged', async () => {
    const text = new TextDecoder('latin1').decode(file).replace(/^(-> scrypt \S+) 10$/m, '$1 22');
    const forged = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(await tryImport(forged)).toBe('workFactorTooHigh');
    expect(await fullDump()).toEqual(before);
  });

  it('a newer schema, records failing the schemas, plain text, an edited file: refused, database unchanged', async () => {
    const { json } = await backupJson(sampleTables(), { ...info(), schemaVersion: 99 });
    expect(await tryImport(await encryptJson(json))).toBe('newerVersion');
    const valid = JSON.parse((await backupJson(sampleTables(), info())).json) as {
      manifest: { checksum: string };
      tables: { contacts: Record<string, unknown>[] };
    };
    (valid.tables.contacts[0] as Record<string, unknown>).familyName = '';
    expect(await tryImport(await encryptJson(JSON.stringify(valid)))).toBe('checksumMismatch');
    valid.manifest.checksum = await sha256Checksum(canonicalStringify(valid.tables));
    expect(await tryImport(await encryptJson(JSON.stringify(valid)))).toBe('invalidRecords');
    expect(await tryImport(await encryptJson('just some text'))).toBe('notBackup');
    expect(await tryImport(new TextEncoder().encode('{"manifest":{"format":"tandem-backup"}}'))).toBe('notAgeFile');
    expect(await fullDump()).toEqual(before);
  });
});
