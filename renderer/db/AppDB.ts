import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CareAck, WellbeingCheckIn } from '../../shared/domain/care';
import type { CheckIn } from '../../shared/domain/checkin';
import type { Consent } from '../../shared/domain/consent';
import type { Contact } from '../../shared/domain/contact';
import type { DomainTableName } from '../../shared/domain';
import type { Mentee } from '../../shared/domain/mentee';
import type { MetaEntry } from '../../shared/domain/meta';
import type { Mentor } from '../../shared/domain/mentor';
import type { ContactLog, Pairing } from '../../shared/domain/pairing';
import type { AuditEntry, Erasure, RetentionDecision } from '../../shared/domain/privacy';
import type { Programme } from '../../shared/domain/programme';
import type { SavedReport } from '../../shared/domain/savedReport';
import type { Attendance, Session } from '../../shared/domain/session';
import type { Settings } from '../../shared/domain/settings';
import { WriteClock } from './clock';
import { migrateSyncStamps } from './migrations/0005-sync-stamps';
import { migrateConsentLedger } from './migrations/0006-consent-ledger';
import { migrateDrafts } from './migrations/0007-drafts';
import { migrateCare } from './migrations/0008-care';
import { migratePersonSummaries } from './migrations/0009-person-summaries';
import { migrateCareSummaries } from './migrations/0010-care-summaries';
import { migrateTrainingSummaries } from './migrations/0011-training-summaries';
import { migrateDayDigests } from './migrations/0012-day-digests';
import { migrateFindAMentor } from './migrations/0013-find-a-mentor';
import { mentorPairingsMiddleware, STORES_V13_MENTOR_PAIRINGS, type MentorPairings } from './mentorPairings';
import {
  dayDigestsMiddleware,
  STORES_V12_DAY_DIGESTS,
  type AttendanceEntry,
  type ContactEntry,
  type DayDigest,
  type SessionEntry,
} from './dayDigests';
import { careSummariesMiddleware, STORES_V10_CARE_SUMMARIES, type CareSummary } from './careSummaries';
import { personSummariesMiddleware, STORES_V9_SUMMARIES, type PersonSummary } from './personSummaries';
import {
  STORES_V11_TRAINING_SUMMARIES,
  STORES_V13_TRAINING_CREDITS,
  trainingSummariesMiddleware,
  type TrainingCredits,
  type TrainingSummary,
} from './trainingSummaries';
import { writePathMiddleware } from './writePath';
import { rememberZone, restoreZone } from './zoneKeeper';
import type { Shadowing, TrainingModule } from '../../shared/domain/training';

/**
 * One piece of the copy "Undo last import" restores, kept as structured records (never one
 * big string: IndexedDB refuses a single value above ~130 MB, and a large office's data is
 * bigger than that). A snapshot is every chunk sharing a `snapshotId`.
 * - `restore` (before a replace): every record of the table as it was, in chunks.
 * - `merge`: only what the merge changes — the records it overwrote, as they were, and the ids
 *   it added (undo removes those) — so a merge costs what changed, not what exists.
 */
export type Snapshot = {
  id: string;
  snapshotId: string;
  createdAt: string;
  /** `spreadsheet`: an import of a spreadsheet, kept and undone like a merge. */
  reason: 'restore' | 'merge' | 'spreadsheet';
  table: DomainTableName;
  records: unknown[];
  addedIds: string[];
  /**
   * `merge`: the `rev` of each record as the merge wrote it. Undo puts back only records still
   * at that rev: one edited since the merge is left as it is (and listed).
   */
  written?: { id: string; rev: string }[];
};

/**
 * What a coordinator has typed into a long form and not saved yet (renderer/features/drafts/).
 * Local to this PC: not a domain table, so never stamped by the write path, never in a backup or
 * a shared-folder file; removed with the person it is about (`subjectIds`, ./erasure.ts).
 * `id` is `${formKey}:${recordId ?? 'new'}`; `values` are the form's values as typed, checked
 * against the form's schema only when offered back (an upgrade may have changed the form).
 */
export type Draft = {
  id: string;
  formKey: string;
  recordId: string | null;
  /** The records the draft is about (the person, the pairing and its two people, …). */
  subjectIds: string[];
  values: unknown;
  updatedAt: string;
};

export const DB_NAME = 'tandem';

/**
 * The current schema version. Bump it together with a new `this.version(n)` below; a data
 * change also gets a migration in `./migrations/`.
 */
export const SCHEMA_VERSION = 13;

/**
 * Version 4 adds check-ins of pairings. `[pairingId+date]` reads one pairing's history in
 * order; `date` serves reports of a period; `programmeId` the programme's averages.
 */
export const STORES_V4_CHECKINS = {
  checkIns: 'id, pairingId, [pairingId+date], date, programmeId, mentorId, menteeId, updatedAt',
} as const satisfies Partial<Record<DomainTableName, string>>;

/**
 * Indexes of version 1, one string per table. Every list's filter and sort has an index here;
 * `*field` is multi-entry (arrays of tags, ids or search tokens); `[a+b]` is compound.
 * Booleans cannot be indexed in IndexedDB, so nothing filters on one through an index.
 */
export const STORES_V1: Record<
  | Exclude<
      DomainTableName,
      | keyof typeof STORES_V3
      | keyof typeof STORES_V4_CHECKINS
      | keyof typeof STORES_V6_PRIVACY
      | 'wellbeingCheckIns'
      | 'careAcks'
    >
  | 'meta'
  | 'snapshots',
  string
> = {
  settings: 'id',
  meta: 'key',
  snapshots: 'id, createdAt, snapshotId',
  programmes: 'id, name, updatedAt',
  mentors:
    'id, sortKey, familyName, givenName, status, [status+sortKey], *programmeIds, *livedExperience, *searchTokens, deletedAt, updatedAt',
  mentees: 'id, &code, programmeId, status, transition, [status+code], *searchTokens, deletedAt, updatedAt',
  contacts: 'id, familyName, organisation, *searchTokens, updatedAt',
  modules: 'id, programmeId, [programmeId+order], updatedAt',
  shadowing: 'id, mentorId, [mentorId+date], contactId, date, updatedAt',
  sessions: 'id, date, kind, [kind+date], programmeId, seriesId, *facilitatorIds, *expectedIds, updatedAt',
  attendance:
    'id, sessionId, personId, [personId+sessionDate], [personId+sessionKind+sessionDate], [sessionKind+sessionDate], updatedAt',
  pairings:
    'id, mentorId, menteeId, status, programmeId, [status+lastContactDate], [status+startDate], [mentorId+status], deletedAt, updatedAt',
  contactLogs: 'id, pairingId, [pairingId+date], mentorId, menteeId, date, updatedAt',
  consents: 'id, personId, [personKind+personId], updatedAt',
};

/** Version 3 adds the reports sent to funders (frozen figures), listed newest first by `sentOn`. */
export const STORES_V3 = {
  savedReports: 'id, sentOn, updatedAt',
} as const satisfies Partial<Record<DomainTableName, string>>;

/**
 * Version 5 indexes every domain record's `rev` (a digest of its content and stamps): a merge
 * of a file reads the revs from the index and only the records whose rev differs from the
 * file's. Its migration gives every record the stamps the per-field merge needs.
 */
export const STORES_V5_REV: Record<string, string> = Object.fromEntries(
  Object.entries({ ...STORES_V1, ...STORES_V3, ...STORES_V4_CHECKINS })
    .filter(([name]) => name !== 'meta' && name !== 'snapshots')
    .map(([name, spec]) => [name, `${spec}, rev`]),
);

/**
 * Version 6 adds the privacy tables (shared/domain/privacy.ts): retention decisions by person,
 * the erasure ledger, and the audit log read by PC chain (`[pc+seq]`), time, action and subject.
 */
export const STORES_V6_PRIVACY = {
  retention: 'id, personId, keepUntil, updatedAt, rev',
  erasures: 'id, table, erasedAt, updatedAt, rev',
  auditLog: 'id, [pc+seq], at, action, subjectId, updatedAt, rev',
} as const satisfies Partial<Record<DomainTableName, string>>;

/**
 * Version 6 also makes consents a ledger of dated entries (migration 0006): the processing
 * consents of everyone are read by `purposeKind` for the list of people without one.
 */
export const STORES_V6_CONSENTS = {
  consents: 'id, personId, [personKind+personId], purposeKind, updatedAt, rev',
} as const satisfies Partial<Record<DomainTableName, string>>;

/**
 * Version 7 adds the drafts of long forms (local only, see `Draft`): found by the people they are
 * about when one is erased, and by age.
 */
export const STORES_V7_DRAFTS = {
  drafts: 'id, *subjectIds, updatedAt',
} as const;

/**
 * Version 8 (issue 25, care for the carers) adds the mentors' wellbeing check-ins and the
 * "talked, all right" notes, both read by mentor in date order; and indexes contact logs by
 * mentor and date, for a mentor's load (crisis contacts and hours of the last 30 and 90 days).
 */
export const STORES_V8_CARE = {
  wellbeingCheckIns: 'id, mentorId, [mentorId+date], date, updatedAt, rev',
  careAcks: 'id, mentorId, [mentorId+date], date, updatedAt, rev',
  contactLogs: 'id, pairingId, [pairingId+date], mentorId, [mentorId+date], menteeId, date, updatedAt, rev',
} as const satisfies Partial<Record<DomainTableName, string>>;

/**
 * Version 12 (issue 15, a year's report on ten years of data) adds the day digests of sessions,
 * attendance and contact logs (./dayDigests.ts), and indexes pairings by their closing date, so a
 * report reads the pairings closed in or after its period, not every pairing ever closed.
 */
export const STORES_V12_REPORTS = {
  ...STORES_V12_DAY_DIGESTS,
  pairings: `${STORES_V5_REV.pairings}, closure.date`,
} as const;

/** Every store and index as the current version has them (what a raw copy of the schema needs). */
export const STORES_CURRENT: Record<string, string> = {
  ...STORES_V1,
  ...STORES_V3,
  ...STORES_V4_CHECKINS,
  ...STORES_V5_REV,
  ...STORES_V6_PRIVACY,
  ...STORES_V6_CONSENTS,
  ...STORES_V7_DRAFTS,
  ...STORES_V8_CARE,
  ...STORES_V9_SUMMARIES,
  ...STORES_V10_CARE_SUMMARIES,
  ...STORES_V11_TRAINING_SUMMARIES,
  ...STORES_V12_REPORTS,
  ...STORES_V13_TRAINING_CREDITS,
  ...STORES_V13_MENTOR_PAIRINGS,
};

export class AppDB extends Dexie {
  /** This PC's clock: every domain write is stamped by it (./writePath.ts). */
  readonly clock = new WriteClock();
  /** Set when the database was written by a newer Tandem: the write path refuses every write. */
  readOnly = false;

  settings!: EntityTable<Settings, 'id'>;
  meta!: Table<MetaEntry, MetaEntry['key']>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  programmes!: EntityTable<Programme, 'id'>;
  mentors!: EntityTable<Mentor, 'id'>;
  mentees!: EntityTable<Mentee, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  modules!: EntityTable<TrainingModule, 'id'>;
  shadowing!: EntityTable<Shadowing, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  attendance!: EntityTable<Attendance, 'id'>;
  pairings!: EntityTable<Pairing, 'id'>;
  contactLogs!: EntityTable<ContactLog, 'id'>;
  consents!: EntityTable<Consent, 'id'>;
  savedReports!: EntityTable<SavedReport, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  retention!: EntityTable<RetentionDecision, 'id'>;
  erasures!: EntityTable<Erasure, 'id'>;
  auditLog!: EntityTable<AuditEntry, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  wellbeingCheckIns!: EntityTable<WellbeingCheckIn, 'id'>;
  careAcks!: EntityTable<CareAck, 'id'>;
  /** Derived from attendance by ./personSummaries.ts (not a domain table). */
  personSummaries!: Table<PersonSummary, string>;
  /** Derived from mentors, pairings, contact logs, sessions and wellbeing check-ins by ./careSummaries.ts (not a domain table). */
  careSummaries!: Table<CareSummary, string>;
  /** Derived from training attendance, training sessions and shadowing by ./trainingSummaries.ts (not a domain table). */
  trainingSummaries!: Table<TrainingSummary, string>;
  /** Each person's training hours per list of modules, kept with their summary (./trainingSummaries.ts). */
  trainingCredits!: Table<TrainingCredits, string>;
  /** Each mentor's open pairings, derived from the pairings by ./mentorPairings.ts (not a domain table). */
  mentorPairings!: Table<MentorPairings, string>;
  /** Derived from attendance by ./dayDigests.ts: each day's live rows, packed (not a domain table). */
  /** Derived from sessions by ./dayDigests.ts: each day's live sessions, packed (not a domain table). */
  sessionDays!: Table<DayDigest<SessionEntry>, string>;
  attendanceDays!: Table<DayDigest<AttendanceEntry>, string>;
  /** Derived from contact logs by ./dayDigests.ts: each day's live logs, packed (not a domain table). */
  contactDays!: Table<DayDigest<ContactEntry>, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(3).stores(STORES_V3);
    this.version(4).stores(STORES_V4_CHECKINS);
    this.version(5).stores(STORES_V5_REV).upgrade(migrateSyncStamps);
    this.version(6)
      .stores({ ...STORES_V6_PRIVACY, ...STORES_V6_CONSENTS })
      .upgrade(migrateConsentLedger);
    this.version(7).stores(STORES_V7_DRAFTS).upgrade(migrateDrafts);
    this.version(8).stores(STORES_V8_CARE).upgrade(migrateCare);
    this.version(9).stores(STORES_V9_SUMMARIES).upgrade(migratePersonSummaries);
    this.version(10).stores(STORES_V10_CARE_SUMMARIES).upgrade(migrateCareSummaries);
    this.version(11).stores(STORES_V11_TRAINING_SUMMARIES).upgrade(migrateTrainingSummaries);
    this.version(12).stores(STORES_V12_REPORTS).upgrade(migrateDayDigests);
    this.version(13)
      .stores({ ...STORES_V13_TRAINING_CREDITS, ...STORES_V13_MENTOR_PAIRINGS })
      .upgrade(migrateFindAMentor);
    // Right above Dexie's own middlewares: our awaiting middlewares' calls run in their
    // transaction's zone (./zoneKeeper.ts); `rememberZone`, the outermost, notes it.
    this.use(restoreZone);
    this.use(writePathMiddleware(this));
    // Above the write path: keeps the summaries in step with attendance as it is stored.
    this.use(personSummariesMiddleware);
    // Likewise for the mentors' load list (issue 25).
    this.use(careSummariesMiddleware);
    // And for training progress: readiness of every mentor, the training overview (issue 24).
    this.use(trainingSummariesMiddleware);
    // And for the reports: each day's sessions, attendance and contact logs in one record each (issue 15).
    this.use(dayDigestsMiddleware);
    // And for "Find a mentor": each mentor's open pairings (issue 24).
    this.use(mentorPairingsMiddleware);
    this.use(rememberZone);
  }
}
