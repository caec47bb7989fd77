/** Contacts' public surface: the repository's reads, and the list page's extension point. */
export { findAllContacts, getContactsByIds, searchContacts } from './contactsRepo';
export type { ContactListActions } from './ContactsPage';
