import { describe, expect, it } from 'vitest';
import { pageCounterContent } from './PrintLayout';

describe('pageCounterContent', () => {
  it('turns a translated "page of pages" sentence into CSS counters between quoted words', () => {
    expect(pageCounterContent('Sivu \u0001 / \u0002')).toBe('"Sivu " counter(page) " / " counter(pages)');
    expect(pageCounterContent('\u0001. oldal / \u0002')).toBe('counter(page) ". oldal / " counter(pages)');
  });

  it('escapes what would end the string or the style element', () => {
    expect(pageCounterContent('"a\\b</style> \u0001')).toBe('"\\22 a\\5c b\\3c /style> " counter(page)');
  });
});
