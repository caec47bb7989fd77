import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest, isPermissionAllowed } from './security';

/**
 * Electron glue for the decisions in security.ts. Applied to every web contents the app ever
 * creates (main window, hidden print windows, DevTools aside) and to the default session.
 */

export const hardenWebContents = (contents: WebContents): void => {
  const denyForeign = (details: { url: string; preventDefault: () => void }) => {
    if (!isAllowedNavigation(details.url)) details.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  // No pop-ups: not for links in imported data, not for window.open. Nothing is opened externally either.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
};

export const hardenSession = (ses: Session, devTools: boolean): void => {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  // The CSP already forbids remote loads; this also catches anything the CSP does not cover.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devTools) }));
  // Files are written only through the bridge (save dialog + atomic write), never as downloads.
  ses.on('will-download', (event) => event.preventDefault());
};
