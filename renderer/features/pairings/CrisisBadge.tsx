import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The crisis flag: a word and a symbol as well as the colour, so it stands out for everyone
 * (also in greyscale print and for colour-blind coordinators).
 */
const WARNING_SIGN = '⚠';

export const CrisisBadge = () => {
  const { t } = useTranslation('pairings');
  return (
    <Badge color="red.9" variant="filled" leftSection={<span aria-hidden>{WARNING_SIGN}</span>}>
      {t('contacts.crisisBadge')}
    </Badge>
  );
};
