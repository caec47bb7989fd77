import type { Language } from '../../../shared/domain/base';
import type { Shadowing, TrainingModule } from '../../../shared/domain/training';
import { addDays } from '../../../shared/domain/mentor';
import { NAMES } from '../../../shared/sample/names';
import type { SampleStep } from '../../../shared/domain/sampleData';
import { defaultCurriculumInputs } from '../programmes';
import { latinToCyrillic } from '../../../shared/i18n/transliterate';

/**
 * Sample data of the training feature: the default curriculum for every sample programme
 * (step 20), written in the organisation's default language, and shadowing entries for the
 * mentors who reached training (step 50).
 */

const languageOf = (soFar: Parameters<SampleStep['build']>[0]): Language =>
  soFar.settings?.[0]?.defaultLanguage ?? 'en';

export const curriculumSampleStep: SampleStep = {
  key: 'curriculum',
  order: 20,
  build: (soFar, { now, rng }) => {
    const lng = languageOf(soFar);
    const modules: TrainingModule[] = (soFar.programmes ?? []).flatMap((p) =>
      defaultCurriculumInputs(p.id, lng).map((input, order) => ({
        id: rng.uuid(),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        programmeId: p.id,
        name: input.name,
        description: input.description ?? '',
        requiredHours: input.requiredHours,
        mandatory: input.mandatory ?? true,
        order,
      })),
    );
    return { modules };
  },
};

// Serbian sample text is written once in Latin; the Cyrillic sample is made from it.
const SR_AREAS = [
  'Terenski rad',
  'Savetovanje o stanovanju',
  'Zaštita dece',
  'Podrška žrtvama',
  'Zaštita mentalnog zdravlja',
  'Podrška porodici',
];
const SR_NOTES = [
  'Prvi zajednički dan na terenu, mnogo pitanja.',
  'Pratio je useljenje u stan od početka do kraja.',
  '',
  '',
];

const AREAS: Record<Language, string[]> = {
  hu: [
    'Utcai szociális munka',
    'Lakhatási tanácsadás',
    'Gyermekvédelem',
    'Áldozatsegítés',
    'Pszichiátriai gondozás',
    'Családsegítés',
  ],
  fi: [
    'Etsivä työ',
    'Asumisneuvonta',
    'Lastensuojelu',
    'Rikosten uhrien tuki',
    'Mielenterveystyö',
    'Aikuissosiaalityö',
  ],
  en: ['Street outreach', 'Housing advice', 'Child welfare', 'Victim support', 'Mental health care', 'Family support'],
  'sr-Latn': SR_AREAS,
  'sr-Cyrl': SR_AREAS.map(latinToCyrillic),
};
const NOTES: Record<Language, string[]> = {
  hu: ['Első közös terepnap, sok kérdéssel.', 'Egy lakásba költözés napját kísérte végig.', '', ''],
  fi: ['Ensimmäinen yhteinen kenttäpäivä, paljon kysymyksiä.', 'Seurasi muuttopäivää alusta loppuun.', '', ''],
  en: ['First day in the field together, many questions.', 'Accompanied a move into a flat from start to end.', '', ''],
  'sr-Latn': SR_NOTES,
  'sr-Cyrl': SR_NOTES.map(latinToCyrillic),
};

/** Hungarian writes the family name first. */
const personName = (given: string, family: string, lng: Language) =>
  lng === 'hu' ? `${family} ${given}` : `${given} ${family}`;

export const shadowingSampleStep: SampleStep = {
  key: 'shadowing',
  order: 50,
  build: (soFar, { today, now, rng }) => {
    const lng = languageOf(soFar);
    const names = NAMES[lng];
    const contacts = soFar.contacts ?? [];
    const modulesByProgramme = new Map<string, TrainingModule[]>();
    for (const m of soFar.modules ?? [])
      modulesByProgramme.set(m.programmeId, [...(modulesByProgramme.get(m.programmeId) ?? []), m]);

    const shadowing: Shadowing[] = [];
    for (const mentor of soFar.mentors ?? []) {
      const trainingFrom = mentor.statusHistory.find((h) => h.status === 'inTraining')?.date;
      if (!trainingFrom) continue;
      const until = mentor.exitDate ?? today;
      const span = Math.max(1, Math.round((Date.parse(until) - Date.parse(trainingFrom)) / 86_400_000));
      const modules = mentor.programmeIds.flatMap((p) => modulesByProgramme.get(p) ?? []);
      const count = rng.int(1, mentor.status === 'inTraining' ? 2 : 4);
      for (let i = 0; i < count; i++) {
        const contact = contacts.length > 0 && rng.chance(0.7) ? rng.pick(contacts) : null;
        const linked = modules.length > 0 && rng.chance(0.85) ? [rng.pick(modules).id] : [];
        shadowing.push({
          id: rng.uuid(),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          mentorId: mentor.id,
          contactId: contact?.id ?? null,
          professionalName: contact ? '' : personName(rng.pick(names.given), rng.pick(names.family), lng),
          date: addDays(trainingFrom, rng.int(0, Math.min(span, 120))),
          hours: rng.pick([1.5, 2, 3, 4]),
          area: rng.pick(AREAS[lng]),
          moduleIds: linked,
          notes: rng.pick(NOTES[lng]),
        });
      }
    }
    return { shadowing };
  },
};
