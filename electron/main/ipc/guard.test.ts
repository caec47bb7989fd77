import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, type Channel } from '../../../shared/ipc/contract';
import { BridgeRefusal, guardHandler, registerHandlers, type Handlers, type InvokeEventLike } from './guard';

const OWN = new Set([1]);
const event = (over: { url?: string; parent?: unknown; id?: number; frame?: null } = {}): InvokeEventLike => ({
  senderFrame:
    over.frame === null ? null : { url: over.url ?? 'app://tandem/index.html#/backup', parent: over.parent ?? null },
  sender: { id: over.id ?? 1 },
});
const bytes = new Uint8Array([1, 2, 3]);
const saved = { status: 'saved', path: '/media/usb/b.age', verified: true } as const;

describe('guardHandler', () => {
  it('passes a parsed request from our own top-level page to the handler', async () => {
    const handler = vi.fn(async () => saved);
    const guarded = guardHandler('backup.saveFile', handler, OWN, () => undefined);
    await expect(guarded(event(), { suggestedName: 'b.age', bytes })).resolves.toEqual(saved);
    expect(handler).toHaveBeenCalledWith({ suggestedName: 'b.age', bytes });
  });

  it('applies schema defaults and strips unknown keys before the handler sees the request', async () => {
    const handler = vi.fn(async () => ({ ok: true }));
    const guarded = guardHandler('print.print', handler, OWN, () => undefined);
    await guarded(event(), { route: '/print/attendance/x', extra: 'ignored' });
    expect(handler).toHaveBeenCalledWith({ route: '/print/attendance/x', landscape: false });
  });

  const untrusted: [string, InvokeEventLike][] = [
    ['an iframe', event({ parent: {} })],
    ['another origin', event({ url: 'https://evil.example/' })],
    ['a file:// page', event({ url: 'file:///tmp/x.html' })],
    ['a foreign web contents', event({ id: 99 })],
    ['a vanished frame', event({ frame: null })],
  ];
  it.each(untrusted)('refuses %s without calling the handler', async (_name, ev) => {
    const handler = vi.fn(async () => saved);
    const warn = vi.fn();
    const guarded = guardHandler('backup.saveFile', handler, OWN, warn);
    await expect(guarded(ev, { suggestedName: 'b.age', bytes })).rejects.toBeInstanceOf(BridgeRefusal);
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('refuses a sender whose frame getter throws (frame disposed)', async () => {
    const ev = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
      sender: { id: 1 },
    };
    await expect(
      guardHandler(
        'app.info',
        async () => ({ version: '1', platform: 'linux', desktop: true }),
        OWN,
        () => undefined,
      )(ev, {}),
    ).rejects.toThrow('untrusted sender');
  });

  const invalid: [Channel, unknown][] = [
    ['backup.saveFile', { suggestedName: '../../etc/passwd', bytes }],
    ['backup.saveFile', { suggestedName: '..', bytes }],
    ['backup.saveFile', { suggestedName: 'line\nbreak.age', bytes }],
    ['backup.saveFile', { suggestedName: 'C:\\Windows\\x.age', bytes }],
    ['backup.saveFile', { suggestedName: 'b.age', bytes: [1, 2, 3] }],
    ['backup.saveFile', { suggestedName: 'b.age', bytes: 'AQID' }],
    ['backup.saveFile', undefined],
    ['file.open', { filter: 'exe' }],
    ['file.save', { suggestedName: 'x.csv', bytes, filter: 'html' }],
    ['print.print', { route: 'https://evil.example/' }],
    ['print.print', { route: '/settings' }],
    ['print.toPdf', { route: '/print/x', suggestedName: '' }],
    ['app.setLanguage', { language: 'de' }],
    ['app.setLanguage', { language: 'hu', sections: ['mentors', 'admin'] }],
  ];
  it.each(invalid)('refuses an invalid %s request: %j', async (channel, raw) => {
    const handler = vi.fn();
    const guarded = guardHandler(channel, handler, OWN, () => undefined);
    await expect(guarded(event(), raw)).rejects.toThrow('invalid request');
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses to pass on a response outside the contract', async () => {
    const guarded = guardHandler(
      'file.open',
      async () => ({ status: 'opened', name: 'x', bytes: 'not bytes' }) as never,
      OWN,
      () => undefined,
    );
    await expect(guarded(event(), { filter: 'backup' })).rejects.toThrow('invalid response');
  });
});

describe('registerHandlers', () => {
  it('registers every channel of the contract exactly once, each guarded', async () => {
    const registered = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipc = {
      handle: (name: string, fn: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) =>
        void registered.set(name, fn),
    };
    const handlers = Object.fromEntries(
      CHANNEL_NAMES.map((c) => [c, vi.fn(async () => ({ ok: true }))]),
    ) as unknown as Handlers;
    registerHandlers(ipc, handlers, OWN, () => undefined);
    expect([...registered.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    await expect(registered.get('app.setLanguage')!(event({ id: 5 }), { language: 'hu' })).rejects.toThrow(
      'untrusted sender',
    );
    await expect(registered.get('app.setLanguage')!(event(), { language: 'hu' })).resolves.toEqual({ ok: true });
  });
});
