import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { SCHEMA_VERSION } from '../../db/AppDB';
import { resetDatabase } from '../../db/testing';
import { buildBackupBytes, parseBackupDocument } from '../../../shared/backup/document';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import { dumpTables } from '../backup/backupRepo';
import { erasePerson } from '../erasure/erasureRepo';
import { createMentee } from '../mentees/menteesRepo';
import { changePairingStatus, createPairing } from '../pairings/pairingsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import { addMentor } from '../../../tests/fixtures/records';
import { clearDraft, draftId, draftsAbout, getDraft, saveDraft } from './draftsRepo';

/** The draft store against the app's real database (fake-indexeddb, the app's Dexie schema). */

const SECRET = 'DRAFTQX half-typed note about a phone call';

const pairing = async () => {
  const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  const mentor = await addMentor('Anna', 'Kovács');
  const other = await addMentor('Béla', 'Nagy');
  const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: '2026-01-01' });
  const p = await createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId }, { date: '2026-01-10' });
  await changePairingStatus(p.id, 'active', '2026-01-10');
  return { mentorId: mentor.id, otherId: other.id, menteeId: mentee.id, pairingId: p.id };
};

beforeEach(() => resetDatabase());

describe('the draft store', () => {
  it('writes a draft under the form and the record (or "new"), and reads it back as typed', async () => {
    const at = new Date('2026-12-05T13:32:00.000Z');
    await saveDraft({ formKey: 'mentor', recordId: null }, { givenName: 'Ani', notes: SECRET }, at);
    await saveDraft(
      { formKey: 'mentor', recordId: 'm-1', subjectIds: ['m-1', null, 'm-1'] },
      { givenName: 'Anna' },
      at,
    );
    expect(draftId('mentor', null)).toBe('mentor:new');
    expect(await getDraft('mentor:new')).toEqual({
      id: 'mentor:new',
      formKey: 'mentor',
      recordId: null,
      subjectIds: [],
      values: { givenName: 'Ani', notes: SECRET },
      updatedAt: '2026-12-05T13:32:00.000Z',
    });
    expect((await getDraft('mentor:m-1'))?.subjectIds).toEqual(['m-1']);
    // A later keystroke replaces the draft; there is one per form and record.
    await saveDraft({ formKey: 'mentor', recordId: null }, { givenName: 'Anik' }, new Date('2026-12-05T13:33:00.000Z'));
    expect(await getDraft('mentor:new')).toMatchObject({
      values: { givenName: 'Anik' },
      updatedAt: '2026-12-05T13:33:00.000Z',
    });
    expect(await db.drafts.count()).toBe(2);
  });

  it('is cleared (a save or a discard), leaving the other drafts', async () => {
    await saveDraft({ formKey: 'mentor', recordId: null }, { givenName: 'Ani' });
    await saveDraft({ formKey: 'mentee', recordId: null }, { needs: 'housing' });
    await clearDraft(draftId('mentor', null));
    expect(await getDraft('mentor:new')).toBeUndefined();
    expect(await getDraft('mentee:new')).toBeDefined();
  });

  it('is never in a backup: not among the domain tables, not in dumpTables, not in the file', async () => {
    const { mentorId } = await pairing();
    await saveDraft({ formKey: 'mentor', recordId: mentorId }, { notes: SECRET });
    expect(DOMAIN_TABLE_NAMES).not.toContain('drafts');
    const tables = await dumpTables();
    expect(Object.keys(tables)).not.toContain('drafts');
    expect(JSON.stringify(tables)).not.toContain('DRAFTQX');
    expect(tables.mentors.map((m) => m.id)).toContain(mentorId);
    const { bytes } = await buildBackupBytes(tables, {
      schemaVersion: SCHEMA_VERSION,
      appVersion: 'test',
      deviceId: crypto.randomUUID(),
      organisationName: 'Test',
      createdAt: new Date().toISOString(),
    });
    const document = await parseBackupDocument(bytes, SCHEMA_VERSION);
    expect(Object.keys(document.tables)).not.toContain('drafts');
    expect(JSON.stringify(document)).not.toContain('DRAFTQX');
    expect(new TextDecoder().decode(bytes)).not.toContain('DRAFTQX');
    // …and the write path left it alone: no stamps, no rev.
    expect(await getDraft(`mentor:${mentorId}`)).not.toHaveProperty('rev');
  });

  it('is erased with the person it is about, and with what is about them (their pairing), not the others', async () => {
    const { mentorId, otherId, menteeId, pairingId } = await pairing();
    await saveDraft({ formKey: 'mentor', recordId: mentorId }, { notes: SECRET });
    // A contact log's draft names only the pairing: it goes because the pairing is about them.
    await saveDraft({ formKey: `contactLog@${pairingId}`, recordId: null, subjectIds: [pairingId] }, { notes: SECRET });
    await saveDraft({ formKey: 'session', recordId: null, subjectIds: [otherId, mentorId] }, { topic: SECRET });
    await saveDraft({ formKey: 'mentor', recordId: otherId }, { notes: 'stays' });
    await saveDraft({ formKey: 'mentee', recordId: menteeId }, { notes: 'stays too' });
    await saveDraft({ formKey: 'mentor', recordId: null }, { notes: 'a new mentor' });
    expect(await draftsAbout(mentorId)).toHaveLength(2);

    await erasePerson('mentors', mentorId);

    expect((await db.drafts.toArray()).map((d) => d.id).sort()).toEqual(
      [`mentee:${menteeId}`, 'mentor:new', `mentor:${otherId}`].sort(),
    );
    expect(JSON.stringify(await db.drafts.toArray())).not.toContain('DRAFTQX');
  });
});
