import { expect, test } from './fixtures';
import { checkA11yAtRest } from './axe';
import { OverviewPage } from './pages/OverviewPage';
import { tr } from './pages/i18n';
import { PAIRING_QUESTIONNAIRE_V1 } from '../../shared/checkins/questionnaire';

test.use({ language: 'fi' });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a coordinator sees check-ins due, records a mentee’s answers from paper and sees the score', async ({ page }) => {
  test.setTimeout(120_000);
  const overview = new OverviewPage(page, 'fi');
  await overview.loadSampleOn('2026-11-22T09:00:00');

  // The overview lists check-ins due and the pairing whose mentee answered "not a good fit".
  const card = page.locator('[data-panel="checkins-dashboard"]');
  await expect(card.getByRole('heading', { name: tr('fi', 'checkins', 'dashboard.title') })).toBeVisible();
  const due = card.getByTestId('checkins-due').getByRole('link');
  await expect(due.first()).toBeVisible();
  const dueBefore = await due.count();
  await expect(card.getByTestId('checkins-attention')).toContainText(
    tr('fi', 'checkins', 'attention.notAGoodFit', { who: tr('fi', 'checkins', 'respondent.mentee'), date: '' }).slice(
      0,
      12,
    ),
  );
  await checkA11yAtRest(page);

  // Open the first pairing due and record the mentee's answers from a paper form, two left empty.
  await due.first().click();
  const panel = page.locator('[data-panel="checkins"]');
  await expect(panel.getByRole('heading', { name: tr('fi', 'checkins', 'panel.title') })).toBeVisible();
  await expect(panel.getByText(tr('fi', 'checkins', 'panel.none'))).toBeVisible();
  await panel.getByRole('button', { name: tr('fi', 'checkins', 'panel.recordMentee') }).click();
  const dialog = page.getByRole('dialog', { name: tr('fi', 'checkins', 'form.title') });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: tr('fi', 'checkins', 'source.paper') }).check();
  const answers = [5, 4, 4, 3, 4, 3];
  for (const [i, value] of answers.entries()) {
    const item = PAIRING_QUESTIONNAIRE_V1.items[i]!;
    await dialog.getByRole('radio', { name: new RegExp(`^${escape(item.text.fi)}: ${value} `) }).check();
  }
  await dialog.getByRole('radio', { name: 'Kyllä', exact: true }).check();
  // 23 / 6 = 3.83, partial (6 of 8)
  await expect(dialog.getByTestId('checkin-live-score')).toHaveText(
    tr('fi', 'checkins', 'score.partial', { score: '3,83', answered: 6, total: 8 }),
  );
  await checkA11yAtRest(page);
  await dialog.getByRole('button', { name: tr('fi', 'checkins', 'form.save') }).click();
  await expect(dialog).toBeHidden();

  const table = panel.getByTestId('checkin-table');
  await expect(table).toContainText(tr('fi', 'checkins', 'score.partial', { score: '3,83', answered: 6, total: 8 }));
  await expect(table).toContainText(tr('fi', 'checkins', 'source.paper'));
  await expect(panel.getByTestId('checkin-trend')).toContainText('3,83');
  // The trend chart: an image with a name, its mentee line drawn (the words above carry the numbers).
  const chart = panel.getByRole('img', { name: tr('fi', 'checkins', 'trend.chartLabel') });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-line')).toHaveCount(2);
  await expect(chart.locator('.recharts-line-dots circle')).toHaveCount(1);
  await expect(chart).toContainText('22.11.2026');
  // The next check-in is two months on.
  await expect(panel.getByTestId('checkin-next')).toContainText('22.01.2027');
  await checkA11yAtRest(page);

  // Back on the overview, that pairing is no longer due.
  await overview.goto();
  await expect(due).toHaveCount(dueBefore - 1);
});

test('closing a pairing early puts the mentee first on the waiting list, and suggestions leave the mentor out', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const overview = new OverviewPage(page, 'fi');
  await overview.loadSampleOn('2026-11-22T09:00:00');

  // The pairing whose mentee answered "not a good fit": close it early.
  const card = page.locator('[data-panel="checkins-dashboard"]');
  const link = card.getByTestId('checkins-attention').getByRole('link').first();
  const [code, mentorName] = ((await link.textContent()) ?? '').split(' · ');
  await link.click();
  await page.getByRole('button', { name: tr('fi', 'pairings', 'actions.close') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: tr('fi', 'pairings', 'close.early') }).check();
  await dialog.getByRole('button', { name: tr('fi', 'pairings', 'close.submit') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(tr('fi', 'waitingList', 'closedEarly', { code: code! }))).toBeVisible();
  await checkA11yAtRest(page);

  // The waiting list has them among the first, marked for rematching (the sample data has one
  // more early closure, waiting longer): every rematch row comes before every other row.
  await page.goto('/#/pairings/waiting');
  const rows = page.getByTestId('waiting-list').getByRole('row');
  const row = rows.filter({ hasText: code! });
  await expect(row).toContainText(tr('fi', 'waitingList', 'rematch'));
  const marked = await rows.evaluateAll(
    (trs, label) => trs.slice(1).map((r) => r.textContent?.includes(label) ?? false),
    tr('fi', 'waitingList', 'rematch'),
  );
  expect(marked.slice(0, 2)).toEqual([true, true]);
  expect(marked.slice(2)).not.toContain(true);
  await checkA11yAtRest(page);

  // Suggestions leave the previous mentor out and say why.
  await row.getByRole('link', { name: tr('fi', 'waitingList', 'findMentorFor', { code: code! }) }).click();
  await expect(page.getByTestId('left-out')).toContainText(mentorName!);
  await expect(page.getByRole('heading', { name: mentorName!, exact: true })).toHaveCount(0);
  await checkA11yAtRest(page);
});
