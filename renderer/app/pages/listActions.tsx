import type { ContactListActions } from '../../features/contacts';
import type { MenteeListActions } from '../../features/mentees';
import type { MentorListActions } from '../../features/mentors';
import type { SessionListActions } from '../../features/sessions';
import { ExportListButton, ImportButton } from '../../features/spreadsheets';

/**
 * What the list pages show in their header besides their own buttons: "Import from a
 * spreadsheet" into that list and "Export this list" of the rows on screen (the spreadsheets
 * feature).
 */

export const MentorSpreadsheetActions: MentorListActions = ({ filter, count }) => (
  <>
    <ImportButton kind="mentors" />
    <ExportListButton request={{ kind: 'mentors', filter }} count={count} />
  </>
);

export const MenteeSpreadsheetActions: MenteeListActions = ({ filter, count }) => (
  <>
    <ImportButton kind="mentees" />
    <ExportListButton request={{ kind: 'mentees', filter }} count={count} />
  </>
);

export const ContactSpreadsheetActions: ContactListActions = ({ filter, count }) => (
  <>
    <ImportButton kind="contacts" />
    <ExportListButton request={{ kind: 'contacts', filter }} count={count} />
  </>
);

export const SessionSpreadsheetActions: SessionListActions = ({ filter, count }) => (
  <>
    <ImportButton kind="attendance" />
    <ExportListButton request={{ kind: 'sessions', filter }} count={count} />
  </>
);
