import { SessionsPage } from '../../features/sessions/SessionsPage';
import { SessionSpreadsheetActions } from './listActions';

/** The sessions list with the spreadsheet buttons in its header. */
export const SessionListPage = () => <SessionsPage Actions={SessionSpreadsheetActions} />;
