import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prefetchPages, type PrefetchOptions } from './prefetchPages';

/** A window stand-in: a real EventTarget and the (fake) timers; no requestIdleCallback unless given. */
const makeTarget = (idle?: (cb: () => void) => void) => {
  const events = new EventTarget();
  return Object.assign(events, {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
    ...(idle ? { requestIdleCallback: (cb: () => void) => (idle(cb), 0) } : {}),
  }) as unknown as NonNullable<PrefetchOptions['target']>;
};

const type = (target: NonNullable<PrefetchOptions['target']>) =>
  (target as unknown as EventTarget).dispatchEvent(new Event('keydown'));

describe('prefetching the pages’ code', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet moment, then loads the pages one after another, in order, each once', async () => {
    const log: string[] = [];
    const loader = (name: string) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      log.push(`end ${name}`);
    };
    const a = loader('a');
    const b = loader('b');
    const c = loader('c');
    prefetchPages([a, b, a, c], { quietMs: 1000, target: makeTarget() });

    await vi.advanceTimersByTimeAsync(999);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['start a']);
    // Each page waits for the one before it; without input, not for another quiet second.
    await vi.advanceTimersByTimeAsync(51);
    expect(log).toEqual(['start a', 'end a', 'start b']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('pauses at a key during a load and goes on after the next quiet moment', async () => {
    const first = vi.fn(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const second = vi.fn(async () => undefined);
    const target = makeTarget();
    prefetchPages([first, second], { quietMs: 1000, target });
    await vi.advanceTimersByTimeAsync(1050);
    expect(first).toHaveBeenCalledTimes(1);
    type(target);
    await vi.advanceTimersByTimeAsync(999);
    expect(second).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again at every key, click or scroll', async () => {
    const load = vi.fn(async () => undefined);
    const target = makeTarget();
    prefetchPages([load], { quietMs: 1000, target });
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(900);
      type(target);
    }
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads in the browser’s idle time, and not when a key came between the wait and the idle moment', async () => {
    const idle: (() => void)[] = [];
    const load = vi.fn(async () => undefined);
    const target = makeTarget((cb) => idle.push(cb));
    prefetchPages([load], { quietMs: 1000, target });
    await vi.advanceTimersByTimeAsync(1000);
    expect(idle).toHaveLength(1);
    type(target);
    idle.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    idle.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('goes on past a page whose code fails to load, and stops when asked', async () => {
    const broken = vi.fn(() => Promise.reject(new Error('chunk missing')));
    const second = vi.fn(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const third = vi.fn(async () => undefined);
    const stop = prefetchPages([broken, second, third], { quietMs: 100, target: makeTarget() });
    await vi.advanceTimersByTimeAsync(150);
    expect(broken).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(third).not.toHaveBeenCalled();
  });
});
