import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonKind } from '../../../shared/domain/base';
import { listConsents, processingConsentOf } from './consentsRepo';
import { peopleOnPage, peopleWithoutProcessingConsent, type MissingConsent } from './missingConsents';

/** One person's ledger, newest entry first. */
export const useConsents = (personKind: PersonKind, personId: string) =>
  useLiveQuery(() => listConsents(personKind, personId), [personKind, personId]);

/** Where one person stands on the processing of their data. */
export const useProcessingConsent = (personKind: PersonKind, personId: string) =>
  useLiveQuery(() => processingConsentOf(personKind, personId), [personKind, personId]);

/** Everyone without a valid consent for processing. */
export const usePeopleWithoutProcessingConsent = () => useLiveQuery(peopleWithoutProcessingConsent);

/** The people of one page of that list (names and dates), read for the rows shown only. */
export const usePeopleOnPage = (shown: readonly MissingConsent[]) => useLiveQuery(() => peopleOnPage(shown), [shown]);
