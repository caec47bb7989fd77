import { useLiveQuery } from 'dexie-react-hooks';
import type { TrainingModule } from '../../../shared/domain/training';
import { listProgrammes } from './programmesRepo';
import { listModulesOfProgrammes } from './curriculumRepo';

/** Programmes sorted by name; inactive ones only when asked (settings, and to show old links). */
export const useProgrammes = (includeInactive = false) =>
  useLiveQuery(() => listProgrammes({ includeInactive }), [includeInactive]);

/** The curricula of these programmes, in curriculum order; `undefined` while loading. */
export const useModulesOfProgrammes = (programmeIds: readonly string[] | undefined): TrainingModule[] | undefined =>
  useLiveQuery(() => listModulesOfProgrammes(programmeIds ?? []), [programmeIds?.join(',')]);
