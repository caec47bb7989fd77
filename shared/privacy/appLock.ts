import { scryptAsync } from '@noble/hashes/scrypt.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { DEFAULT_IDLE_MINUTES, type AppLockSecret, type AppLockSecretKind, type AppLockState } from '../domain/appLock';

/**
 * The app lock's rules, as plain functions (the renderer's LockGate and repository use them).
 *
 * What the lock is for: it hides the screen of an unattended PC. It does not encrypt the
 * database, so anyone who can copy the files from the disk can read the data without it (full-disk
 * encryption is the answer to that, and the UI says so). The PIN or passphrase is therefore only
 * ever compared with a salted scrypt hash, so that a passphrase reused elsewhere is not handed to
 * whoever copies the files, and guessing it at the lock screen is slowed by a delay that grows
 * with every wrong attempt and survives a reload (it is stored with the hash).
 */

export const PIN_MIN_DIGITS = 6;
export const PASSPHRASE_MIN_CHARS = 8;
export const SECRET_MAX_CHARS = 256;

export type SecretProblem = 'empty' | 'pinTooShort' | 'pinTooSimple' | 'passphraseTooShort' | 'tooLong';
export type SecretCheck = { ok: true; kind: AppLockSecretKind } | { ok: false; problem: SecretProblem };

/** The same text however the keyboard composed its accents (NFC), as what is hashed. */
const normalise = (secret: string): string => secret.normalize('NFC');

/** A secret made only of digits is a PIN; anything else is a passphrase. */
export const secretKindOf = (secret: string): AppLockSecretKind => (/^\d+$/.test(secret) ? 'pin' : 'passphrase');

/** 111111, 123456, 987654: the first PINs anyone tries. */
const isTrivialPin = (pin: string): boolean => {
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - (digits[i] as number)));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0] as number);
};

/**
 * Whether a new PIN or passphrase may be set: a PIN is at least 6 digits and not a run like
 * 111111 or 123456; a passphrase is at least 8 characters (counted as the user sees them).
 */
export const checkNewSecret = (secret: string): SecretCheck => {
  const s = normalise(secret);
  const length = [...s].length;
  if (s.trim() === '') return { ok: false, problem: 'empty' };
  if (length > SECRET_MAX_CHARS) return { ok: false, problem: 'tooLong' };
  const kind = secretKindOf(s);
  if (kind === 'pin') {
    if (length < PIN_MIN_DIGITS) return { ok: false, problem: 'pinTooShort' };
    if (isTrivialPin(s)) return { ok: false, problem: 'pinTooSimple' };
  } else if (length < PASSPHRASE_MIN_CHARS) return { ok: false, problem: 'passphraseTooShort' };
  return { ok: true, kind };
};

export type KdfParams = { logN: number; r: number; p: number };
/**
 * scrypt with N = 2^15, r = 8 (32 MiB): under a second in the browser on an old office PC, which
 * is also the least time between two guesses at the lock screen.
 */
export const DEFAULT_KDF: KdfParams = { logN: 15, r: 8, p: 1 };

const derive = (secret: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> =>
  scryptAsync(normalise(secret), salt, { N: 2 ** params.logN, r: params.r, p: params.p, dkLen: 32 });

/**
 * The stored form of a new PIN or passphrase (check it with `checkNewSecret` first). Slow on
 * purpose: never call it inside a Dexie transaction.
 */
export const hashSecret = async (
  secret: string,
  {
    params = DEFAULT_KDF,
    salt = crypto.getRandomValues(new Uint8Array(16)),
  }: { params?: KdfParams; salt?: Uint8Array } = {},
): Promise<AppLockSecret> => ({
  kind: secretKindOf(normalise(secret)),
  kdf: 'scrypt',
  ...params,
  salt: bytesToHex(salt),
  hash: bytesToHex(await derive(secret, salt, params)),
});

/** Compares in time independent of where the bytes differ. */
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
};

/** Whether `secret` is the one `stored` was made from. Slow on purpose, like `hashSecret`. */
export const verifySecret = async (secret: string, stored: AppLockSecret): Promise<boolean> => {
  const derived = await derive(secret, hexToBytes(stored.salt), stored);
  return sameBytes(derived, hexToBytes(stored.hash));
};

/** The longest wait between two attempts, however many went wrong. */
export const MAX_DELAY_MS = 5 * 60_000;

/**
 * How long the lock screen waits after `failedAttempts` wrong attempts in a row: 2 s after the
 * first, doubling with each one, at most 5 minutes. Ten guesses then take over ten minutes and
 * all million six-digit PINs years, while a typo costs two seconds.
 */
export const delayAfter = (failedAttempts: number): number =>
  failedAttempts <= 0 ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.min(failedAttempts, 20));

/**
 * How long until the next attempt may be made. A clock set back (the last failure seems to lie
 * in the future) does not make the wait longer than the delay itself.
 */
export const remainingDelay = (state: Pick<AppLockState, 'failedAttempts' | 'lastFailureAt'>, now: Date): number => {
  if (state.failedAttempts <= 0 || state.lastFailureAt === null) return 0;
  const delay = delayAfter(state.failedAttempts);
  const since = now.getTime() - Date.parse(state.lastFailureAt);
  return Math.max(0, Math.min(delay, delay - since));
};

/**
 * An attempt is counted as wrong before its hash is computed, and forgiven when it proves right
 * (`afterRightAttempt`). So closing or reloading the page while an attempt is being checked
 * cannot skip the delay.
 */
export const beforeAttempt = (state: AppLockState, now: Date): AppLockState => ({
  ...state,
  failedAttempts: state.failedAttempts + 1,
  lastFailureAt: now.toISOString(),
});

export const afterRightAttempt = (state: AppLockState): AppLockState => ({
  ...state,
  failedAttempts: 0,
  lastFailureAt: null,
});

/** This PC before anyone set a lock. */
export const NO_LOCK: AppLockState = {
  secret: null,
  idleMinutes: DEFAULT_IDLE_MINUTES,
  failedAttempts: 0,
  lastFailureAt: null,
};

/** Whether the screen has been left alone long enough to lock (a clock set back never locks it). */
export const isIdle = (lastActivityMs: number, nowMs: number, idleMinutes: number): boolean =>
  nowMs - lastActivityMs >= idleMinutes * 60_000;
