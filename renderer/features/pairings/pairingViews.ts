import type { Mentee } from '../../../shared/domain/mentee';
import type { Mentor } from '../../../shared/domain/mentor';
import type { ContactLog, Pairing } from '../../../shared/domain/pairing';
import { getSettings } from '../settings';
import { getMentorsByIds } from '../mentors';
import { getMenteesByIds, listWaitingMentees } from '../mentees';
import {
  findMonitoringBreaches,
  latestContactsOf,
  getPairingsByIds,
  listPairingsOfMentee,
  listPairingsOfMentor,
  recentCrisisContacts,
  type MonitoredPairing,
} from './pairingsRepo';
import type { MonitoringRules } from './monitoring';
import { sortWaitingList, waitingEntry, type WaitingEntry } from './waitingList';

/** A pairing with the two people it joins (either may be missing if deleted). */
export type PairingRow = { pairing: Pairing; mentor: Mentor | undefined; mentee: Mentee | undefined };

/** Attach mentors and mentees to pairings: two reads by key, whatever the number of rows. */
export const withPeople = async <T extends { pairing: Pairing }>(
  rows: T[],
): Promise<(T & Omit<PairingRow, 'pairing'>)[]> => {
  const [mentors, mentees] = await Promise.all([
    getMentorsByIds([...new Set(rows.map((r) => r.pairing.mentorId))]),
    getMenteesByIds([...new Set(rows.map((r) => r.pairing.menteeId))]),
  ]);
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  return rows.map((r) => ({
    ...r,
    mentor: mentorById.get(r.pairing.mentorId),
    mentee: menteeById.get(r.pairing.menteeId),
  }));
};

/** One page of the pairings list: the pairings of these ids with their people, in the same order. */
export const pairingRowsByIds = async (ids: readonly string[]): Promise<PairingRow[]> =>
  withPeople((await getPairingsByIds(ids)).map((pairing) => ({ pairing })));

export type PersonRef = { mentorId: string } | { menteeId: string };

/** A mentor's or mentee's pairings and their latest contacts (their pages show both). */
export const personPairings = async (person: PersonRef): Promise<{ rows: PairingRow[]; contacts: ContactLog[] }> => {
  const [pairings, contacts] = await Promise.all([
    'mentorId' in person ? listPairingsOfMentor(person.mentorId) : listPairingsOfMentee(person.menteeId),
    latestContactsOf(person, 5),
  ]);
  return { rows: await withPeople(pairings.map((pairing) => ({ pairing }))), contacts };
};

/**
 * The organisation's monitoring rule from the settings; the defaults (RulesSchema) until
 * settings were saved — getSettings already falls back to them.
 */
export const monitoringRules = async (): Promise<MonitoringRules> => {
  const { rules } = await getSettings();
  return { firstMonthMinContacts: rules.firstMonthMinContacts, contactEveryDays: rules.contactEveryDays };
};

export type MonitoringRow = MonitoredPairing & Omit<PairingRow, 'pairing'>;

/**
 * Every pairing that breaks the monitoring rule on `today`, most overdue first, without its
 * people: the rule's answer (its count and order) is computed whole, but a page attaches mentors
 * and mentees (`withPeople`) only to the rows it shows, so its cost follows what it shows.
 */
export const monitoringList = async (
  today: string,
): Promise<{ entries: MonitoredPairing[]; rules: MonitoringRules }> => {
  const rules = await monitoringRules();
  return { rules, entries: await findMonitoringBreaches(today, rules) };
};

/** Crisis contacts of the last `days` days, with the people involved. */
export const recentCrises = async (today: string, days = 30) => {
  const since = new Date(`${today}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - days);
  const contacts = await recentCrisisContacts(since.toISOString().slice(0, 10));
  const [mentors, mentees] = await Promise.all([
    getMentorsByIds([...new Set(contacts.map((c) => c.mentorId))]),
    getMenteesByIds([...new Set(contacts.map((c) => c.menteeId))]),
  ]);
  return contacts.map((contact) => ({
    contact,
    mentor: mentors.find((m) => m.id === contact.mentorId),
    mentee: mentees.find((m) => m.id === contact.menteeId),
  }));
};

/** Mentees waiting for a mentor, in waiting-list order (see sortWaitingList). */
export const waitingList = async (today: string): Promise<WaitingEntry[]> => {
  const mentees = await listWaitingMentees();
  const pairings = await Promise.all(mentees.map((m) => listPairingsOfMentee(m.id)));
  // A "waiting" mentee with an open pairing (an inconsistent record) is not waiting.
  return sortWaitingList(
    mentees
      .map((m, i) => ({ mentee: m, pairings: pairings[i] ?? [] }))
      .filter(({ pairings: ps }) => ps.every((p) => p.status === 'closed'))
      .map(({ mentee, pairings: ps }) => waitingEntry(mentee, ps, today)),
  );
};
