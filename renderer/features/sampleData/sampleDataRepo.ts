import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { DOMAIN_TABLES, DOMAIN_TABLE_NAMES, LEDGER_TABLES, type DomainTableName } from '../../../shared/domain';
import { createRng } from '../../../shared/sample/rng';
import { nowIso, todayIso } from '../../lib/format';
import type { SampleData, SampleStep } from '../../../shared/domain/sampleData';

/** Why sample data was not loaded; `message` is an i18n key of the `dashboard` namespace. */
export class SampleDataError extends Error {
  constructor(
    message: 'sample.errors.dataExists' | 'sample.errors.invalid',
    readonly detail = '',
  ) {
    super(message);
    this.name = 'SampleDataError';
  }
}

export type SampleEnv = { today: string; now: string; seed: number };

/**
 * Run the steps in `order`, each seeing what the earlier ones made, and validate every record
 * with its table's schema. Throws (naming the step, table and record) before anything is written.
 */
export const buildSampleData = (steps: readonly SampleStep[], env: SampleEnv): SampleData => {
  const rng = createRng(env.seed);
  const data: Record<string, unknown[]> = {};
  for (const step of [...steps].sort((a, b) => a.order - b.order)) {
    const made = step.build(data as SampleData, { today: env.today, now: env.now, rng });
    for (const [table, records] of Object.entries(made) as [DomainTableName, unknown[]][]) {
      const schema = DOMAIN_TABLES[table];
      if (!schema) throw new SampleDataError('sample.errors.invalid', `${step.key}: unknown table ${table}`);
      const valid = records.map((r, i) => {
        const parsed = schema.safeParse(r);
        if (!parsed.success)
          throw new SampleDataError(
            'sample.errors.invalid',
            `${step.key} ${table}[${i}]: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`,
          );
        return parsed.data;
      });
      data[table] = [...(data[table] ?? []), ...valid];
    }
  }
  return data as SampleData;
};

/**
 * Load the sample organisation into an empty database, in one transaction: it lands whole or
 * not at all. Refuses when any domain data exists (sample records must never mix with real
 * ones); settings the coordinator already saved are kept rather than replaced.
 */
export const loadSampleData = async (options: {
  steps: readonly SampleStep[];
  env?: Partial<SampleEnv>;
}): Promise<SampleData> => {
  const env: SampleEnv = { today: todayIso(), now: nowIso(), seed: 20261122, ...options.env };
  const data = buildSampleData(options.steps, env);
  assertWritable();
  const tables = DOMAIN_TABLE_NAMES.map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    for (const name of DOMAIN_TABLE_NAMES) {
      // Settings, and the ledgers (an audit entry of saving the settings), are not data to overwrite.
      if (name === 'settings' || LEDGER_TABLES.has(name)) continue;
      if ((await db.table(name).count()) > 0) throw new SampleDataError('sample.errors.dataExists');
    }
    const keepSettings = (await db.settings.count()) > 0;
    for (const name of DOMAIN_TABLE_NAMES) {
      const records = data[name];
      if (!records?.length || (name === 'settings' && keepSettings)) continue;
      await db.table(name).bulkAdd(records);
    }
  });
  return data;
};
