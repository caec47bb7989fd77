import { describe, expect, it } from 'vitest';
import { AppLockSecretSchema, AppLockStateSchema } from '../domain/appLock';
import { MetaEntrySchema } from '../domain/meta';
import {
  afterRightAttempt,
  beforeAttempt,
  checkNewSecret,
  delayAfter,
  hashSecret,
  isIdle,
  MAX_DELAY_MS,
  NO_LOCK,
  remainingDelay,
  secretKindOf,
  verifySecret,
} from './appLock';

// A small work factor keeps the tests quick; the parameters travel with the hash.
const FAST = { logN: 10, r: 8, p: 1 };

describe('checkNewSecret', () => {
  it('takes a PIN of six or more digits and a passphrase of eight or more characters', () => {
    expect(checkNewSecret('493817')).toEqual({ ok: true, kind: 'pin' });
    expect(checkNewSecret('4938172')).toEqual({ ok: true, kind: 'pin' });
    expect(checkNewSecret('tea at 5!')).toEqual({ ok: true, kind: 'passphrase' });
    expect(checkNewSecret('kávé és tea')).toEqual({ ok: true, kind: 'passphrase' });
  });

  it('refuses short PINs, short passphrases and empty or blank ones', () => {
    expect(checkNewSecret('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkNewSecret('        ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkNewSecret('49381')).toEqual({ ok: false, problem: 'pinTooShort' });
    expect(checkNewSecret('abc1234')).toEqual({ ok: false, problem: 'passphraseTooShort' });
    expect(checkNewSecret('x'.repeat(257))).toEqual({ ok: false, problem: 'tooLong' });
  });

  it('counts characters as the user sees them, not UTF-16 units', () => {
    // Seven emoji are 14 UTF-16 units but seven characters.
    expect(checkNewSecret('🔒🔒🔒🔒🔒🔒🔒')).toEqual({ ok: false, problem: 'passphraseTooShort' });
    expect(checkNewSecret('🔒🔒🔒🔒🔒🔒🔒🔒')).toEqual({ ok: true, kind: 'passphrase' });
  });

  it('refuses the PINs anyone tries first', () => {
    for (const pin of ['000000', '111111', '123456', '654321', '4567890'.slice(0, 6)])
      expect(checkNewSecret(pin)).toEqual({ ok: false, problem: 'pinTooSimple' });
    expect(checkNewSecret('123457')).toEqual({ ok: true, kind: 'pin' });
  });

  it('tells a PIN from a passphrase', () => {
    expect(secretKindOf('20261122')).toBe('pin');
    expect(secretKindOf('2026-11-22')).toBe('passphrase');
  });
});

describe('hashSecret and verifySecret', () => {
  it('verifies the right secret only, and stores no trace of it', async () => {
    const stored = await hashSecret('Lakatos utca 12', { params: FAST });
    expect(AppLockSecretSchema.parse(stored)).toEqual(stored);
    expect(stored).toMatchObject({ kind: 'passphrase', kdf: 'scrypt', logN: 10, r: 8, p: 1 });
    expect(JSON.stringify(stored)).not.toContain('Lakatos');
    expect(await verifySecret('Lakatos utca 12', stored)).toBe(true);
    expect(await verifySecret('lakatos utca 12', stored)).toBe(false);
    expect(await verifySecret('Lakatos utca 12 ', stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
  });

  it('salts every hash: the same PIN twice gives two different records', async () => {
    const a = await hashSecret('493817', { params: FAST });
    const b = await hashSecret('493817', { params: FAST });
    expect(a.kind).toBe('pin');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifySecret('493817', b)).toBe(true);
  });

  it('is scrypt (RFC 7914 test vector), with the default work factor of 2^15', async () => {
    // RFC 7914 §12: scrypt("password", "NaCl", N=1024, r=8, p=16, dkLen=64); we keep the first 32 bytes.
    const salt = new TextEncoder().encode('NaCl');
    const stored = await hashSecret('password', { params: { logN: 10, r: 8, p: 16 }, salt });
    expect(stored.hash).toBe('fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162');
    expect((await hashSecret('493817', { salt })).logN).toBe(15);
  });

  it('accepts the secret however its accents were composed', async () => {
    const composed = 'Sárközi Ágnes 1'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const stored = await hashSecret(decomposed, { params: FAST });
    expect(await verifySecret(composed, stored)).toBe(true);
  });
});

describe('the delay after wrong attempts', () => {
  it('grows with every wrong attempt, up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map(delayAfter)).toEqual([
      0,
      2000,
      4000,
      8000,
      16000,
      32000,
      64000,
      128000,
      256000,
      MAX_DELAY_MS,
      MAX_DELAY_MS,
    ]);
  });

  it('counts an attempt before it is checked and forgives it when it was right', () => {
    const t0 = new Date('2026-11-22T10:00:00.000Z');
    const once = beforeAttempt(NO_LOCK, t0);
    expect(once).toMatchObject({ failedAttempts: 1, lastFailureAt: '2026-11-22T10:00:00.000Z' });
    const twice = beforeAttempt(once, new Date(t0.getTime() + 5000));
    expect(twice.failedAttempts).toBe(2);
    expect(afterRightAttempt(twice)).toEqual({ ...twice, failedAttempts: 0, lastFailureAt: null });
    expect(AppLockStateSchema.parse(twice)).toEqual(twice);
  });

  it('tells how long is left, and a clock set back does not stretch it', () => {
    const state = { failedAttempts: 3, lastFailureAt: '2026-11-22T10:00:00.000Z' };
    const at = (iso: string) => remainingDelay(state, new Date(iso));
    expect(at('2026-11-22T10:00:00.000Z')).toBe(8000);
    expect(at('2026-11-22T10:00:05.000Z')).toBe(3000);
    expect(at('2026-11-22T10:00:08.000Z')).toBe(0);
    expect(at('2026-11-22T11:00:00.000Z')).toBe(0);
    expect(at('2026-11-21T10:00:00.000Z')).toBe(8000);
    expect(remainingDelay({ failedAttempts: 0, lastFailureAt: null }, new Date())).toBe(0);
  });
});

describe('isIdle', () => {
  it('is idle once the minutes have passed without activity', () => {
    const t = Date.parse('2026-11-22T10:00:00.000Z');
    expect(isIdle(t, t + 10 * 60_000 - 1, 10)).toBe(false);
    expect(isIdle(t, t + 10 * 60_000, 10)).toBe(true);
    expect(isIdle(t, t - 60 * 60_000, 10)).toBe(false);
  });
});

describe('the meta entry', () => {
  it('keeps the lock under its own key, and refuses a damaged one', async () => {
    const secret = await hashSecret('493817', { params: FAST });
    const entry = { key: 'appLock', value: { ...NO_LOCK, secret } };
    expect(MetaEntrySchema.parse(entry)).toEqual(entry);
    expect(MetaEntrySchema.safeParse({ key: 'appLock', value: { ...NO_LOCK, idleMinutes: 0 } }).success).toBe(false);
    expect(
      MetaEntrySchema.safeParse({ key: 'appLock', value: { ...NO_LOCK, secret: { ...secret, logN: 30 } } }).success,
    ).toBe(false);
  });
});
