import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import type { Session } from '../../../shared/domain/session';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { deleteWithUndo } from '../../components/deleteWithUndo';
import { isBeingLeft } from '../../lib/leaveThenDelete';
import { deleteContact, restoreContact } from './contactsRepo';
import { useContact } from './useContacts';
import { SubjectAccessButton } from '../subjectAccess';
import { EraseButton } from '../erasure';

/**
 * The contact's page. `sessions` (the sessions they took part in or led, newest first;
 * `undefined` while loading) come from the sessions feature: the app passes them in
 * (`app/pages/ContactPage.tsx`).
 */
export const ContactDetail = ({ sessions }: { sessions: Session[] | undefined }) => {
  const { t } = useTranslation('contacts');
  const { id } = useParams();
  const navigate = useNavigate();
  const contact = useContact(id);
  const lng = currentLanguage();
  if (contact === undefined) return <Loader aria-label={t('app.loading', { ns: 'common' })} />;
  if (contact === null && isBeingLeft(`/contacts/${id ?? ''}`))
    return <Loader aria-label={t('app.loading', { ns: 'common' })} />;
  if (contact === null)
    return (
      <Stack>
        <Title order={1}>{t('notFoundTitle')}</Title>
        <Text>{t('notFound')}</Text>
      </Stack>
    );
  const name = formatPersonName(contact, lng);
  const rows: [string, string][] = [
    [t('fields.organisation'), contact.organisation],
    [t('fields.role'), contact.role],
    [t('fields.phone'), contact.phone],
    [t('fields.email'), contact.email],
    [t('fields.notes'), contact.notes],
  ];

  const remove = () =>
    deleteWithUndo({
      remove: () => deleteContact(contact.id),
      restore: () => restoreContact(contact.id),
      message: t('deleted', { name }),
      ns: 'contacts',
      page: { navigate, leaveTo: '/contacts', backTo: `/contacts/${contact.id}` },
    });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{name}</Title>
        <Group>
          <Button component={Link} to={`/contacts/${contact.id}/edit`}>
            {t('actions.edit', { ns: 'common' })}
          </Button>
          <SubjectAccessButton kind="contact" id={contact.id} />
          <EraseButton table="contacts" id={contact.id} name={name} />
          <Button color="red" variant="outline" onClick={() => void remove()}>
            {t('actions.delete', { ns: 'common' })}
          </Button>
        </Group>
      </Group>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 24px', margin: 0 }}>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>
              <Text fw={600} size="sm">
                {label}
              </Text>
            </dt>
            <dd style={{ margin: 0 }}>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{value || t('none')}</Text>
            </dd>
          </div>
        ))}
      </dl>
      <Title order={2}>{t('sessionsTitle')}</Title>
      {sessions && sessions.length === 0 && <Text>{t('noSessions')}</Text>}
      {sessions && sessions.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('date')}</Table.Th>
              <Table.Th>{t('session')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{formatDate(s.date, lng)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/sessions/${s.id}`}>
                    {s.title}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};
