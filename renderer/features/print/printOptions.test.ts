import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import {
  attendanceRoute,
  blankSheetRoute,
  certificateRoute,
  DEFAULT_BLANK_ROWS,
  parseAttendanceOptions,
  parseBlankSheetOptions,
  parseCertificateOptions,
  pdfFileName,
} from './printOptions';

const ID = '6f1c2b9e-4d3a-4c1b-9f0e-1a2b3c4d5e6f';
const paramsOf = (route: string) => new URLSearchParams(route.split('?')[1] ?? '');

describe('attendance sheet options', () => {
  it('defaults to portrait, 5 blank rows, codes for mentees, the session language', () => {
    expect(parseAttendanceOptions(new URLSearchParams())).toEqual({
      landscape: false,
      blankRows: DEFAULT_BLANK_ROWS,
      showNames: false,
      lang: null,
    });
  });

  it('round-trips through the route', () => {
    const options = { landscape: true, blankRows: 12, showNames: true, lang: 'hu' as const };
    const route = attendanceRoute(ID, options);
    expect(route).toBe(`/print/attendance/${ID}?landscape=1&blankRows=12&showNames=1&lang=hu`);
    expect(parseAttendanceOptions(paramsOf(route))).toEqual(options);
  });

  it('falls back to defaults for malformed values instead of failing', () => {
    expect(parseAttendanceOptions(new URLSearchParams('blankRows=-3&lang=de&showNames=yes&landscape=0'))).toEqual({
      landscape: false,
      blankRows: DEFAULT_BLANK_ROWS,
      showNames: false,
      lang: null,
    });
    expect(parseAttendanceOptions(new URLSearchParams('blankRows=1000')).blankRows).toBe(DEFAULT_BLANK_ROWS);
    expect(parseAttendanceOptions(new URLSearchParams('blankRows=0')).blankRows).toBe(0);
  });

  it('blank sheet: rows default to one full page', () => {
    expect(parseBlankSheetOptions(new URLSearchParams()).rows).toBeNull();
    expect(parseBlankSheetOptions(paramsOf(blankSheetRoute({ rows: 30, lang: 'fi', landscape: true })))).toEqual({
      rows: 30,
      lang: 'fi',
      landscape: true,
    });
    expect(parseBlankSheetOptions(new URLSearchParams('rows=0')).rows).toBeNull();
  });

  it('certificate: the language only', () => {
    expect(parseCertificateOptions(paramsOf(certificateRoute(ID, { lang: 'fi' })))).toEqual({ lang: 'fi' });
    expect(certificateRoute(ID)).toBe(`/print/certificate/${ID}`);
  });

  it('every route is one the desktop bridge accepts', () => {
    const routes = [
      attendanceRoute(ID),
      attendanceRoute(ID, { landscape: true, blankRows: 0, showNames: true, lang: 'fi' }),
      blankSheetRoute(),
      blankSheetRoute({ rows: 40, landscape: true, lang: 'hu' }),
      certificateRoute(ID, { lang: 'en' }),
    ];
    for (const route of routes) expect(channels['print.print'].request.safeParse({ route }).success, route).toBe(true);
  });
});

describe('pdf file names', () => {
  it('removes what a save dialog refuses and keeps accents', () => {
    const name = pdfFileName('Jelenléti ív', '2026-11-20', 'Csoport: "A/B" <teszt>?');
    expect(name).toBe('Jelenléti ív 2026-11-20 Csoport A B teszt.pdf');
    expect(channels['print.toPdf'].request.safeParse({ route: '/print/x', suggestedName: name }).success).toBe(true);
  });

  it('never returns an empty or overlong name', () => {
    expect(pdfFileName('???')).toBe('tandem.pdf');
    expect(pdfFileName('x'.repeat(500)).length).toBeLessThanOrEqual(200);
  });
});
