import type { WebPreferences } from 'electron';
import { isAppUrl } from './appUrl';

/**
 * The renderer is treated as potentially hostile: it renders data typed in by many people and
 * imported from backup files. These decisions keep a compromised page inside its sandbox: it
 * cannot reach Node, navigate away, open windows or webviews, load anything from the network or
 * use device permissions, and the bridge answers only our own top-level page. Each rule is a
 * plain function so the tests pin them down; `index.ts` only wires them to Electron.
 */

/** The webPreferences of every window we open (main and hidden print windows). */
export const secureWebPreferences = (preloadPath: string, devTools: boolean): WebPreferences => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  devTools,
});

export type SenderInfo = {
  /** URL of the frame that sent the message (`event.senderFrame.url`), or null if the frame is gone. */
  frameUrl: string | null;
  /** Whether that frame is the top-level frame of its page (not an iframe). */
  isMainFrame: boolean;
  /** `event.sender.id`: the web contents that sent it. */
  webContentsId: number;
};

/**
 * Only our own windows' top-level page, loaded from `app://tandem/`, may use the bridge. An
 * iframe, a page that somehow navigated elsewhere, or any other web contents is refused.
 */
export const isTrustedSender = (sender: SenderInfo, ownWebContentsIds: ReadonlySet<number>): boolean =>
  sender.frameUrl !== null &&
  sender.isMainFrame &&
  ownWebContentsIds.has(sender.webContentsId) &&
  isAppUrl(sender.frameUrl);

/**
 * Every permission is refused except `persistent-storage`, which asks the browser not to evict
 * IndexedDB under storage pressure: the only copy of the coordinator's data lives there. Even that
 * one is granted to our own origin only.
 */
export const isPermissionAllowed = (permission: string, requestingUrl: string | undefined): boolean =>
  permission === 'persistent-storage' && requestingUrl !== undefined && isAppUrl(requestingUrl);

/**
 * The page never navigates: the app is a single page with a hash router, so any top-level
 * navigation is either a reload of our own page or something we do not want (a link in imported
 * data, a dropped file). Same-document hash changes do not fire `will-navigate` at all.
 */
export const isAllowedNavigation = (url: string): boolean => isAppUrl(url);

/**
 * No request ever leaves the machine: only our own files, inline data and blobs (downloads,
 * the logo preview) and, during development, the DevTools front end.
 */
export const isAllowedRequest = (url: string, devTools: boolean): boolean => {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:' || scheme === 'blob:') return true;
  return devTools && (scheme === 'devtools:' || scheme === 'chrome-extension:');
};
