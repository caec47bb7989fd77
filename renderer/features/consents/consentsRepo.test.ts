import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { ConsentSchema } from '../../../shared/domain/consent';
import { purposeStates } from '../../../shared/privacy/consentLedger';
import { createContact } from '../contacts/contactsRepo';
import { createMentee, deleteMentee } from '../mentees/menteesRepo';
import { createMentor, deleteMentor } from '../mentors/mentorsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import {
  deleteConsent,
  giveConsent,
  listConsents,
  processingConsentOf,
  restoreConsent,
  withdrawConsent,
} from './consentsRepo';
import { peopleWithoutProcessingConsent } from '../privacy/missingConsents';

const MENTOR = '7a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';
const OTHER = '1a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';
const processing = { personKind: 'mentor', personId: MENTOR, purposeKind: 'processing', method: 'written' } as const;

beforeEach(resetDatabase);

describe('consentsRepo', () => {
  it('lists one person’s ledger, newest entry first', async () => {
    await giveConsent({ ...processing, date: '2025-01-10' });
    await giveConsent({ ...processing, purposeKind: 'photos', date: '2026-03-01', method: 'verbal' });
    await giveConsent({ ...processing, personId: OTHER, date: '2025-01-10' });
    await giveConsent({ ...processing, personKind: 'mentee', date: '2025-01-10' });
    expect((await listConsents('mentor', MENTOR)).map((c) => c.purposeKind)).toEqual(['photos', 'processing']);
  });

  it('adds a withdrawal and a new consent as entries of their own, never changing the earlier ones', async () => {
    await giveConsent({ ...processing, date: '2025-01-10', notes: 'Signed the form at intake.' });
    const [given] = await db.consents.toArray();
    await withdrawConsent({ ...processing, date: '2026-02-01', method: 'verbal' });
    await giveConsent({ ...processing, date: '2026-05-20', method: 'electronic' });

    const ledger = await listConsents('mentor', MENTOR);
    expect(ledger.map((c) => [c.kind, c.date, c.method])).toEqual([
      ['given', '2026-05-20', 'electronic'],
      ['withdrawn', '2026-02-01', 'verbal'],
      ['given', '2025-01-10', 'written'],
    ]);
    // The first entry is as it was written: same content, same stamps, same rev.
    expect(await db.consents.get(given?.id ?? '')).toEqual(given);
    for (const c of ledger) expect(ConsentSchema.safeParse(c).success).toBe(true);
    expect(purposeStates(ledger)).toMatchObject([{ purposeKind: 'processing', state: 'given', history: ledger }]);
    expect(await processingConsentOf('mentor', MENTOR)).toEqual({ state: 'given', since: '2026-05-20' });
  });

  it('refuses a withdrawal of what is not in force, or dated before the consent it ends, and writes nothing', async () => {
    await expect(withdrawConsent({ ...processing, date: '2026-02-01' })).rejects.toThrow('errors.notGiven');
    await giveConsent({ ...processing, date: '2025-01-10' });
    await expect(withdrawConsent({ ...processing, date: '2024-12-31' })).rejects.toThrow('errors.withdrawBeforeGiven');
    await expect(withdrawConsent({ ...processing, purposeKind: 'photos', date: '2026-02-01' })).rejects.toThrow(
      'errors.notGiven',
    );
    await withdrawConsent({ ...processing, date: '2025-01-10' });
    await expect(withdrawConsent({ ...processing, date: '2026-01-10' })).rejects.toThrow('errors.notGiven');
    expect(await db.consents.count()).toBe(2);
  });

  it('keeps purposes of kind "other" apart by their wording, whatever the case and accents', async () => {
    await giveConsent({
      ...processing,
      purposeKind: 'other',
      purpose: 'Történet az éves beszámolóban',
      date: '2026-01-05',
    });
    await giveConsent({ ...processing, purposeKind: 'other', purpose: 'Hírlevél', date: '2026-01-05' });
    await withdrawConsent({ ...processing, purposeKind: 'other', purpose: ' hirlevel ', date: '2026-03-01' });
    const states = purposeStates(await listConsents('mentor', MENTOR));
    expect(states.map((s) => [s.purpose, s.state])).toEqual([
      ['hirlevel', 'withdrawn'],
      ['Történet az éves beszámolóban', 'given'],
    ]);
  });

  it('refuses an entry of kind "other" without wording, and a consent without its method', async () => {
    await expect(
      giveConsent({ ...processing, purposeKind: 'other', purpose: ' ', date: '2025-01-10' }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(giveConsent({ ...processing, method: null, date: '2025-01-10' })).rejects.toBeInstanceOf(ZodError);
    expect(await db.consents.count()).toBe(0);
  });

  it('deletes an entry typed by mistake, and restores it', async () => {
    const id = await giveConsent({ ...processing, date: '2025-01-10' });
    await deleteConsent(id);
    expect(await listConsents('mentor', MENTOR)).toEqual([]);
    expect(await processingConsentOf('mentor', MENTOR)).toEqual({ state: 'none' });
    await restoreConsent(id);
    expect(await listConsents('mentor', MENTOR)).toHaveLength(1);
    await expect(deleteConsent(OTHER)).rejects.toThrow('errors.notFound');
  });
});

describe('people without a valid consent for processing', () => {
  it('lists live mentors and mentees whose latest processing entry is a withdrawal, or who have none', async () => {
    const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
    const anna = await createMentor({ givenName: 'Anna', familyName: 'Kovács' });
    const bence = await createMentor({ givenName: 'Bence', familyName: 'Tóth' });
    const csilla = await createMentor({ givenName: 'Csilla', familyName: 'Balogh' });
    const dora = await createMentor({ givenName: 'Dóra', familyName: 'Antal' });
    const gone = await createMentor({ givenName: 'Elek', familyName: 'Fekete' });
    const first = await createMentee({ programmeId, transition: 'movingIntoHousing' }, { today: '2026-01-01' });
    const second = await createMentee({ programmeId, transition: 'movingIntoHousing' }, { today: '2026-01-01' });
    const left = await createMentee({ programmeId, transition: 'movingIntoHousing' }, { today: '2026-01-01' });
    await createContact({ givenName: 'Éva', familyName: 'Szabó' });

    const p = (personKind: 'mentor' | 'mentee', personId: string) =>
      ({ personKind, personId, purposeKind: 'processing', method: 'written' }) as const;
    await giveConsent({ ...p('mentor', anna), date: '2025-01-10' });
    // Bence withdrew; Csilla withdrew and gave it again; Dóra agreed only to photos.
    await giveConsent({ ...p('mentor', bence), date: '2025-01-10' });
    await withdrawConsent({ ...p('mentor', bence), date: '2026-02-01' });
    await giveConsent({ ...p('mentor', csilla), date: '2025-01-10' });
    await withdrawConsent({ ...p('mentor', csilla), date: '2025-06-01' });
    await giveConsent({ ...p('mentor', csilla), date: '2025-06-01' });
    await giveConsent({ ...p('mentor', dora), purposeKind: 'photos', date: '2025-01-10' });
    await giveConsent({ ...p('mentee', first.id), date: '2026-01-01' });
    await deleteMentor(gone);
    await deleteMentee(left.id);

    expect(await peopleWithoutProcessingConsent()).toEqual([
      { personKind: 'mentor', personId: bence, consent: { state: 'withdrawn', since: '2026-02-01' } },
      { personKind: 'mentor', personId: dora, consent: { state: 'none' } },
      { personKind: 'mentee', personId: second.id, consent: { state: 'none' } },
    ]);
  });
});
