import { expect, test } from './fixtures';
import { checkA11yAtRest } from './axe';
import { OverviewPage } from './pages/OverviewPage';
import { readTable } from './pages/TrainingPages';
import { tr, typedDate } from './pages/i18n';

/*
 * The sessions in a calendar, in Hungarian, on the sample office: the month's sessions on their
 * days with Hungarian month and day names (week from Monday), coloured by kind with the kind in
 * each entry's name; a session opens by click and by keyboard; the week view's time slot and a
 * day's link start a new session there. axe on both views.
 */

test.use({ language: 'hu' });

type SampleSession = { id: string; title: string; kind: string; date: string; startTime: string; deletedAt: unknown };

const t = (key: string, values: Record<string, string | number> = {}) => tr('hu', 'sessions', key, values);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the month and week calendar in Hungarian: sessions on their days, open one, new session from a slot', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A fixed Monday, so the sample's dates are known.
  const overview = new OverviewPage(page, 'hu');
  await overview.loadSampleOn('2026-03-02T09:00:00');

  const march = ((await readTable(page, 'sessions')) as SampleSession[]).filter(
    (s) => s.deletedAt === null && s.date >= '2026-03-01' && s.date <= '2026-03-31',
  );
  expect(march.length).toBeGreaterThan(3);

  // From the sessions list to the calendar (month view).
  await page.goto('/#/sessions');
  await page.getByRole('link', { name: t('calendar.title') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('calendar.title') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '2026. március' })).toBeVisible();
  // Hungarian day names, the week starting on Monday.
  const headers = page.locator('.fc-col-header-cell');
  await expect(headers.first()).toHaveText('hétfő');
  await expect(headers.last()).toHaveText('vasárnap');
  // The legend names every kind.
  const legend = page.getByRole('list', { name: t('calendar.legend') });
  for (const kind of ['training', 'supervision', 'group', 'event'])
    await expect(legend.getByText(t(`kinds.${kind}`))).toBeVisible();

  // Every session of the month on its own day, its kind in its name.
  for (const s of march) {
    const day = page.locator(`td.fc-daygrid-day[data-date="${s.date}"]`);
    const entry = day.getByRole('link', { name: new RegExp(`${escape(s.title)}.*${escape(t(`kinds.${s.kind}`))}`) });
    await expect(entry.first(), `${s.title} on ${s.date}`).toBeVisible();
  }
  // And nothing of the month elsewhere: as many entries in March's cells as sessions in March.
  await expect(page.locator('td.fc-daygrid-day:not(.fc-day-other) a.fc-event')).toHaveCount(march.length);
  await checkA11yAtRest(page);

  // A session opens by keyboard (Tab order reaches it; Enter opens it).
  const first = march[0] as SampleSession;
  const firstEntry = page
    .locator(`td.fc-daygrid-day[data-date="${first.date}"]`)
    .getByRole('link', { name: new RegExp(escape(first.title)) })
    .first();
  await firstEntry.focus();
  await expect(firstEntry).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/sessions/${first.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();

  // Back to the same month; another session opens by click.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: '2026. március' })).toBeVisible();
  const last = march.at(-1) as SampleSession;
  await page
    .locator(`td.fc-daygrid-day[data-date="${last.date}"]`)
    .getByRole('link', { name: new RegExp(escape(last.title)) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: last.title })).toBeVisible();
  await page.goBack();

  // A day's link (reachable by Tab, named with the whole Hungarian date) starts a new session that day.
  const dayLink = page.getByRole('link', { name: /^Új alkalom: 2026\. március 12\., csütörtök$/ });
  await dayLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t('newTitle') })).toBeVisible();
  await expect(page.getByRole('textbox', { name: t('fields.date'), exact: true })).toHaveValue(
    typedDate('hu', '2026-03-12'),
  );
  await page.goBack();

  // The week view: Hungarian day headers from Monday, 24-hour slot labels.
  // (By keyboard: the view switch is a radio group.)
  await page.getByRole('radio', { name: t('agenda.month') }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: t('agenda.week') })).toBeChecked();
  await expect(
    page.getByRole('heading', { level: 2, name: /március 2\., hétfő – március 8\., vasárnap/ }),
  ).toBeVisible();
  await expect(page.locator('.fc-timegrid-slot-label[data-time="17:00:00"]')).toHaveText('17:00');
  const week = march.filter((s) => s.date <= '2026-03-08');
  for (const s of week)
    await expect(
      page
        .locator(`td.fc-timegrid-col[data-date="${s.date}"]`)
        .getByRole('link', { name: new RegExp(`${escape(s.title)}.*${escape(t(`kinds.${s.kind}`))}`) })
        .first(),
    ).toBeVisible();
  await checkA11yAtRest(page);

  // A click on Wednesday 07:00 starts a new session then.
  const column = await page.locator('td.fc-timegrid-col[data-date="2026-03-04"]').boundingBox();
  const slot = await page.locator('td.fc-timegrid-slot-lane[data-time="07:00:00"]').boundingBox();
  if (!column || !slot) throw new Error('week view not laid out');
  await page.mouse.click(column.x + column.width / 2, slot.y + slot.height / 2);
  await expect(page.getByRole('heading', { level: 1, name: t('newTitle') })).toBeVisible();
  await expect(page.getByRole('textbox', { name: t('fields.date'), exact: true })).toHaveValue(
    typedDate('hu', '2026-03-04'),
  );
  await expect(page.getByRole('textbox', { name: t('fields.startTime'), exact: true })).toHaveValue('07:00');
  await expect(page.getByRole('textbox', { name: t('fields.endTime'), exact: true })).toHaveValue('08:30');
});

test.describe('in Serbian', () => {
  test.use({ language: 'sr-Cyrl' });

  test('Cyrillic month and day names, the week from Monday, 24-hour times', async ({ page }) => {
    await page.goto('/#/sessions/calendar?view=month&date=2026-03-02');
    await expect(
      page.getByRole('heading', { level: 1, name: tr('sr-Cyrl', 'sessions', 'calendar.title') }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^март 2026/ })).toBeVisible();
    await expect(page.locator('.fc-col-header-cell').first()).toHaveText('понедељак');
    await expect(page.getByRole('link', { name: /^Нови сусрет: понедељак, 2\. март 2026/ })).toBeVisible();
    await checkA11yAtRest(page);
    await page.goto('/#/sessions/calendar?view=week&date=2026-03-02');
    await expect(page.locator('.fc-timegrid-slot-label[data-time="18:00:00"]')).toHaveText('18:00');
    await checkA11yAtRest(page);
  });
});
