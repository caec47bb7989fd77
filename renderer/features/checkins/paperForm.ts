import { IsoDateSchema, LanguageSchema, type Language } from '../../../shared/domain/base';
import { CheckInRespondentSchema, type CheckInRespondent } from '../../../shared/domain/checkin';

/**
 * The options of a pairing's printable check-in form travel in its route's query string, like
 * the other printable pages (print/printOptions.ts): the same URL is previewed, printed by the
 * browser and rendered to PDF by the desktop shell. A malformed value falls back to its default.
 */
export type PaperFormOptions = {
  respondent: CheckInRespondent;
  /** null: the app's language. */
  lang: Language | null;
  /** The date printed on the form; null: today. */
  date: string | null;
};

export const parsePaperFormOptions = (params: URLSearchParams): PaperFormOptions => ({
  respondent: CheckInRespondentSchema.catch('mentee').parse(params.get('respondent')),
  lang: LanguageSchema.nullable().catch(null).parse(params.get('lang')),
  date: IsoDateSchema.nullable().catch(null).parse(params.get('date')),
});

export const paperFormRoute = (pairingId: string, o: Partial<PaperFormOptions> = {}): string => {
  const entries: [string, string | null][] = [
    ['respondent', o.respondent ?? null],
    ['date', o.date ?? null],
    ['lang', o.lang ?? null],
  ];
  const query = new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== null)).toString();
  return `/print/checkin-form/${pairingId}${query ? `?${query}` : ''}`;
};
