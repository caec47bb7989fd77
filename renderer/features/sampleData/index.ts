/**
 * Sample data's public surface: the loader the overview's "Load sample data" runs (with the steps
 * the app registers, `app/sampleSteps.ts`) and the organisation's own step.
 */
export { buildSampleData, loadSampleData, SampleDataError, type SampleEnv } from './sampleDataRepo';
export { organisationStep } from './organisationSample';
