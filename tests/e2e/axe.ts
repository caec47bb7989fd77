import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails the test when axe finds any serious or critical accessibility violation on the page. */
export const expectNoSeriousA11yViolations = async (page: Page): Promise<void> => {
  // A notice ("Saved") fading in or out is half transparent, and axe would read its text as too
  // pale: wait until every notice on screen is fully shown (or gone). Returns the notices shown,
  // or null while one is fading.
  const noticesAtRest = () =>
    page.evaluate(() => {
      const notices = [...document.querySelectorAll('.mantine-Notification-root')];
      const shown = notices.every((n) => {
        // The fade may be on the notice or on a wrapper around it.
        let opacity = 1;
        for (let el: Element | null = n; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
        return opacity === 1;
      });
      return shown ? notices.map((n) => n.id).join(' ') : null;
    });
  let bad: string[] = [];
  await expect(async () => {
    let before: string | null = null;
    await expect.poll(async () => (before = await noticesAtRest())).not.toBeNull();
    const results = await new AxeBuilder({ page }).analyze();
    bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
    // axe takes seconds on a busy machine: a 'Saved' notice may start to fade out (or a new one
    // appear) while it runs, and be read half transparent. When axe found something and the
    // notices changed meanwhile, read the page again.
    if (bad.length > 0) expect(await noticesAtRest(), 'the notices changed while axe ran').toBe(before);
  }).toPass();
  expect(bad, `axe violations on ${page.url()}`).toEqual([]);
};

/**
 * axe on the page at rest: the pointer moved off whatever was last clicked (a hovered link is not
 * what a coordinator reads) and CSS transitions settled (axe reads colours mid-transition
 * otherwise). Polled from the test side: the page's own timers and animation frames may run on
 * a fake clock.
 */
export const checkA11yAtRest = async (page: Page): Promise<void> => {
  await page.mouse.move(1, 1);
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length))
    .toBe(0);
  await expectNoSeriousA11yViolations(page);
};
