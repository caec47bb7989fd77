/**
 * Programmes' public surface: the programmes and each programme's curriculum (its training
 * modules, the default curriculum a programme may start with), their hooks, and the Settings
 * page's panel.
 */
export { getProgramme, listProgrammes } from './programmesRepo';
export {
  createModule,
  deleteModule,
  getModulesByIds,
  listModules,
  moveModule,
  restoreModule,
  TrainingRuleError,
  updateModule,
} from './curriculumRepo';
export { createDefaultCurriculum, defaultCurriculumInputs } from './defaultCurriculum';
export { useModulesOfProgrammes, useProgrammes } from './useProgrammes';
export { ProgrammesSettings } from './ProgrammesSettings';
