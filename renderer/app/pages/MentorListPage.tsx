import { MentorsPage } from '../../features/mentors/MentorsPage';
import { MentorSpreadsheetActions } from './listActions';

/** The mentors list with the spreadsheet buttons in its header. */
export const MentorListPage = () => <MentorsPage Actions={MentorSpreadsheetActions} />;
