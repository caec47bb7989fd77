import { useCallback, useState, type ComponentType } from 'react';
import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPersonName } from '../../../shared/domain/names';
import { currentLanguage } from '../../i18n/i18n';
import { VirtualList } from '../../components/VirtualList';
import { useContactSearch } from './useContacts';

const PAGE = 100;

/**
 * The buttons another feature adds to the list's header for the list on screen (the app passes
 * the spreadsheet import and export: `app/pages/listActions.tsx`).
 */
export type ContactListActions = ComponentType<{ filter: { query?: string }; count: number }>;

export const ContactsPage = ({ Actions }: { Actions: ContactListActions }) => {
  const { t } = useTranslation('contacts');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const [limit, setLimit] = useState(PAGE);
  const contacts = useContactSearch(debounced, limit);
  const hasMore = (contacts?.length ?? 0) >= limit;
  const more = useCallback(() => setLimit((l) => l + PAGE), []);
  const lng = currentLanguage();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        <Group gap="sm">
          <Actions filter={{ query: debounced }} count={contacts?.length ?? 0} />
          <Button component={Link} to="/contacts/new">
            {t('new')}
          </Button>
        </Group>
      </Group>
      <Text>{t('intro')}</Text>
      <TextInput
        label={t('actions.search', { ns: 'common' })}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setLimit(PAGE);
        }}
        maw={420}
      />
      {contacts !== undefined && contacts.length === 0 && <Text>{debounced ? t('noMatches') : t('empty')}</Text>}
      {contacts !== undefined && contacts.length > 0 && (
        <VirtualList
          label={t('listLabel')}
          items={contacts}
          getKey={(c) => c.id}
          hasMore={hasMore}
          onEndReached={more}
          rowHeight={58}
          renderRow={(c) => (
            <Group
              justify="space-between"
              px="sm"
              py={8}
              style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
              wrap="nowrap"
            >
              <div>
                <Anchor component={Link} to={`/contacts/${c.id}`} fw={600}>
                  {formatPersonName(c, lng)}
                </Anchor>
                <Text size="sm">{[c.role, c.organisation].filter(Boolean).join(' · ')}</Text>
              </div>
              <Text size="sm">{[c.phone, c.email].filter(Boolean).join(' · ')}</Text>
            </Group>
          )}
        />
      )}
    </Stack>
  );
};
