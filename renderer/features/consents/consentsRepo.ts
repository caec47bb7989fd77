import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { RecordNotFoundError, setDeleted } from '../../db/softDelete';
import type { PersonKind } from '../../../shared/domain/base';
import { ConsentInputSchema, ConsentSchema, type Consent, type ConsentInput } from '../../../shared/domain/consent';
import {
  entryRefusal,
  ledgerNewestFirst,
  processingConsent,
  type ProcessingConsent,
} from '../../../shared/privacy/consentLedger';
import { nowIso } from '../../lib/format';

export class ConsentError extends Error {
  constructor(message: 'errors.notFound' | 'errors.withdrawBeforeGiven' | 'errors.notGiven') {
    super(message);
    this.name = 'ConsentError';
  }
}

const personEntries = (personKind: PersonKind, personId: string): Promise<Consent[]> =>
  db.consents.where('[personKind+personId]').equals([personKind, personId]).toArray();

/** One person's consent ledger, newest entry first, deleted entries left out. */
export const listConsents = async (personKind: PersonKind, personId: string): Promise<Consent[]> =>
  ledgerNewestFirst(await personEntries(personKind, personId));

/**
 * Adds one dated entry to a person's ledger. Earlier entries are never changed: a withdrawal and
 * a consent given again are entries of their own. A withdrawal needs the purpose to be in force
 * and is not dated before the consent it ends (`entryRefusal`).
 */
export const recordConsent = async (input: ConsentInput): Promise<string> => {
  const parsed = ConsentInputSchema.parse(input);
  const now = nowIso();
  const entry = ConsentSchema.parse({
    ...parsed,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  assertWritable();
  await db.transaction('rw', db.consents, async () => {
    const refusal = entryRefusal(await personEntries(entry.personKind, entry.personId), entry);
    if (refusal) throw new ConsentError(`errors.${refusal}`);
    await db.consents.add(entry);
  });
  return entry.id;
};

type EntryInput = Omit<ConsentInput, 'kind'>;

/** The person gives consent (for the first time, or again after withdrawing it). */
export const giveConsent = (input: EntryInput): Promise<string> => recordConsent({ ...input, kind: 'given' });

/** The person withdraws a consent in force: a new dated entry; the consent stays in the history. */
export const withdrawConsent = (input: EntryInput): Promise<string> => recordConsent({ ...input, kind: 'withdrawn' });

/** Soft delete of an entry typed in by mistake (not a withdrawal); `restoreConsent` undoes it. */
export const deleteConsent = async (id: string): Promise<void> => setConsentDeleted(id, true);
export const restoreConsent = async (id: string): Promise<void> => setConsentDeleted(id, false);

const setConsentDeleted = async (id: string, deleted: boolean): Promise<void> => {
  try {
    await setDeleted('consents', id, deleted);
  } catch (e) {
    throw e instanceof RecordNotFoundError ? new ConsentError('errors.notFound') : e;
  }
};

/** Where one person stands on processing (the flag on their page). */
export const processingConsentOf = async (personKind: PersonKind, personId: string): Promise<ProcessingConsent> =>
  processingConsent(await personEntries(personKind, personId));

/**
 * The processing state of everyone with a processing entry, keyed `<personKind>:<personId>`.
 * Reads only the processing entries, through the `purposeKind` index.
 */
export const processingConsentByPerson = async (): Promise<Map<string, ProcessingConsent>> => {
  const byPerson = new Map<string, Consent[]>();
  for (const e of await db.consents.where('purposeKind').equals('processing').toArray()) {
    const key = `${e.personKind}:${e.personId}`;
    const list = byPerson.get(key);
    if (list) list.push(e);
    else byPerson.set(key, [e]);
  }
  const out = new Map<string, ProcessingConsent>();
  for (const [key, entries] of byPerson) out.set(key, processingConsent(entries));
  return out;
};
