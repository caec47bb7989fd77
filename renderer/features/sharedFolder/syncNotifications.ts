import { notifications } from '@mantine/notifications';
import { i18n } from '../../i18n/i18n';
import type { SyncEvent } from '../../../shared/sync/sharedFolder';

/**
 * What a look at the shared folder found that the coordinator should know now. Merges are quiet
 * (the status line says "in step"); a file that waits for them, one that cannot be used, and a
 * PC name another PC already writes under are told once, in words that say what to do.
 */
export const notifySyncEvents = (events: readonly SyncEvent[]): void => {
  const t = i18n.getFixedT(null, 'sharedFolder');
  for (const event of events) {
    if (event.kind === 'waiting')
      notifications.show({
        color: 'yellow',
        title: t('notify.waitingTitle', { pc: event.pcName }),
        message: t(`waiting.${event.reason}`),
        autoClose: 15_000,
      });
    else if (event.kind === 'skipped')
      notifications.show({
        color: 'red',
        title: t('notify.skippedTitle'),
        message: t(`problem.${event.reason}`),
        autoClose: 15_000,
      });
    else if (event.kind === 'nameTaken')
      notifications.show({
        color: 'red',
        title: t('notify.skippedTitle'),
        message: t('own.nameTaken'),
        autoClose: 15_000,
      });
  }
};
