import { notifications } from '@mantine/notifications';
import { ZodError } from 'zod';
import { i18n } from '../../i18n/i18n';

/**
 * The text for an error thrown by a repository: its message is an i18n key (`errors.*`) of
 * the feature's namespace or of `common`; anything else (a bug, a full disk) becomes the
 * generic "nothing was changed, try again", never raw English from a library.
 */
export const errorText = (err: unknown, ns: string): string => {
  if (err instanceof ZodError) {
    const key = err.issues[0]?.message ?? '';
    if (i18n.exists(`common:${key}`)) return i18n.t('pairings:errors.invalid', { detail: i18n.t(`common:${key}`) });
  }
  const key = err instanceof Error ? err.message : '';
  for (const candidate of [`${ns}:${key}`, `common:${key}`])
    if (key.startsWith('errors.') && i18n.exists(candidate)) return i18n.t(candidate);
  return i18n.t('common:errors.unexpected');
};

export const notifyError = (err: unknown, ns: string): void => {
  console.error(err);
  notifications.show({
    closeButtonProps: { 'aria-label': i18n.t('common:actions.close') },
    color: 'red',
    title: i18n.t('pairings:notify.errorTitle'),
    message: errorText(err, ns),
    autoClose: 10000,
  });
};

export const notifySaved = (message: string): void => {
  notifications.show({
    closeButtonProps: { 'aria-label': i18n.t('common:actions.close') },
    color: 'teal',
    message,
    autoClose: 4000,
  });
};
