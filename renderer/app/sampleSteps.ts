import type { SampleStep } from '../../shared/domain/sampleData';
import { organisationStep } from '../features/sampleData';
import { curriculumSampleStep, shadowingSampleStep } from '../features/training';
import { pairingsSampleStep } from '../features/pairings';
import { sessionsSampleStep } from '../features/sessions';
import { checkInsSampleStep } from '../features/checkins';
import { consentsSampleStep } from '../features/consents';

/**
 * The sample organisation's steps, one per feature that adds sample data (see
 * `shared/domain/sampleData.ts`). Orders in use: 10 organisation, programmes and mentors;
 * 20 curriculum; 30 contacts and sessions; 40 mentees and pairings; 45 check-ins; 50 shadowing;
 * 60 consents.
 */
export const SAMPLE_STEPS: readonly SampleStep[] = [
  organisationStep,
  curriculumSampleStep,
  shadowingSampleStep,
  sessionsSampleStep,
  pairingsSampleStep,
  checkInsSampleStep,
  consentsSampleStep,
];
