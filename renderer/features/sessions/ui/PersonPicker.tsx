import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { PersonKind } from '../../../../shared/domain/base';
import { currentLanguage } from '../../../i18n/i18n';
import type { PersonOption } from '../peopleLookup';
import { usePeopleSearch } from '../useSessions';

type Props = {
  label: string;
  kinds: readonly PersonKind[];
  /** Called with the chosen person; the field then clears for the next one. */
  onPick: (option: PersonOption) => void;
  /** People already chosen are not offered again. */
  excludeIds?: ReadonlySet<string>;
  description?: string;
};

/**
 * Type a few letters, pick with the arrow keys and Enter. Each keystroke is an indexed prefix
 * search in the mentors, mentees and contacts (a few rows each), never a table scan.
 */
export const PersonPicker = ({ label, kinds, onPick, excludeIds, description }: Props) => {
  const { t } = useTranslation('sessions');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 120);
  const lng = currentLanguage();
  const options = usePeopleSearch(debounced, kinds, lng) ?? [];
  const visible = options.filter((o) => !excludeIds?.has(o.ref.id));
  const byKey = new Map(visible.map((o) => [`${o.ref.kind}:${o.ref.id}`, o]));

  return (
    <Select
      label={label}
      description={description}
      descriptionProps={{ c: 'gray.7' }}
      placeholder={t('picker.placeholder')}
      searchable
      clearable={false}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      // The repository already searched: show its results as they are.
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced.trim() ? t('picker.nothingFound') : t('picker.typeToSearch')}
      data={visible.map((o) => ({
        value: `${o.ref.kind}:${o.ref.id}`,
        label: `${o.name} (${t(`personKinds.${o.ref.kind}`)}${o.detail ? `, ${o.detail}` : ''})`,
      }))}
      onChange={(value) => {
        const picked = value ? byKey.get(value) : undefined;
        if (picked) {
          onPick(picked);
          setSearch('');
        }
      }}
    />
  );
};
