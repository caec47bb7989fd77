import type { Page } from '@playwright/test';

type Seen = { __tandemSeen?: Record<string, boolean> };

/**
 * Starts watching the page for a text (e.g. "Mentor not found" while the app leaves a deleted
 * record's page) and returns a check of whether it was ever on the page since. A MutationObserver
 * sees every DOM change, so a message that flashes for one frame is caught, unlike a locator.
 */
export const watchForText = async (page: Page, text: string): Promise<() => Promise<boolean>> => {
  await page.evaluate((t) => {
    const w = window as Seen;
    w.__tandemSeen = { ...w.__tandemSeen, [t]: document.body.textContent?.includes(t) ?? false };
    new MutationObserver(() => {
      if (document.body.textContent?.includes(t)) w.__tandemSeen = { ...w.__tandemSeen, [t]: true };
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, text);
  return () => page.evaluate((t) => (window as Seen).__tandemSeen?.[t] ?? false, text);
};
