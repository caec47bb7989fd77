import type { Mentee } from '../../../shared/domain/mentee';
import type { Mentor, Screening } from '../../../shared/domain/mentor';
import type { Pairing } from '../../../shared/domain/pairing';
import type { Programme } from '../../../shared/domain/programme';
import { RulesSchema, SETTINGS_ID, type Rules, type Settings } from '../../../shared/domain/settings';
import {
  creditsOfSummaries,
  summariesOfRows,
  TRAINING_CREDITS,
  TRAINING_SUMMARIES,
} from '../../../renderer/db/trainingSummaries';
import { MENTOR_PAIRINGS, mentorPairingsOfRows } from '../../../renderer/db/mentorPairings';
import { ATTENDANCE_DAYS, CONTACT_DAYS, digestsOfRows, SESSION_DAYS } from '../../../renderer/db/dayDigests';
import type { Page } from '@playwright/test';

/*
 * Records for specs that put data straight into the app's IndexedDB (PrintPages.seed). Each
 * builder returns a whole record of the stored shape (typed by the domain's zod schemas), so a
 * spec names only the fields it is about and the rest stay plain and empty.
 */

/** Rows to put straight into the app's IndexedDB, by table name. */
export type SeedRows = Record<string, Record<string, unknown>[]>;

/**
 * Puts rows straight into the app's IndexedDB, once the app has opened it (so the schema exists),
 * in one transaction. The app keeps each person's training summary in the same transaction as
 * every write of attendance, sessions and shadowing, with their training credits
 * (renderer/db/trainingSummaries.ts), each mentor's open pairings (renderer/db/mentorPairings.ts), and the
 * day digests of sessions, attendance and contact logs (renderer/db/dayDigests.ts); a write past
 * it must do the same, so the summaries and digests of these rows are written with them, made by
 * the app's own functions.
 */
export const putRows = async (page: Page, rows: SeedRows): Promise<void> => {
  const summaries = summariesOfRows({
    attendance: (rows.attendance ?? []) as Parameters<typeof summariesOfRows>[0]['attendance'],
    sessions: (rows.sessions ?? []) as Parameters<typeof summariesOfRows>[0]['sessions'],
    shadowing: (rows.shadowing ?? []) as Parameters<typeof summariesOfRows>[0]['shadowing'],
  });
  type Digested = Parameters<typeof digestsOfRows>[1];
  const data: SeedRows = {
    ...rows,
    [TRAINING_SUMMARIES]: summaries,
    [TRAINING_CREDITS]: creditsOfSummaries(summaries),
    [MENTOR_PAIRINGS]: mentorPairingsOfRows((rows.pairings ?? []) as Parameters<typeof mentorPairingsOfRows>[0]),
    [SESSION_DAYS]: digestsOfRows('sessions', (rows.sessions ?? []) as unknown as Digested),
    [ATTENDANCE_DAYS]: digestsOfRows('attendance', (rows.attendance ?? []) as unknown as Digested),
    [CONTACT_DAYS]: digestsOfRows('contactLogs', (rows.contactLogs ?? []) as unknown as Digested),
  };
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tandem');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const stores = Object.keys(data).filter((s) => (data[s] ?? []).length > 0);
    const tx = db.transaction(stores, 'readwrite');
    for (const s of stores) for (const row of data[s] ?? []) tx.objectStore(s).put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);
};

const NOW = '2026-11-01T10:00:00.000Z';
/** The fields every stored record carries. */
export const meta = (id: string) => ({ id, createdAt: NOW, updatedAt: NOW, deletedAt: null });

/** A v4-shaped UUID from a small number, so tests can refer to records by number. */
export const uuid = (prefix: number, n: number) =>
  `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The programme every builder refers to unless told otherwise. */
export const PROGRAMME_ID = uuid(1, 1);

/** The one settings record; `rules` not given keep their defaults. */
export const settingsRow = ({
  rules = {},
  ...overrides
}: Partial<Omit<Settings, 'rules'>> & { rules?: Partial<Rules> } = {}): Settings => ({
  ...meta(SETTINGS_ID),
  organisationName: 'Sorstárs Egyesület',
  address: '',
  logoDataUrl: null,
  defaultLanguage: 'hu',
  rules: RulesSchema.parse(rules),
  ...overrides,
});

/** The 'Housing First' programme (codes `HF-…`). */
export const programmeRow = (id = PROGRAMME_ID, overrides: Partial<Programme> = {}): Programme => ({
  ...meta(id),
  name: 'Housing First',
  codePrefix: 'HF',
  description: '',
  active: true,
  checkInRule: null,
  ...overrides,
});

/** Nothing screened yet. */
export const emptyScreening = (): Screening => ({
  interview: { date: null, expiresOn: null },
  references: { date: null, expiresOn: null },
  criminalRecord: { date: null, expiresOn: null },
  volunteerAgreement: { date: null, expiresOn: null },
  confidentialityAgreement: { date: null, expiresOn: null },
});

/**
 * A mentor of the programme, active since 1 January 2026, nothing screened. The sort key (the
 * index the mentors list reads) follows the names unless given.
 */
export const mentorRow = (id: string, overrides: Partial<Mentor> = {}): Mentor => {
  const row: Mentor = {
    ...meta(id),
    givenName: 'Aino',
    familyName: 'Korhonen',
    email: '',
    phone: '',
    gender: 'unspecified',
    birthYear: null,
    languages: [],
    livedExperience: [],
    programmeIds: [PROGRAMME_ID],
    capacity: 1,
    availability: '',
    notes: '',
    screening: emptyScreening(),
    preferredLanguage: null,
    status: 'active',
    statusHistory: [{ status: 'active', date: '2026-01-01', reason: '', override: null }],
    exitDate: null,
    exitReason: '',
    searchTokens: [],
    sortKey: '',
    ...overrides,
  };
  return { ...row, sortKey: overrides.sortKey ?? `${row.familyName} ${row.givenName}`.toLowerCase() };
};

/** A mentee of the programme, waiting, known by code alone. */
export const menteeRow = (id: string, overrides: Partial<Mentee> = {}): Mentee => ({
  ...meta(id),
  programmeId: PROGRAMME_ID,
  code: 'HF-001',
  givenName: '',
  familyName: '',
  transition: 'movingIntoHousing',
  needs: '',
  goals: '',
  referralSource: '',
  languages: [],
  livedExperience: [],
  preferredMentorGender: 'any',
  birthYear: null,
  referredOn: null,
  consentGiven: false,
  notes: '',
  status: 'waiting',
  closedOn: null,
  searchTokens: [],
  ...overrides,
});

/**
 * An active pairing of the programme, proposed a week before it started; no contact logged.
 * The history follows `startDate` unless given.
 */
export const pairingRow = (
  id: string,
  people: { mentorId: string; menteeId: string },
  overrides: Partial<Pairing> = {},
): Pairing => {
  const startDate = overrides.startDate ?? '2026-09-01';
  return {
    ...meta(id),
    ...people,
    programmeId: PROGRAMME_ID,
    startDate,
    plannedEndDate: null,
    goals: [],
    notes: '',
    status: 'active',
    statusHistory: [
      { status: 'proposed', date: daysBefore(startDate, 7), note: '' },
      { status: 'active', date: startDate, note: '' },
    ],
    overrides: [],
    closure: null,
    lastContactDate: '',
    ...overrides,
  };
};

const daysBefore = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};
