import enCommon from '../../locales/en/common.json';
import enMentors from '../../locales/en/mentors.json';
import enMentees from '../../locales/en/mentees.json';
import enSessions from '../../locales/en/sessions.json';
import enImport from '../../locales/en/spreadsheetImport.json';
import huCommon from '../../locales/hu/common.json';
import huMentors from '../../locales/hu/mentors.json';
import huMentees from '../../locales/hu/mentees.json';
import huSessions from '../../locales/hu/sessions.json';
import huImport from '../../locales/hu/spreadsheetImport.json';
import fiCommon from '../../locales/fi/common.json';
import fiMentors from '../../locales/fi/mentors.json';
import fiMentees from '../../locales/fi/mentees.json';
import fiSessions from '../../locales/fi/sessions.json';
import fiImport from '../../locales/fi/spreadsheetImport.json';
import srLatnCommon from '../../locales/sr-Latn/common.json';
import srLatnMentors from '../../locales/sr-Latn/mentors.json';
import srLatnMentees from '../../locales/sr-Latn/mentees.json';
import srLatnSessions from '../../locales/sr-Latn/sessions.json';
import srLatnImport from '../../locales/sr-Latn/spreadsheetImport.json';
import srCyrlCommon from '../../locales/sr-Cyrl/common.json';
import srCyrlMentors from '../../locales/sr-Cyrl/mentors.json';
import srCyrlMentees from '../../locales/sr-Cyrl/mentees.json';
import srCyrlSessions from '../../locales/sr-Cyrl/sessions.json';
import srCyrlImport from '../../locales/sr-Cyrl/spreadsheetImport.json';
import { SUPPORTED_LANGUAGES, type Language } from '../domain/base';
import { MENTOR_STATUSES, LIVED_EXPERIENCE_AREAS, SPOKEN_LANGUAGES } from '../domain/mentor';
import { MENTEE_STATUSES, MENTOR_GENDER_PREFERENCES, TRANSITIONS } from '../domain/mentee';
import { AttendanceStatusSchema, SessionKindSchema, SubKindSchema } from '../domain/session';
import type { FieldKey, ValueTarget } from './types';

/**
 * The words of enum-like values in every language Tandem speaks: the labels the app shows
 * (read from the locale files themselves, so a renamed label is matched as soon as it is
 * shown) plus the extra words of `spreadsheetImport:words` ("aktív", "x", "igen"…). And the
 * header words of each field (`spreadsheetImport:fields` and `spreadsheetImport:headers`).
 */

type Json = { [k: string]: string | Json };
type Bundle = { common: Json; mentors: Json; mentees: Json; sessions: Json; spreadsheetImport: Json };

const BUNDLES: Record<Language, Bundle> = {
  en: { common: enCommon, mentors: enMentors, mentees: enMentees, sessions: enSessions, spreadsheetImport: enImport },
  hu: { common: huCommon, mentors: huMentors, mentees: huMentees, sessions: huSessions, spreadsheetImport: huImport },
  fi: { common: fiCommon, mentors: fiMentors, mentees: fiMentees, sessions: fiSessions, spreadsheetImport: fiImport },
  'sr-Latn': {
    common: srLatnCommon,
    mentors: srLatnMentors,
    mentees: srLatnMentees,
    sessions: srLatnSessions,
    spreadsheetImport: srLatnImport,
  },
  'sr-Cyrl': {
    common: srCyrlCommon,
    mentors: srCyrlMentors,
    mentees: srCyrlMentees,
    sessions: srCyrlSessions,
    spreadsheetImport: srCyrlImport,
  },
};

const lookup = (lng: Language, key: string): string | undefined => {
  const [ns, path] = key.split(':') as [keyof Bundle, string];
  let node: string | Json | undefined = BUNDLES[lng][ns];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

/** Lower case, no accents, single spaces, no surrounding punctuation: how values and headers are compared. */
export const normaliseWord = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/^[\s.:*"'()[\]-]+|[\s.:*"'()[\]-]+$/g, '')
    .trim();

/** Where each target's labels are (the values that have labels; `programme` has none). */
const TARGET_LABELS: Record<Exclude<ValueTarget, 'programme'>, { values: readonly string[]; keys: string[] }> = {
  mentorStatus: { values: MENTOR_STATUSES, keys: ['mentors:status'] },
  menteeStatus: { values: MENTEE_STATUSES, keys: ['mentees:status'] },
  gender: { values: ['female', 'male', 'other', 'unspecified'], keys: ['mentors:gender'] },
  spokenLanguage: { values: SPOKEN_LANGUAGES, keys: ['mentees:language'] },
  livedExperience: { values: LIVED_EXPERIENCE_AREAS, keys: ['mentors:livedExperience', 'mentees:area'] },
  transition: { values: TRANSITIONS, keys: ['mentees:transition'] },
  mentorGenderPreference: { values: MENTOR_GENDER_PREFERENCES, keys: ['mentees:genderPreference'] },
  uiLanguage: { values: SUPPORTED_LANGUAGES, keys: ['common:language.names'] },
  boolean: { values: ['true', 'false'], keys: ['spreadsheetImport:values.boolean'] },
  attendanceStatus: { values: AttendanceStatusSchema.options, keys: ['sessions:statuses'] },
  sessionKind: { values: SessionKindSchema.options, keys: ['sessions:kinds'] },
  subKind: { values: SubKindSchema.options, keys: ['sessions:subKinds'] },
  personType: { values: ['mentor', 'mentee', 'contact', 'walkIn'], keys: ['sessions:personKinds'] },
};

export type LabelledTarget = keyof typeof TARGET_LABELS;

/** The values of a target (programme: none, they are the database's). */
export const targetValues = (target: ValueTarget): readonly string[] =>
  target === 'programme' ? [] : TARGET_LABELS[target].values;

/** The namespaced i18n key of a value's label, for `t` (null for programmes: show their name). */
export const valueLabelKey = (target: ValueTarget, value: string): string | null =>
  target === 'programme' ? null : `${TARGET_LABELS[target].keys[0]}.${value}`;

/** A value's label in a language (the value itself when it has none). */
export const enumLabel = (target: ValueTarget, value: string, lng: Language): string => {
  const key = valueLabelKey(target, value);
  return (key && (lookup(lng, key) ?? lookup('en', key))) ?? value;
};

/** Words of a locale entry: "a|b|c" is three words. */
const wordsOf = (text: string | undefined): string[] =>
  text
    ? text
        .split('|')
        .map((w) => w.trim())
        .filter(Boolean)
    : [];

type WordIndex = Map<string, string>;
const indexes = new Map<string, WordIndex>();

/**
 * Normalised word → value of a target, over every language. The file's language goes first,
 * so a word that means two things in two languages takes its meaning in the file's language.
 */
export const wordIndex = (target: LabelledTarget, lng: Language): WordIndex => {
  const cacheKey = `${target}:${lng}`;
  const cached = indexes.get(cacheKey);
  if (cached) return cached;
  const index: WordIndex = new Map();
  const { values, keys } = TARGET_LABELS[target];
  const add = (word: string, value: string) => {
    const w = normaliseWord(word);
    if (w && !index.has(w)) index.set(w, value);
  };
  for (const value of values) add(value, value);
  const languages = [lng, ...SUPPORTED_LANGUAGES.filter((l) => l !== lng)];
  for (const l of languages)
    for (const value of values) {
      for (const key of keys) add(lookup(l, `${key}.${value}`) ?? '', value);
      for (const w of wordsOf(lookup(l, `spreadsheetImport:words.${target}.${value}`))) add(w, value);
    }
  indexes.set(cacheKey, index);
  return index;
};

/** The value a word stands for, or undefined. */
export const matchWord = (target: LabelledTarget, word: string, lng: Language): string | undefined =>
  wordIndex(target, lng).get(normaliseWord(word));

/**
 * Header words of each field in every language: its label (`spreadsheetImport:fields.<key>`)
 * and its other names (`spreadsheetImport:headers.<key>`, "a|b|c").
 */
export const headerWords = (field: FieldKey): { lng: Language; word: string }[] =>
  SUPPORTED_LANGUAGES.flatMap((lng) =>
    [
      lookup(lng, `spreadsheetImport:fields.${field}`) ?? '',
      ...wordsOf(lookup(lng, `spreadsheetImport:headers.${field}`)),
    ]
      .map(normaliseWord)
      .filter(Boolean)
      .map((word) => ({ lng, word })),
  );

/** A translated text of this feature, for the few places that write words into a file (templates' examples). */
export const importText = (lng: Language, key: string): string | undefined => lookup(lng, `spreadsheetImport:${key}`);
