/**
 * Pairings' public surface: the repository's reads and status change, the pairings with their
 * people, what the mentee page shows of a mentee's pairings, the pairing page's extension point,
 * and the sample step.
 */
export {
  changePairingStatus,
  countOpenPairingsByMentor,
  getPairing,
  getPairingsByIds,
  listContactFactsBetween,
  listContactLogsOfPairingsBetween,
  listPairingsByStatus,
  listPairingsOfMentor,
  listPairingsOpenBetween,
} from './pairingsRepo';
export { withPeople } from './pairingViews';
export { useOpenPairingOfMentee } from './usePairings';
export { MenteePairingsSection } from './PersonPairingsSection';
export type { PairingPanel } from './PairingDetail';
export { pairingsSampleStep } from './sampleData';
