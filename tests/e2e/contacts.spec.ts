import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { watchForText } from './neverShown';
import { tr } from './pages/i18n';

test.use({ language: 'fi' });

test('contacts: create, search, edit, delete with undo', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/contacts');
  await expect(page.getByRole('heading', { level: 1, name: 'Yhteystiedot' })).toBeVisible();
  await expect(page.getByText('Yhteyshenkilöitä ei ole vielä.', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A bad e-mail address is refused with a translated message, and nothing is saved.
  await page.getByRole('link', { name: 'Uusi yhteyshenkilö' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi yhteyshenkilö' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Etunimi' }).fill('Antti');
  await page.getByRole('textbox', { name: 'Sukunimi' }).fill('Koskinen');
  await page.getByRole('textbox', { name: 'Organisaatio' }).fill('Poliisilaitos');
  await page.getByRole('textbox', { name: 'Rooli' }).fill('rikosuhrityön yhdyshenkilö');
  await page.getByRole('textbox', { name: 'Sähköposti' }).fill('antti.koskinen');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Anna kelvollinen sähköpostiosoite', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('textbox', { name: 'Sähköposti' }).fill('antti.koskinen@poliisi.example');
  await page.getByRole('button', { name: 'Tallenna' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Antti Koskinen' })).toBeVisible();
  await expect(page.getByText('Poliisilaitos')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Edit.
  await page.getByRole('link', { name: 'Muokkaa' }).click();
  await page.getByRole('textbox', { name: 'Puhelin' }).fill('+358 40 123 4567');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('+358 40 123 4567')).toBeVisible();

  // Search by an accent-free prefix of the organisation.
  await page.getByRole('link', { name: 'Yhteyshenkilöt' }).click();
  const search = page.getByRole('textbox', { name: 'Haku' });
  await search.fill('poliisi');
  await expect(page.getByRole('link', { name: 'Antti Koskinen' })).toBeVisible();
  await search.fill('sosiaali');
  await expect(page.getByText('Yksikään yhteyshenkilö ei vastaa hakua.', { exact: false })).toBeVisible();

  // Delete, then undo from the notification.
  await search.fill('');
  await page.getByRole('link', { name: 'Antti Koskinen' }).click();
  const notFoundShown = await watchForText(page, tr('fi', 'contacts', 'notFoundTitle'));
  await page.getByRole('button', { name: 'Poista', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yhteystiedot' })).toBeVisible();
  expect(await notFoundShown()).toBe(false);
  await expect(page.getByRole('link', { name: 'Antti Koskinen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Kumoa' }).click();
  // Undo brings the coordinator back to the restored contact, as every undo of a page's record does.
  await expect(page.getByRole('heading', { level: 1, name: 'Antti Koskinen' })).toBeVisible();
  await page.getByRole('link', { name: 'Yhteyshenkilöt' }).click();
  await expect(page.getByRole('link', { name: 'Antti Koskinen' })).toBeVisible();
});
