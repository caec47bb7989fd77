import { db } from '../../db/db';
import { getMeta, putMeta } from '../../db/meta';
import { assertWritable } from '../../db/openDatabase';
import type { AppLockState } from '../../../shared/domain/appLock';
import { AppLockStateSchema, IDLE_MINUTES_MAX, IDLE_MINUTES_MIN } from '../../../shared/domain/appLock';
import {
  afterRightAttempt,
  beforeAttempt,
  checkNewSecret,
  hashSecret,
  NO_LOCK,
  remainingDelay,
  verifySecret,
} from '../../../shared/privacy/appLock';

/**
 * The app lock of this PC, kept in `meta` (never merged, never in a backup). Every hash is
 * computed before anything is written and outside any transaction (it is slow on purpose).
 *
 * A read-only database (written by a newer Tandem) is never written to: the lock can still be
 * opened there, and wrong attempts are counted in memory for as long as the page lives.
 */

let unsavedState: AppLockState | undefined;

/** The lock as stored, or "no lock" on a PC where none was ever set. */
export const readAppLock = async (): Promise<AppLockState> => {
  if (db.readOnly && unsavedState) return unsavedState;
  return (await getMeta('appLock')) ?? NO_LOCK;
};

const save = async (state: AppLockState): Promise<void> => {
  const parsed = AppLockStateSchema.parse(state);
  if (db.readOnly) unsavedState = parsed;
  else await putMeta('appLock', parsed);
};

/** Every change of the lock itself is kept in the audit log, in the same transaction. */
const saveAndAudit = async (state: AppLockState): Promise<void> => {
  const parsed = AppLockStateSchema.parse(state);
  // Loaded before the transaction: awaiting anything but Dexie inside it would commit early.
  // Loaded lazily: the lock gate starts with the app and needs none of the audit log's code.
  const { recordAudit } = await import('../audit');
  await db.transaction('rw', db.meta, db.auditLog, async () => {
    await putMeta('appLock', parsed);
    await recordAudit({ action: 'appLockChange' });
  });
};

export type AttemptResult =
  | { ok: true }
  /** `wrong`: the secret was not right; `wait`: too soon after a wrong one, nothing was checked. */
  | { ok: false; reason: 'wrong' | 'wait'; waitMs: number };

/**
 * One try of a PIN or passphrase (at the lock screen, or to change or remove the lock). Too soon
 * after a wrong attempt nothing is checked. The attempt is stored as wrong before the hash is
 * computed and forgiven when it proves right, so reloading mid-check does not skip the delay.
 */
export const attemptSecret = async (secret: string, now: () => Date = () => new Date()): Promise<AttemptResult> => {
  const state = await readAppLock();
  if (!state.secret) return { ok: true };
  const wait = remainingDelay(state, now());
  if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
  const counted = beforeAttempt(state, now());
  await save(counted);
  if (await verifySecret(secret, state.secret)) {
    await save(afterRightAttempt(counted));
    return { ok: true };
  }
  // The wait runs from the verdict, not from the start of a check that took its time.
  const judged = { ...counted, lastFailureAt: now().toISOString() };
  await save(judged);
  return { ok: false, reason: 'wrong', waitMs: remainingDelay(judged, now()) };
};

/** Errors carry i18n keys of the `appLock` namespace. */
const refuseNewSecret = (secret: string, repeat: string): void => {
  const check = checkNewSecret(secret);
  if (!check.ok) throw new Error(`appLock:rules.${check.problem}`);
  if (secret !== repeat) throw new Error('appLock:rules.mismatch');
};

const checkIdleMinutes = (minutes: number): void => {
  if (!Number.isInteger(minutes) || minutes < IDLE_MINUTES_MIN || minutes > IDLE_MINUTES_MAX)
    throw new Error('appLock:rules.idleMinutes');
};

/** Set a lock where there is none. */
export const setAppLock = async (input: { secret: string; repeat: string; idleMinutes: number }): Promise<void> => {
  assertWritable();
  refuseNewSecret(input.secret, input.repeat);
  checkIdleMinutes(input.idleMinutes);
  const current = await readAppLock();
  if (current.secret) throw new Error('appLock:errors.alreadySet');
  const secret = await hashSecret(input.secret);
  await saveAndAudit({ ...current, secret, idleMinutes: input.idleMinutes, failedAttempts: 0, lastFailureAt: null });
};

/** Replace the PIN or passphrase: needs the current one (a wrong one counts as a wrong attempt). */
export const changeAppLock = async (input: {
  current: string;
  secret: string;
  repeat: string;
}): Promise<AttemptResult> => {
  assertWritable();
  refuseNewSecret(input.secret, input.repeat);
  const attempt = await attemptSecret(input.current);
  if (!attempt.ok) return attempt;
  const secret = await hashSecret(input.secret);
  await saveAndAudit({ ...(await readAppLock()), secret });
  return attempt;
};

/** Turn the lock off: needs the current PIN or passphrase. */
export const removeAppLock = async (current: string): Promise<AttemptResult> => {
  assertWritable();
  const attempt = await attemptSecret(current);
  if (!attempt.ok) return attempt;
  await saveAndAudit({ ...(await readAppLock()), secret: null, failedAttempts: 0, lastFailureAt: null });
  return attempt;
};

/** How many idle minutes lock the app. */
export const setIdleMinutes = async (minutes: number): Promise<void> => {
  assertWritable();
  checkIdleMinutes(minutes);
  await saveAndAudit({ ...(await readAppLock()), idleMinutes: minutes });
};
