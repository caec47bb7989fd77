import { memo } from 'react';
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

/**
 * The badge with a label the caller translated. List rows use it with labels translated once for
 * the whole list: a translation hook in every row made mounting a screenful of rows much dearer.
 */
export const TranslatedStatusBadge = memo(({ status, label }: { status: MentorStatus; label: string }) => (
  <Badge color={COLOR[status]} variant="filled" radius="sm">
    {label}
  </Badge>
));
TranslatedStatusBadge.displayName = 'TranslatedStatusBadge';

export const StatusBadge = ({ status }: { status: MentorStatus }) => {
  const { t } = useTranslation('mentors');
  return <TranslatedStatusBadge status={status} label={t(`status.${status}`)} />;
};
