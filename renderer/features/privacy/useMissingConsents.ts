import { useLiveQuery } from 'dexie-react-hooks';
import { peopleOnPage, peopleWithoutProcessingConsent, type MissingConsent } from './missingConsents';

/** Everyone without a valid consent for processing. */
export const usePeopleWithoutProcessingConsent = () => useLiveQuery(peopleWithoutProcessingConsent);

/** The people of one page of that list (names and dates), read for the rows shown only. */
export const usePeopleOnPage = (shown: readonly MissingConsent[]) => useLiveQuery(() => peopleOnPage(shown), [shown]);
