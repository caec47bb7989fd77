import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';

test('the app opens with a navigation sidebar', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mentors' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe('in Hungarian', () => {
  test.use({ language: 'hu' });
  test('the sidebar speaks Hungarian', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Mentorok' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: /Language/ })).toHaveValue('Magyar');
  });
});
