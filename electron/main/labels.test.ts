import { describe, expect, it } from 'vitest';
import { interpolate, labelsFor, languageFromLocale, parseMenuLabels } from './labels';

describe('menu labels', () => {
  it('parses for every language and is really translated', () => {
    const en = labelsFor('en');
    const hu = labelsFor('hu');
    const fi = labelsFor('fi');
    expect(en.file.exportBackup).toBe('Export backup…');
    expect(hu.file.label).toBe('Fájl');
    expect(fi.go.mentors).toBe('Vertaistukijat');
    expect(hu.dialog.saveBackup).not.toBe(en.dialog.saveBackup);
    expect(fi.error.writeFailed).toContain('{{path}}');
  });

  it('rejects a file with a missing or extra key', () => {
    const en = structuredClone(labelsFor('en')) as Record<string, Record<string, string>>;
    delete en.file!.print;
    expect(() => parseMenuLabels(en)).toThrow();
    const extra = { ...structuredClone(labelsFor('en')), surprise: { a: 'b' } };
    expect(() => parseMenuLabels(extra)).toThrow();
  });

  it('interpolates placeholders', () => {
    expect(interpolate('Tandem {{version}}', { version: '0.1.0' })).toBe('Tandem 0.1.0');
    expect(interpolate('{{ name }} > {{limit}} MB', { name: 'a.age', limit: 512 })).toBe('a.age > 512 MB');
    expect(interpolate('{{unknown}}', {})).toBe('{{unknown}}');
  });

  it('maps OS locales to shipped languages', () => {
    expect(languageFromLocale('hu-HU')).toBe('hu');
    expect(languageFromLocale('fi')).toBe('fi');
    expect(languageFromLocale('FI-fi')).toBe('fi');
    expect(languageFromLocale('sv-FI')).toBe('en');
    expect(languageFromLocale('')).toBe('en');
    // Serbian: Latin when the locale says so, else Cyrillic (the official script in Serbia).
    expect(languageFromLocale('sr-Latn-RS')).toBe('sr-Latn');
    expect(languageFromLocale('sr-RS')).toBe('sr-Cyrl');
    expect(languageFromLocale('sr')).toBe('sr-Cyrl');
  });

  it('has the native menu in Serbian, Latin and Cyrillic', () => {
    expect(labelsFor('sr-Latn').file.label).toBe('Datoteka');
    expect(labelsFor('sr-Cyrl').file.label).toBe('Датотека');
    expect(labelsFor('sr-Cyrl').go.mentors).toBe('Ментори');
  });
});
