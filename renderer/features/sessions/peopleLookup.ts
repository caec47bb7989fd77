import { db } from '../../db/db';
import { normaliseForSearch, type PersonKind, type PersonRef } from '../../../shared/domain/base';
import { formatPersonName } from '../../../shared/domain/names';
import { SETTINGS_ID, RulesSchema } from '../../../shared/domain/settings';
import type { Mentor } from '../../../shared/domain/mentor';
import type { Mentee } from '../../../shared/domain/mentee';
import { getContactsByIds, searchContacts } from '../contacts/contactsRepo';

/*
 * INTEGRATION POINT. Sessions need to look up mentors, mentees and the settings rules; those
 * features' repositories were being written at the same time as this one. Until they export
 * what is needed here (getMentorsByIds, searchMentors, active mentors by the `status` index,
 * getMenteesByIds, searchMentees, the settings record), these few read-only queries go
 * straight to the indexes. Replace each with the owning repository's function once it exists.
 */

const live = <T extends { deletedAt: string | null }>(rows: (T | undefined)[]): T[] =>
  rows.filter((r): r is T => r !== undefined && r.deletedAt === null);

const prefixSearch = async <T extends { deletedAt: string | null; searchTokens: string[] }>(
  table: 'mentors' | 'mentees',
  query: string,
  limit: number,
): Promise<T[]> => {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  const [first, ...rest] = words;
  if (first === undefined) return [];
  const coll = (table === 'mentors' ? db.mentors : db.mentees) as unknown as import('dexie').Table<T, string>;
  return coll
    .where('searchTokens')
    .startsWith(first)
    .distinct()
    .filter((r) => r.deletedAt === null && rest.every((w) => r.searchTokens.some((t) => t.startsWith(w))))
    .limit(limit)
    .toArray();
};

export const getMentorsByIds = async (ids: readonly string[]): Promise<Mentor[]> => live(await db.mentors.bulkGet([...new Set(ids)]));
export const getMenteesByIds = async (ids: readonly string[]): Promise<Mentee[]> => live(await db.mentees.bulkGet([...new Set(ids)]));

/** Active mentors through the `status` index (tombstones skipped). */
export const listActiveMentors = async (): Promise<Mentor[]> =>
  db.mentors.where('status').equals('active').filter((m) => m.deletedAt === null).toArray();

/** The organisation's supervision rule, with the schema default when nothing is set yet. */
export const supervisionEveryWeeks = async (): Promise<number> => {
  const settings = await db.settings.get(SETTINGS_ID);
  return settings?.rules.supervisionEveryWeeks ?? RulesSchema.parse({}).supervisionEveryWeeks;
};

/** A person as the session pages show them: who, their display name, a short detail. */
export type PersonOption = { ref: PersonRef; name: string; detail: string };

const menteeName = (m: Mentee, lng: string) => {
  const name = formatPersonName(m, lng);
  return name ? `${m.code} · ${name}` : m.code;
};

/** One search across mentors, mentees and contacts for the participant and facilitator pickers. */
export const searchPeople = async (query: string, kinds: readonly PersonKind[], lng: string, limit = 20): Promise<PersonOption[]> => {
  const [mentors, mentees, contacts] = await Promise.all([
    kinds.includes('mentor') ? prefixSearch<Mentor>('mentors', query, limit) : Promise.resolve([]),
    kinds.includes('mentee') ? prefixSearch<Mentee>('mentees', query, limit) : Promise.resolve([]),
    kinds.includes('contact') && query.trim() ? searchContacts(query, limit) : Promise.resolve([]),
  ]);
  return [
    ...mentors.map((m) => ({ ref: { kind: 'mentor' as const, id: m.id }, name: formatPersonName(m, lng), detail: '' })),
    ...mentees.map((m) => ({ ref: { kind: 'mentee' as const, id: m.id }, name: menteeName(m, lng), detail: '' })),
    ...contacts.map((c) => ({ ref: { kind: 'contact' as const, id: c.id }, name: formatPersonName(c, lng), detail: c.organisation })),
  ];
};

/** Display names of the referenced people; someone deleted since is missing from the map. */
export const namesOf = async (refs: readonly PersonRef[], lng: string): Promise<Map<string, string>> => {
  const ids = (k: PersonKind) => refs.filter((r) => r.kind === k).map((r) => r.id);
  const [mentors, mentees, contacts] = await Promise.all([getMentorsByIds(ids('mentor')), getMenteesByIds(ids('mentee')), getContactsByIds(ids('contact'))]);
  return new Map([
    ...mentors.map((m) => [m.id, formatPersonName(m, lng)] as const),
    ...mentees.map((m) => [m.id, menteeName(m, lng)] as const),
    ...contacts.map((c) => [c.id, formatPersonName(c, lng)] as const),
  ]);
};
