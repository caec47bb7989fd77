import type { DomainRecord, DomainTableName } from '../../../shared/domain';
import type { Rng } from '../../../shared/sample/rng';
import { organisationStep } from './organisationSample';
import { curriculumSampleStep, shadowingSampleStep } from '../training/trainingSample';
import { pairingsSampleStep } from '../pairings/sampleData';
import { sessionsSampleStep } from '../sessions/sampleData';
import { checkInsSampleStep } from '../checkins/sampleData';
import { consentsSampleStep } from '../consents/sampleData';

/** Records to add, per table. */
export type SampleData = { [T in DomainTableName]?: DomainRecord<T>[] };

/**
 * One feature's part of the sample data. Steps run in `order`; each sees what the earlier
 * steps made (to pair mentors with mentees, invite contacts to sessions …) and returns its own
 * records. The loader validates everything with the domain schemas and writes it in one
 * transaction.
 */
export type SampleStep = {
  key: string;
  order: number;
  build: (soFar: SampleData, env: { today: string; now: string; rng: Rng }) => SampleData;
};

/**
 * Registered steps. Orders in use: 10 organisation, programmes and mentors; 20 curriculum;
 * 30 contacts and sessions; 40 mentees and pairings; 45 check-ins; 50 shadowing; 60 consents.
 */
export const SAMPLE_STEPS: SampleStep[] = [
  organisationStep,
  curriculumSampleStep,
  shadowingSampleStep,
  sessionsSampleStep,
  pairingsSampleStep,
  checkInsSampleStep,
  consentsSampleStep,
];
