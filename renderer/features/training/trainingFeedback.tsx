import type { TFunction } from 'i18next';

/** Schema messages are `validation.*` keys: the training namespace first, then common. */
export const translateValidation = (key: string | undefined, t: TFunction): string | undefined =>
  key ? t(key, { ns: ['training', 'common'] }) : undefined;
