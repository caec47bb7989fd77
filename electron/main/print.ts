import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { APP_INDEX_URL } from './appUrl';

/**
 * Printing renders one of the renderer's own printable routes (`#/print/...`) in a hidden window
 * with the same sandbox as the main window; the main process never builds HTML. These are the
 * decisions around it, as plain functions.
 */

/**
 * The URL of a printable route, or an error for anything that is not a `/print/...` route: the
 * hidden window must not be pointed at other pages (say, a settings page that acts on load).
 */
export const printUrlFor = (route: string): string => {
  const path = route.split('?')[0] ?? '';
  const segments = path.split('/');
  const ok =
    /^\/print\/[A-Za-z0-9/_?=&.-]+$/.test(route) &&
    segments[1] === 'print' &&
    segments.slice(2).every((s) => s !== '' && s !== '.' && s !== '..');
  if (!ok) throw new Error(`not a printable route: ${route}`);
  return `${APP_INDEX_URL}#${route}`;
};

export const printOptions = (landscape: boolean): WebContentsPrintOptions => ({
  silent: false,
  printBackground: true,
  landscape,
});

/** A4 unless the page's print stylesheet says otherwise (`@page`); headers/footers come from the page itself. */
export const pdfOptions = (landscape: boolean): PrintToPDFOptions => ({
  pageSize: 'A4',
  landscape,
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  generateTaggedPDF: true,
});

/** The name offered in the PDF save dialog: the renderer's suggestion, always ending in `.pdf`. */
export const defaultPdfName = (suggestedName: string): string => {
  const trimmed = suggestedName.trim().replace(/\.pdf$/i, '');
  return `${trimmed || 'tandem'}.pdf`;
};

/** Evaluated in the hidden window: printable pages mark their root once their data is loaded. */
export const PRINT_READY_SCRIPT = `Boolean(document.querySelector('[data-print-ready="true"]'))`;
export const PRINT_READY_TIMEOUT_MS = 20_000;

/**
 * Poll `isReady` until it answers true or the time is up. A check that throws (page still
 * loading, context being replaced) counts as "not yet".
 */
export const waitUntilReady = async (
  isReady: () => Promise<boolean>,
  {
    timeoutMs = PRINT_READY_TIMEOUT_MS,
    intervalMs = 100,
    now = Date.now,
    sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
  } = {},
): Promise<boolean> => {
  const deadline = now() + timeoutMs;
  for (;;) {
    if (await isReady().catch(() => false)) return true;
    if (now() >= deadline) return false;
    await sleep(intervalMs);
  }
};
