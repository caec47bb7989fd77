import type { Language } from '../domain/base';
import { latinToCyrillic } from '../i18n/transliterate';

/**
 * A questionnaire is versioned data, not UI text: its items and their wording in every language
 * live here together, under an id and a version. A response stores both, so a later change of
 * wording (a new version) never mixes its scores with those of the old one, and an old response
 * is still shown with the words it was answered to. The types make every language required.
 */
export type LocalisedText = Readonly<Record<Language, string>>;

/** Text written in every language but Serbian Cyrillic, which is transliterated from the Latin. */
const localised = (text: Omit<LocalisedText, 'sr-Cyrl'>): LocalisedText => ({
  ...text,
  'sr-Cyrl': latinToCyrillic(text['sr-Latn']),
});

export type QuestionnaireItem = {
  /** Stable within a version; answers are keyed by it. */
  id: string;
  text: LocalisedText;
  /** A statement where agreeing is the worse answer; scored as (min + max − value). */
  reverse?: boolean;
};

export type Questionnaire = {
  id: string;
  version: number;
  title: LocalisedText;
  /** An inclusive integer scale; `labels` has one entry per point, lowest first. */
  scale: { min: number; max: number; labels: readonly LocalisedText[] };
  items: readonly QuestionnaireItem[];
};

/** The key a response stores: `pairing@1`. */
export type QuestionnaireRef = `${string}@${number}`;
export const questionnaireRef = (q: Pick<Questionnaire, 'id' | 'version'>): QuestionnaireRef => `${q.id}@${q.version}`;

/** 1 "not at all" … 5 "completely": agreement with a statement. */
export const AGREEMENT_SCALE: Questionnaire['scale'] = {
  min: 1,
  max: 5,
  labels: [
    localised({ en: 'Not at all', hu: 'Egyáltalán nem', fi: 'Ei lainkaan', 'sr-Latn': 'Nimalo' }),
    localised({ en: 'A little', hu: 'Kicsit', fi: 'Vähän', 'sr-Latn': 'Malo' }),
    localised({ en: 'Partly', hu: 'Részben', fi: 'Osittain', 'sr-Latn': 'Delimično' }),
    localised({ en: 'Mostly', hu: 'Nagyrészt', fi: 'Enimmäkseen', 'sr-Latn': 'Uglavnom' }),
    localised({ en: 'Completely', hu: 'Teljesen', fi: 'Täysin', 'sr-Latn': 'Potpuno' }),
  ],
};

/**
 * How a mentor–mentee pairing is going, answered by each of the two separately. Written for
 * Tandem in plain language (not a licensed scale); every statement is worded so that either
 * person can answer it about the other.
 */
export const PAIRING_QUESTIONNAIRE_V1: Questionnaire = {
  id: 'pairing',
  version: 1,
  title: localised({
    en: 'How is our pairing going?',
    hu: 'Hogy megy a párosításunk?',
    fi: 'Miten tukisuhteemme sujuu?',
    'sr-Latn': 'Kako napreduje naš mentorski par?',
  }),
  scale: AGREEMENT_SCALE,
  items: [
    {
      id: 'getOnWell',
      text: localised({
        en: 'We get on well together.',
        hu: 'Jól kijövünk egymással.',
        fi: 'Tulemme hyvin toimeen keskenämme.',
        'sr-Latn': 'Dobro se slažemo.',
      }),
    },
    {
      id: 'trust',
      text: localised({
        en: 'I can trust the other person.',
        hu: 'Megbízhatok a másikban.',
        fi: 'Voin luottaa toiseen.',
        'sr-Latn': 'Mogu da verujem drugoj osobi.',
      }),
    },
    {
      id: 'openness',
      text: localised({
        en: 'I can talk openly about things that matter to me.',
        hu: 'Nyíltan beszélhetek arról, ami fontos nekem.',
        fi: 'Voin puhua avoimesti minulle tärkeistä asioista.',
        'sr-Latn': 'Mogu otvoreno da pričam o stvarima koje su mi važne.',
      }),
    },
    {
      id: 'supported',
      text: localised({
        en: 'I feel supported in this pairing.',
        hu: 'Úgy érzem, ebben a párosításban támogatást kapok.',
        fi: 'Koen saavani tukea tässä tukisuhteessa.',
        'sr-Latn': 'Osećam da u ovom paru dobijam podršku.',
      }),
    },
    {
      id: 'usefulMeetings',
      text: localised({
        en: 'Our meetings are useful.',
        hu: 'A találkozásaink hasznosak.',
        fi: 'Tapaamisemme ovat hyödyllisiä.',
        'sr-Latn': 'Naši susreti su korisni.',
      }),
    },
    {
      id: 'oftenEnough',
      text: localised({
        en: 'We meet often enough.',
        hu: 'Elég gyakran találkozunk.',
        fi: 'Tapaamme riittävän usein.',
        'sr-Latn': 'Viđamo se dovoljno često.',
      }),
    },
    {
      id: 'progress',
      text: localised({
        en: 'We are getting somewhere with the things we want to work on.',
        hu: 'Haladunk azokkal a dolgokkal, amelyeken dolgozni szeretnénk.',
        fi: 'Edistymme asioissa, joita haluamme työstää.',
        'sr-Latn': 'Napredujemo u stvarima na kojima želimo da radimo.',
      }),
    },
    {
      id: 'wantToContinue',
      text: localised({
        en: 'I want us to keep meeting.',
        hu: 'Szeretném, ha továbbra is találkoznánk.',
        fi: 'Haluan, että tapaamme jatkossakin.',
        'sr-Latn': 'Želim da nastavimo da se viđamo.',
      }),
    },
  ],
};

/** The closing question of a pairing check-in, outside the score. */
export const GOOD_FIT_ANSWERS = ['yes', 'notSure', 'no'] as const;
export type GoodFit = (typeof GOOD_FIT_ANSWERS)[number];
export const GOOD_FIT_TEXT: { question: LocalisedText; answers: Record<GoodFit, LocalisedText> } = {
  question: localised({
    en: 'Is this pairing a good fit?',
    hu: 'Jól illünk egymáshoz ebben a párosításban?',
    fi: 'Sopiiko tämä tukisuhde meille hyvin?',
    'sr-Latn': 'Da li nam ovaj par odgovara?',
  }),
  answers: {
    yes: localised({ en: 'Yes', hu: 'Igen', fi: 'Kyllä', 'sr-Latn': 'Da' }),
    notSure: localised({ en: 'Not sure', hu: 'Nem tudom', fi: 'En ole varma', 'sr-Latn': 'Nisam siguran/sigurna' }),
    no: localised({ en: 'No', hu: 'Nem', fi: 'Ei', 'sr-Latn': 'Ne' }),
  },
};

/** Every questionnaire ever shipped, by ref. Old versions stay so that old responses still read. */
export const QUESTIONNAIRES: ReadonlyMap<QuestionnaireRef, Questionnaire> = new Map(
  [PAIRING_QUESTIONNAIRE_V1].map((q) => [questionnaireRef(q), q]),
);

/** The version new pairing check-ins are recorded with. */
export const CURRENT_PAIRING_QUESTIONNAIRE = PAIRING_QUESTIONNAIRE_V1;

export const getQuestionnaire = (ref: string): Questionnaire | undefined => QUESTIONNAIRES.get(ref as QuestionnaireRef);
