import { describe, expect, it } from 'vitest';
import { ConsentSchema } from '../domain/consent';
import { HLC_PATTERN, LEGACY_NODE, hlcTime, legacyStamp } from './hlc';
import { mergeRecords } from './merge';
import { revOf, sealRecord, stampWrite, type SyncRecord } from './record';
import {
  guessPurposeKind,
  isLegacyConsent,
  legacyWithdrawalId,
  upgradeLegacyConsent,
  upgradeLegacyConsents,
} from './upgradeConsentLedger';

const PERSON = '7a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';
const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const stamp = (iso: string, node = A) => `${iso}-0000-${node}`;

/** A consent as schema 4 and older kept it: no stamps. */
const legacy = (over: Record<string, unknown> = {}): SyncRecord => ({
  id: '5d0c8a1e-3f4b-4c2d-9e8f-7a6b5c4d3e2f',
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  deletedAt: null,
  personKind: 'mentor',
  personId: PERSON,
  purpose: 'Adatkezelés az önkéntes programban',
  givenOn: '2025-01-10',
  method: 'written',
  withdrawnOn: null,
  notes: 'Aláírt nyilatkozat a dossziéban.',
  ...over,
});

/** The same consent as schema 5 kept it, made on PC A and changed as the write path changes it. */
const made = (): SyncRecord =>
  sealRecord('consents', { ...legacy(), baseStamp: stamp('2025-01-10T09:00:00.000Z'), fieldStamps: {} });
const changed = (r: SyncRecord, change: Record<string, unknown>, at: string, node = A): SyncRecord =>
  stampWrite('consents', r, { ...r, ...change }, stamp(at, node));

const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('guessing the purpose of an old consent from its wording', () => {
  it.each([
    ['Adatkezelés az önkéntes programban', 'processing'],
    ['Hozzájárulás személyes adatok kezeléséhez', 'processing'],
    ['Data processing (GDPR art. 6(1)(a))', 'processing'],
    ['Processing of personal data', 'processing'],
    ['Suostumus henkilötietojen käsittelyyn', 'processing'],
    ['Tietojen käsittely', 'processing'],
    ['Saglasnost za obradu ličnih podataka', 'processing'],
    ['Обрада личних података', 'processing'],
    ['Fényképek rendezvényeken', 'photos'],
    ['Photos at events', 'photos'],
    ['Valokuvat tapahtumissa', 'photos'],
    ['Adatátadás partnerszervezeteknek', 'partnerSharing'],
    ['Sharing with partner organisations', 'partnerSharing'],
    ['Tietojen luovutus yhteistyökumppaneille', 'partnerSharing'],
    ['Telefonos kapcsolattartás', 'phoneContact'],
    ['Yhteydenpito puhelimitse', 'phoneContact'],
    ['Kontakt telefonom', 'phoneContact'],
    // More than one purpose, or none: the coordinator decides.
    ['Adatkezelés és fényképek', 'other'],
    ['Hírlevél', 'other'],
    ['Kuvaus tapahtumasta', 'other'],
    ['Neobradjeno', 'other'],
  ])('%s → %s', (wording, kind) => {
    expect(guessPurposeKind(wording)).toBe(kind);
  });
});

describe('upgrading an old consent to ledger entries', () => {
  it('makes a consent without stamps a valid given entry under its id, with legacy stamps', () => {
    const [given, ...rest] = upgradeLegacyConsent(legacy());
    expect(rest).toEqual([]);
    expect(given).toMatchObject({
      id: legacy().id,
      createdAt: legacy().createdAt,
      personKind: 'mentor',
      personId: PERSON,
      purposeKind: 'processing',
      purpose: 'Adatkezelés az önkéntes programban',
      kind: 'given',
      date: '2025-01-10',
      method: 'written',
      notes: 'Aláírt nyilatkozat a dossziéban.',
      baseStamp: legacyStamp('2025-01-10T09:00:00.000Z'),
      fieldStamps: {},
    });
    expect(given).not.toHaveProperty('givenOn');
    expect(given).not.toHaveProperty('withdrawnOn');
    expect(given?.rev).toBe(revOf('consents', given as SyncRecord));
    expect(ConsentSchema.safeParse(given).success).toBe(true);
  });

  it('makes a withdrawal a second entry with an id derived from the old one, the same on every PC', () => {
    const old = legacy({ withdrawnOn: '2026-02-01', updatedAt: '2026-02-01T15:30:00.000Z' });
    const entries = upgradeLegacyConsent(old);
    expect(entries).toHaveLength(2);
    const [given, withdrawn] = entries;
    expect(withdrawn?.id).toBe(legacyWithdrawalId(old.id));
    expect(withdrawn?.id).toMatch(UUID_V8);
    expect(withdrawn?.id).not.toBe(legacyWithdrawalId(PERSON));
    expect(withdrawn).toMatchObject({
      personKind: 'mentor',
      personId: PERSON,
      purposeKind: 'processing',
      purpose: old.purpose,
      kind: 'withdrawn',
      date: '2026-02-01',
      method: null,
      notes: '',
      deletedAt: null,
      baseStamp: legacyStamp('2026-02-01T15:30:00.000Z'),
    });
    expect(given?.kind).toBe('given');
    for (const e of entries) {
      expect(ConsentSchema.safeParse(e).success).toBe(true);
      expect(e.baseStamp).toMatch(HLC_PATTERN);
      expect(e.baseStamp?.endsWith(LEGACY_NODE)).toBe(true);
      expect(e.rev).toBe(revOf('consents', e));
    }
    // Another PC upgrading its own copy of the same record makes identical entries.
    expect(upgradeLegacyConsent(structuredClone(old))).toEqual(entries);
  });

  it('keeps the stamps of a schema-5 record with the fields they stamped; the withdrawal takes withdrawnOn’s', () => {
    const withdrawnAt = '2026-02-01T15:30:00.000Z';
    const notesAt = '2026-03-05T08:00:00.000Z';
    const old = changed(
      changed(made(), { withdrawnOn: '2026-02-01' }, withdrawnAt),
      { notes: 'Visszavonta telefonon.' },
      notesAt,
    );
    const [given, withdrawn] = upgradeLegacyConsent(old);
    expect(given).toMatchObject({
      baseStamp: stamp('2025-01-10T09:00:00.000Z'),
      fieldStamps: { notes: stamp(notesAt) },
      updatedAt: notesAt,
    });
    expect(withdrawn).toMatchObject({
      baseStamp: stamp(withdrawnAt),
      fieldStamps: {},
      createdAt: withdrawnAt,
      updatedAt: withdrawnAt,
    });
    expect(hlcTime(withdrawn?.baseStamp ?? '')).toBe(withdrawnAt);
  });

  it('carries a deletion to both entries', () => {
    const old = changed(
      changed(made(), { withdrawnOn: '2026-02-01' }, '2026-02-01T15:30:00.000Z'),
      { deletedAt: '2026-04-01T10:00:00.000Z' },
      '2026-04-01T10:00:00.000Z',
    );
    const [given, withdrawn] = upgradeLegacyConsent(old);
    expect(given?.deletedAt).toBe('2026-04-01T10:00:00.000Z');
    expect(withdrawn).toMatchObject({
      deletedAt: '2026-04-01T10:00:00.000Z',
      fieldStamps: { deletedAt: stamp('2026-04-01T10:00:00.000Z') },
    });
    for (const e of [given, withdrawn]) expect(ConsentSchema.safeParse(e).success).toBe(true);
  });

  it('leaves ledger entries and records that are not old consents as they are', () => {
    const [entry] = upgradeLegacyConsent(legacy());
    expect(upgradeLegacyConsent(entry as SyncRecord)[0]).toBe(entry);
    expect(isLegacyConsent(entry)).toBe(false);
    const broken = legacy({ givenOn: 'yesterday' });
    expect(upgradeLegacyConsent(broken)[0]).toBe(broken);
  });

  it('upgrades a table in place, withdrawals after the rest, so every record keeps its position', () => {
    const a = legacy({
      id: '11111111-1111-4111-8111-111111111111',
      withdrawnOn: '2026-01-01',
      updatedAt: '2026-01-01T10:00:00.000Z',
    });
    const b = legacy({ id: '22222222-2222-4222-8222-222222222222' });
    const c = legacy({
      id: '33333333-3333-4333-8333-333333333333',
      withdrawnOn: '2026-02-01',
      updatedAt: '2026-02-01T10:00:00.000Z',
    });
    const out = upgradeLegacyConsents([a, b, c]);
    expect(out.map((r) => [r.id, r.kind])).toEqual([
      [a.id, 'given'],
      [b.id, 'given'],
      [c.id, 'given'],
      [legacyWithdrawalId(a.id), 'withdrawn'],
      [legacyWithdrawalId(c.id), 'withdrawn'],
    ]);
    expect(upgradeLegacyConsents(out)).toEqual(out);
  });

  it('an old file edited on a PC not yet upgraded still merges field by field with the upgraded data', () => {
    // Both PCs hold the consent withdrawn on A. A upgrades; B, still on schema 5, then edits the notes.
    const withdrawnOnA = changed(made(), { withdrawnOn: '2026-02-01' }, '2026-02-01T15:30:00.000Z');
    const upgradedOnA = upgradeLegacyConsent(withdrawnOnA);
    const editedOnB = changed(withdrawnOnA, { notes: 'Papíron is visszavonta.' }, '2026-03-01T09:00:00.000Z', B);
    const fromB = upgradeLegacyConsent(editedOnB);
    // Same entries (same ids) on both sides; the given entry merges to B's notes, the withdrawal is unchanged.
    expect(fromB.map((e) => e.id)).toEqual(upgradedOnA.map((e) => e.id));
    const given = mergeRecords('consents', upgradedOnA[0] as SyncRecord, fromB[0] as SyncRecord).merged;
    expect(given.notes).toBe('Papíron is visszavonta.');
    expect(mergeRecords('consents', fromB[0] as SyncRecord, upgradedOnA[0] as SyncRecord).merged).toEqual(given);
    expect(mergeRecords('consents', upgradedOnA[1] as SyncRecord, fromB[1] as SyncRecord).merged).toEqual(
      upgradedOnA[1],
    );
  });
});
