/** What the prefetch listens to: the coordinator typing, clicking, scrolling or touching. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export type PrefetchOptions = {
  /** How long the coordinator must have left the app alone before the next page's code is fetched. */
  quietMs?: number;
  /** The window to listen on and schedule in (a test passes its own). */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'> &
    Partial<Pick<Window, 'requestIdleCallback'>>;
};

/**
 * Fetch the code of every page in the background, one page at a time, while the coordinator
 * leaves the app alone: after `quietMs` without a key, click or scroll, the pages' code is
 * fetched one page after another, each when the browser is idle; any input pauses it and starts
 * the wait again. A page's first opening then
 * costs only its data, not also a few dozen code chunks fetched on the spot (about 300 ms for a
 * mentor's page, issue 24). A page whose code fails to load is skipped: it loads again, with its
 * error shown, when it is opened. Returns a function that stops the prefetch.
 */
export const prefetchPages = (
  loaders: readonly (() => Promise<unknown>)[],
  { quietMs = 2000, target = window }: PrefetchOptions = {},
): (() => void) => {
  const queue = [...new Set(loaders)];
  let stopped = false;
  let loading = false;
  let timer: number | undefined;
  // Each wait has a number: an idle callback from a wait that input has since restarted does nothing.
  let waits = 0;

  const stop = () => {
    stopped = true;
    if (timer !== undefined) target.clearTimeout(timer);
    for (const type of INPUT_EVENTS) target.removeEventListener(type, onInput, { capture: true });
  };
  const next = async (waitNumber: number) => {
    if (stopped || loading || waitNumber !== waits) return;
    const load = queue.shift();
    if (!load) return stop();
    loading = true;
    try {
      await load();
    } catch {
      // Opened later, the page tries again and shows what went wrong.
    }
    loading = false;
    // Without input during the load, the next page follows at the next idle moment; after input,
    // the wait that input started is still running.
    if (timer === undefined) wait(0);
  };
  function wait(delayMs = quietMs) {
    if (stopped) return;
    const waitNumber = ++waits;
    if (timer !== undefined) target.clearTimeout(timer);
    timer = target.setTimeout(() => {
      timer = undefined;
      if (target.requestIdleCallback) target.requestIdleCallback(() => void next(waitNumber), { timeout: quietMs });
      else void next(waitNumber);
    }, delayMs);
  }
  const onInput = () => wait();

  for (const type of INPUT_EVENTS) target.addEventListener(type, onInput, { passive: true, capture: true });
  wait();
  return stop;
};
