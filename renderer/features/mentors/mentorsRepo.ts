import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { RecordNotFoundError, setDeleted } from '../../db/softDelete';
import { searchTokensOf } from '../../../shared/domain/base';
import {
  InitialStatusSchema,
  MENTOR_STATUSES,
  MentorInputSchema,
  MentorSchema,
  ScreeningEntrySchema,
  StatusChangeInputSchema,
  isAllowedTransition,
  mentorDerived,
  type LivedExperience,
  type Mentor,
  type MentorInput,
  type MentorStatus,
  type ScreeningItem,
  type StatusChangeInput,
} from '../../../shared/domain/mentor';
import { nowIso, todayIso } from '../../lib/format';
import type { Language } from '../../../shared/domain/base';
import { personSortKey } from '../../../shared/i18n/collation';
import { getSettings } from '../settings';

/** The organisation's language, whose alphabet orders the mentors' `sortKey` index. */
const organisationLanguage = async (): Promise<Language> => (await getSettings()).defaultLanguage;

/** Thrown for a lifecycle step the rules do not allow; `message` is an i18n key of `mentors`. */
export class MentorStatusError extends Error {
  constructor(message: 'errors.transitionNotAllowed' | 'errors.notFound') {
    super(message);
    this.name = 'MentorStatusError';
  }
}

export type NewMentorOptions = { status?: MentorStatus; date?: string };

/** Validate the form input (throws a ZodError and writes nothing when it is bad), then add the mentor. */
export const createMentor = async (input: MentorInput, options: NewMentorOptions = {}): Promise<string> => {
  const parsed = MentorInputSchema.parse(input);
  const status = InitialStatusSchema.parse(options.status ?? 'applicant');
  const lng = await organisationLanguage();
  const now = nowIso();
  const mentor = MentorSchema.parse({
    ...parsed,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    status,
    statusHistory: [{ status, date: options.date ?? todayIso(), reason: '', override: null }],
    exitDate: null,
    exitReason: '',
    ...mentorDerived(parsed, lng),
  });
  assertWritable();
  await db.transaction('rw', db.mentors, async () => {
    await db.mentors.add(mentor);
  });
  return mentor.id;
};

/** Replace what the form edits; status, history and exit are kept as they are. */
export const updateMentor = async (id: string, input: MentorInput): Promise<void> => {
  const parsed = MentorInputSchema.parse(input);
  const lng = await organisationLanguage();
  assertWritable();
  await db.transaction('rw', db.mentors, async () => {
    const existing = await db.mentors.get(id);
    if (!existing || existing.deletedAt) throw new MentorStatusError('errors.notFound');
    const next = MentorSchema.parse({ ...existing, ...parsed, ...mentorDerived(parsed, lng) });
    await db.mentors.put(next);
  });
};

/**
 * Correct one step of the screening checklist (when it was done, when its document expires) from
 * the mentor's page, validated with the same schema as the mentor form; the other steps stay.
 */
export const updateScreeningStep = async (
  id: string,
  item: ScreeningItem,
  entry: { date: string | null; expiresOn: string | null },
): Promise<void> => {
  const parsed = ScreeningEntrySchema.parse(entry);
  assertWritable();
  await db.transaction('rw', db.mentors, async () => {
    const existing = await db.mentors.get(id);
    if (!existing || existing.deletedAt) throw new MentorStatusError('errors.notFound');
    await db.mentors.put(MentorSchema.parse({ ...existing, screening: { ...existing.screening, [item]: parsed } }));
  });
};

/**
 * Move a mentor one step along the lifecycle, dated and kept in the history. Exiting records the
 * exit date and reason; leaving "exited" is not allowed, so they stay.
 */
export const changeMentorStatus = async (id: string, change: StatusChangeInput): Promise<void> => {
  const parsed = StatusChangeInputSchema.parse(change);
  assertWritable();
  await db.transaction('rw', db.mentors, async () => {
    const existing = await db.mentors.get(id);
    if (!existing || existing.deletedAt) throw new MentorStatusError('errors.notFound');
    if (!isAllowedTransition(existing.status, parsed.status))
      throw new MentorStatusError('errors.transitionNotAllowed');
    const exiting = parsed.status === 'exited';
    const next = MentorSchema.parse({
      ...existing,
      status: parsed.status,
      statusHistory: [...existing.statusHistory, parsed],
      exitDate: exiting ? parsed.date : existing.exitDate,
      exitReason: exiting ? parsed.reason : existing.exitReason,
    });
    await db.mentors.put(next);
  });
};

/** Soft delete: the tombstone lets a backup merge carry the deletion to another PC, and allows undo. */
export const deleteMentor = async (id: string): Promise<void> => setMentorDeleted(id, true);

/** Undo a delete: clear the tombstone. */
export const restoreMentor = async (id: string): Promise<void> => setMentorDeleted(id, false);

const setMentorDeleted = async (id: string, deleted: boolean): Promise<void> => {
  try {
    await setDeleted('mentors', id, deleted);
  } catch (e) {
    throw e instanceof RecordNotFoundError ? new MentorStatusError('errors.notFound') : e;
  }
};

/** One mentor, or undefined when there is none or it was deleted. */
export const getMentor = async (id: string): Promise<Mentor | undefined> => {
  const m = await db.mentors.get(id);
  return m && !m.deletedAt ? m : undefined;
};

/** The mentors of these ids in the same order, skipping unknown and deleted ones (one page of a list). */
export const getMentorsByIds = async (ids: readonly string[]): Promise<Mentor[]> =>
  (await db.mentors.bulkGet([...ids])).filter((m): m is Mentor => m !== undefined && !m.deletedAt);

/**
 * Every live mentor, or those of one programme through the `programmeIds` index, in name order
 * (`sortKey`, as `findMentorIds` walks it): one bulk read for a report that needs them all (states
 * at the period's end), not one request per mentor as `getMentorsByIds` makes.
 */
export const listMentorsOfProgramme = async (programmeId: string | null): Promise<Mentor[]> =>
  (await (programmeId === null ? db.mentors.toArray() : db.mentors.where('programmeIds').equals(programmeId).toArray()))
    .filter((m) => !m.deletedAt)
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The active mentors, tombstones excluded, read through the `status` index: the records
 * themselves, for pairing suggestions to score.
 */
export const listActiveMentors = async (): Promise<Mentor[]> =>
  (await db.mentors.where('status').equals('active').toArray()).filter((m) => !m.deletedAt);

export type MentorFilter = {
  /** Words the name, e-mail or phone must start with (every word must match). */
  query?: string;
  status?: MentorStatus | null;
  programmeId?: string | null;
  livedExperience?: LivedExperience | null;
};

/**
 * Ids of the mentors that match, sorted by family name. Works on index keys only: each search
 * word and each filter is an index range giving a set of ids, the sets are intersected and
 * walked in the order of the `sortKey` index. No mentor record is read, so a keystroke costs
 * the same whatever the size of the table; the list then reads only the page it shows.
 * `sorted` (the live ids in name order, from `sortedMentorIdsAfterAnyWrite`) lets a caller reuse
 * the order between keystrokes: it changes only when mentors are written, and reading it (with
 * the deleted ones to leave out) is the largest part of a search.
 */
export const findMentorIds = (filter: MentorFilter = {}, sorted?: readonly string[]): Promise<string[]> =>
  matchingIds(filter, sorted);

export type MentorSearch = { ids: string[]; firstPage: Mentor[] };

/**
 * `findMentorIds` and the records of the first `firstPageSize` ids, read in one transaction: a
 * search keystroke pays for one IndexedDB round trip, not one for the ids and one for the page.
 */
export const searchMentors = async (
  filter: MentorFilter,
  sorted: readonly string[] | undefined,
  firstPageSize: number,
): Promise<MentorSearch> =>
  db.transaction('r', db.mentors, async () => {
    const ids = await matchingIds(filter, sorted);
    return { ids, firstPage: await getMentorsByIds(ids.slice(0, firstPageSize)) };
  });

const matchingIds = async (filter: MentorFilter, sorted?: readonly string[]): Promise<string[]> => {
  const candidateSets: Promise<Set<string>>[] = [];
  const keysOf = (p: Promise<string[]>) => p.then((keys) => new Set(keys));
  for (const word of searchTokensOf(filter.query)) {
    candidateSets.push(keysOf(db.mentors.where('searchTokens').startsWith(word).primaryKeys()));
  }
  if (filter.status) candidateSets.push(keysOf(db.mentors.where('status').equals(filter.status).primaryKeys()));
  if (filter.programmeId)
    candidateSets.push(keysOf(db.mentors.where('programmeIds').equals(filter.programmeId).primaryKeys()));
  if (filter.livedExperience)
    candidateSets.push(keysOf(db.mentors.where('livedExperience').equals(filter.livedExperience).primaryKeys()));

  const [sets, ordered] = await Promise.all([Promise.all(candidateSets), sorted ?? liveSortedMentorIds()]);
  // Smallest set first, so most ids are rejected by the first lookup.
  sets.sort((a, b) => a.size - b.size);
  return ordered.filter((id) => sets.every((s) => s.has(id)));
};

/**
 * Recompute every mentor's `sortKey` for the organisation's (new) language, in one transaction,
 * so the list never shows half one alphabet and half another. The key is derived data, so
 * `updatedAt` stays: nothing a person wrote has changed, and a merge must not prefer this copy
 * for it. Returns how many keys changed (none when they already fit `lng`).
 */
export const rekeyMentorsForLanguage = async (lng: Language): Promise<number> => {
  assertWritable();
  return db.transaction('rw', db.mentors, async () => {
    const changed: Mentor[] = [];
    await db.mentors.each((m) => {
      const sortKey = personSortKey(m, lng);
      if (sortKey !== m.sortKey) changed.push({ ...m, sortKey });
    });
    if (changed.length > 0) await db.mentors.bulkPut(changed);
    return changed.length;
  });
};

/** Every mentor id (deleted ones too) in family-name order, from the `sortKey` index. */
export const sortedMentorIds = (): Promise<string[]> => db.mentors.orderBy('sortKey').primaryKeys();

/**
 * The live mentors' ids in name order, for a live query that must rerun after every write to mentors, also one that
 * leaves every name in place (a status change, a new phone number): Dexie reruns a live query
 * only for writes to the index ranges it read, and counting reads the whole primary-key range,
 * which every write touches.
 */
export const sortedMentorIdsAfterAnyWrite = async (): Promise<string[]> => {
  const [, ids] = await Promise.all([db.mentors.count(), liveSortedMentorIds()]);
  return ids;
};

/** The ids of the mentors not deleted, in family-name order. */
const liveSortedMentorIds = async (): Promise<string[]> => {
  const [ids, tombstones] = await Promise.all([sortedMentorIds(), tombstonedIds()]);
  return tombstones.size === 0 ? ids : ids.filter((id) => !tombstones.has(id));
};

/** Null is not a valid IndexedDB key, so the `deletedAt` index holds only deleted mentors: a small set. */
const tombstonedIds = async (): Promise<Set<string>> =>
  new Set(await db.mentors.where('deletedAt').above('').primaryKeys());

export type StatusCounts = Record<MentorStatus, number>;

/** How many (not deleted) mentors are in each status, counted on the status index. */
export const countMentorsByStatus = async (): Promise<StatusCounts> => {
  const deleted = await db.mentors.where('deletedAt').above('').toArray();
  const counts = await Promise.all(MENTOR_STATUSES.map((s) => db.mentors.where('status').equals(s).count()));
  const result = Object.fromEntries(MENTOR_STATUSES.map((s, i) => [s, counts[i] ?? 0])) as StatusCounts;
  for (const m of deleted) result[m.status] -= 1;
  return result;
};
