import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Panels other features add to a pairing's page (check-ins …). Each receives the pairing's id
 * and whether the pairing is closed (read-only), and renders its own heading; the pairing page
 * renders them in this order below its own sections.
 */
export type PairingPanel = {
  key: string;
  Component: LazyExoticComponent<ComponentType<{ pairingId: string; readOnly: boolean }>>;
};

export const PAIRING_PANELS: PairingPanel[] = [
  {
    key: 'checkins',
    Component: lazy(() =>
      import('../checkins/PairingCheckInsPanel').then((m) => ({ default: m.PairingCheckInsPanel })),
    ),
  },
];
