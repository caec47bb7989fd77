import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PairingStatus } from '../../../shared/domain/pairing';

const COLORS: Record<PairingStatus, string> = {
  proposed: 'blue.9',
  active: 'teal.9',
  paused: 'yellow.4',
  closed: 'gray.7',
};

/** Filled badges with dark-enough colours or auto-contrasting text (AA); the word carries the meaning. */
export const PairingStatusBadge = ({ status }: { status: PairingStatus }) => {
  const { t } = useTranslation('pairings');
  return (
    <Badge color={COLORS[status]} variant="filled" autoContrast>
      {t(`status.${status}`)}
    </Badge>
  );
};
