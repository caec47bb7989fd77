import type { TFunction } from 'i18next';
import type { ConsentPurpose } from '../../../shared/domain/consent';

/** The name of a purpose as the coordinator reads it: its kind, or for `other` its wording. */
export const purposeLabel = (t: TFunction, p: { purposeKind: ConsentPurpose; purpose: string }): string =>
  p.purposeKind === 'other' ? p.purpose : t(`consents:purpose.${p.purposeKind}`);
