import type { Language } from '../../shared/domain/base';
import { MenuSectionKeySchema, type BridgeApi, type MenuSectionKey } from '../../shared/ipc/contract';
import { browserBridge } from './browserBridge';

/** The desktop shell's bridge when running in Electron, else the browser implementation. */
export const bridge: BridgeApi = globalThis.window?.tandem ?? browserBridge;
export const isDesktop = (): boolean => Boolean(globalThis.window?.tandem);

/** The sidebar section keys the native Go menu knows (others, e.g. "reports", have no menu item). */
export const menuSectionsOf = (keys: readonly string[]): MenuSectionKey[] =>
  keys.flatMap((k) => {
    const parsed = MenuSectionKeySchema.safeParse(k);
    return parsed.success ? [parsed.data] : [];
  });

/**
 * Tell the desktop shell the UI language and which sections exist, so the native menu matches
 * the app. Call it once at start-up and after every language change; a no-op in the browser.
 */
export const announceToShell = (
  language: Language,
  sectionKeys: readonly string[],
  api: BridgeApi = bridge,
): Promise<unknown> => api.setLanguage({ language, sections: menuSectionsOf(sectionKeys) });
