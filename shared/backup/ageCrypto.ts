import { Decrypter, Encrypter, armor, type ReadableStreamWithSize } from 'age-encryption';
import { inspectAgeHeader, isArmored } from './ageHeader';
import { BackupError, isBackupError } from './errors';

/**
 * The only place the app encrypts and decrypts backups. Both directions stream through the
 * age library in 1 MiB pieces so the caller gets progress, and both time key derivation
 * (scrypt) apart from the bulk cipher work, for the progress bar and the benchmark.
 */

/** age's default; about a second on an ordinary PC. */
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;
// Pieces fed to the age stream. 64 KiB pieces cost about a third more cipher time on 30 MB
// (per-piece stream overhead: 410 vs 310 ms in Node); 1 MiB still gives dozens of progress steps.
const PIECE = 1024 * 1024;

export type CryptoPhase = 'deriveKey' | 'encrypt' | 'decrypt';
export type CryptoProgress = {
  phase: CryptoPhase;
  /** 0..1 within the phase. Key derivation cannot report progress: see `estimateMs`. */
  fraction: number;
  /** For `deriveKey`: how long derivation is expected to take, measured on this machine. */
  estimateMs?: number;
};
export type OnCryptoProgress = (p: CryptoProgress) => void;
export type CryptoTimings = { deriveKeyMs: number; cipherMs: number };

const now = (): number => globalThis.performance?.now() ?? Date.now();

/** A stream over `bytes` in `PIECE`-sized pieces that reports how much has been consumed. */
const piecewise = (bytes: Uint8Array, onPulled: (done: number) => void): ReadableStream<Uint8Array> => {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const end = Math.min(bytes.length, offset + PIECE);
      controller.enqueue(bytes.subarray(offset, end));
      offset = end;
      onPulled(offset);
    },
  });
};

const readAll = async (stream: ReadableStream<Uint8Array>, sizeHint: number): Promise<Uint8Array> => {
  const reader = stream.getReader();
  let out = new Uint8Array(Math.max(sizeHint, 0));
  let used = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (used + value.length > out.length) {
      const bigger = new Uint8Array(Math.max(out.length * 2, used + value.length));
      bigger.set(out.subarray(0, used));
      out = bigger;
    }
    out.set(value, used);
    used += value.length;
  }
  return used === out.length ? out : out.slice(0, used);
};

/**
 * How long scrypt at `workFactor` takes here, from one run at a work factor 256 times smaller
 * (a few milliseconds): scrypt's time is linear in N.
 */
export const estimateKeyDerivationMs = async (workFactor: number): Promise<number> => {
  const probe = Math.max(1, Math.min(workFactor, 10));
  const e = new Encrypter();
  e.setPassphrase('calibration');
  e.setScryptWorkFactor(probe);
  const t0 = now();
  await e.encrypt(new Uint8Array(0));
  return (now() - t0) * 2 ** (workFactor - probe);
};

export const encryptWithPassphrase = async (
  plaintext: Uint8Array,
  passphrase: string,
  options: { workFactor?: number; onProgress?: OnCryptoProgress } = {},
): Promise<{ bytes: Uint8Array; timings: CryptoTimings }> => {
  const workFactor = options.workFactor ?? DEFAULT_SCRYPT_WORK_FACTOR;
  const report = options.onProgress ?? (() => undefined);
  report({ phase: 'deriveKey', fraction: 0, estimateMs: await estimateKeyDerivationMs(workFactor) });
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  e.setScryptWorkFactor(workFactor);
  const t0 = now();
  // The header (and so scrypt) is computed before encrypt() resolves; the payload streams after.
  const out = await e.encrypt(
    piecewise(plaintext, (done) => report({ phase: 'encrypt', fraction: done / Math.max(plaintext.length, 1) })),
  );
  const t1 = now();
  const bytes = await readAll(out, out.size(plaintext.length));
  const t2 = now();
  report({ phase: 'encrypt', fraction: 1 });
  return { bytes, timings: { deriveKeyMs: t1 - t0, cipherMs: t2 - t1 } };
};

/** Maps the age library's errors (plain `Error`s with English messages) to our kinds. */
const classify = (err: unknown, stage: 'header' | 'payload'): BackupError => {
  if (isBackupError(err)) return err;
  const reason = err instanceof Error ? err.message : String(err);
  if (stage === 'header' && /no identity matched/.test(reason)) return new BackupError('wrongPassphrase', { reason });
  if (/work factor is too high/.test(reason)) return new BackupError('workFactorTooHigh', { reason });
  return new BackupError('damaged', { reason });
};

/**
 * Decrypts a passphrase-encrypted age file (binary or ASCII-armored). Throws `BackupError`;
 * the work factor is checked by our own header reader before any key derivation starts.
 */
export const decryptWithPassphrase = async (
  file: Uint8Array,
  passphrase: string,
  options: { onProgress?: OnCryptoProgress } = {},
): Promise<{ bytes: Uint8Array; timings: CryptoTimings; workFactor: number | null }> => {
  const report = options.onProgress ?? (() => undefined);
  let bytes = file;
  if (isArmored(file)) {
    try {
      bytes = armor.decode(new TextDecoder('utf-8', { fatal: true }).decode(file));
    } catch (err) {
      throw new BackupError('damaged', { reason: `armor: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  const info = inspectAgeHeader(bytes);
  if (info.workFactor !== null)
    report({ phase: 'deriveKey', fraction: 0, estimateMs: await estimateKeyDerivationMs(info.workFactor) });
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  const t0 = now();
  let out: ReadableStreamWithSize;
  // The library reads the header from the stream before it derives the key: report the
  // payload's progress only once derivation is over, or the bar would leave 'deriveKey' early.
  let headerDone = false;
  try {
    out = await d.decrypt(
      piecewise(bytes, (done) => headerDone && report({ phase: 'decrypt', fraction: done / bytes.length })),
    );
  } catch (err) {
    throw classify(err, 'header');
  }
  headerDone = true;
  report({ phase: 'decrypt', fraction: 0 });
  const t1 = now();
  let sizeHint = 0;
  try {
    sizeHint = out.size(bytes.length);
  } catch {
    // An impossible ciphertext length: reading will fail with the real reason below.
  }
  let plaintext: Uint8Array;
  try {
    plaintext = await readAll(out, sizeHint);
  } catch (err) {
    throw classify(err, 'payload');
  }
  const t2 = now();
  report({ phase: 'decrypt', fraction: 1 });
  return { bytes: plaintext, timings: { deriveKeyMs: t1 - t0, cipherMs: t2 - t1 }, workFactor: info.workFactor };
};
