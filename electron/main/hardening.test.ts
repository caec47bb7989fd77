import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenSession, hardenWebContents } from './hardening';

type Listener = (...args: unknown[]) => unknown;

const fakeEmitter = () => {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on: (name: string, l: Listener) => void listeners.set(name, [...(listeners.get(name) ?? []), l]),
    emit: (name: string, ...args: unknown[]) => (listeners.get(name) ?? []).map((l) => l(...args)),
  };
};

const navEvent = (url: string) => ({ url, preventDefault: vi.fn() });

describe('hardenWebContents', () => {
  const setup = () => {
    const em = fakeEmitter();
    let openHandler: (() => unknown) | null = null;
    const contents = { on: em.on, setWindowOpenHandler: (h: () => unknown) => (openHandler = h) };
    hardenWebContents(contents as unknown as WebContents);
    return { em, openHandler: () => openHandler?.() };
  };

  it('blocks navigation and redirects away from the app, in every frame', () => {
    const { em } = setup();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navEvent('https://evil.example/');
      const home = navEvent('app://tandem/index.html');
      em.emit(name, away);
      em.emit(name, home);
      expect(away.preventDefault, name).toHaveBeenCalled();
      expect(home.preventDefault, name).not.toHaveBeenCalled();
    }
  });

  it('denies window.open and webviews', () => {
    const { em, openHandler } = setup();
    expect(openHandler()).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    em.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  const setup = (devTools = false) => {
    const em = fakeEmitter();
    const handlers: Record<string, Listener> = {};
    const ses = {
      on: em.on,
      setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
      setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
      setDevicePermissionHandler: (h: Listener) => (handlers.device = h),
      webRequest: { onBeforeRequest: (h: Listener) => (handlers.request2 = h) },
    };
    hardenSession(ses as unknown as Session, devTools);
    return { em, handlers };
  };

  it('answers permission requests and checks with the tested decision', () => {
    const { handlers } = setup();
    const answers: boolean[] = [];
    handlers.request!(null, 'persistent-storage', (ok: boolean) => answers.push(ok), {
      requestingUrl: 'app://tandem/index.html',
    });
    handlers.request!(null, 'media', (ok: boolean) => answers.push(ok), { requestingUrl: 'app://tandem/index.html' });
    handlers.request!(null, 'persistent-storage', (ok: boolean) => answers.push(ok), {
      requestingUrl: 'https://evil.example/',
    });
    expect(answers).toEqual([true, false, false]);
    expect(handlers.check!(null, 'persistent-storage', 'app://tandem', {})).toBe(true);
    expect(handlers.check!(null, 'geolocation', 'app://tandem', { requestingUrl: 'app://tandem/' })).toBe(false);
    expect(handlers.device!()).toBe(false);
  });

  it('cancels every request that would leave the machine, and every download', () => {
    const { em, handlers } = setup();
    const decide = (url: string) => {
      let answer: unknown;
      handlers.request2!({ url }, (r: unknown) => (answer = r));
      return answer;
    };
    expect(decide('app://tandem/assets/a.js')).toEqual({ cancel: false });
    expect(decide('https://fonts.example/x.woff2')).toEqual({ cancel: true });
    const download = { preventDefault: vi.fn() };
    em.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
  });
});
