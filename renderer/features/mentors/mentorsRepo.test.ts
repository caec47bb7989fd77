import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import type { MentorInput } from '../../../shared/domain/mentor';
import { personSortKey } from '../../../shared/i18n/collation';
import {
  changeMentorStatus,
  countMentorsByStatus,
  createMentor,
  deleteMentor,
  findMentorIds,
  getMentor,
  getMentorsByIds,
  restoreMentor,
  updateMentor,
  updateScreeningStep,
} from './mentorsRepo';

const PROGRAMME = '0b8f3a52-1c1e-4a43-9f3e-6f1f0b7c2d11';
const anna: MentorInput = {
  givenName: 'Anna',
  familyName: 'Kovács',
  email: 'anna.kovacs@pelda.hu',
  phone: '+36 30 555 1234',
  livedExperience: ['homelessness'],
  programmeIds: [PROGRAMME],
};

beforeEach(resetDatabase);

describe('mentorsRepo', () => {
  it('creates an applicant with one dated history entry and derived search fields', async () => {
    const id = await createMentor(anna, { date: '2026-11-01' });
    const m = await getMentor(id);
    expect(m).toMatchObject({
      status: 'applicant',
      statusHistory: [{ status: 'applicant', date: '2026-11-01' }],
      sortKey: personSortKey(anna, 'en'),
    });
    expect(m?.searchTokens).toEqual(expect.arrayContaining(['anna', 'kovacs', 'pelda', '555']));
  });

  it('refuses bad input and writes nothing', async () => {
    await expect(createMentor({ ...anna, email: 'not-an-email' })).rejects.toBeInstanceOf(ZodError);
    await expect(createMentor(anna, { status: 'active' })).rejects.toBeInstanceOf(ZodError);
    expect(await db.mentors.count()).toBe(0);
  });

  it('updates the fields and re-derives the search tokens, keeping status and history', async () => {
    const id = await createMentor(anna, { status: 'screening' });
    await updateMentor(id, { ...anna, familyName: 'Szabó', email: '' });
    const m = await getMentor(id);
    expect(m).toMatchObject({
      familyName: 'Szabó',
      status: 'screening',
      sortKey: personSortKey({ givenName: 'Anna', familyName: 'Szabó' }, 'en'),
    });
    expect(m?.searchTokens).not.toContain('kovacs');
    expect(await findMentorIds({ query: 'szab' })).toEqual([id]);
    expect(await findMentorIds({ query: 'kov' })).toEqual([]);
  });

  it('a failed update leaves the stored mentor unchanged', async () => {
    const id = await createMentor(anna);
    await expect(updateMentor(id, { ...anna, givenName: '' })).rejects.toBeInstanceOf(ZodError);
    expect((await getMentor(id))?.givenName).toBe('Anna');
  });

  it('corrects one screening step with the same rules as the form; bad input changes nothing', async () => {
    const id = await createMentor({ ...anna, screening: { interview: { date: '2026-01-10', expiresOn: null } } });
    await updateScreeningStep(id, 'criminalRecord', { date: '2026-01-12', expiresOn: '2027-01-12' });
    await updateScreeningStep(id, 'interview', { date: '2026-01-09', expiresOn: null });
    const m = await getMentor(id);
    expect(m?.screening.interview).toEqual({ date: '2026-01-09', expiresOn: null });
    expect(m?.screening.criminalRecord).toEqual({ date: '2026-01-12', expiresOn: '2027-01-12' });
    expect(m?.screening.references).toEqual({ date: null, expiresOn: null });
    const before = await db.mentors.get(id);
    // An expiry before the step was done is refused with the form's message.
    await expect(
      updateScreeningStep(id, 'criminalRecord', { date: '2026-01-12', expiresOn: '2025-01-01' }),
    ).rejects.toThrow('validation.expiryAfterDate');
    await expect(updateScreeningStep(id, 'interview', { date: '12/01/2026', expiresOn: null })).rejects.toBeInstanceOf(
      ZodError,
    );
    expect(await db.mentors.get(id)).toEqual(before);
  });

  it('changes status along the lifecycle only, and records exit date and reason', async () => {
    const id = await createMentor(anna, { date: '2026-01-01' });
    await expect(changeMentorStatus(id, { status: 'active', date: '2026-02-01' })).rejects.toThrow(
      'errors.transitionNotAllowed',
    );
    await changeMentorStatus(id, { status: 'screening', date: '2026-02-01' });
    await changeMentorStatus(id, { status: 'inTraining', date: '2026-03-01' });
    await changeMentorStatus(id, {
      status: 'active',
      date: '2026-04-01',
      reason: 'Trained elsewhere',
      override: 'trainingIncomplete',
    });
    await expect(changeMentorStatus(id, { status: 'exited', date: '2026-05-01' })).rejects.toBeInstanceOf(ZodError);
    await changeMentorStatus(id, { status: 'exited', date: '2026-05-01', reason: 'Moved abroad' });
    const m = await getMentor(id);
    expect(m?.status).toBe('exited');
    expect(m?.statusHistory.map((h) => `${h.status}@${h.date}`)).toEqual([
      'applicant@2026-01-01',
      'screening@2026-02-01',
      'inTraining@2026-03-01',
      'active@2026-04-01',
      'exited@2026-05-01',
    ]);
    expect(m?.statusHistory[3]).toMatchObject({ override: 'trainingIncomplete', reason: 'Trained elsewhere' });
    expect(m).toMatchObject({ exitDate: '2026-05-01', exitReason: 'Moved abroad' });
  });

  it('deletes with a tombstone that lists skip, and undo brings the mentor back', async () => {
    const id = await createMentor(anna);
    const other = await createMentor({ givenName: 'Aino', familyName: 'Korhonen' });
    await deleteMentor(id);
    expect(await getMentor(id)).toBeUndefined();
    expect((await db.mentors.get(id))?.deletedAt).toBeTruthy();
    expect(await findMentorIds()).toEqual([other]);
    expect(await findMentorIds({ query: 'anna' })).toEqual([]);
    expect(await getMentorsByIds([id, other])).toHaveLength(1);
    expect((await countMentorsByStatus()).applicant).toBe(1);
    await restoreMentor(id);
    expect((await getMentor(id))?.deletedAt).toBeNull();
    expect(await findMentorIds()).toEqual([other, id]);
    expect((await countMentorsByStatus()).applicant).toBe(2);
  });

  it('searches by word prefixes (every word must match), accent-free, sorted by family name', async () => {
    const kovacs = await createMentor(anna);
    const nagy = await createMentor({ givenName: 'Anna', familyName: 'Nagy' });
    const aho = await createMentor({ givenName: 'Juha', familyName: 'Ahonen', email: 'juha@esimerkki.fi' });
    expect(await findMentorIds()).toEqual([aho, kovacs, nagy]);
    expect(await findMentorIds({ query: 'ann' })).toEqual([kovacs, nagy]);
    expect(await findMentorIds({ query: 'Anna Kov' })).toEqual([kovacs]);
    expect(await findMentorIds({ query: 'KOVÁCS' })).toEqual([kovacs]);
    expect(await findMentorIds({ query: 'esimerkki' })).toEqual([aho]);
    expect(await findMentorIds({ query: 'anna zz' })).toEqual([]);
  });

  it('filters by status, programme and lived experience through the indexes', async () => {
    const kovacs = await createMentor(anna, { status: 'inTraining' });
    const nagy = await createMentor({
      givenName: 'Réka',
      familyName: 'Nagy',
      livedExperience: ['leavingCare', 'homelessness'],
    });
    expect(await findMentorIds({ status: 'inTraining' })).toEqual([kovacs]);
    expect(await findMentorIds({ programmeId: PROGRAMME })).toEqual([kovacs]);
    expect(await findMentorIds({ livedExperience: 'homelessness' })).toEqual([kovacs, nagy]);
    expect(await findMentorIds({ livedExperience: 'leavingCare', status: 'applicant' })).toEqual([nagy]);
    expect(await findMentorIds({ livedExperience: 'leavingCare', query: 'kov' })).toEqual([]);
  });

  it('counts mentors by status', async () => {
    await createMentor(anna);
    await createMentor(anna, { status: 'screening' });
    expect(await countMentorsByStatus()).toEqual({
      applicant: 1,
      screening: 1,
      inTraining: 0,
      active: 0,
      paused: 0,
      exited: 0,
    });
  });
});
