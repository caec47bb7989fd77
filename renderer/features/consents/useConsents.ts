import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonKind } from '../../../shared/domain/base';
import { listConsents } from './consentsRepo';

export const useConsents = (personKind: PersonKind, personId: string) =>
  useLiveQuery(() => listConsents(personKind, personId), [personKind, personId]);
