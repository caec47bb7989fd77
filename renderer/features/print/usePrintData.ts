import { useLiveQuery } from 'dexie-react-hooks';
import { loadOrganisation, type Organisation } from './printData';

/** The organisation a printed page is headed with; `undefined` while loading. */
export const useOrganisation = (): Organisation | undefined => useLiveQuery(loadOrganisation, []);
