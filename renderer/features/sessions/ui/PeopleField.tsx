import { ActionIcon, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonKind, PersonRef } from '../../../../shared/domain/base';
import { PersonPicker } from './PersonPicker';

type Props = {
  label: string;
  kinds: readonly PersonKind[];
  value: readonly PersonRef[];
  onChange: (next: PersonRef[]) => void;
  names: ReadonlyMap<string, string>;
  onNamed: (id: string, name: string) => void;
  description?: string;
  listLabel: string;
};

/** A searchable picker above the list of people chosen so far, each with a Remove button. */
export const PeopleField = ({ label, kinds, value, onChange, names, onNamed, description, listLabel }: Props) => {
  const { t } = useTranslation('sessions');
  return (
    <div>
      <PersonPicker
        label={label}
        description={description}
        kinds={kinds}
        excludeIds={new Set(value.map((p) => p.id))}
        onPick={(o) => {
          onNamed(o.ref.id, o.name);
          onChange([...value, o.ref]);
        }}
      />
      {value.length > 0 && (
        <List listStyleType="none" mt="xs" aria-label={listLabel} spacing={2}>
          {value.map((p, i) => {
            const name = names.get(p.id) ?? t('removedPerson');
            return (
              <List.Item key={p.id}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" w={28} ta="right">
                    {t('form.ordinal', { n: i + 1 })}
                  </Text>
                  <Text size="sm">
                    {name} ({t(`personKinds.${p.kind}`)})
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('form.removePerson', { name })}
                    onClick={() => onChange(value.filter((x) => x.id !== p.id))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </div>
  );
};
