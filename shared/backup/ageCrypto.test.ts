import { describe, expect, it } from 'vitest';
import * as vectors from 'cctv-age';
import { Encrypter } from 'age-encryption';
import { decryptWithPassphrase, encryptWithPassphrase, type CryptoProgress } from './ageCrypto';
import { BackupError, type BackupErrorKind } from './errors';

/**
 * The C2SP CCTV age test vectors, every one that uses a passphrase, run through the exact
 * function the app decrypts backups with. Each vector is a small text header (expect:,
 * payload:, passphrase:, armored: …), a blank line, then the age file.
 */
type Vector = { name: string; expect: string; payload?: string; passphrases: string[]; file: Uint8Array };

const parseVector = (name: string, bytes: Uint8Array): Vector => {
  let i = 0;
  while (!(bytes[i] === 0x0a && bytes[i + 1] === 0x0a)) i++;
  const head = new TextDecoder().decode(bytes.subarray(0, i));
  const fields = head.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)] as const);
  return {
    name,
    expect: fields.find(([k]) => k === 'expect')?.[1] ?? '',
    payload: fields.find(([k]) => k === 'payload')?.[1],
    passphrases: fields.filter(([k]) => k === 'passphrase').map(([, v]) => v),
    file: bytes.subarray(i + 2),
  };
};

const all = Object.entries(vectors as unknown as Record<string, Uint8Array>).map(([name, b]) => parseVector(name, b));
const passphraseVectors = all.filter((v) => v.passphrases.length > 0);

const hex = async (b: Uint8Array) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', b as Uint8Array<ArrayBuffer>))]
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('');

const ALLOWED: Record<string, BackupErrorKind[]> = {
  'no match': ['wrongPassphrase', 'notPassphraseFile'],
  'header failure': ['damaged', 'workFactorTooHigh', 'notPassphraseFile', 'notAgeFile'],
  'payload failure': ['damaged'],
  'armor failure': ['damaged', 'notAgeFile'],
};

describe('CCTV age vectors with a passphrase', () => {
  it('are all found (the package has 26 of them)', () => {
    expect(passphraseVectors.length).toBeGreaterThanOrEqual(26);
    expect(passphraseVectors.map((v) => v.name)).toContain('scrypt_work_factor_23');
  });

  for (const v of passphraseVectors) {
    it(`${v.name}: ${v.expect}`, async () => {
      const run = decryptWithPassphrase(v.file, v.passphrases[0] as string);
      if (v.expect === 'success') {
        const { bytes } = await run;
        expect(await hex(bytes)).toBe(v.payload);
        return;
      }
      const err = await run.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, `${v.name} must fail`).toBeInstanceOf(BackupError);
      expect(ALLOWED[v.expect], `unknown expectation ${v.expect}`).toBeDefined();
      expect(ALLOWED[v.expect]).toContain((err as BackupError).kind);
      if (v.name === 'scrypt_work_factor_23') expect((err as BackupError).kind).toBe('workFactorTooHigh');
    });
  }
});

describe('encryptWithPassphrase / decryptWithPassphrase', () => {
  it('round-trips across several 64 KiB chunks and reports progress in phases', async () => {
    const plaintext = new Uint8Array(3 * 64 * 1024 + 123).map((_, i) => (i * 7) % 251);
    const seen: CryptoProgress[] = [];
    const { bytes, timings } = await encryptWithPassphrase(plaintext, 'correct horse', {
      workFactor: 10,
      onProgress: (p) => seen.push(p),
    });
    expect(seen[0]).toMatchObject({ phase: 'deriveKey', fraction: 0 });
    expect(seen[0]?.estimateMs).toBeGreaterThan(0);
    expect(seen.at(-1)).toEqual({ phase: 'encrypt', fraction: 1 });
    expect(timings.deriveKeyMs).toBeGreaterThan(0);
    const opened: CryptoProgress[] = [];
    const out = await decryptWithPassphrase(bytes, 'correct horse', { onProgress: (p) => opened.push(p) });
    expect(out.bytes).toEqual(plaintext);
    // Key derivation first, then the payload, never back: the progress bar only moves forward.
    expect(opened.map((p) => p.phase).filter((p, i, a) => p !== a[i - 1])).toEqual(['deriveKey', 'decrypt']);
    expect(opened.at(-1)).toEqual({ phase: 'decrypt', fraction: 1 });
    expect(out.workFactor).toBe(10);
  });

  it('reports payload progress only after key derivation is over', async () => {
    const { bytes } = await encryptWithPassphrase(new Uint8Array(200_000), 'pw', { workFactor: 14 });
    const seen: { phase: string; at: number }[] = [];
    const out = await decryptWithPassphrase(bytes, 'pw', {
      onProgress: (p) => seen.push({ phase: p.phase, at: performance.now() }),
    });
    const derive = seen.find((p) => p.phase === 'deriveKey');
    const firstPayload = seen.find((p) => p.phase === 'decrypt');
    expect(derive && firstPayload).toBeTruthy();
    expect((firstPayload?.at ?? 0) - (derive?.at ?? 0)).toBeGreaterThanOrEqual(out.timings.deriveKeyMs * 0.9);
    expect(out.workFactor).toBe(14);
  });

  it('refuses a work factor above 20 before deriving any key (it would take minutes and a GiB)', async () => {
    // The age library itself also stops at 20, so a fast refusal alone proves nothing: the kind
    // shows that our own header check answered, before the library was asked.
    const e = new Encrypter();
    e.setPassphrase('pw');
    e.setScryptWorkFactor(10);
    const file = await e.encrypt('x');
    const text = new TextDecoder('latin1').decode(file);
    const forged = new Uint8Array([...text.replace(/ 10\n/, ' 31\n')].map((c) => c.charCodeAt(0)));
    const started = Date.now();
    const err = await decryptWithPassphrase(forged, 'pw').catch((x: unknown) => x);
    expect((err as BackupError).kind).toBe('workFactorTooHigh');
    expect((err as BackupError).details.workFactor).toBe(31);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('says wrong passphrase for a wrong passphrase', async () => {
    const { bytes } = await encryptWithPassphrase(new TextEncoder().encode('{}'), 'right one', { workFactor: 10 });
    await expect(decryptWithPassphrase(bytes, 'wrong one')).rejects.toMatchObject({ kind: 'wrongPassphrase' });
  });
});
