import { z } from 'zod';
import { IdSchema, IsoDateSchema, PersonKindSchema, RecordMetaSchema, normaliseForSearch } from '../domain/base';
import { ConsentMethodSchema, type ConsentPurpose } from '../domain/consent';
import { hlcTime } from './hlc';
import { uuidFromKey } from './ids';
import { fieldStamp, sealRecord, type SyncRecord } from './record';
import { upgradeLegacyRecord } from './upgradeV1';

/**
 * Consents before the ledger (database schema 5 and older, backups of those schemas) were one
 * record per consent, withdrawn by an edit that set `withdrawnOn`. Schema 6 keeps a ledger of
 * dated entries instead (shared/domain/consent.ts). This turns one old record into its entries:
 *
 * - the record itself, under its own id, becomes the `given` entry: `givenOn` is its date, the
 *   purpose kind is guessed from the wording (kept as the purpose's description);
 * - a `withdrawnOn` becomes a second, `withdrawn` entry whose id follows from the old id
 *   (`legacyWithdrawalId`), so two PCs that upgrade the same consent make the same entry and a
 *   merge keeps one.
 *
 * Stamps go with the fields they stamped (`givenOn`'s to `date`, `purpose`'s to `purpose` and
 * `purposeKind`); the withdrawal is stamped with the stamp of `withdrawnOn`, when it was typed
 * in. A record without stamps first gets its legacy stamps (shared/sync/upgradeV1.ts). Pure and
 * deterministic: the schema-6 migration and the backup reader both run it, so an old file
 * merges with an upgraded database as if both had always been ledgers.
 */

/** The database schema that made consents a ledger; backups of older schemas are upgraded on reading. */
export const CONSENT_LEDGER_SCHEMA = 6;

/** A consent as schema 5 and older kept it. */
export const LegacyConsentSchema = RecordMetaSchema.extend({
  personKind: PersonKindSchema,
  personId: IdSchema,
  purpose: z.string().min(1).max(300),
  givenOn: IsoDateSchema,
  method: ConsentMethodSchema,
  withdrawnOn: IsoDateSchema.nullable().optional(),
  notes: z.string().max(2000).optional(),
});

/** Whether a stored record is an old consent (the ledger's entries have a `kind`). */
export const isLegacyConsent = (record: unknown): record is SyncRecord =>
  record !== null && typeof record === 'object' && !('kind' in record) && LegacyConsentSchema.safeParse(record).success;

/** The id of the withdrawal entry made from the old consent `consentId`. */
export const legacyWithdrawalId = (consentId: string): string => uuidFromKey(`consent-withdrawal|${consentId}`);

/**
 * Words (lower case, accents removed as `normaliseForSearch` does) that name each purpose in the
 * languages Tandem speaks. Matched as word beginnings anywhere in the wording.
 */
const PURPOSE_WORDS: Record<Exclude<ConsentPurpose, 'other'>, readonly string[]> = {
  processing: [
    'processing',
    'personal data',
    'data protection',
    'gdpr',
    'adatkezel',
    'adatvedelm',
    'szemelyes adat',
    'kasittel',
    'henkilotie',
    'tietosuoj',
    'obrad',
    'licnih podat',
    'licni podac',
    'обрад',
    'личних подат',
    'лични подаци',
  ],
  photos: ['photo', 'foto', 'fenykep', 'valokuv', 'kuvaam', 'фото'],
  partnerSharing: [
    'partner',
    'sharing',
    'share',
    'megoszt',
    'tovabbit',
    'luovut',
    'jakamin',
    'yhteistyokumppan',
    'deljenj',
    'ustupanj',
    'партнер',
    'дељењ',
  ],
  phoneContact: ['phone', 'telefon', 'puhel', 'телефон'],
};

const beginsWordAt = (text: string, word: string): boolean => {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1))
    if (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) return true;
  return false;
};

/**
 * The purpose an old consent's wording names, or `other` when it names none or more than one
 * ("Adatkezelés és fényképek" is both: the coordinator decides, and until then the person is not
 * counted as having consented to processing).
 */
export const guessPurposeKind = (wording: string): ConsentPurpose => {
  const text = normaliseForSearch(wording);
  const found = (Object.keys(PURPOSE_WORDS) as (keyof typeof PURPOSE_WORDS)[]).filter((kind) =>
    PURPOSE_WORDS[kind].some((word) => beginsWordAt(text, word)),
  );
  return found.length === 1 ? (found[0] as ConsentPurpose) : 'other';
};

/** Fields of the entries and the old field whose stamp each takes. */
const CARRIED: Record<string, string> = {
  personKind: 'personKind',
  personId: 'personId',
  purposeKind: 'purpose',
  purpose: 'purpose',
  deletedAt: 'deletedAt',
};
const GIVEN_ONLY: Record<string, string> = { date: 'givenOn', method: 'method', notes: 'notes' };
/** The old fields whose stamps go elsewhere (`withdrawnOn`'s to the withdrawal entry). */
const SOURCES: ReadonlySet<string> = new Set([...Object.values(CARRIED), ...Object.values(GIVEN_ONLY), 'withdrawnOn']);

/** An old consent as its ledger entries (one, or two when it was withdrawn); anything else as it is. */
export const upgradeLegacyConsent = (record: SyncRecord): SyncRecord[] => {
  if (!isLegacyConsent(record)) return [record];
  const old = upgradeLegacyRecord('consents', record);
  const { givenOn, withdrawnOn, purpose, method, notes, fieldStamps: _f, rev: _r, ...rest } = old;
  const base = old.baseStamp as string;
  const purposeKind = guessPurposeKind(String(purpose));
  const content = { personKind: old.personKind, personId: old.personId, purposeKind, purpose };

  // Every field keeps the stamp of the old field it comes from (a field unknown here, its own).
  const givenStamps: Record<string, string> = {};
  for (const [field, stamp] of Object.entries(old.fieldStamps ?? {}))
    if (!SOURCES.has(field)) givenStamps[field] = stamp;
  for (const [field, from] of Object.entries({ ...CARRIED, ...GIVEN_ONLY })) {
    const stamp = fieldStamp(old, from);
    if (stamp !== base) givenStamps[field] = stamp;
  }
  const given = sealRecord('consents', {
    ...rest,
    ...content,
    kind: 'given',
    date: givenOn,
    method,
    notes: notes ?? '',
    fieldStamps: givenStamps,
  } as SyncRecord);
  if (typeof withdrawnOn !== 'string') return [given];

  // The withdrawal was made when withdrawnOn was set; a field changed after that keeps its later stamp.
  const withdrawnStamp = fieldStamp(old, 'withdrawnOn');
  const withdrawnStamps: Record<string, string> = {};
  for (const [field, from] of Object.entries(CARRIED)) {
    const stamp = fieldStamp(old, from);
    if (stamp > withdrawnStamp) withdrawnStamps[field] = stamp;
  }
  // Made when withdrawnOn was set, and never before the consent it ends (data another tool wrote).
  const createdAt = hlcTime(withdrawnStamp) > old.createdAt ? hlcTime(withdrawnStamp) : old.createdAt;
  const withdrawn = sealRecord('consents', {
    id: legacyWithdrawalId(old.id),
    createdAt,
    updatedAt: hlcTime(withdrawnStamp),
    deletedAt: old.deletedAt,
    ...content,
    kind: 'withdrawn',
    date: withdrawnOn,
    method: null,
    notes: '',
    baseStamp: withdrawnStamp,
    fieldStamps: withdrawnStamps,
  } as SyncRecord);
  return [given, withdrawn];
};

/**
 * A consents table with its old records upgraded. Each record keeps its place (so a problem
 * found later names the position it had in the file); the withdrawals follow, in the same order.
 */
export const upgradeLegacyConsents = <R>(rows: readonly R[]): R[] => {
  const withdrawals: R[] = [];
  const upgraded = rows.map((row) => {
    if (!isLegacyConsent(row)) return row;
    const [given, withdrawal] = upgradeLegacyConsent(row);
    if (withdrawal) withdrawals.push(withdrawal as R);
    return given as R;
  });
  return [...upgraded, ...withdrawals];
};
