import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/base';
import type { DocValue } from '../../../shared/privacy/subjectAccess';
import { formatDate, formatDateTime, formatNumber, localeTag } from '../../lib/format';

/** What the document prints for a field that holds nothing. */
export const EMPTY_VALUE = '—';

const languageNames = new Map<Language, Intl.DisplayNames>();
const languageName = (code: string, lng: Language): string => {
  let names = languageNames.get(lng);
  if (!names) {
    names = new Intl.DisplayNames([localeTag(lng)], { type: 'language' });
    languageNames.set(lng, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * A label of the model in the document's language. Labels of records whose shape the model does
 * not know (consents) may have no translation: their field's own name is shown then.
 */
export const labelText = (t: TFunction, key: string): string => t(key, { defaultValue: key.split('.').at(-1) ?? key });

/** One value of the model as the document prints it, dates and numbers in the language's way. */
export const valueText = (v: DocValue, t: TFunction, lng: Language): string => {
  switch (v.t) {
    case 'none':
      return EMPTY_VALUE;
    case 'text':
      return v.text;
    case 'date':
      return formatDate(v.date, lng);
    case 'dateTime':
      return formatDateTime(v.at, lng);
    case 'number':
      return formatNumber(v.value, lng, v.digits);
    case 'term':
      return t([v.key, ...(v.alt ?? [])], { defaultValue: v.fallback });
    case 'language':
      return languageName(v.code, lng);
    case 'list':
      // History entries carry commas of their own: a semicolon keeps them apart.
      return v.items.map((item) => valueText(item, t, lng)).join(v.items.some((i) => i.t === 'dated') ? '; ' : ', ');
    case 'dated': {
      const what = valueText(v.value, t, lng);
      const head = v.date ? `${formatDate(v.date, lng)} ${what}` : what;
      return v.note ? `${head} (${v.note})` : head;
    }
  }
};
