import { PairingDetail } from '../../features/pairings/PairingDetail';
import { PAIRING_PANELS } from '../pairingPanels';

/** A pairing's page: the pairings feature's page with the panels other features add to it. */
export const PairingPage = () => <PairingDetail panels={PAIRING_PANELS} />;
