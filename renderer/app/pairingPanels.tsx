import { lazy } from 'react';
import type { PairingPanel } from '../features/pairings';

/**
 * Panels other features add to a pairing's page (check-ins …), in the order the page shows them
 * below its own sections. Loaded lazily by path, so that their code is fetched only when shown.
 */
export const PAIRING_PANELS: readonly PairingPanel[] = [
  {
    key: 'checkins',
    Component: lazy(() =>
      import('../features/checkins/PairingCheckInsPanel').then((m) => ({ default: m.PairingCheckInsPanel })),
    ),
  },
];
