import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '../../../shared/domain/contact';
import { getContact, searchContacts } from './contactsRepo';

/** Live search results (an indexed prefix read of at most `limit` rows); undefined while loading. */
export const useContactSearch = (query: string, limit: number): Contact[] | undefined =>
  useLiveQuery(() => searchContacts(query, limit), [query, limit]);

/** The contact, null when missing or deleted, undefined while loading. */
export const useContact = (id: string | undefined): Contact | null | undefined =>
  useLiveQuery(async () => (id ? ((await getContact(id)) ?? null) : null), [id]);
