import type { Language } from '../domain/base';
import {
  AGREEMENT_SCALE,
  questionnaireRef,
  type LocalisedText,
  type Questionnaire,
  type QuestionnaireRef,
} from '../checkins/questionnaire';
import { latinToCyrillic } from '../i18n/transliterate';

/**
 * How a mentor is doing in the role: a wellbeing check-in the coordinator types in after a
 * conversation or from the printed form. Versioned data like the pairing check-in
 * (shared/checkins/questionnaire.ts), written for Tandem in plain language — not a licensed
 * burnout scale. Statements where agreeing is the worse answer are `reverse`, so a higher score
 * is always better. Kept in a registry of its own: a pairing check-in can never be recorded
 * with it, nor a wellbeing check-in with the pairing questionnaire.
 */
const localised = (text: Omit<LocalisedText, 'sr-Cyrl'>): LocalisedText => ({
  ...text,
  'sr-Cyrl': latinToCyrillic(text['sr-Latn']),
});

export const WELLBEING_QUESTIONNAIRE_V1: Questionnaire = {
  id: 'wellbeing',
  version: 1,
  title: localised({
    en: 'How are you doing as a mentor?',
    hu: 'Hogyan érzi magát mentorként?',
    fi: 'Miten voit vertaistukijana?',
    'sr-Latn': 'Kako se osećate kao mentor?',
  }),
  scale: AGREEMENT_SCALE,
  items: [
    {
      id: 'enoughSupport',
      text: localised({
        en: 'I get enough support from the organisation.',
        hu: 'Elég támogatást kapok a szervezettől.',
        fi: 'Saan järjestöltä riittävästi tukea.',
        'sr-Latn': 'Dobijam dovoljno podrške od organizacije.',
      }),
    },
    {
      id: 'timeToRest',
      text: localised({
        en: 'I have enough time to rest between the meetings.',
        hu: 'Van elég időm pihenni a találkozások között.',
        fi: 'Minulla on tarpeeksi aikaa levätä tapaamisten välillä.',
        'sr-Latn': 'Imam dovoljno vremena da se odmorim između susreta.',
      }),
    },
    {
      id: 'roleMakesSense',
      text: localised({
        en: 'The role still makes sense to me.',
        hu: 'A segítői szerepnek továbbra is van értelme számomra.',
        fi: 'Tehtävä tuntuu minusta yhä merkitykselliseltä.',
        'sr-Latn': 'Uloga mi i dalje ima smisla.',
      }),
    },
    {
      id: 'drained',
      reverse: true,
      text: localised({
        en: 'I often feel drained after a meeting.',
        hu: 'Egy találkozás után gyakran kimerültnek érzem magam.',
        fi: 'Tunnen itseni usein uupuneeksi tapaamisen jälkeen.',
        'sr-Latn': 'Posle susreta se često osećam iscrpljeno.',
      }),
    },
    {
      id: 'ownPastReturns',
      reverse: true,
      text: localised({
        en: 'Other people’s difficulties bring back my own hard times.',
        hu: 'Mások nehézségei felidézik a saját nehéz időszakaimat.',
        fi: 'Toisten vaikeudet tuovat mieleen omat vaikeat aikani.',
        'sr-Latn': 'Tuđe teškoće me vraćaju u moja teška vremena.',
      }),
    },
    {
      id: 'canSayNo',
      text: localised({
        en: 'I can say no when something is too much for me.',
        hu: 'Nemet tudok mondani, ha valami túl sok nekem.',
        fi: 'Pystyn sanomaan ei, kun jokin on minulle liikaa.',
        'sr-Latn': 'Mogu da kažem ne kada mi je nešto previše.',
      }),
    },
  ],
};

/** Every wellbeing questionnaire ever shipped, by ref: old versions stay so old answers still read. */
export const WELLBEING_QUESTIONNAIRES: ReadonlyMap<QuestionnaireRef, Questionnaire> = new Map(
  [WELLBEING_QUESTIONNAIRE_V1].map((q) => [questionnaireRef(q), q]),
);
/** The version new wellbeing check-ins are recorded with. */
export const CURRENT_WELLBEING_QUESTIONNAIRE = WELLBEING_QUESTIONNAIRE_V1;
export const getWellbeingQuestionnaire = (ref: string): Questionnaire | undefined =>
  WELLBEING_QUESTIONNAIRES.get(ref as QuestionnaireRef);

export const wellbeingText = (text: LocalisedText, lng: string): string => text[(lng in text ? lng : 'en') as Language];
