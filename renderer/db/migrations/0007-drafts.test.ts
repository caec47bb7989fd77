import { describe, expect, it } from 'vitest';
import { byId } from './previousVersion';
import { upgradedDatabase } from './upgradedDatabase';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import type { SyncRecord } from '../../../shared/sync/record';

/**
 * Opens a database written by schema 6 holding the bench's small dataset, the way a PC upgrading
 * Tandem would, and checks every record survived as it was and the new, empty drafts store works.
 */

const NAME = 'tandem-migration-0007';
const up = upgradedDatabase(NAME, 6);

describe('migration 0007: drafts', () => {
  it('leaves every domain record as it was', async () => {
    let compared = 0;
    for (const t of DOMAIN_TABLE_NAMES) {
      const after = byId((await up.db.table(t).toArray()) as SyncRecord[]);
      expect(after, t).toEqual(byId(up.data[t] as SyncRecord[]));
      compared += after.length;
    }
    expect(compared).toBeGreaterThan(1000);
    expect(await up.db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: 6 });
  });

  it('adds an empty drafts store, indexed by the people a draft is about and by age', async () => {
    expect(await up.db.drafts.count()).toBe(0);
    const mentor = up.data.mentors[0] as SyncRecord;
    await up.db.drafts.put({
      id: `mentor:${mentor.id}`,
      formKey: 'mentor',
      recordId: mentor.id,
      subjectIds: [mentor.id],
      values: { givenName: 'Anna' },
      updatedAt: '2026-12-05T13:32:00.000Z',
    });
    expect(await up.db.drafts.where('subjectIds').equals(mentor.id).primaryKeys()).toEqual([`mentor:${mentor.id}`]);
    expect(await up.db.drafts.where('updatedAt').below('2026-12-06').count()).toBe(1);
  });
});
