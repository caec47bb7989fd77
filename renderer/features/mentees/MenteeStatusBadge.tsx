import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MenteeStatus } from '../../../shared/domain/mentee';

const COLORS: Record<MenteeStatus, string> = { waiting: 'yellow.4', paired: 'teal.9', closed: 'gray.7' };

/** Filled badges, dark or with auto-contrasting text (AA). The word carries the meaning, not the colour. */
export const MenteeStatusBadge = ({ status }: { status: MenteeStatus }) => {
  const { t } = useTranslation('mentees');
  return (
    <Badge color={COLORS[status]} variant="filled" autoContrast>
      {t(`status.${status}`)}
    </Badge>
  );
};
