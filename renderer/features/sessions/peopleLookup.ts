import type { PersonKind, PersonRef } from '../../../shared/domain/base';
import { formatPersonName } from '../../../shared/domain/names';
import type { Mentee } from '../../../shared/domain/mentee';
import type { Programme } from '../../../shared/domain/programme';
import { getContactsByIds, searchContacts } from '../contacts';
import { findMentorIds, getMentorsByIds } from '../mentors';
import { findMentees, getMenteesByIds } from '../mentees';
import { listProgrammes as listAllProgrammes } from '../programmes';
import { getSettings } from '../settings';

/**
 * What the sessions pages need from other features, through those features' repositories:
 * people by id and by search, active mentors (the `status` index), programmes, the rules.
 */

export { getMentorsByIds, getMenteesByIds };

/** Ids of active mentors, through the `status` index (tombstones skipped by the mentors repository). */
export const listActiveMentorIds = (): Promise<string[]> => findMentorIds({ status: 'active' });

/** The organisation's supervision rule (the settings repository gives the defaults when nothing is saved). */
export const supervisionEveryWeeks = async (): Promise<number> => (await getSettings()).rules.supervisionEveryWeeks;

/** Programmes for pickers and filters, also inactive ones (old sessions belong to them). */
export const listProgrammes = (): Promise<Programme[]> => listAllProgrammes({ includeInactive: true });

/** A person as the session pages show them. */
export type PersonOption = { ref: PersonRef; name: string; detail: string };

export const menteeName = (m: Mentee, lng: string): string => {
  const name = formatPersonName(m, lng);
  return name ? `${m.code} · ${name}` : m.code;
};

/** One search across mentors, mentees and contacts for the participant and facilitator pickers. */
export const searchPeople = async (
  query: string,
  kinds: readonly PersonKind[],
  lng: string,
  limit = 20,
): Promise<PersonOption[]> => {
  if (!query.trim()) return [];
  const [mentors, mentees, contacts] = await Promise.all([
    kinds.includes('mentor')
      ? findMentorIds({ query }).then((ids) => getMentorsByIds(ids.slice(0, limit)))
      : Promise.resolve([]),
    kinds.includes('mentee') ? findMentees({ query }).then((rows) => rows.slice(0, limit)) : Promise.resolve([]),
    kinds.includes('contact') ? searchContacts(query, limit) : Promise.resolve([]),
  ]);
  return [
    ...mentors.map((m) => ({ ref: { kind: 'mentor' as const, id: m.id }, name: formatPersonName(m, lng), detail: '' })),
    ...mentees.map((m) => ({ ref: { kind: 'mentee' as const, id: m.id }, name: menteeName(m, lng), detail: '' })),
    ...contacts.map((c) => ({
      ref: { kind: 'contact' as const, id: c.id },
      name: formatPersonName(c, lng),
      detail: [c.role, c.organisation].filter(Boolean).join(', '),
    })),
  ];
};

/** Display names of the referenced people; someone deleted since is missing from the map. */
export const namesOf = async (refs: readonly PersonRef[], lng: string): Promise<Map<string, string>> => {
  const ids = (k: PersonKind) => [...new Set(refs.filter((r) => r.kind === k).map((r) => r.id))];
  const [mentors, mentees, contacts] = await Promise.all([
    getMentorsByIds(ids('mentor')),
    getMenteesByIds(ids('mentee')),
    getContactsByIds(ids('contact')),
  ]);
  return new Map([
    ...mentors.map((m) => [m.id, formatPersonName(m, lng)] as const),
    ...mentees.map((m) => [m.id, menteeName(m, lng)] as const),
    ...contacts.map((c) => [c.id, formatPersonName(c, lng)] as const),
  ]);
};
