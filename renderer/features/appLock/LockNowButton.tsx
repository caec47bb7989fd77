import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppLock } from './useAppLock';

/** "Lock now" in the app frame, shown only when a lock is set on this PC. */
export const LockNowButton = () => {
  const { t } = useTranslation('appLock');
  const { isSet, lockNow } = useAppLock();
  if (!isSet) return null;
  return (
    <Button variant="default" size="xs" onClick={lockNow} data-testid="app-lock-now">
      {t('lockNow')}
    </Button>
  );
};
