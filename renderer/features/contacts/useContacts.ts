import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '../../../shared/domain/contact';
import { getContact, searchContacts } from './contactsRepo';
import { listSessionsOfPerson } from '../sessions/sessionsRepo';

/** Live search results (an indexed prefix read of at most `limit` rows); undefined while loading. */
export const useContactSearch = (query: string, limit: number): Contact[] | undefined =>
  useLiveQuery(() => searchContacts(query, limit), [query, limit]);

/** The contact, null when missing or deleted, undefined while loading. */
export const useContact = (id: string | undefined): Contact | null | undefined =>
  useLiveQuery(async () => (id ? ((await getContact(id)) ?? null) : null), [id]);

/** The sessions the contact took part in or led, newest first (at most `limit`); undefined while loading. */
export const useContactSessions = (id: string | undefined, limit = 50) =>
  useLiveQuery(() => (id ? listSessionsOfPerson(id, limit) : Promise.resolve([])), [id, limit]);
