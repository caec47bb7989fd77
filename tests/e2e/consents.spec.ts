import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { ConsentSectionPage, MissingConsentsPage, shownDate } from './pages/ConsentPages';
import { MentorFormPage } from './pages/MentorFormPage';
import { OverviewPage } from './pages/OverviewPage';

test.describe('in Hungarian', () => {
  test.use({ language: 'hu' });

  test('a consent to processing given, withdrawn and given again: every entry stays, the flag and the list follow', async ({
    page,
  }) => {
    const form = new MentorFormPage(page, 'hu');
    await form.gotoNew();
    await form.fill({ givenName: 'Erzsébet', familyName: 'Lakatos' });
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: 'Lakatos Erzsébet' })).toBeVisible();

    // A new mentor has no consent yet: flagged.
    const consents = new ConsentSectionPage(page, 'hu');
    await expect(consents.flag).toContainText(consents.t('flag.title'));
    await expect(consents.flag).toContainText(consents.t('flag.none'));
    await expect(consents.section.getByText(consents.t('empty'))).toBeVisible();

    await consents.give('processing', {
      date: '2025-03-01',
      method: 'written',
      notes: 'Aláírt nyilatkozat a dossziéban.',
    });
    await expect(consents.flag).toHaveCount(0);
    await expect(consents.purpose('processing').getByTestId('consent-state')).toHaveText(
      consents.t('state.given', { date: shownDate('hu', '2025-03-01') }),
    );

    // A withdrawal dated before the consent is refused, with the reason at the date.
    await page
      .getByRole('button', { name: consents.t('withdrawFor', { purpose: consents.t('purpose.processing') }) })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: new RegExp(`^${consents.t('fields.withdrawnOn')}`) })
      .fill('2025. 02. 01.');
    await dialog.getByRole('button', { name: 'Mentés' }).click();
    await expect(dialog.getByText(consents.t('errors.withdrawBeforeGiven'))).toBeVisible();
    await dialog.getByRole('button', { name: 'Mégse' }).click();

    await consents.withdraw('processing', { date: '2026-02-10', method: 'verbal' });
    await expect(consents.flag).toContainText(consents.t('flag.withdrawn', { date: shownDate('hu', '2026-02-10') }));
    await expect(consents.purpose('processing').getByTestId('consent-state')).toHaveText(
      consents.t('state.withdrawn', { date: shownDate('hu', '2026-02-10') }),
    );
    // The history keeps the consent beside its withdrawal, newest first.
    const rows = consents.history('processing').getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText(consents.t('kind.withdrawn'));
    await expect(rows.nth(1)).toContainText(shownDate('hu', '2026-02-10'));
    await expect(rows.nth(1)).toContainText(consents.t('method.verbal'));
    await expect(rows.nth(2)).toContainText(consents.t('kind.given'));
    await expect(rows.nth(2)).toContainText('Aláírt nyilatkozat a dossziéban.');
    await expectNoSeriousA11yViolations(page);

    // Privacy: the card counts her, the list names her with the date of the withdrawal.
    await page.goto('/#/privacy');
    await expect(page.getByTestId('privacy-consents-count')).toHaveText(consents.t('card.count_one', { count: 1 }));
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: consents.t('card.open') }).click();
    const list = new MissingConsentsPage(page, 'hu');
    await expect(list.heading).toBeVisible();
    await expect(page.getByTestId('missing-consents-count')).toHaveText(list.t('list.count_one', { count: 1 }));
    await expect(list.row('Lakatos Erzsébet')).toContainText(list.t('list.mentor'));
    await expect(list.row('Lakatos Erzsébet')).toContainText(
      list.t('list.withdrawn', { date: shownDate('hu', '2026-02-10') }),
    );
    await expectNoSeriousA11yViolations(page);

    // Given again from her page: a third entry, and she leaves the list.
    await list.row('Lakatos Erzsébet').getByRole('link').click();
    await consents.giveAgain('processing', { date: '2026-04-01', method: 'electronic' });
    await expect(consents.flag).toHaveCount(0);
    await expect(consents.history('processing').getByRole('row')).toHaveCount(4);
    await list.goto();
    await expect(page.getByTestId('missing-consents-count')).toHaveText(list.t('list.empty'));
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('in Finnish', () => {
  test.use({ language: 'fi' });

  test('with the sample data the list shows who withdrew first, and each person’s page shows why', async ({ page }) => {
    const overview = new OverviewPage(page, 'fi');
    await overview.goto();
    await overview.loadSampleButton.click();
    await expect(overview.loadSampleButton).toHaveCount(0);

    const list = new MissingConsentsPage(page, 'fi');
    await list.goto();
    await expect(list.table).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const first = list.table.getByRole('row').nth(1);
    await expect(first).toContainText(/Peruttu \d/);
    // Mentees appear by code, never by name.
    await expect(list.table.getByRole('link', { name: /^[A-Z]{2}-\d{3}$/ })).toHaveCount(1);

    await first.getByRole('link').click();
    const consents = new ConsentSectionPage(page, 'fi');
    await expect(consents.flag).toContainText(consents.t('flag.title'));
    await expect(consents.history('processing').getByRole('row')).toHaveCount(3);

    // Another purpose: given and withdrawn, its own history beside processing.
    await consents.give('phoneContact', { date: '2026-01-05', method: 'verbal' });
    await expect(consents.purpose('phoneContact').getByTestId('consent-state')).toHaveText(
      consents.t('state.given', { date: shownDate('fi', '2026-01-05') }),
    );
    await consents.withdraw('phoneContact', { date: '2026-02-01' });
    await expect(consents.purpose('phoneContact').getByTestId('consent-state')).toHaveText(
      consents.t('state.withdrawn', { date: shownDate('fi', '2026-02-01') }),
    );
    await expect(consents.history('phoneContact').getByRole('row')).toHaveCount(3);
    await expectNoSeriousA11yViolations(page);
  });
});
