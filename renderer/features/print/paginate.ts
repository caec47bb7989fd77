/**
 * How many table rows fit on a printed A4 page. Chromium cannot reliably print "page N of M"
 * with CSS counters in running footers, so printable pages paginate themselves: one
 * `<section>` per sheet of paper, each with its own header, table head and footer. The
 * numbers below are measured against `print.css` (rows are 8 mm high, room to sign; the
 * logo always takes 14 mm; title, place and facilitators are clamped to two lines) and keep
 * about 8 mm spare on every page for font differences between PCs. The first page carries
 * the full header, the following pages a one-line header and therefore more rows.
 * tests/e2e/print.spec.ts prints full pages with the largest header to hold us to it.
 */
export type Orientation = 'portrait' | 'landscape';
export type PageCapacity = { first: number; rest: number };

export const ROWS_PER_PAGE: Record<Orientation, PageCapacity> = {
  portrait: { first: 23, rest: 30 },
  landscape: { first: 12, rest: 19 },
};

/** Split rows into pages; there is always at least one page (an empty sheet still prints). */
export const paginate = <T>(rows: readonly T[], capacity: PageCapacity): T[][] => {
  if (capacity.first < 1 || capacity.rest < 1) throw new RangeError('a page must hold at least one row');
  const pages: T[][] = [rows.slice(0, capacity.first)];
  for (let i = capacity.first; i < rows.length; i += capacity.rest) pages.push(rows.slice(i, i + capacity.rest));
  return pages;
};
