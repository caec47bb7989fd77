import i18next from 'i18next';
import type { Language } from '../../../shared/domain/base';
import { NAMESPACES, buildResources } from '../../i18n/i18n';
import type { Translate } from './listExport';

let instance: Promise<typeof i18next> | null = null;

/**
 * A translator over the bundled locale files that does not need the page's i18next instance:
 * the list-export worker has no page (and no `document`), and the unit tests run without one.
 */
export const standaloneTranslator = async (lng: Language): Promise<Translate> => {
  instance ??= (async () => {
    const created = i18next.createInstance();
    await created.init({
      resources: buildResources(),
      lng,
      fallbackLng: 'en',
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    return created;
  })();
  const fixed = (await instance).getFixedT(lng);
  return (key, options) => String(fixed(key, options));
};
