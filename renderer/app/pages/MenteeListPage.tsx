import { MenteesPage } from '../../features/mentees/MenteesPage';
import { MenteeSpreadsheetActions } from './listActions';

/** The mentees list with the spreadsheet buttons in its header. */
export const MenteeListPage = () => <MenteesPage Actions={MenteeSpreadsheetActions} />;
