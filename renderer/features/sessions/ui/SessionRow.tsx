import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../../../../shared/domain/session';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';

/** One session in a list: when, what, where, how many expected. Never the confidential notes. */
export const SessionRow = ({ session: s, showDate = true }: { session: Session; showDate?: boolean }) => {
  const { t } = useTranslation('sessions');
  const lng = currentLanguage();
  return (
    <Group
      justify="space-between"
      px="sm"
      py={8}
      wrap="nowrap"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <div>
        <Anchor component={Link} to={`/sessions/${s.id}`} fw={600}>
          {s.title}
        </Anchor>
        <Text size="sm">
          {showDate ? `${formatDate(s.date, lng)} · ` : ''}
          {s.startTime}–{s.endTime}
          {s.place ? ` · ${s.place}` : ''}
        </Text>
      </div>
      <Group gap="xs" wrap="nowrap">
        <Badge variant="outline" color="dark">
          {t(`subKinds.${s.subKind}`)}
        </Badge>
        <Text size="sm">{t('expectedCount', { count: s.expected.length })}</Text>
      </Group>
    </Group>
  );
};
