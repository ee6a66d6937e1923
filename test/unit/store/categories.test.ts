import { describe, expect, it } from 'vitest';
import { BUILTIN_CATEGORIES, contrastRatio, DARK_BACKGROUND, LIGHT_BACKGROUND, meetsMarkerContrast } from '../../../src/store/categories.ts';

describe('categories', () => {
  it('has the built-in set', () => {
    expect(BUILTIN_CATEGORIES.map((c) => c.id)).toEqual(['claim', 'quote', 'evidence', 'question', 'statement']);
  });

  it.each(BUILTIN_CATEGORIES.map((c) => [c.id, c.color]))('%s (%s) stands out on white and on dark pages', (_id, color) => {
    expect(contrastRatio(color, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(color, DARK_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(meetsMarkerContrast('#ffff00')).toBe(false);
    expect(meetsMarkerContrast('#000080')).toBe(false);
    expect(() => contrastRatio('red', '#fff')).toThrow(/#rrggbb/);
  });
});
