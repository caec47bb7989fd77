import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { addConsent, deleteConsent, listConsents, restoreConsent, updateConsent, withdrawConsent } from './consentsRepo';

const MENTOR = '7a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';
const OTHER = '1a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';

beforeEach(resetDatabase);

describe('consentsRepo', () => {
  it('lists one person’s consents, newest first', async () => {
    await addConsent({ personKind: 'mentor', personId: MENTOR, purpose: 'Data processing', givenOn: '2025-01-10', method: 'written' });
    await addConsent({ personKind: 'mentor', personId: MENTOR, purpose: 'Photos at events', givenOn: '2026-03-01', method: 'verbal' });
    await addConsent({ personKind: 'mentor', personId: OTHER, purpose: 'Data processing', givenOn: '2025-01-10', method: 'written' });
    await addConsent({ personKind: 'mentee', personId: MENTOR, purpose: 'Other kind, same id', givenOn: '2025-01-10', method: 'written' });
    expect((await listConsents('mentor', MENTOR)).map((c) => c.purpose)).toEqual(['Photos at events', 'Data processing']);
  });

  it('refuses a record without purpose and writes nothing', async () => {
    await expect(addConsent({ personKind: 'mentor', personId: MENTOR, purpose: ' ', givenOn: '2025-01-10', method: 'written' })).rejects.toBeInstanceOf(ZodError);
    expect(await db.consents.count()).toBe(0);
  });

  it('withdraws with a date not before the consent, edits, deletes and restores', async () => {
    const id = await addConsent({ personKind: 'mentor', personId: MENTOR, purpose: 'Data processing', givenOn: '2025-01-10', method: 'written' });
    await expect(withdrawConsent(id, '2024-12-31')).rejects.toThrow('errors.withdrawBeforeGiven');
    await withdrawConsent(id, '2026-02-01');
    await updateConsent(id, { personKind: 'mentee', personId: OTHER, purpose: 'Data processing (GDPR)', givenOn: '2025-01-10', method: 'written', withdrawnOn: '2026-02-01' });
    const [c] = await listConsents('mentor', MENTOR);
    expect(c).toMatchObject({ purpose: 'Data processing (GDPR)', withdrawnOn: '2026-02-01', personId: MENTOR });
    await deleteConsent(id);
    expect(await listConsents('mentor', MENTOR)).toEqual([]);
    await restoreConsent(id);
    expect(await listConsents('mentor', MENTOR)).toHaveLength(1);
  });
});
