import type { CSSProperties } from 'react';
import type { TFunction } from 'i18next';

/**
 * Mantine's default error red (red.6) is below AA contrast on white; inside our forms the error
 * texts and the invalid inputs use red.9 instead (a CSS variable, so it cascades).
 */
export const ERROR_CONTRAST = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;

/** Schema messages are `validation.*` keys: the training namespace first, then common. */
export const translateValidation = (key: string | undefined, t: TFunction): string | undefined =>
  key ? t(key, { ns: ['training', 'common'] }) : undefined;
