import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { putRows, type SeedRows } from './seedRecords';

/**
 * Printable pages of Tandem. Data is seeded into the app's own IndexedDB after the app has
 * opened it (so the schema exists), then the printable route is opened in the same page.
 */
export class PrintPages {
  constructor(private readonly page: Page) {}

  /**
   * Replace window.print() (a blocking dialog in a real browser) with a recorder of what was
   * on screen when it was called: the route and whether the printable page was ready.
   */
  async recordPrints(): Promise<void> {
    await this.page.addInitScript(() => {
      const w = window as unknown as { __prints: { hash: string; ready: boolean; text: string }[] };
      w.__prints = [];
      window.print = () => {
        const ready = document.querySelector('[data-print-ready="true"]');
        w.__prints.push({
          hash: location.hash,
          ready: Boolean(ready),
          text: ready?.querySelector('main')?.textContent ?? '',
        });
      };
    });
  }

  async prints(): Promise<{ hash: string; ready: boolean; text: string }[]> {
    return this.page.evaluate(
      () => (window as unknown as { __prints: { hash: string; ready: boolean; text: string }[] }).__prints,
    );
  }

  /**
   * What was printed after a Print button was clicked, once the browser build has printed and
   * come back to `back`. Waits for the print first: right after the click the URL is still the
   * page the user is on, so checking the URL alone would read the prints before there are any.
   */
  async printedAndBackTo(back: RegExp): Promise<{ hash: string; ready: boolean; text: string }[]> {
    await expect.poll(async () => (await this.prints()).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect(this.page).toHaveURL(back);
    return this.prints();
  }

  async openApp(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('navigation')).toBeVisible();
  }

  async seed(rows: SeedRows): Promise<void> {
    await putRows(this.page, rows);
  }

  /** Opens a printable route (e.g. `/print/attendance/<id>?lang=hu`) and waits until it is ready. */
  async open(route: string): Promise<void> {
    await this.page.goto(`/#${route}`);
    await expect(this.page.locator('[data-print-ready="true"]')).toBeAttached();
  }

  /** The page as Chromium prints it to PDF, read back as text; one string per printed page. */
  async pdfPages(): Promise<string[]> {
    return (await this.pdf()).pages;
  }

  /**
   * The page printed to PDF once, read back: the text of each page (pdftotext) and the page
   * number of each image in it (pdfimages -list), e.g. the organisation's logo.
   */
  async pdf(): Promise<{ pages: string[]; imagePages: number[] }> {
    const pdf = await this.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const dir = mkdtempSync(join(tmpdir(), 'tandem-print-'));
    try {
      const file = join(dir, 'sheet.pdf');
      writeFileSync(file, pdf);
      // Set PRINT_PDF_DIR to keep the PDFs for a look by eye.
      if (process.env.PRINT_PDF_DIR)
        writeFileSync(
          join(process.env.PRINT_PDF_DIR, `${Date.now()}-${Math.random().toString(36).slice(2, 6)}.pdf`),
          pdf,
        );
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      // pdftotext ends every page with a form feed.
      const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
      // pdfimages -list: two header lines, then one line per image: page, num, type (an
      // image's transparency is listed apart as an `smask`).
      const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
      const imagePages = list
        .split('\n')
        .slice(2)
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols[2] === 'image')
        .map((cols) => Number(cols[0]));
      return { pages, imagePages };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
