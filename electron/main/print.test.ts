import { describe, expect, it } from 'vitest';
import { defaultPdfName, pdfOptions, printOptions, printUrlFor, waitUntilReady } from './print';
import { channels } from '../../shared/ipc/contract';

describe('printUrlFor', () => {
  it('builds the app URL of a printable route', () => {
    expect(printUrlFor('/print/attendance/2b7e1e2c-4f9a-4d5e-9c1a-0d7a3c0f5e11')).toBe(
      'app://tandem/index.html#/print/attendance/2b7e1e2c-4f9a-4d5e-9c1a-0d7a3c0f5e11',
    );
    expect(printUrlFor('/print/attendance/abc?blankRows=5&showNames=1&lng=hu')).toBe(
      'app://tandem/index.html#/print/attendance/abc?blankRows=5&showNames=1&lng=hu',
    );
  });

  it.each([
    '/mentors',
    '/settings',
    '/print',
    '/print/',
    'print/attendance/x',
    '/print/../settings',
    '/print/attendance/../../settings',
    '/print/./x',
    '/print//x',
    '/print/x#y',
    'https://evil.example/print/x',
    '/print/x y',
  ])('refuses %s', (route) => {
    expect(() => printUrlFor(route)).toThrow('not a printable route');
  });

  it('agrees with the request schema, the first gate', () => {
    const schema = channels['print.print'].request;
    for (const route of ['/print/../settings', '/print//x', '/mentors', '/print/./x']) {
      expect(schema.safeParse({ route }).success, route).toBe(false);
    }
    expect(schema.parse({ route: '/print/attendance/abc?blankRows=5' })).toEqual({
      route: '/print/attendance/abc?blankRows=5',
      landscape: false,
    });
  });
});

describe('print and PDF options', () => {
  it('opens the system dialog, with backgrounds, in the chosen orientation', () => {
    expect(printOptions(false)).toEqual({ silent: false, printBackground: true, landscape: false });
    expect(printOptions(true).landscape).toBe(true);
  });

  it('renders A4, honouring the page CSS size, with backgrounds', () => {
    expect(pdfOptions(true)).toMatchObject({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
    });
    expect(pdfOptions(false).landscape).toBe(false);
  });

  it('names the PDF after the suggestion, with exactly one .pdf', () => {
    expect(defaultPdfName('jelenleti-iv-2026-11-22')).toBe('jelenleti-iv-2026-11-22.pdf');
    expect(defaultPdfName('certificate.PDF')).toBe('certificate.pdf');
    expect(defaultPdfName('  ')).toBe('tandem.pdf');
  });
});

describe('waitUntilReady', () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, sleep: async (ms: number) => void (t += ms) };
  };

  it('resolves true as soon as the page is ready', async () => {
    const c = clock();
    let calls = 0;
    expect(await waitUntilReady(async () => ++calls >= 3, { ...c, timeoutMs: 1000, intervalMs: 100 })).toBe(true);
    expect(calls).toBe(3);
  });

  it('gives up after the timeout, treating errors as not ready', async () => {
    const c = clock();
    let calls = 0;
    const ready = await waitUntilReady(
      async () => {
        calls++;
        throw new Error('Execution context was destroyed');
      },
      { ...c, timeoutMs: 1000, intervalMs: 100 },
    );
    expect(ready).toBe(false);
    expect(calls).toBe(11);
    expect(c.now()).toBe(1000);
  });
});
