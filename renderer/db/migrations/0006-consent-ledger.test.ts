import { beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, SCHEMA_VERSION, STORES_V1, STORES_V3, STORES_V4_CHECKINS, STORES_V5_REV } from '../AppDB';
import { buildBackupBytes, parseBackupDocument } from '../../../shared/backup/document';
import type { TablesData } from '../../../shared/backup/format';
import { countsOfPlan, planMerge } from '../../../shared/backup/mergePlan';
import { DOMAIN_TABLE_NAMES, type DomainTableName } from '../../../shared/domain';
import { ConsentSchema, type ConsentPurpose } from '../../../shared/domain/consent';
import { processingConsent, type LedgerEntry } from '../../../shared/privacy/consentLedger';
import { legacyWithdrawalId } from '../../../shared/sync/upgradeConsentLedger';
import { revOf, stampWrite, type SyncRecord } from '../../../shared/sync/record';
import { upgradeLegacyTable } from '../../../shared/sync/upgradeV1';
import { generateDataset, withStamps, type Dataset } from '../../../tests/bench/dataset';

/**
 * Opens a database written by schema 5 (one record per consent, withdrawn by an edit) holding the
 * bench's small dataset, the way a PC upgrading Tandem would, and checks every consent survived
 * as ledger entries: twice, as two PCs holding the same data, which must end with the same records.
 */

const WORDINGS: [string, ConsentPurpose][] = [
  ['Adatkezelés az önkéntes programban', 'processing'],
  ['Processing of personal data', 'processing'],
  ['Suostumus henkilötietojen käsittelyyn', 'processing'],
  ['Saglasnost za obradu ličnih podataka', 'processing'],
  ['Fényképek rendezvényeken', 'photos'],
  ['Hírlevél és meghívók', 'other'],
];
const NODE = '9f86d081884c7d65';
const later = (a: string, b: string): string => (a > b ? a : b);

let data: Dataset;
/** The consents as schema 5 held them, and the purpose each wording should become. */
let oldConsents: SyncRecord[];
const expectedKind = new Map<string, ConsentPurpose>();
let upgraded: { a: SyncRecord[]; b: SyncRecord[] };
let others: Partial<Record<DomainTableName, { before: unknown[]; after: unknown[] }>>;
/** The same schema-5 data read from a backup file made before the upgrade, and merged into the upgraded data. */
let fromFile: { consents: SyncRecord[]; consentsMerge: ReturnType<typeof countsOfPlan>['consents'] };

const schema5 = async (name: string, tables: Dataset, consents: SyncRecord[]): Promise<void> => {
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  old.version(3).stores(STORES_V3);
  old.version(4).stores(STORES_V4_CHECKINS);
  old.version(5).stores(STORES_V5_REV);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const t of DOMAIN_TABLE_NAMES.filter((n) => old.tables.some((x) => x.name === n)))
      await old.table(t).bulkAdd(t === 'consents' ? consents : tables[t]);
  });
  old.close();
};

const openAtCurrent = async (name: string): Promise<AppDB> => {
  const db = new AppDB(name);
  await db.open();
  expect(db.verno).toBe(SCHEMA_VERSION);
  return db;
};

beforeAll(async () => {
  data = withStamps(generateDataset('small', { today: '2026-12-05' }));
  // Schema 4's consents, upgraded to schema 5 by its migration (legacy stamps); some were
  // withdrawn before that upgrade (legacy stamps only), some after it, by the write path on a PC.
  const schema4 = data.mentors.slice(0, 60).map((m, i) => {
    const [purpose, kind] = WORDINGS[i % WORDINGS.length] as [string, ConsentPurpose];
    const givenOn = m.statusHistory[0]?.date ?? '2020-01-01';
    const legacyWithdrawal = i % 7 === 1;
    const record = {
      id: crypto.randomUUID(),
      createdAt: `${givenOn}T09:00:00.000Z`,
      updatedAt: legacyWithdrawal ? `${later(givenOn, '2026-01-15')}T10:00:00.000Z` : `${givenOn}T09:00:00.000Z`,
      deletedAt: null,
      personKind: 'mentor',
      personId: m.id,
      purpose,
      givenOn,
      method: (['written', 'verbal', 'electronic'] as const)[i % 3],
      withdrawnOn: legacyWithdrawal ? later(givenOn, '2026-01-15') : null,
      notes: i % 2 ? '' : 'Aláírt nyilatkozat a dossziéban.',
    };
    expectedKind.set(record.id, kind);
    return record;
  });
  oldConsents = upgradeLegacyTable('consents', schema4).map((r, i) => {
    if (i % 3 === 0)
      return stampWrite(
        'consents',
        r,
        { ...r, withdrawnOn: later(String(r.givenOn), '2026-11-20') },
        `2026-11-20T14:00:00.000Z-0000-${NODE}`,
      );
    if (i === 4)
      return stampWrite(
        'consents',
        r,
        { ...r, deletedAt: '2026-11-21T08:00:00.000Z' },
        `2026-11-21T08:00:00.000Z-0000-${NODE}`,
      );
    return r;
  });
  expect(oldConsents.filter((c) => c.withdrawnOn).length).toBeGreaterThan(20);

  await schema5('tandem-migration-0006-a', data, oldConsents);
  await schema5('tandem-migration-0006-b', data, structuredClone(oldConsents));
  const dbA = await openAtCurrent('tandem-migration-0006-a');
  const dbB = await openAtCurrent('tandem-migration-0006-b');
  const byId = (rows: SyncRecord[]) => [...rows].sort((x, y) => (x.id < y.id ? -1 : 1));
  upgraded = {
    a: byId((await dbA.consents.toArray()) as SyncRecord[]),
    b: byId((await dbB.consents.toArray()) as SyncRecord[]),
  };
  expect(await dbA.consents.where('purposeKind').equals('processing').count()).toBe(
    upgraded.a.filter((c) => c.purposeKind === 'processing').length,
  );
  const schema5Tables = { ...data, consents: oldConsents } as unknown as TablesData;
  const { bytes } = await buildBackupBytes(schema5Tables, {
    schemaVersion: 5,
    appVersion: '0.9.0',
    deviceId: '9f86d081-884c-4d65-8a2b-1c3d4e5f6a7b',
    organisationName: 'Híd Egyesület',
    createdAt: '2026-11-30T10:00:00.000Z',
  });
  const file = await parseBackupDocument(bytes, SCHEMA_VERSION);
  const local = Object.fromEntries(
    await Promise.all(DOMAIN_TABLE_NAMES.map(async (t) => [t, await dbA.table(t).toArray()] as const)),
  ) as unknown as TablesData;
  fromFile = {
    consents: byId(file.tables.consents as SyncRecord[]),
    consentsMerge: countsOfPlan(planMerge(local, file.tables).plan).consents,
  };
  others = {};
  for (const t of ['mentors', 'mentees', 'attendance', 'pairings'] as const)
    others[t] = { before: byId(data[t] as SyncRecord[]), after: byId((await dbA.table(t).toArray()) as SyncRecord[]) };
  dbA.close();
  dbB.close();
  await Dexie.delete('tandem-migration-0006-a');
  await Dexie.delete('tandem-migration-0006-b');
}, 60_000);

describe('migration 0006: the consent ledger', () => {
  it('makes every old consent a given entry under its id, with its date, purpose, method and notes', () => {
    const byId = new Map(upgraded.a.map((c) => [c.id, c]));
    for (const old of oldConsents) {
      const entry = byId.get(old.id);
      expect(entry).toMatchObject({
        kind: 'given',
        personKind: old.personKind,
        personId: old.personId,
        purposeKind: expectedKind.get(old.id),
        purpose: old.purpose,
        date: old.givenOn,
        method: old.method,
        notes: old.notes,
        createdAt: old.createdAt,
        deletedAt: old.deletedAt,
      });
      expect(entry).not.toHaveProperty('withdrawnOn');
      expect(entry).not.toHaveProperty('givenOn');
    }
  });

  it('makes every withdrawal an entry of its own, with an id derived from the old one', () => {
    const withdrawn = oldConsents.filter((c) => c.withdrawnOn);
    expect(upgraded.a).toHaveLength(oldConsents.length + withdrawn.length);
    const byId = new Map(upgraded.a.map((c) => [c.id, c]));
    for (const old of withdrawn) {
      expect(byId.get(legacyWithdrawalId(old.id))).toMatchObject({
        kind: 'withdrawn',
        personId: old.personId,
        purposeKind: expectedKind.get(old.id),
        purpose: old.purpose,
        date: old.withdrawnOn,
        method: null,
        deletedAt: old.deletedAt,
      });
      // The person's processing consent now reads as withdrawn, as it did before.
      if (expectedKind.get(old.id) === 'processing')
        expect(
          processingConsent(upgraded.a.filter((c) => c.personId === old.personId) as unknown as LedgerEntry[]),
        ).toEqual({ state: 'withdrawn', since: old.withdrawnOn });
    }
  });

  it('writes entries valid under the new schema, with stamps and a rev of their content', () => {
    for (const c of upgraded.a) {
      expect(ConsentSchema.safeParse(c).success, JSON.stringify(c)).toBe(true);
      expect(c.rev).toBe(revOf('consents', c));
      expect(c.updatedAt).toBe(
        [c.baseStamp, ...Object.values(c.fieldStamps ?? {})]
          .reduce((a, b) => ((b ?? '') > (a ?? '') ? b : a))
          ?.slice(0, 24),
      );
    }
  });

  it('gives two PCs that upgrade the same data identical records', () => {
    expect(upgraded.b).toEqual(upgraded.a);
  });

  it('reads a backup of the old data the same way: it replaces with identical records, and merges without a write', () => {
    expect(fromFile.consents).toEqual(upgraded.a);
    expect(fromFile.consentsMerge).toMatchObject({
      added: 0,
      updated: 0,
      deleted: 0,
      writes: 0,
      unchanged: upgraded.a.length,
    });
  });

  it('leaves the other tables as they were', () => {
    for (const [, { before, after }] of Object.entries(others)) expect(after).toEqual(before);
  });
});
