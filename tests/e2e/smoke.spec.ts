import { expect, test } from '@playwright/test';

test('the app opens with a navigation sidebar', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mentors' })).toBeVisible();
});
