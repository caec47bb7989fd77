import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from './testing';
import { db } from './db';
import { markReplication } from './writePath';
import { HLC_PATTERN, hlcTime } from '../../shared/sync/hlc';
import { makeContact } from '../../tests/fixtures/backup/records';
import type { StoredRecord } from '../../shared/backup/format';

/** The write path: every domain write stamped by this PC's clock, whatever the wall clock does. */

const DAY = 24 * 60 * 60 * 1000;
let wall = Date.parse('2026-12-05T10:00:00.000Z');

beforeEach(async () => {
  await resetDatabase();
  db.readOnly = false;
  db.clock.now = () => wall;
});

const contact = () => makeContact('Éva', 'Kovács');
const get = async (id: string) => (await db.table<StoredRecord, string>('contacts').get(id)) as StoredRecord;

describe('the write path', () => {
  it('stamps a new record, then only the fields an edit changes, and sets updatedAt from the stamp', async () => {
    const c = contact();
    await db
      .table('contacts')
      .add({ ...c, baseStamp: undefined, fieldStamps: undefined, updatedAt: '1999-01-01T00:00:00.000Z' });
    const created = await get(c.id);
    expect(created.baseStamp).toMatch(HLC_PATTERN);
    expect(created.updatedAt).toBe('2026-12-05T10:00:00.000Z');
    wall += 60_000;
    await db.table('contacts').update(c.id, { phone: '+36 30 123 4567' });
    const edited = await get(c.id);
    expect(Object.keys(edited.fieldStamps as object)).toEqual(['phone']);
    expect(edited.updatedAt).toBe('2026-12-05T10:01:00.000Z');
    expect(edited.rev).not.toBe(created.rev);
    // A write that changes nothing changes no stamp.
    await db.table('contacts').put({ ...edited });
    expect(await get(c.id)).toEqual(edited);
  });

  it('never goes backwards when the PC clock is moved back a day', async () => {
    const c = contact();
    await db.table('contacts').add(c);
    const first = String((await get(c.id)).baseStamp);
    wall -= DAY;
    await db.table('contacts').update(c.id, { notes: 'typed after the clock was moved back' });
    const stamp = String((await get(c.id)).fieldStamps?.['notes' as never]);
    expect(stamp > first).toBe(true);
    expect(hlcTime(stamp) >= hlcTime(first)).toBe(true);
  });

  it('an edit of a record from a PC whose clock ran fast still wins: it is stamped after it', async () => {
    const c = contact();
    const future = { ...c, baseStamp: '2027-01-01T00:00:00.000Z-0000-abcdefabcdefabcd', fieldStamps: {} };
    await db.transaction('rw', db.table('contacts'), async () => {
      markReplication();
      await db.table('contacts').add(future);
    });
    await db.table('contacts').update(c.id, { role: 'social worker' });
    const after = await get(c.id);
    expect(String(after.fieldStamps?.['role' as never]) > future.baseStamp).toBe(true);
  });

  it('lets a replication transaction copy records with their stamps', async () => {
    const c = { ...contact(), updatedAt: '2026-11-01T09:00:00.000Z' };
    await db.transaction('rw', db.table('contacts'), async () => {
      markReplication();
      await db.table('contacts').put(c);
    });
    expect(await get(c.id)).toEqual(c);
  });

  it('refuses every domain write on a read-only database', async () => {
    db.readOnly = true;
    await expect(db.table('contacts').add(contact())).rejects.toThrow('errors.readOnlyDatabase');
    db.readOnly = false;
  });
});
