import { LanguageSchema, type Language } from '../../../shared/domain/base';
import { isSubjectKind, type SubjectKind } from '../../../shared/privacy/subjectAccess';

/**
 * The printable subject-access export of a person: `/print/subject-access/<kind>/<id>?lang=hu`.
 * Without `lang` it prints in the mentor's preferred language, else the app's.
 */
export const subjectAccessRoute = (kind: SubjectKind, id: string, o: { lang?: Language | null } = {}): string =>
  `/print/subject-access/${kind}/${id}${o.lang ? `?${new URLSearchParams({ lang: o.lang }).toString()}` : ''}`;

/** The kind from the route, or null for anything else (the page then says the person is unknown). */
export const parseSubjectKind = (kind: string | undefined): SubjectKind | null => (isSubjectKind(kind) ? kind : null);

/** An unknown language falls back to the person's or the app's. */
export const parseSubjectAccessLang = (params: URLSearchParams): Language | null => {
  const lang = LanguageSchema.safeParse(params.get('lang'));
  return lang.success ? lang.data : null;
};
