/**
 * A write the disk had no room for. IndexedDB reports it as a DOMException named
 * `QuotaExceededError` (the browser's storage quota is a share of the free disk space); Dexie
 * passes it on under the same name, or wraps it (an aborted transaction's `inner`). It is the one
 * failure a coordinator can mend alone — free some space — so it gets its own message
 * (`common:errors.diskFull`, `backup:errors.diskFull`) instead of "something went wrong".
 */
export class DiskFullError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'DiskFullError';
  }
}

const QUOTA = 'QuotaExceededError';

/** Whether `err`, or an error it wraps (Dexie's `inner`, a `cause`), says the disk is full. */
export const isDiskFull = (err: unknown, depth = 0): boolean => {
  if (err instanceof DiskFullError) return true;
  if (typeof err !== 'object' || err === null || depth > 3) return false;
  const { name, inner, cause } = err as { name?: unknown; inner?: unknown; cause?: unknown };
  return name === QUOTA || isDiskFull(inner, depth + 1) || isDiskFull(cause, depth + 1);
};
