import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { notifyError, notifySaved } from '../../components/notify';
import { ContactForm } from './ContactForm';
import { createContact, updateContact } from './contactsRepo';
import { useContact } from './useContacts';

export const ContactCreatePage = () => {
  const { t } = useTranslation('contacts');
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={1}>{t('newTitle')}</Title>
      <ContactForm
        onCancel={() => void navigate('/contacts')}
        onSubmit={async (values) => {
          try {
            const c = await createContact(values);
            notifySaved(t('saved'));
            void navigate(`/contacts/${c.id}`);
          } catch (err) {
            notifyError(err, 'contacts');
          }
        }}
      />
    </Stack>
  );
};

export const ContactEditPage = () => {
  const { t } = useTranslation('contacts');
  const { id } = useParams();
  const navigate = useNavigate();
  const contact = useContact(id);
  if (contact === undefined) return <Loader aria-label={t('app.loading', { ns: 'common' })} />;
  if (contact === null) return <Text>{t('notFound')}</Text>;
  return (
    <Stack>
      <Title order={1}>{t('editTitle', { name: formatPersonName(contact, currentLanguage()) })}</Title>
      <ContactForm
        initial={contact}
        onCancel={() => void navigate(`/contacts/${contact.id}`)}
        onSubmit={async (values) => {
          try {
            await updateContact(contact.id, values);
            notifySaved(t('saved'));
            void navigate(`/contacts/${contact.id}`);
          } catch (err) {
            notifyError(err, 'contacts');
          }
        }}
      />
    </Stack>
  );
};
