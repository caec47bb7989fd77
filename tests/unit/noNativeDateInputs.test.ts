import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../renderer');

/** Every source file of the renderer (tests aside: they may mention what they forbid). */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });

/**
 * The browser's own date and time inputs show `mm/dd/yyyy` and a 12-hour clock in an English
 * browser whatever the app's language; every date and time goes through DateField/TimeField.
 * Catches `type="date"`, `type='time'`, `type={'date'}` and the other native date-ish types.
 */
const NATIVE = /\btype\s*=\s*\{?\s*["'`](date|time|datetime-local|month|week)["'`]/;

describe('date and time inputs', () => {
  it('the pattern finds the native inputs it is meant to forbid', () => {
    expect(NATIVE.test('<TextInput type="date" label="x" />')).toBe(true);
    expect(NATIVE.test("<input type='time' />")).toBe(true);
    expect(NATIVE.test('<TextInput type={"datetime-local"} />')).toBe(true);
    expect(NATIVE.test('<TextInput type="text" />')).toBe(false);
    expect(NATIVE.test('const datetype = "date";')).toBe(false);
  });

  it('no native date or time input remains in renderer/', () => {
    const files = sources(root);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => (NATIVE.test(line) ? `${relative(root, f)}:${i + 1}: ${line.trim()}` : null)),
      )
      .filter((x): x is string => x !== null);
    expect(offenders).toEqual([]);
  });
});
