import type { Rng } from '../sample/rng';
import type { DomainRecord, DomainTableName } from './index';

/** Records to add, per table. */
export type SampleData = { [T in DomainTableName]?: DomainRecord<T>[] };

/**
 * One feature's part of the sample data. Steps run in `order`; each sees what the earlier
 * steps made (to pair mentors with mentees, invite contacts to sessions …) and returns its own
 * records. The loader validates everything with the domain schemas and writes it in one
 * transaction. The steps are registered in `renderer/app/sampleSteps.ts`.
 */
export type SampleStep = {
  key: string;
  order: number;
  build: (soFar: SampleData, env: { today: string; now: string; rng: Rng }) => SampleData;
};
