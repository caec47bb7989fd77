import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { RecordNotFoundError, setDeleted } from '../../db/softDelete';
import { searchTokensOf } from '../../../shared/domain/base';
import {
  MenteeInputSchema,
  MenteeSchema,
  formatMenteeCode,
  menteeCodeNumber,
  menteeSearchTokens,
  type Mentee,
  type MenteeInput,
  type MenteeStatus,
  type Transition,
} from '../../../shared/domain/mentee';
import { getProgramme } from '../programmes';
import { nowIso } from '../../lib/format';

/** Thrown for a write that cannot be done; `message` is an i18n key of the `mentees` namespace. */
export class MenteeError extends Error {
  constructor(message: 'errors.notFound' | 'errors.programmeNotFound') {
    super(message);
    this.name = 'MenteeError';
  }
}

/**
 * The next free code of this prefix. Reads the keys of the unique `code` index only; codes of
 * deleted mentees stay taken, so a code never points at two people over time.
 */
const nextCode = async (prefix: string): Promise<string> => {
  const codes = (await db.mentees.where('code').startsWith(`${prefix}-`).keys()) as string[];
  const max = codes.reduce((m, c) => Math.max(m, menteeCodeNumber(c, prefix) ?? 0), 0);
  return formatMenteeCode(prefix, max + 1);
};

/**
 * Validate, then add the mentee with the programme's next code. The code is chosen inside the
 * write transaction, so two creations cannot take the same number (and the `&code` index
 * would refuse a duplicate anyway).
 */
export const createMentee = async (input: MenteeInput, options: { today: string }): Promise<Mentee> => {
  const parsed = MenteeInputSchema.parse(input);
  const programme = await getProgramme(parsed.programmeId);
  if (!programme) throw new MenteeError('errors.programmeNotFound');
  const now = nowIso();
  const draft = {
    ...parsed,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    status: 'waiting' as const,
    closedOn: null,
    referredOn: parsed.referredOn ?? options.today,
  };
  // Validate everything but the code before the transaction, so bad input writes nothing.
  MenteeSchema.parse({ ...draft, code: formatMenteeCode(programme.codePrefix, 1), searchTokens: [] });
  assertWritable();
  return db.transaction('rw', db.mentees, async () => {
    const code = await nextCode(programme.codePrefix);
    const mentee: Mentee = { ...draft, code, searchTokens: menteeSearchTokens(code, parsed) };
    await db.mentees.add(mentee);
    return mentee;
  });
};

/**
 * Replace what the form edits. The code stays (it is the mentee's identity on paper), even when
 * the programme changes.
 */
export const updateMentee = async (id: string, input: MenteeInput): Promise<void> => {
  const parsed = MenteeInputSchema.parse(input);
  assertWritable();
  await db.transaction('rw', db.mentees, async () => {
    const existing = await db.mentees.get(id);
    if (!existing || existing.deletedAt) throw new MenteeError('errors.notFound');
    await db.mentees.put(
      MenteeSchema.parse({
        ...existing,
        ...parsed,
        searchTokens: menteeSearchTokens(existing.code, parsed, existing.formerCodes),
      }),
    );
  });
};

/** Soft delete: the tombstone carries the deletion in a merge and lets the coordinator undo. */
export const deleteMentee = async (id: string): Promise<void> => setMenteeDeleted(id, true);
export const restoreMentee = async (id: string): Promise<void> => setMenteeDeleted(id, false);

const setMenteeDeleted = async (id: string, deleted: boolean): Promise<void> => {
  try {
    await setDeleted('mentees', id, deleted);
  } catch (e) {
    throw e instanceof RecordNotFoundError ? new MenteeError('errors.notFound') : e;
  }
};

/**
 * Set a mentee's status from inside the caller's transaction (pairing creation and closure
 * change the mentee in the same transaction as the pairing). The caller's transaction must
 * include `db.mentees`.
 */
export const setMenteeStatusInTransaction = async (id: string, status: MenteeStatus, date: string): Promise<void> => {
  const existing = await db.mentees.get(id);
  if (!existing || existing.deletedAt) throw new MenteeError('errors.notFound');
  await db.mentees.put({ ...existing, status, closedOn: status === 'closed' ? date : null });
};

export const getMentee = async (id: string): Promise<Mentee | undefined> => {
  const m = await db.mentees.get(id);
  return m && !m.deletedAt ? m : undefined;
};

export const getMenteesByIds = async (ids: readonly string[]): Promise<Mentee[]> =>
  (await db.mentees.bulkGet([...ids])).filter((m): m is Mentee => m !== undefined && !m.deletedAt);

export type MenteeFilter = {
  query?: string;
  programmeId?: string | null;
  status?: MenteeStatus | null;
  transition?: Transition | null;
};

/**
 * Ids of the mentees that match, in code order. Works on index keys only: each search word and
 * each filter is an index range giving a set of ids, the sets are intersected and walked in the
 * order of the `code` index. No mentee record is read, so a keystroke costs the same whatever
 * the size of the table; the list then reads only the page it shows.
 */
export const findMenteeIds = async (filter: MenteeFilter = {}): Promise<string[]> => {
  const sets: Promise<Set<string>>[] = [];
  const keysOf = (p: Promise<string[]>) => p.then((keys) => new Set(keys));
  for (const word of searchTokensOf(filter.query))
    sets.push(keysOf(db.mentees.where('searchTokens').startsWith(word).primaryKeys()));
  if (filter.status) sets.push(keysOf(db.mentees.where('status').equals(filter.status).primaryKeys()));
  if (filter.programmeId) sets.push(keysOf(db.mentees.where('programmeId').equals(filter.programmeId).primaryKeys()));
  if (filter.transition) sets.push(keysOf(db.mentees.where('transition').equals(filter.transition).primaryKeys()));
  const [resolved, tombstones, ordered] = await Promise.all([
    Promise.all(sets),
    // Null is not an IndexedDB key: the `deletedAt` index holds only the deleted mentees.
    keysOf(db.mentees.where('deletedAt').above('').primaryKeys()),
    db.mentees.orderBy('code').primaryKeys(),
  ]);
  resolved.sort((a, b) => a.size - b.size);
  return ordered.filter((id) => !tombstones.has(id) && resolved.every((set) => set.has(id)));
};

/** The matching mentees themselves, in code order (for short lists such as a people picker). */
export const findMentees = async (filter: MenteeFilter = {}): Promise<Mentee[]> =>
  getMenteesByIds(await findMenteeIds(filter));

/**
 * Every live mentee, or those of one programme through the `programmeId` index, in no particular
 * order: one bulk read for a report that needs them all (states at the period's end), not one
 * request per mentee as `findMentees` makes.
 */
export const listMenteesOfProgramme = async (programmeId: string | null): Promise<Mentee[]> =>
  (
    await (programmeId === null ? db.mentees.toArray() : db.mentees.where('programmeId').equals(programmeId).toArray())
  ).filter((m) => !m.deletedAt);

/** Mentees waiting for a mentor, by code (for pairing from a mentor's page). */
export const listWaitingMentees = async (): Promise<Mentee[]> =>
  (await db.mentees.where('[status+code]').between(['waiting', ''], ['waiting', '\uffff']).toArray()).filter(
    (m) => !m.deletedAt,
  );
