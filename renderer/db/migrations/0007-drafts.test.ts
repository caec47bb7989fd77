import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, SCHEMA_VERSION } from '../AppDB';
import { byId, writePreviousVersion } from './previousVersion';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import type { SyncRecord } from '../../../shared/sync/record';
import type { Dataset } from '../../../tests/bench/dataset';

/**
 * Opens a database written by schema 6 holding the bench's small dataset, the way a PC upgrading
 * Tandem would, and checks every record survived as it was and the new, empty drafts store works.
 */

const NAME = 'tandem-migration-0007';
let data: Dataset;
let db: AppDB;

beforeAll(async () => {
  data = await writePreviousVersion(NAME, 6);
  db = new AppDB(NAME);
  await db.open();
}, 60_000);

afterAll(async () => {
  db.close();
  await Dexie.delete(NAME);
});

describe('migration 0007: drafts', () => {
  it('opens a version 6 database at the current version', () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    expect(db.verno).toBe(SCHEMA_VERSION);
  });

  it('leaves every domain record as it was', async () => {
    let compared = 0;
    for (const t of DOMAIN_TABLE_NAMES) {
      const after = byId((await db.table(t).toArray()) as SyncRecord[]);
      expect(after, t).toEqual(byId(data[t] as SyncRecord[]));
      compared += after.length;
    }
    expect(compared).toBeGreaterThan(1000);
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: 6 });
  });

  it('adds an empty drafts store, indexed by the people a draft is about and by age', async () => {
    expect(await db.drafts.count()).toBe(0);
    const mentor = data.mentors[0] as SyncRecord;
    await db.drafts.put({
      id: `mentor:${mentor.id}`,
      formKey: 'mentor',
      recordId: mentor.id,
      subjectIds: [mentor.id],
      values: { givenName: 'Anna' },
      updatedAt: '2026-12-05T13:32:00.000Z',
    });
    expect(await db.drafts.where('subjectIds').equals(mentor.id).primaryKeys()).toEqual([`mentor:${mentor.id}`]);
    expect(await db.drafts.where('updatedAt').below('2026-12-06').count()).toBe(1);
  });
});
