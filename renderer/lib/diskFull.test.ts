import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DiskFullError, isDiskFull } from './diskFull';

describe('isDiskFull', () => {
  it('knows the quota error as IndexedDB throws it, and as Dexie passes it on or wraps it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isDiskFull(quota)).toBe(true);
    expect(isDiskFull(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isDiskFull(new Dexie.AbortError('transaction aborted', quota))).toBe(true);
    expect(isDiskFull(new Error('write failed', { cause: quota }))).toBe(true);
    expect(isDiskFull(new DiskFullError('QuotaExceededError: '))).toBe(true);
  });

  it('leaves every other failure alone, words included', () => {
    expect(isDiskFull(new Error('QuotaExceededError: disk full'))).toBe(false);
    expect(isDiskFull(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isDiskFull(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(isDiskFull('QuotaExceededError')).toBe(false);
    expect(isDiskFull(null)).toBe(false);
  });
});
