import { IsoDateSchema, LanguageSchema, type Language } from '../../../shared/domain/base';
import { pseudonymousRef } from '../../../shared/privacy/subjectAccess';

/**
 * The printed wellbeing form of a mentor (issue 25): its options travel in the route's query
 * string like every printable page (print/printOptions.ts), so the same URL is previewed,
 * printed by the browser and rendered to PDF by the desktop shell. A malformed value falls back
 * to its default: a printed form is better than an error page.
 */
export type WellbeingFormOptions = {
  /** null: the app's language. */
  lang: Language | null;
  /** The date printed on the form; null: today. */
  date: string | null;
};

/**
 * The code the form carries instead of the mentor's name: the pseudonymous reference Tandem
 * already gives a mentor elsewhere (the subject-access export), stable and meaningless without
 * Tandem's data. The mentor's page shows it, so a form that comes back is matched by it.
 */
export const mentorFormCode = (mentorId: string): string => pseudonymousRef('mentor', mentorId);

export const parseWellbeingFormOptions = (params: URLSearchParams): WellbeingFormOptions => ({
  lang: LanguageSchema.nullable().catch(null).parse(params.get('lang')),
  date: IsoDateSchema.nullable().catch(null).parse(params.get('date')),
});

export const wellbeingFormRoute = (mentorId: string, o: Partial<WellbeingFormOptions> = {}): string => {
  const entries: [string, string | null][] = [
    ['date', o.date ?? null],
    ['lang', o.lang ?? null],
  ];
  const query = new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== null)).toString();
  return `/print/wellbeing-form/${mentorId}${query ? `?${query}` : ''}`;
};
