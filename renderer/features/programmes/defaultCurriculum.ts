import type { Language } from '../../../shared/domain/base';
import type { ModuleInput } from '../../../shared/domain/training';
import en from '../../../locales/en/training.json';
import hu from '../../../locales/hu/training.json';
import fi from '../../../locales/fi/training.json';
import srLatn from '../../../locales/sr-Latn/training.json';
import srCyrl from '../../../locales/sr-Cyrl/training.json';
import { createModules } from './curriculumRepo';

/**
 * The curriculum a programme starts with: the training areas of the seed documents (theory,
 * one-to-one support, group activity, starting a group, guidance and interaction) plus
 * confidentiality and boundaries, and crisis response. Names and descriptions are written
 * into the modules as ordinary text in the chosen language when the curriculum is created, so
 * the coordinator can rename them like any module they typed themselves.
 */
export const DEFAULT_MODULES = [
  { key: 'theory', requiredHours: 12, mandatory: true },
  { key: 'oneToOne', requiredHours: 8, mandatory: true },
  { key: 'groupActivity', requiredHours: 6, mandatory: true },
  { key: 'startingGroup', requiredHours: 4, mandatory: false },
  { key: 'guidance', requiredHours: 6, mandatory: true },
  { key: 'confidentiality', requiredHours: 4, mandatory: true },
  { key: 'crisis', requiredHours: 6, mandatory: true },
] as const;

type DefaultKey = (typeof DEFAULT_MODULES)[number]['key'];
type Texts = { defaultCurriculum: Record<DefaultKey, { name: string; description: string }> };
const TEXTS: Record<Language, Texts> = { en, hu, fi, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl };

/** The default modules of a programme as form input, in `lng`. */
export const defaultCurriculumInputs = (programmeId: string, lng: Language): ModuleInput[] =>
  DEFAULT_MODULES.map((m, order) => ({
    programmeId,
    name: TEXTS[lng].defaultCurriculum[m.key].name,
    description: TEXTS[lng].defaultCurriculum[m.key].description,
    requiredHours: m.requiredHours,
    mandatory: m.mandatory,
    order,
  }));

/**
 * Gives a programme the default curriculum (modules it already has by name are skipped, so a
 * second click adds nothing). The programmes feature may call this when a programme is created.
 */
export const createDefaultCurriculum = (programmeId: string, lng: Language) =>
  createModules(defaultCurriculumInputs(programmeId, lng));
