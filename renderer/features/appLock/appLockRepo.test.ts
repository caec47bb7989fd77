import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { NO_LOCK } from '../../../shared/privacy/appLock';
import { attemptSecret, changeAppLock, readAppLock, removeAppLock, setAppLock, setIdleMinutes } from './appLockRepo';

// The real scrypt work factor throughout: each check takes a moment, as in the app.

beforeEach(async () => {
  db.readOnly = false;
  await resetDatabase();
});

const auditActions = async () => (await db.auditLog.toArray()).map((e) => e.action);
const later = (ms: number) => () => new Date(Date.now() + ms);

describe('the app lock in meta', () => {
  it('is off on a new PC, and then nothing needs unlocking', async () => {
    expect(await readAppLock()).toEqual(NO_LOCK);
    expect(await attemptSecret('anything')).toEqual({ ok: true });
  });

  it('is set with a hash only, recorded in the audit log, and opened by the right PIN only', async () => {
    await setAppLock({ secret: '493817', repeat: '493817', idleMinutes: 5 });
    const stored = await readAppLock();
    expect(stored).toMatchObject({
      idleMinutes: 5,
      failedAttempts: 0,
      secret: { kind: 'pin', kdf: 'scrypt', logN: 15 },
    });
    const dump = JSON.stringify(await db.meta.toArray());
    expect(dump).not.toContain('493817');
    expect(await auditActions()).toEqual(['appLockChange']);

    expect(await attemptSecret('493817')).toEqual({ ok: true });
    expect(await readAppLock()).toMatchObject({ failedAttempts: 0, lastFailureAt: null });
  });

  it('refuses a PIN that breaks the rules, a mismatch and a second lock, before hashing anything', async () => {
    await expect(setAppLock({ secret: '12345', repeat: '12345', idleMinutes: 10 })).rejects.toThrow(
      'appLock:rules.pinTooShort',
    );
    await expect(setAppLock({ secret: '123456', repeat: '123456', idleMinutes: 10 })).rejects.toThrow(
      'appLock:rules.pinTooSimple',
    );
    await expect(setAppLock({ secret: 'short', repeat: 'short', idleMinutes: 10 })).rejects.toThrow(
      'appLock:rules.passphraseTooShort',
    );
    await expect(setAppLock({ secret: 'long enough', repeat: 'long enougH', idleMinutes: 10 })).rejects.toThrow(
      'appLock:rules.mismatch',
    );
    await expect(setAppLock({ secret: 'long enough', repeat: 'long enough', idleMinutes: 0 })).rejects.toThrow(
      'appLock:rules.idleMinutes',
    );
    expect(await readAppLock()).toEqual(NO_LOCK);
    await setAppLock({ secret: 'long enough', repeat: 'long enough', idleMinutes: 10 });
    await expect(setAppLock({ secret: 'another one', repeat: 'another one', idleMinutes: 10 })).rejects.toThrow(
      'appLock:errors.alreadySet',
    );
  });

  it('slows down wrong attempts, keeps the count where a reload finds it, and forgives it on the right one', async () => {
    await setAppLock({ secret: 'Kossuth tér 3', repeat: 'Kossuth tér 3', idleMinutes: 10 });
    const first = await attemptSecret('Kossuth ter 3');
    expect(first).toMatchObject({ ok: false, reason: 'wrong' });
    expect(first.ok === false && first.waitMs).toBeGreaterThan(1000);
    // Too soon: refused without being checked, even with the right passphrase.
    expect(await attemptSecret('Kossuth tér 3')).toMatchObject({ ok: false, reason: 'wait' });
    // What a reloaded page reads: the wrong attempt and its time.
    const stored = await db.meta.get('appLock');
    expect(stored).toMatchObject({ value: { failedAttempts: 1 } });

    const second = await attemptSecret('kossuth tér 3', later(2_500));
    expect(second).toMatchObject({ ok: false, reason: 'wrong' });
    expect(second.ok === false && second.waitMs).toBeGreaterThan(2_000);
    expect((await readAppLock()).failedAttempts).toBe(2);
    // The wait grew: 2.5 s after the first one is not enough after the second.
    expect(await attemptSecret('Kossuth tér 3', later(5_000))).toMatchObject({ ok: false, reason: 'wait' });

    expect(await attemptSecret('Kossuth tér 3', later(7_000))).toEqual({ ok: true });
    expect(await readAppLock()).toMatchObject({ failedAttempts: 0, lastFailureAt: null });
  });

  it('changes the PIN only with the current one, which counts as an attempt', async () => {
    await setAppLock({ secret: '493817', repeat: '493817', idleMinutes: 10 });
    expect(
      await changeAppLock({ current: '000001', secret: 'new pass phrase', repeat: 'new pass phrase' }),
    ).toMatchObject({
      ok: false,
      reason: 'wrong',
    });
    expect(
      await changeAppLock({ current: '493817', secret: 'new pass phrase', repeat: 'new pass phrase' }),
    ).toMatchObject({
      ok: false,
      reason: 'wait',
    });
    // After the wait, the right current PIN changes it.
    expect(await attemptSecret('493817', later(3_000))).toEqual({ ok: true });
    expect(await changeAppLock({ current: '493817', secret: 'new pass phrase', repeat: 'new pass phrase' })).toEqual({
      ok: true,
    });
    expect((await readAppLock()).secret?.kind).toBe('passphrase');
    expect(await attemptSecret('new pass phrase')).toEqual({ ok: true });
    expect(await attemptSecret('493817')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await auditActions()).toEqual(['appLockChange', 'appLockChange']);
  });

  it('is removed only with the current passphrase, and keeps the idle minutes chosen', async () => {
    await setAppLock({ secret: 'long enough', repeat: 'long enough', idleMinutes: 10 });
    await setIdleMinutes(3);
    await expect(setIdleMinutes(241)).rejects.toThrow('appLock:rules.idleMinutes');
    expect(await removeAppLock('not it at all')).toMatchObject({ ok: false, reason: 'wrong' });
    expect((await readAppLock()).secret).not.toBeNull();
    expect(await attemptSecret('long enough', later(3_000))).toEqual({ ok: true });
    expect(await removeAppLock('long enough')).toEqual({ ok: true });
    expect(await readAppLock()).toEqual({ ...NO_LOCK, idleMinutes: 3 });
    expect(await auditActions()).toEqual(['appLockChange', 'appLockChange', 'appLockChange']);
  });

  it('on a read-only database, changes nothing and counts wrong attempts in memory only', async () => {
    await setAppLock({ secret: '493817', repeat: '493817', idleMinutes: 10 });
    const before = await db.meta.get('appLock');
    db.readOnly = true;
    await expect(setIdleMinutes(5)).rejects.toThrow('errors.readOnlyDatabase');
    await expect(removeAppLock('493817')).rejects.toThrow('errors.readOnlyDatabase');
    expect(await attemptSecret('111112')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await attemptSecret('493817')).toMatchObject({ ok: false, reason: 'wait' });
    expect(await db.meta.get('appLock')).toEqual(before);
    expect(await attemptSecret('493817', later(3_000))).toEqual({ ok: true });
  });
});
