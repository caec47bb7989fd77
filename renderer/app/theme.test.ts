import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { createAppTheme, darken } from './theme';

const luminance = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [16, 8, 0].map((s) => {
    const c = ((n >> s) & 255) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('theme colours', () => {
  const theme = mergeMantineTheme(DEFAULT_THEME, createAppTheme('Close'));

  it('darken mixes with black', () => {
    expect(darken('#ffffff', 0.5)).toBe('#808080');
    expect(darken('#087f5b', 0)).toBe('#087f5b');
  });

  it('keeps light-variant text of every colour readable on its pale background (AA 4.5:1)', () => {
    for (const color of Object.keys(theme.colors)) {
      const resolved = theme.variantColorResolver({ color, theme, variant: 'light' });
      const paleBackground = theme.colors[color]![0];
      expect(contrast(resolved.color, paleBackground), color).toBeGreaterThanOrEqual(4.5);
      expect(contrast(resolved.color, '#ffffff'), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps white text readable on the filled primary colour and its hover', () => {
    const filled = theme.colors.tandem![9];
    const hover = theme.colors.tandem![8];
    expect(contrast('#ffffff', filled)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', hover)).toBeGreaterThanOrEqual(4.5);
  });
});
