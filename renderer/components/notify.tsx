import { notifications } from '@mantine/notifications';
import { ZodError } from 'zod';
import { BackupError } from '../../shared/backup/errors';
import { i18n } from '../i18n/i18n';
import { isDiskFull } from '../lib/diskFull';

/*
 * Feedback after an action, the same in every feature. The close buttons need no props here:
 * the app theme names every Notification close button in the active language.
 */

/** Message keys repositories and schemas throw: `ns:any.key`, or a bare `errors.*`, `validation.*`, `sample.*`. */
const MESSAGE_KEY = /^(?:[\w-]+:[\w.-]+|(?:errors|validation|sample)\.[\w.-]+)$/;

/**
 * The translated text for an error a coordinator sees. Repositories throw errors whose message
 * is an i18n key and schemas carry `validation.*` keys: a bare key is looked up in the feature's
 * namespace `ns`, then in `common`; a BackupError by its kind (`backup:errors.<kind>`); a full disk
 * (renderer/lib/diskFull.ts) says to free some space. Anything else (a bug) becomes the generic
 * "nothing was changed, try again", never raw English from a library.
 */
export const errorText = (err: unknown, ns: string): string => {
  // A file that cannot be opened (a backup, a shared-folder file) says why in the backup's words.
  if (err instanceof BackupError) {
    const count = err.details.issueCount ?? err.details.issues?.length ?? 0;
    return i18n.t(`backup:errors.${err.kind}`, { count });
  }
  if (isDiskFull(err)) return i18n.t('common:errors.diskFull');
  const key = err instanceof ZodError ? (err.issues[0]?.message ?? '') : err instanceof Error ? err.message : '';
  if (MESSAGE_KEY.test(key)) {
    const candidates = key.includes(':') ? [key] : [`${ns}:${key}`, `common:${key}`];
    for (const candidate of candidates) if (i18n.exists(candidate)) return i18n.t(candidate);
  }
  return i18n.t('common:errors.unexpected');
};

/**
 * The translated message of a form field's error. Schemas and repositories put i18n keys in
 * their messages: `ns:key`, or a bare key looked up in the feature's namespace `ns`, then in
 * `common` (where the shared `validation.*` keys live). A key nobody knows reads "This value
 * is not valid." rather than a raw key.
 */
export const fieldError = (error: { message?: string } | undefined, ns = 'common'): string | undefined => {
  const key = error?.message;
  if (!key) return undefined;
  const candidates = key.includes(':') ? [key] : [`${ns}:${key}`, `common:${key}`];
  const found = candidates.find((c) => i18n.exists(c));
  return i18n.t(found ?? 'common:validation.invalid');
};

export const notifySaved = (message: string): void => {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
};

/** An error, translated by `errorText`; it stays longer, so it can be read. */
export const notifyError = (err: unknown, ns: string): void => {
  console.error(err);
  notifications.show({
    color: 'red',
    title: i18n.t('common:errors.title'),
    message: errorText(err, ns),
    autoClose: 10_000,
  });
};
