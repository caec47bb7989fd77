import type { CSSProperties } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { ZodError } from 'zod';
import { ReadOnlyDatabaseError } from '../../db/openDatabase';
import { TrainingRuleError } from './trainingRepo';

/**
 * Mantine's default error red (red.6) is below AA contrast on white; inside our forms the error
 * texts and the invalid inputs use red.9 instead (a CSS variable, so it cascades).
 */
export const ERROR_CONTRAST = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;

/** Schema messages are `validation.*` keys: the training namespace first, then common. */
export const translateValidation = (key: string | undefined, t: TFunction): string | undefined =>
  key ? t(key, { ns: ['training', 'common'] }) : undefined;

/** A translated message for an error the coordinator sees; unknown errors say nothing changed. */
export const errorMessage = (err: unknown, t: TFunction): string => {
  if (err instanceof ZodError) return translateValidation(err.issues[0]?.message, t) ?? t('errors.unexpected', { ns: 'common' });
  if (err instanceof TrainingRuleError) return t(err.messageKey, { ns: ['training', 'common'] });
  if (err instanceof ReadOnlyDatabaseError) return t('errors.readOnlyDatabase', { ns: 'common' });
  return t('errors.unexpected', { ns: 'common' });
};

/** Every notification's close button needs a name (axe: button-name). */
const closeProps = (t: TFunction) => ({ 'aria-label': t('actions.close', { ns: 'common' }) });

export const showError = (err: unknown, t: TFunction): void => {
  notifications.show({
    color: 'red',
    title: t('errors.title', { ns: 'training' }),
    message: errorMessage(err, t),
    autoClose: 10_000,
    closeButtonProps: closeProps(t),
  });
};

export const showDone = (message: string, t: TFunction): void => {
  notifications.show({ color: 'teal', message, autoClose: 4000, closeButtonProps: closeProps(t) });
};

/** "Deleted" with an Undo button; undo clears the tombstone. */
export const showUndo = (message: string, undo: () => Promise<void>, t: TFunction): void => {
  const id = `training-undo-${crypto.randomUUID()}`;
  notifications.show({
    id,
    autoClose: 12_000,
    closeButtonProps: closeProps(t),
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
