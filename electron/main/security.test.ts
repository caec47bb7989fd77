import { describe, expect, it } from 'vitest';
import {
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionAllowed,
  isTrustedSender,
  secureWebPreferences,
} from './security';

const own = new Set([1, 7]);
const sender = (over: Partial<Parameters<typeof isTrustedSender>[0]> = {}) => ({
  frameUrl: 'app://tandem/index.html#/backup',
  isMainFrame: true,
  webContentsId: 1,
  ...over,
});

describe('isTrustedSender', () => {
  it('trusts the top-level app page of our own windows', () => {
    expect(isTrustedSender(sender(), own)).toBe(true);
    expect(
      isTrustedSender(sender({ webContentsId: 7, frameUrl: 'app://tandem/index.html#/print/attendance/x' }), own),
    ).toBe(true);
  });

  it('refuses iframes, other windows, vanished frames and other origins', () => {
    expect(isTrustedSender(sender({ isMainFrame: false }), own)).toBe(false);
    expect(isTrustedSender(sender({ webContentsId: 2 }), own)).toBe(false);
    expect(isTrustedSender(sender({ frameUrl: null }), own)).toBe(false);
    for (const frameUrl of [
      'https://tandem/index.html',
      'file:///index.html',
      'app://evil/index.html',
      'app://tandem.evil/',
      'about:blank',
      'devtools://devtools/x',
      '',
    ]) {
      expect(isTrustedSender(sender({ frameUrl }), own), frameUrl).toBe(false);
    }
  });
});

describe('isPermissionAllowed', () => {
  it('grants only persistent storage, only to our origin', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://tandem/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://example.org/')).toBe(false);
    expect(isPermissionAllowed('persistent-storage', undefined)).toBe(false);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
      'hid',
      'usb',
      'serial',
      'unknown',
    ]) {
      expect(isPermissionAllowed(p, 'app://tandem/index.html'), p).toBe(false);
    }
  });
});

describe('navigation and requests', () => {
  it('allows navigation only within the app', () => {
    expect(isAllowedNavigation('app://tandem/index.html#/mentors')).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///home/user/backup.age')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });

  it('lets no request leave the machine', () => {
    expect(isAllowedRequest('app://tandem/assets/x.js', false)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', false)).toBe(true);
    expect(isAllowedRequest('blob:app://tandem/3f1c', false)).toBe(true);
    for (const url of [
      'https://example.org/x.js',
      'http://127.0.0.1:5173/',
      'ws://localhost/',
      'file:///etc/passwd',
      'ftp://x/',
    ]) {
      expect(isAllowedRequest(url, true), url).toBe(false);
    }
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', false)).toBe(false);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', true)).toBe(true);
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes every window', () => {
    const prefs = secureWebPreferences('/app/dist-electron/preload.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      devTools: false,
    });
  });
});
