import { describe, expect, it } from 'vitest';
import { paginate, ROWS_PER_PAGE } from './paginate';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('always gives at least one page', () => {
    expect(paginate([], { first: 3, rest: 4 })).toEqual([[]]);
  });

  it('fills the first page, then the following ones', () => {
    expect(paginate(rows(3), { first: 3, rest: 4 })).toEqual([[1, 2, 3]]);
    expect(paginate(rows(4), { first: 3, rest: 4 })).toEqual([[1, 2, 3], [4]]);
    expect(paginate(rows(11), { first: 3, rest: 4 })).toEqual([
      [1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10, 11],
    ]);
    expect(paginate(rows(12), { first: 3, rest: 4 })).toHaveLength(4);
  });

  it('keeps every row exactly once, in order', () => {
    const pages = paginate(rows(100), ROWS_PER_PAGE.landscape);
    expect(pages.flat()).toEqual(rows(100));
    expect(
      pages.every((p, i) => p.length <= (i === 0 ? ROWS_PER_PAGE.landscape.first : ROWS_PER_PAGE.landscape.rest)),
    ).toBe(true);
  });

  it('puts 40 participants and 5 blank rows on two portrait pages', () => {
    expect(paginate(rows(45), ROWS_PER_PAGE.portrait).map((p) => p.length)).toEqual([23, 22]);
  });

  it('refuses a page that holds nothing (it would loop for ever)', () => {
    expect(() => paginate(rows(2), { first: 0, rest: 1 })).toThrow(RangeError);
  });
});
