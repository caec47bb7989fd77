import { z } from 'zod';
import { LanguageSchema, type Language } from '../../../shared/domain/base';

/**
 * The options of a printable page travel in its route's query string, so that the very same
 * URL is previewed on screen, printed by the browser and rendered to PDF by the desktop shell.
 * Unknown or malformed values fall back to the defaults instead of failing: a printed sheet
 * is better than an error page.
 */

const Flag = z
  .string()
  .nullable()
  .transform((v) => v === '1' || v === 'true');
const Lang = LanguageSchema.nullable().catch(null);

export const DEFAULT_BLANK_ROWS = 5;
export const MAX_BLANK_ROWS = 100;

const BlankRows = (fallback: number) => z.coerce.number().int().min(0).max(MAX_BLANK_ROWS).catch(fallback);

export type AttendanceOptions = { landscape: boolean; blankRows: number; showNames: boolean; lang: Language | null };
export type BlankSheetOptions = { landscape: boolean; rows: number | null; lang: Language | null };
export type CertificateOptions = { lang: Language | null };

export const parseAttendanceOptions = (params: URLSearchParams): AttendanceOptions => ({
  landscape: Flag.parse(params.get('landscape')),
  blankRows: params.has('blankRows')
    ? BlankRows(DEFAULT_BLANK_ROWS).parse(params.get('blankRows'))
    : DEFAULT_BLANK_ROWS,
  showNames: Flag.parse(params.get('showNames')),
  lang: Lang.parse(params.get('lang')),
});

/** `rows: null` means "as many as fit on one page". */
export const parseBlankSheetOptions = (params: URLSearchParams): BlankSheetOptions => ({
  landscape: Flag.parse(params.get('landscape')),
  rows: params.has('rows')
    ? z.coerce.number().int().min(1).max(MAX_BLANK_ROWS).nullable().catch(null).parse(params.get('rows'))
    : null,
  lang: Lang.parse(params.get('lang')),
});

export const parseCertificateOptions = (params: URLSearchParams): CertificateOptions => ({
  lang: Lang.parse(params.get('lang')),
});

const query = (entries: [string, string | null][]): string => {
  const kept = entries.filter((e): e is [string, string] => e[1] !== null);
  return kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
};

export const attendanceRoute = (sessionId: string, o: Partial<AttendanceOptions> = {}): string =>
  `/print/attendance/${sessionId}${query([
    ['landscape', o.landscape ? '1' : null],
    ['blankRows', o.blankRows === undefined ? null : String(o.blankRows)],
    ['showNames', o.showNames ? '1' : null],
    ['lang', o.lang ?? null],
  ])}`;

export const blankSheetRoute = (o: Partial<BlankSheetOptions> = {}): string =>
  `/print/attendance-blank${query([
    ['landscape', o.landscape ? '1' : null],
    ['rows', o.rows == null ? null : String(o.rows)],
    ['lang', o.lang ?? null],
  ])}`;

export const certificateRoute = (mentorId: string, o: Partial<CertificateOptions> = {}): string =>
  `/print/certificate/${mentorId}${query([['lang', o.lang ?? null]])}`;

/**
 * A file name the save dialog accepts on every OS: no path separators or reserved
 * characters, no control characters, short enough for old Windows paths.
 */
export const pdfFileName = (...parts: string[]): string => {
  const base = parts
    .join(' ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    .trim();
  return `${base || 'tandem'}.pdf`;
};
