import { describe, expect, it } from 'vitest';
import { parseLocalDate, parseTimeOfDay } from './localDate';

describe('parseLocalDate', () => {
  it('reads each language’s way of writing a date', () => {
    expect(parseLocalDate('22/11/2026', 'en')).toBe('2026-11-22');
    expect(parseLocalDate('2026. 11. 22.', 'hu')).toBe('2026-11-22');
    expect(parseLocalDate('2026. 12. 05.', 'hu')).toBe('2026-12-05');
    expect(parseLocalDate('2.3.2026', 'fi')).toBe('2026-03-02');
    expect(parseLocalDate('5.12.2026', 'fi')).toBe('2026-12-05');
    expect(parseLocalDate('05.12.2026', 'fi')).toBe('2026-12-05');
    expect(parseLocalDate('2026-03-02', 'fi')).toBe('2026-03-02');
  });

  it('reads day before month in English, never the US order', () => {
    expect(parseLocalDate('05/12/2026', 'en')).toBe('2026-12-05');
    expect(parseLocalDate('12/25/2026', 'en')).toBeNull();
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(parseLocalDate('31.2.2026', 'fi')).toBeNull();
    expect(parseLocalDate('29.2.2026', 'fi')).toBeNull();
    expect(parseLocalDate('29.2.2028', 'fi')).toBe('2028-02-29');
    expect(parseLocalDate('tomorrow', 'en')).toBeNull();
    expect(parseLocalDate('1/2', 'en')).toBeNull();
    expect(parseLocalDate('2026. 13. 01.', 'hu')).toBeNull();
  });
});

describe('parseTimeOfDay', () => {
  it('reads the ways a 24-hour time is typed', () => {
    expect(parseTimeOfDay('17:00')).toBe('17:00');
    expect(parseTimeOfDay('17.30')).toBe('17:30');
    expect(parseTimeOfDay(' 9:05 ')).toBe('09:05');
    expect(parseTimeOfDay('17 45')).toBe('17:45');
    expect(parseTimeOfDay('1730')).toBe('17:30');
    expect(parseTimeOfDay('930')).toBe('09:30');
    expect(parseTimeOfDay('9')).toBe('09:00');
    expect(parseTimeOfDay('0')).toBe('00:00');
    expect(parseTimeOfDay('23:59')).toBe('23:59');
  });

  it('refuses what is not a time of day', () => {
    expect(parseTimeOfDay('24:00')).toBeNull();
    expect(parseTimeOfDay('12:60')).toBeNull();
    expect(parseTimeOfDay('5 pm')).toBeNull();
    expect(parseTimeOfDay('')).toBeNull();
    expect(parseTimeOfDay('17:5')).toBeNull();
    expect(parseTimeOfDay('12345')).toBeNull();
  });
});
