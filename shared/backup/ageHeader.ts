import { BackupError } from './errors';

/**
 * A small, independent reader of the textual age header, used to classify a file BEFORE the
 * age library runs: the library starts scrypt as soon as it sees a stanza, and we want to
 * refuse an absurd work factor (which would freeze or exhaust the machine), a non-age file and
 * a key-encrypted file with their own messages. The library still parses and authenticates
 * the header itself afterwards; this reader never decides that a file is valid.
 */

export const AGE_VERSION_LINE = 'age-encryption.org/v1';
export const AGE_ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
/** The highest scrypt work factor (log2 N) we agree to compute: 2^20 × 1 KiB = 1 GiB of memory. */
export const MAX_SCRYPT_WORK_FACTOR = 20;
/** Real headers are a few hundred bytes; anything longer without a MAC line is not ours. */
const MAX_HEADER_BYTES = 16 * 1024;

export type AgeHeaderInfo = {
  /** The first argument of every stanza (`scrypt`, `X25519`, …). */
  stanzaTypes: string[];
  /** log2 N of the scrypt stanza, when there is exactly one well-formed one. */
  workFactor: number | null;
  /** Bytes up to and including the MAC line's newline. */
  headerLength: number;
};

const startsWithAscii = (bytes: Uint8Array, text: string): boolean => {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
};

export const isArmored = (bytes: Uint8Array): boolean => {
  // Armor may be preceded by whitespace (the age spec allows it when decoding).
  let i = 0;
  while (
    i < bytes.length &&
    i < 64 &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return startsWithAscii(bytes.subarray(i), AGE_ARMOR_BEGIN);
};

/** Splits the header into lines; stops after the `---` MAC line. */
const headerLines = (bytes: Uint8Array): { lines: string[]; length: number } | null => {
  const lines: string[] = [];
  let start = 0;
  const limit = Math.min(bytes.length, MAX_HEADER_BYTES);
  for (let i = 0; i < limit; i++) {
    if (bytes[i] !== 0x0a) continue;
    let line = '';
    for (let j = start; j < i; j++) line += String.fromCharCode(bytes[j] as number);
    lines.push(line);
    start = i + 1;
    if (line.startsWith('---')) return { lines, length: start };
  }
  return null;
};

/**
 * Classifies an age file from its header. Throws a `BackupError`:
 * `notAgeFile` (no version line), `damaged` (the header never ends, a truncated file),
 * `notPassphraseFile` (no scrypt stanza), `workFactorTooHigh` (log2 N above 20).
 */
export const inspectAgeHeader = (bytes: Uint8Array): AgeHeaderInfo => {
  if (!startsWithAscii(bytes, `${AGE_VERSION_LINE}\n`)) {
    throw new BackupError('notAgeFile', { reason: bytes.length === 0 ? 'empty file' : 'no age version line' });
  }
  const parsed = headerLines(bytes);
  if (!parsed) throw new BackupError('damaged', { reason: 'the header has no MAC line' });
  const stanzaTypes: string[] = [];
  let workFactor: number | null = null;
  for (const line of parsed.lines) {
    if (!line.startsWith('-> ')) continue;
    const args = line.slice(3).split(' ');
    const type = args[0] ?? '';
    stanzaTypes.push(type);
    if (type !== 'scrypt') continue;
    const logN = args[2] ?? '';
    // Only a canonical decimal is a work factor; anything else is left to the library to reject.
    if (/^[1-9][0-9]{0,2}$/.test(logN)) {
      const n = Number(logN);
      if (n > MAX_SCRYPT_WORK_FACTOR)
        throw new BackupError('workFactorTooHigh', { workFactor: n, reason: `work factor ${n}` });
      workFactor = n;
    } else if (/^[1-9][0-9]*$/.test(logN)) {
      // A very long decimal is certainly above the limit.
      throw new BackupError('workFactorTooHigh', { reason: `work factor ${logN}` });
    }
  }
  if (!stanzaTypes.includes('scrypt')) {
    throw new BackupError('notPassphraseFile', { reason: `stanzas: ${stanzaTypes.join(', ') || 'none'}` });
  }
  return { stanzaTypes, workFactor, headerLength: parsed.length };
};
