/**
 * Training's public surface: readiness (mandatory modules complete) and when it was reached, the
 * shadowing of a period, the check made before a mentor becomes active, and the sample steps. The
 * mentor page's progress panel, the overview and curriculum pages and the certificate are loaded
 * lazily by path from the app.
 */
export { getTrainingReadiness, getTrainingReadinessOfRead } from './readiness';
export { readySinceWithin } from './readySinceWithin';
export { listShadowingBetween, listShadowingOfMentorBetween } from './shadowingRepo';
export { trainingReadinessCheck } from './readinessCheck';
export { curriculumSampleStep, shadowingSampleStep } from './sampleData';
