import type { DomainTableName } from '../domain';
import { mentorDerived } from '../domain/mentor';
import { menteeSearchTokens } from '../domain/mentee';
import { contactSearchTokens } from '../domain/contact';

/**
 * How each table's fields merge (shared/backup/MERGING.md explains the rules). Everything not
 * named here is a plain field: the side that changed it last wins.
 */

/** Fields of the record itself, not of what it says: never merged field by field. */
export const META_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'baseStamp',
  'fieldStamps',
  'rev',
]);

/**
 * Lists that merge as a union of their entries, never replaced by one side:
 * - `log`: facts that are only ever added (a status change, a progress note). An entry is its
 *   whole content with the stamp of when it was added; entries are ordered by that stamp.
 * - `keyed`: entries with an `id` that can be edited (a goal, a follow-up): the entry changed
 *   last wins, and its own lists merge by their rules.
 * - `set`: plain values (former mentee codes): union, sorted.
 */
export type ListRule = { kind: 'log' } | { kind: 'set' } | { kind: 'keyed'; lists?: Record<string, ListRule> };

const LOG: ListRule = { kind: 'log' };

export const LIST_FIELDS: Partial<Record<DomainTableName, Record<string, ListRule>>> = {
  mentors: { statusHistory: LOG },
  mentees: { formerCodes: { kind: 'set' } },
  pairings: { statusHistory: LOG, overrides: LOG, goals: { kind: 'keyed', lists: { progress: LOG } } },
  sessions: { followUps: { kind: 'keyed' }, warnings: LOG },
};

/**
 * Fields that only make sense together merge as one: the side that changed any of them last
 * gives all of them, so a mentor is never "screening" with an exit date. Where a status is
 * final (an exited mentor, a closed pairing: the lifecycle allows nothing after it), the side
 * that reached it wins the group whatever the stamps — a later status change on another PC,
 * made before that PC knew of the exit, does not undo it (MERGING.md).
 */
export type FieldGroup = { fields: readonly string[]; final?: { field: string; values: readonly string[] } };

export const FIELD_GROUPS: Partial<Record<DomainTableName, readonly FieldGroup[]>> = {
  mentors: [{ fields: ['status', 'exitDate', 'exitReason'], final: { field: 'status', values: ['exited'] } }],
  pairings: [{ fields: ['status', 'closure'], final: { field: 'status', values: ['closed'] } }],
};

/**
 * Fields computed from the record's other fields (search tokens, sort keys, index helpers).
 * They are not stamped and not merged: after a merge they are computed again from the merged
 * fields, so a name changed on one PC and an e-mail on another still give the right tokens.
 */
export const DERIVE: Partial<Record<DomainTableName, (r: Record<string, unknown>) => Record<string, unknown>>> = {
  mentors: (r) => ({ searchTokens: mentorDerived(r as Parameters<typeof mentorDerived>[0]).searchTokens }),
  mentees: (r) => ({
    searchTokens: menteeSearchTokens(
      String(r.code),
      r as { givenName: string; familyName: string },
      (r.formerCodes as string[] | undefined) ?? [],
    ),
  }),
  contacts: (r) => ({ searchTokens: contactSearchTokens(r as Parameters<typeof contactSearchTokens>[0]) }),
  sessions: (r) => ({
    facilitatorIds: ((r.facilitators as { id: string }[] | undefined) ?? []).map((p) => p.id),
    expectedIds: ((r.expected as { id: string }[] | undefined) ?? []).map((p) => p.id),
  }),
};

/**
 * Fields set from outside the record for an index — copied from another table (attendance's
 * session date and kind, a pairing's latest contact) or from this PC's settings (a mentor's
 * `sortKey` follows the organisation's language): also not stamped; a merge sets them again
 * from the merged records and the settings (renderer/features/backup: `rederiveCopied`).
 */
export const COPIED_FIELDS: Partial<Record<DomainTableName, readonly string[]>> = {
  attendance: ['sessionDate', 'sessionKind'],
  pairings: ['lastContactDate'],
  mentors: ['sortKey'],
};

const derivedNames = (table: DomainTableName): ReadonlySet<string> => {
  const names = new Set<string>(COPIED_FIELDS[table] ?? []);
  const derive = DERIVE[table];
  if (derive) for (const key of Object.keys(derive(DERIVE_PROBE[table] ?? {}))) names.add(key);
  return names;
};

/** A record shape from which each `DERIVE` function can run, only to learn the names it sets. */
const DERIVE_PROBE: Partial<Record<DomainTableName, Record<string, unknown>>> = {
  mentors: { givenName: '', familyName: '', email: '', phone: '' },
  mentees: { code: '', givenName: '', familyName: '' },
  contacts: { givenName: '', familyName: '', organisation: '', email: '', phone: '' },
  sessions: {},
};

const DERIVED_CACHE = new Map<DomainTableName, ReadonlySet<string>>();
/** Every field of `table` that is derived or copied (never stamped, never merged). */
export const derivedFields = (table: DomainTableName): ReadonlySet<string> => {
  let names = DERIVED_CACHE.get(table);
  if (!names) DERIVED_CACHE.set(table, (names = derivedNames(table)));
  return names;
};

/** Whether `field` of `table` carries its own stamp and merges (not meta, not derived). */
export const isMergedField = (table: DomainTableName, field: string): boolean =>
  !META_FIELDS.has(field) && !derivedFields(table).has(field);
