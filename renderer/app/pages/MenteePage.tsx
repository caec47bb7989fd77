import { useParams } from 'react-router';
import { MenteeDetail } from '../../features/mentees/MenteeDetail';
import { MenteePairingsSection, useOpenPairingOfMentee } from '../../features/pairings';

/** A mentee's page: the mentees feature's page with the mentee's pairings. */
export const MenteePage = () => {
  const { id } = useParams();
  const openPairing = useOpenPairingOfMentee(id);
  return <MenteeDetail openPairing={openPairing} PairingsSection={MenteePairingsSection} />;
};
