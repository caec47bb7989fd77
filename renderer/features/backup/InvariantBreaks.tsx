import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InvariantBreak } from '../../../shared/sync/invariants';

const PATHS: Record<InvariantBreak['kind'], string> = {
  menteeOpenPairings: '/mentees',
  mentorCapacity: '/mentors',
  sessionCapacity: '/sessions',
};

/**
 * Rules a merge broke (each PC kept them, together they do not): listed with a link to the
 * record, for the coordinator to decide. The merge never repairs them on its own.
 */
export const InvariantBreaks = ({ breaks }: { breaks: readonly InvariantBreak[] }) => {
  const { t } = useTranslation('backup');
  if (breaks.length === 0) return null;
  return (
    <Alert color="orange.9" variant="outline" role="alert" title={t('breaks.title')} data-testid="merge-breaks">
      <Text size="sm">{t('breaks.help')}</Text>
      <List size="sm" mt="xs">
        {breaks.map((b) => (
          <List.Item key={`${b.kind}:${b.id}`}>
            <Anchor component={Link} to={`${PATHS[b.kind]}/${b.id}`}>
              {b.label}
            </Anchor>{' '}
            — {t(`breaks.${b.kind}`, { count: b.count, capacity: 'capacity' in b ? b.capacity : 0 })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
};
