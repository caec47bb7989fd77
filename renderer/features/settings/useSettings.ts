import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from './settingsRepo';

/** The organisation's settings (defaults until saved); undefined while loading. */
export const useSettings = () => useLiveQuery(getSettings);
