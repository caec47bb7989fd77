import { z } from 'zod';
import { IsoDateTimeSchema } from './base';

/**
 * The app lock of this PC (shared/privacy/appLock.ts has its rules). Kept in `meta`: it belongs
 * to the PC, never to the data, so it is neither merged nor in a backup. It holds no personal
 * data and never the PIN or passphrase itself, only a salted scrypt hash and its parameters.
 */

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const AppLockSecretKindSchema = z.enum(['pin', 'passphrase']);
export type AppLockSecretKind = z.infer<typeof AppLockSecretKindSchema>;

/** A salted scrypt hash of the PIN or passphrase, with the parameters it was made with. */
export const AppLockSecretSchema = z.object({
  /** How the lock screen asks for it (a PIN gets a numeric keypad). */
  kind: AppLockSecretKindSchema,
  kdf: z.literal('scrypt'),
  /** log2 of scrypt's N; bounded so a damaged record cannot make us compute for minutes. */
  logN: z.number().int().min(10).max(20),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: Hex(16),
  hash: Hex(32),
});
export type AppLockSecret = z.infer<typeof AppLockSecretSchema>;

export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 240;
export const DEFAULT_IDLE_MINUTES = 10;

export const AppLockStateSchema = z.object({
  /** null: no lock is set. */
  secret: AppLockSecretSchema.nullable(),
  /** Lock after this many minutes without mouse, keyboard or touch. */
  idleMinutes: z.number().int().min(IDLE_MINUTES_MIN).max(IDLE_MINUTES_MAX),
  /** Wrong attempts since the last right one; kept so a reload does not reset the delay. */
  failedAttempts: z.number().int().min(0),
  /** When the last attempt was made that has not (yet) proved right. */
  lastFailureAt: IsoDateTimeSchema.nullable(),
});
export type AppLockState = z.infer<typeof AppLockStateSchema>;
