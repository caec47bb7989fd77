import { notifications } from '@mantine/notifications';
import { i18n } from '../../i18n/i18n';

/**
 * Feedback after an action. Errors thrown by repositories carry i18n keys (`errors.*`) of the
 * feature's namespace or of `common`; anything else (a bug, a full disk) is shown as the generic
 * "nothing was changed, try again" message, never as raw English from a library.
 */
export const errorText = (err: unknown, ns: string): string => {
  const key = err instanceof Error ? err.message : '';
  if (key.startsWith('errors.') || key.startsWith('validation.') || key.startsWith('sample.')) {
    for (const candidate of [`${ns}:${key}`, `common:${key}`]) if (i18n.exists(candidate)) return i18n.t(candidate);
  }
  return i18n.t('common:errors.unexpected');
};

/** Mantine's close button has no accessible name of its own. */
export const closeButtonProps = () => ({ 'aria-label': i18n.t('common:actions.close') });

export const notifySaved = (message: string): void => {
  notifications.show({ color: 'teal', message, autoClose: 4000, closeButtonProps: closeButtonProps() });
};

export const notifyError = (err: unknown, ns: string): void => {
  console.error(err);
  notifications.show({ color: 'red', title: i18n.t('mentors:notify.errorTitle'), message: errorText(err, ns), autoClose: 10000, closeButtonProps: closeButtonProps() });
};
