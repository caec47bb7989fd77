import Dexie from 'dexie';
import {
  STORES_V1,
  STORES_V3,
  STORES_V4_CHECKINS,
  STORES_V5_REV,
  STORES_V6_CONSENTS,
  STORES_V6_PRIVACY,
  STORES_V7_DRAFTS,
  STORES_V8_CARE,
  STORES_V12_REPORTS,
} from '../AppDB';
import { STORES_V9_SUMMARIES } from '../personSummaries';
import { STORES_V10_CARE_SUMMARIES } from '../careSummaries';
import { STORES_V11_TRAINING_SUMMARIES } from '../trainingSummaries';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import { generateDataset, withStamps, type Dataset } from '../../../tests/bench/dataset';

/**
 * Migration tests: a database as an earlier Tandem left it. Each schema version's stores, as
 * AppDB declares them, up to `version`; the bench's small dataset written into the tables that
 * version had, and its schema version in `meta`. The test then opens it with today's AppDB, as a
 * PC upgrading Tandem does.
 */
const SCHEMAS: [number, Record<string, string>][] = [
  [1, STORES_V1],
  [3, STORES_V3],
  [4, STORES_V4_CHECKINS],
  [5, STORES_V5_REV],
  [6, { ...STORES_V6_PRIVACY, ...STORES_V6_CONSENTS }],
  [7, STORES_V7_DRAFTS],
  [8, STORES_V8_CARE],
  [9, STORES_V9_SUMMARIES],
  [10, STORES_V10_CARE_SUMMARIES],
  [11, STORES_V11_TRAINING_SUMMARIES],
  [12, STORES_V12_REPORTS],
];

/**
 * Writes the small dataset into a new database `name` of schema `version`; returns what was
 * written (the dataset, with the tables that version did not have yet empty).
 */
export const writePreviousVersion = async (name: string, version: number): Promise<Dataset> => {
  const old = new Dexie(name);
  for (const [v, stores] of SCHEMAS) if (v <= version) old.version(v).stores(stores);
  await old.open();
  if (old.verno !== version) throw new Error(`no schema ${version} to write`);
  const data = Object.fromEntries(
    Object.entries(withStamps(generateDataset('small', { today: '2026-12-05' }))).map(([t, rows]) => [
      t,
      old.tables.some((x) => x.name === t) ? rows : [],
    ]),
  ) as unknown as Dataset;
  await old.transaction('rw', old.tables, async () => {
    for (const t of DOMAIN_TABLE_NAMES.filter((n) => old.tables.some((x) => x.name === n)))
      await old.table(t).bulkAdd((data as unknown as Record<string, unknown[]>)[t] ?? []);
    await old.table('meta').put({ key: 'schemaVersion', value: version });
  });
  old.close();
  return data;
};

/** Rows in id order, to compare tables regardless of the order they were read in. */
export const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((x, y) => (x.id < y.id ? -1 : 1));
