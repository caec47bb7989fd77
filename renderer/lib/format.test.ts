import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';

describe('format (cached Intl formatters)', () => {
  it('formats dates per language, the same on every call and after switching language', () => {
    expect(formatDate('2026-11-22', 'en')).toBe('22/11/2026');
    expect(formatDate('2026-11-22', 'fi')).toBe('22.11.2026');
    expect(formatDate('2026-11-22', 'hu')).toBe('2026. 11. 22.');
    expect(formatDate('2026-11-22', 'en')).toBe('22/11/2026');
    expect(formatDate('', 'en')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('keeps number formats apart by fraction digits', () => {
    expect(formatNumber(1.256, 'en', 1)).toBe('1.3');
    expect(formatNumber(1.256, 'en', 2)).toBe('1.26');
    expect(formatNumber(1.256, 'fi', 2)).toBe('1,26');
  });

  it('formats an instant in the language', () => {
    expect(formatDateTime('2026-11-22T10:30:00.000Z', 'en')).toMatch(/2026/);
    expect(formatDateTime(null, 'en')).toBe('');
  });
});
