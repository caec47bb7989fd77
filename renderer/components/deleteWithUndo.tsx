import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { NavigateFunction } from 'react-router';
import { i18n } from '../i18n/i18n';
import { leaveThenDelete } from '../lib/leaveThenDelete';
import { notifyError, notifySaved } from './notify';

/** How long the "Deleted · Undo" notification stays, in milliseconds. */
export const UNDO_MILLISECONDS = 12_000;

export type Deletion = {
  /** The feature repository's delete: a soft delete through `setDeleted` (renderer/db/softDelete.ts). */
  remove: () => Promise<unknown>;
  /** The repository's restore, which puts back exactly what `remove` changed. */
  restore: () => Promise<unknown>;
  /** What was deleted, in words: "Contact deleted." */
  message: string;
  /** The feature's namespace, for the translated message of an error. */
  ns: string;
  /**
   * Deleting the record of the page being shown: leave for `leaveTo` first (so the page does not
   * flash "not found"), come back to `backTo` when the deletion fails or is undone.
   */
  page?: { navigate: NavigateFunction; leaveTo: string; backTo: string };
  /** Said once the undo worked; "Restored." by default. */
  restoredMessage?: string;
};

/**
 * The one way anything is deleted in the app: every feature calls this with its repository's
 * delete and restore, so every deletion looks and undoes the same. The record is soft-deleted at
 * once (nothing waits for the notification to close, so a crash or a closed window never loses
 * a deletion the coordinator saw happen); the notification says what went and offers **Undo** for
 * a few seconds. A failed delete or undo is reported in words and changes nothing.
 * Resolves to whether the record was deleted.
 */
export const deleteWithUndo = async (deletion: Deletion): Promise<boolean> => {
  const { remove, page, ns } = deletion;
  try {
    if (page) await leaveThenDelete(page.navigate, page, remove);
    else await remove();
  } catch (err) {
    notifyError(err, ns);
    return false;
  }
  showUndo(deletion);
  return true;
};

const showUndo = ({ message, restore, ns, page, restoredMessage }: Deletion): void => {
  const id = `undo-${crypto.randomUUID()}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await restore();
    } catch (err) {
      notifyError(err, ns);
      return;
    }
    notifySaved(restoredMessage ?? i18n.t('common:undo.restored'));
    if (page) await page.navigate(page.backTo);
  };
  notifications.show({
    id,
    color: 'gray',
    autoClose: UNDO_MILLISECONDS,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="outline" onClick={() => void undo()}>
          {i18n.t('common:actions.undo')}
        </Button>
      </Group>
    ),
  });
};
