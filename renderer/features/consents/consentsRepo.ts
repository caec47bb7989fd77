import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { RecordNotFoundError, setDeleted } from '../../db/softDelete';
import { IsoDateSchema, type PersonKind } from '../../../shared/domain/base';
import { ConsentInputSchema, ConsentSchema, type Consent, type ConsentInput } from '../../../shared/domain/consent';
import { nowIso } from '../../lib/format';

export class ConsentError extends Error {
  constructor(message: 'errors.notFound' | 'errors.withdrawBeforeGiven') {
    super(message);
    this.name = 'ConsentError';
  }
}

/** One person's consent records, newest first, deleted ones left out. */
export const listConsents = async (personKind: PersonKind, personId: string): Promise<Consent[]> => {
  const rows = await db.consents.where('[personKind+personId]').equals([personKind, personId]).toArray();
  return rows.filter((c) => !c.deletedAt).sort((a, b) => b.givenOn.localeCompare(a.givenOn));
};

export const addConsent = async (input: ConsentInput): Promise<string> => {
  const parsed = ConsentInputSchema.parse(input);
  const now = nowIso();
  const consent = ConsentSchema.parse({ ...parsed, id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null });
  assertWritable();
  await db.transaction('rw', db.consents, async () => {
    await db.consents.add(consent);
  });
  return consent.id;
};

/** Edit what was agreed; the person it belongs to cannot change. */
export const updateConsent = async (id: string, input: ConsentInput): Promise<void> => {
  const parsed = ConsentInputSchema.parse(input);
  assertWritable();
  await db.transaction('rw', db.consents, async () => {
    const existing = await db.consents.get(id);
    if (!existing || existing.deletedAt) throw new ConsentError('errors.notFound');
    await db.consents.put(
      ConsentSchema.parse({ ...existing, ...parsed, personKind: existing.personKind, personId: existing.personId }),
    );
  });
};

/** A withdrawal is dated and kept: the record shows both when consent was given and when it ended. */
export const withdrawConsent = async (id: string, withdrawnOn: string): Promise<void> => {
  const date = IsoDateSchema.parse(withdrawnOn);
  assertWritable();
  await db.transaction('rw', db.consents, async () => {
    const existing = await db.consents.get(id);
    if (!existing || existing.deletedAt) throw new ConsentError('errors.notFound');
    if (date < existing.givenOn) throw new ConsentError('errors.withdrawBeforeGiven');
    await db.consents.put({ ...existing, withdrawnOn: date });
  });
};

/** Soft delete (a record entered by mistake); `restoreConsent` undoes it. */
export const deleteConsent = async (id: string): Promise<void> => setConsentDeleted(id, true);
export const restoreConsent = async (id: string): Promise<void> => setConsentDeleted(id, false);

const setConsentDeleted = async (id: string, deleted: boolean): Promise<void> => {
  try {
    await setDeleted('consents', id, deleted);
  } catch (e) {
    throw e instanceof RecordNotFoundError ? new ConsentError('errors.notFound') : e;
  }
};
