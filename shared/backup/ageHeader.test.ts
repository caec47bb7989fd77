import { describe, expect, it } from 'vitest';
import { inspectAgeHeader, isArmored } from './ageHeader';
import { BackupError } from './errors';

const enc = (s: string) => new TextEncoder().encode(s);
const SALT = 'rF0/NwblUHHTpgQgRpe5CQ';
const BODY = 'Bs1M8nPyY1g9PIGEAoBgXbNqHVL4QudOHBDoQfSRl1g';
const MAC = '--- gxhoSa5BciRDt8lOpYNcx4EYtKpS0CJ06F3ZwN82VaM';
const header = (stanzaLine: string) => `age-encryption.org/v1\n${stanzaLine}\n${BODY}\n${MAC}\n\x00\x01binary`;

const kindOf = (bytes: Uint8Array): string => {
  try {
    inspectAgeHeader(bytes);
    return 'ok';
  } catch (e) {
    return e instanceof BackupError ? e.kind : 'other';
  }
};

describe('inspectAgeHeader', () => {
  it('reads the scrypt work factor and the header length', () => {
    const text = header(`-> scrypt ${SALT} 18`);
    const info = inspectAgeHeader(enc(text));
    expect(info).toEqual({ stanzaTypes: ['scrypt'], workFactor: 18, headerLength: text.indexOf('\x00') });
  });

  it('refuses work factors above 20 and accepts 20', () => {
    expect(kindOf(enc(header(`-> scrypt ${SALT} 20`)))).toBe('ok');
    expect(kindOf(enc(header(`-> scrypt ${SALT} 21`)))).toBe('workFactorTooHigh');
    expect(kindOf(enc(header(`-> scrypt ${SALT} 64`)))).toBe('workFactorTooHigh');
    expect(kindOf(enc(header(`-> scrypt ${SALT} 123456789012345678901234567890`)))).toBe('workFactorTooHigh');
  });

  it('leaves malformed work factors to the library (they are not a number we would compute)', () => {
    expect(kindOf(enc(header(`-> scrypt ${SALT} 0x12`)))).toBe('ok');
    expect(kindOf(enc(header(`-> scrypt ${SALT} 018`)))).toBe('ok');
  });

  it('tells an empty file, another file type, a key-encrypted file and a truncated header apart', () => {
    expect(kindOf(new Uint8Array(0))).toBe('notAgeFile');
    expect(kindOf(enc('{"manifest":{}}'))).toBe('notAgeFile');
    expect(kindOf(enc('age-encryption.org/v2\n'))).toBe('notAgeFile');
    expect(kindOf(enc(header('-> X25519 TEiF0ypqr+bpvcqXNyCVJpL7OuwPdVwPL7KQEbFDOCc')))).toBe('notPassphraseFile');
    expect(kindOf(enc(`age-encryption.org/v1\n-> scrypt ${SALT} 18\n${BODY}\n`))).toBe('damaged');
  });

  it('recognises ASCII armor, also after leading whitespace', () => {
    expect(isArmored(enc('-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n'))).toBe(true);
    expect(isArmored(enc('\n  -----BEGIN AGE ENCRYPTED FILE-----\n'))).toBe(true);
    expect(isArmored(enc('age-encryption.org/v1\n'))).toBe(false);
  });
});
