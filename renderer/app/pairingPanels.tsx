import { PairingCheckInsPanel } from '../features/checkins/PairingCheckInsPanel';
import type { PairingPanel } from '../features/pairings';

/**
 * Panels other features add to a pairing's page (check-ins …), in the order the page shows them
 * below its own sections. Imported, not lazily: only the pairing page (itself loaded lazily) reads
 * this registry, so the panels' code comes with the page's (see overviewWidgets.tsx).
 */
export const PAIRING_PANELS: readonly PairingPanel[] = [
  {
    key: 'checkins',
    Component: PairingCheckInsPanel,
  },
];
