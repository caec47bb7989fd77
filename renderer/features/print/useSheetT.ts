import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/base';
import { i18n } from '../../i18n/i18n';

/**
 * A translator fixed to the sheet's language, independent of the UI language: a Finnish
 * coordinator may print a Hungarian sheet for a Hungarian-speaking group.
 */
export const useSheetT = (lng: Language): TFunction<'print'> => useMemo(() => i18n.getFixedT(lng, 'print'), [lng]);
