import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentorStatus } from '../../../shared/domain/mentor';

// Filled badges in dark shades: white text on them keeps AA contrast at badge size.
const COLOR: Record<MentorStatus, string> = {
  applicant: 'cyan',
  screening: 'indigo',
  inTraining: 'blue',
  active: 'teal',
  paused: 'grape',
  exited: 'dark',
};

export const StatusBadge = ({ status }: { status: MentorStatus }) => {
  const { t } = useTranslation('mentors');
  return (
    <Badge color={COLOR[status]} variant="filled" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
};
