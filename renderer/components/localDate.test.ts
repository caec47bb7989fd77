import { describe, expect, it } from 'vitest';
import { parseLocalDate } from './localDate';

describe('parseLocalDate', () => {
  it('reads each language’s way of writing a date', () => {
    expect(parseLocalDate('22/11/2026', 'en')).toBe('2026-11-22');
    expect(parseLocalDate('2026. 11. 22.', 'hu')).toBe('2026-11-22');
    expect(parseLocalDate('2.3.2026', 'fi')).toBe('2026-03-02');
    expect(parseLocalDate('2026-03-02', 'fi')).toBe('2026-03-02');
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(parseLocalDate('31.2.2026', 'fi')).toBeNull();
    expect(parseLocalDate('tomorrow', 'en')).toBeNull();
    expect(parseLocalDate('1/2', 'en')).toBeNull();
  });
});
