import { describe, expect, it } from 'vitest';
import { tagsFromText } from '../../../src/store/tag-text.ts';

describe('tagsFromText', () => {
  it('splits on commas, trims and collapses spaces, drops empties and repeats', () => {
    expect(tagsFromText(' named  source, week 3 ,, week 3,')).toEqual(['named source', 'week 3']);
  });
  it('reads nothing from blank text', () => {
    expect(tagsFromText('  ,  ')).toEqual([]);
  });
});
