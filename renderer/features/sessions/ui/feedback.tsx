import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { ZodError } from 'zod';

/** A translated message for an error a coordinator sees: our own i18n keys, else a generic "nothing changed". */
export const errorMessage = (err: unknown, t: TFunction): string => {
  if (err instanceof ZodError) return t(err.issues[0]?.message ?? 'errors.unexpected', { ns: 'common' });
  const msg = err instanceof Error ? err.message : '';
  if (/^(sessions|contacts):errors\./.test(msg) || /^errors\./.test(msg)) return t(msg);
  return t('errors.unexpected', { ns: 'common' });
};

/** Mantine's close button has no text of its own: name it, or axe (and screen readers) cannot. */
const closeButtonProps = (t: TFunction) => ({ 'aria-label': t('actions.close', { ns: 'common' }) });

export const showError = (err: unknown, t: TFunction): void => {
  notifications.show({
    color: 'red',
    message: errorMessage(err, t),
    autoClose: 10_000,
    closeButtonProps: closeButtonProps(t),
  });
};

export const showSaved = (message: string, t: TFunction): void => {
  notifications.show({ color: 'teal', message, autoClose: 4000, closeButtonProps: closeButtonProps(t) });
};

/** "Deleted" with an Undo button; undo clears the tombstone. */
export const showUndo = (message: string, undo: () => Promise<void>, t: TFunction): void => {
  const id = `undo-${crypto.randomUUID()}`;
  notifications.show({
    id,
    autoClose: 12_000,
    closeButtonProps: closeButtonProps(t),
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="xs"
          variant="outline"
          onClick={() => {
            notifications.hide(id);
            undo().catch((err: unknown) => showError(err, t));
          }}
        >
          {t('actions.undo', { ns: 'common' })}
        </Button>
      </Group>
    ),
  });
};
