import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonKind } from '../../../shared/domain/base';
import { listConsents, processingConsentOf } from './consentsRepo';

/** One person's ledger, newest entry first. */
export const useConsents = (personKind: PersonKind, personId: string) =>
  useLiveQuery(() => listConsents(personKind, personId), [personKind, personId]);

/** Where one person stands on the processing of their data. */
export const useProcessingConsent = (personKind: PersonKind, personId: string) =>
  useLiveQuery(() => processingConsentOf(personKind, personId), [personKind, personId]);
