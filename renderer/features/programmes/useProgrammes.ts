import { useLiveQuery } from 'dexie-react-hooks';
import { listProgrammes } from './programmesRepo';

/** Programmes sorted by name; inactive ones only when asked (settings, and to show old links). */
export const useProgrammes = (includeInactive = false) =>
  useLiveQuery(() => listProgrammes({ includeInactive }), [includeInactive]);
