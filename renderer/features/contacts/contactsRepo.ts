import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { RecordNotFoundError, setDeleted } from '../../db/softDelete';
import { nowIso } from '../../lib/format';
import { normaliseForSearch } from '../../../shared/domain/base';
import {
  ContactInputSchema,
  ContactSchema,
  contactSearchTokens,
  type Contact,
  type ContactInput,
} from '../../../shared/domain/contact';
import { compareText } from '../../../shared/i18n/collation';
import { getSettings } from '../settings';

/** The only module that touches `db.contacts`. */

const live = (c: Contact | undefined): Contact | undefined => (c && c.deletedAt === null ? c : undefined);

export const getContact = async (id: string): Promise<Contact | undefined> => live(await db.contacts.get(id));

/** Deleted contacts are left out (a session may still reference them; it then shows them as removed). */
export const getContactsByIds = async (ids: readonly string[]): Promise<Contact[]> => {
  const rows = await db.contacts.bulkGet([...new Set(ids)]);
  return rows.filter((c): c is Contact => c !== undefined && c.deletedAt === null);
};

/**
 * Every word of the query must prefix a word of the contact. The first word is an index range
 * scan on the multi-entry `searchTokens`; the other words filter that (small) result.
 */
export const searchContacts = async (query: string, limit = 50): Promise<Contact[]> => {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  const [first, ...rest] = words;
  // Contacts are few (the professionals an organisation works with), so they are sorted in
  // memory by the organisation's alphabet rather than by a code-point index.
  const compare = compareText((await getSettings()).defaultLanguage);
  const byName = (a: Contact, b: Contact) => compare(a.familyName, b.familyName) || compare(a.givenName, b.givenName);
  if (first === undefined) {
    const all = await db.contacts.filter((c) => c.deletedAt === null).toArray();
    return all.sort(byName).slice(0, limit);
  }
  const rows = await db.contacts
    .where('searchTokens')
    .startsWith(first)
    .distinct()
    .filter((c) => c.deletedAt === null && rest.every((w) => c.searchTokens.some((t) => t.startsWith(w))))
    .limit(limit)
    .toArray();
  return rows.sort(byName);
};

/**
 * Every contact `searchContacts` finds, without a limit, in the same order: for exporting the
 * list. The records are read `chunk` at a time by primary key (bulk reads; a filtered cursor
 * steps record by record, and tens of thousands of contacts then take seconds), or, for a search,
 * through the ids of the first word's index range.
 */
export const findAllContacts = async (query: string, chunk = 5000): Promise<Contact[]> => {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  const compare = compareText((await getSettings()).defaultLanguage);
  const byName = (a: Contact, b: Contact) => compare(a.familyName, b.familyName) || compare(a.givenName, b.givenName);
  const matches = (c: Contact | undefined): c is Contact =>
    c !== undefined && c.deletedAt === null && words.every((w) => c.searchTokens.some((t) => t.startsWith(w)));
  const found: Contact[] = [];
  if (words[0] === undefined) {
    let after: string | null = null;
    for (;;) {
      const page: Contact[] = await (
        after === null ? db.contacts.orderBy(':id') : db.contacts.where(':id').above(after)
      )
        .limit(chunk)
        .toArray();
      found.push(...page.filter(matches));
      if (page.length < chunk) break;
      after = page[page.length - 1]!.id;
    }
  } else {
    const ids = [...new Set(await db.contacts.where('searchTokens').startsWith(words[0]).primaryKeys())];
    for (let i = 0; i < ids.length; i += chunk)
      found.push(...(await db.contacts.bulkGet(ids.slice(i, i + chunk))).filter(matches));
  }
  return found.sort(byName);
};

export const createContact = async (input: ContactInput): Promise<Contact> => {
  const parsed = ContactInputSchema.parse(input);
  const now = nowIso();
  const contact = ContactSchema.parse({
    ...parsed,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    searchTokens: contactSearchTokens(parsed),
  });
  assertWritable();
  await db.transaction('rw', db.contacts, async () => {
    await db.contacts.add(contact);
  });
  return contact;
};

export class ContactNotFoundError extends Error {
  constructor() {
    super('contacts:errors.notFound');
    this.name = 'ContactNotFoundError';
  }
}

export const updateContact = async (id: string, input: ContactInput): Promise<Contact> => {
  const parsed = ContactInputSchema.parse(input);
  assertWritable();
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    if (!existing || existing.deletedAt !== null) throw new ContactNotFoundError();
    const next = ContactSchema.parse({ ...existing, ...parsed, searchTokens: contactSearchTokens(parsed) });
    await db.contacts.put(next);
    return next;
  });
};

const setContactDeleted = async (id: string, deleted: boolean): Promise<void> => {
  try {
    await setDeleted('contacts', id, deleted);
  } catch (e) {
    throw e instanceof RecordNotFoundError ? new ContactNotFoundError() : e;
  }
};

/** Soft delete: a tombstone, so that a merge carries the deletion and Undo can restore it. */
export const deleteContact = (id: string): Promise<void> => setContactDeleted(id, true);
export const restoreContact = (id: string): Promise<void> => setContactDeleted(id, false);
