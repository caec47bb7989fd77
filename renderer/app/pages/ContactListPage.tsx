import { ContactsPage } from '../../features/contacts/ContactsPage';
import { ContactSpreadsheetActions } from './listActions';

/** The contacts list with the spreadsheet buttons in its header. */
export const ContactListPage = () => <ContactsPage Actions={ContactSpreadsheetActions} />;
