import { useParams } from 'react-router';
import { ContactDetail } from '../../features/contacts/ContactDetail';
import { useSessionsOfPerson } from '../../features/sessions';

/** A contact's page: the contacts feature's page with the sessions they took part in or led. */
export const ContactPage = () => {
  const { id } = useParams();
  const sessions = useSessionsOfPerson(id);
  return <ContactDetail sessions={sessions} />;
};
