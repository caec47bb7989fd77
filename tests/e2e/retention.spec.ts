import type { Language } from '../../shared/domain/base';
import { expect, test } from './fixtures';
import { checkA11yAtRest } from './axe';
import { OverviewPage } from './pages/OverviewPage';
import { PrintPages } from './pages/PrintPages';
import { meta, mentorRow, programmeRow, settingsRow, uuid, type SeedRows } from './pages/seedRecords';
import { tr, typedDate } from './pages/i18n';

/*
 * The retention review, with the clock on the boundary day: a mentor who left exactly five
 * years ago (the default period) is due, one who left a day later is not yet, and so is a contact
 * added long ago with nothing since. The coordinator erases the contact, keeps the mentor's data
 * until a date with a reason, and the queue and the overview say nobody is due any more.
 */

const TODAY = '2026-03-10';
const DUE = uuid(3, 1);
const NOT_YET = uuid(3, 2);
const ACTIVE = uuid(3, 3);
const CONTACT = uuid(7, 1);

/** A mentor active since 2018 who left on `left` (still active when null). */
const mentor = (id: string, givenName: string, familyName: string, left: string | null) =>
  mentorRow(id, {
    givenName,
    familyName,
    status: left ? 'exited' : 'active',
    statusHistory: [
      { status: 'active', date: '2018-01-01', reason: '', override: null },
      ...(left ? [{ status: 'exited' as const, date: left, reason: 'Moved away', override: null }] : []),
    ],
    exitDate: left,
    exitReason: left ? 'Moved away' : '',
  });

const seed = (): SeedRows => ({
  settings: [settingsRow({ rules: { retentionYears: 5 } })],
  programmes: [programmeRow()],
  mentors: [
    mentor(DUE, 'Aino', 'Korhonen', '2021-03-10'),
    mentor(NOT_YET, 'Bence', 'Szabó', '2021-03-11'),
    mentor(ACTIVE, 'Csilla', 'Tóth', null),
  ],
  // Added long ago, in no session or shadowing since.
  contacts: [
    {
      ...meta(CONTACT),
      createdAt: '2015-06-01T10:00:00.000Z',
      givenName: 'Dóra',
      familyName: 'Kiss',
      organisation: 'Rendőrség',
      role: 'Áldozatvédelmi referens',
      phone: '',
      email: 'dora.kiss@example.org',
      notes: '',
      searchTokens: [],
    },
  ],
});

const NAMES: Record<'hu' | 'fi', { due: string; notYet: string; contact: string; keepUntil: string; reason: string }> =
  {
    hu: {
      due: 'Korhonen Aino',
      notYet: 'Szabó Bence',
      contact: 'Kiss Dóra',
      keepUntil: '2027-03-31',
      reason: 'Panasz kivizsgálása folyik.',
    },
    fi: {
      due: 'Aino Korhonen',
      notYet: 'Bence Szabó',
      contact: 'Dóra Kiss',
      keepUntil: '2027-03-31',
      reason: 'Valituksen käsittely on kesken.',
    },
  };

const formatted: Record<'hu' | 'fi', (iso: string) => string> = {
  hu: (iso) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1. $2. $3.'),
  fi: (iso) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${d}.${m}.${y}`),
};

for (const lng of ['hu', 'fi'] as const satisfies readonly Language[]) {
  test.describe(`in ${lng}`, () => {
    test.use({ language: lng });

    test('on the boundary day a mentor and an old contact are due; erasing one and keeping the other with a reason empties the queue', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const t = (key: string, values: Record<string, string | number> = {}) => tr(lng, 'retention', key, values);
      const names = NAMES[lng];
      await page.clock.install({ time: new Date(`${TODAY}T09:00:00`) });
      const print = new PrintPages(page);
      await print.openApp();
      await print.seed(seed());
      // Written past Dexie: a reload makes the app read it.
      await page.reload();

      // The overview counts one person due (the other left a day later: due tomorrow).
      const overview = new OverviewPage(page, lng);
      await overview.goto();
      const card = page.locator('[data-panel="retention-dashboard"]');
      await expect(card.getByRole('heading', { name: t('card.title') })).toBeVisible();
      await expect(card.getByTestId('retention-due-count')).toHaveText(t('card.count_other', { count: 2 }));
      await checkA11yAtRest(page);
      await card.getByRole('link', { name: t('card.open') }).click();

      // The review: who, since when, what is held, and the actions.
      await expect(page.getByRole('heading', { level: 1, name: t('title') })).toBeVisible();
      await expect(page.getByText(t('period_other', { count: 5 }))).toBeVisible();
      const due = page.getByTestId('retention-due-table');
      const row = due.getByRole('row').filter({ hasText: names.due });
      await expect(due.getByRole('row')).toHaveCount(3);
      await expect(row.getByRole('link', { name: names.due })).toBeVisible();
      await expect(row).toContainText(t('kind.mentor'));
      await expect(row).toContainText(t('basis.exited', { date: formatted[lng]('2021-03-10') }));
      await expect(row).toContainText(t('dueSince', { date: formatted[lng](TODAY) }));
      await expect(row).toContainText(t('held.profile'));
      await expect(row).toContainText(tr(lng, 'retention', 'held.statusChanges_other', { count: 2 }));
      await expect(row.getByRole('button', { name: t('actions.exportFirst') })).toBeVisible();
      await expect(due).not.toContainText(names.notYet);
      await expect(page.getByTestId('retention-kept-table')).toHaveCount(0);
      // The contact added long ago, with nothing since, comes first (ended longest ago).
      const contactRow = due.getByRole('row').nth(1);
      await expect(contactRow).toContainText(names.contact);
      await expect(contactRow).toContainText(t('kind.contact'));
      await expect(contactRow).toContainText(t('basis.added', { date: formatted[lng]('2015-06-01') }));
      await checkA11yAtRest(page);

      // Erase the contact from the queue (the erasure's own confirmation).
      await contactRow.getByRole('button', { name: tr(lng, 'privacy', 'erase.open') }).click();
      const erase = page.getByRole('dialog', { name: tr(lng, 'privacy', 'erase.title', { name: names.contact }) });
      await erase.getByRole('checkbox', { name: tr(lng, 'privacy', 'erase.understood') }).check();
      await erase.getByRole('button', { name: tr(lng, 'privacy', 'erase.confirm') }).click();
      await expect(erase).toBeHidden();
      await expect(due.getByRole('row')).toHaveCount(2);
      await expect(due).not.toContainText(names.contact);
      await expect(page.getByRole('heading', { level: 1, name: t('title') })).toBeVisible();

      // Keep until …: both fields are required, and the date must be after today.
      await row.getByRole('button', { name: t('actions.keepFor', { name: names.due }) }).click();
      const dialog = page.getByRole('dialog', { name: t('keep.title', { name: names.due }) });
      await expect(dialog).toBeVisible();
      await checkA11yAtRest(page);
      await dialog.getByRole('button', { name: t('keep.confirm') }).click();
      await expect(dialog.getByText(tr(lng, 'common', 'validation.required'))).toHaveCount(2);
      const until = dialog.getByRole('textbox', { name: t('keep.until') });
      await until.fill(typedDate(lng, TODAY));
      await dialog.getByRole('textbox', { name: t('keep.reason') }).fill(names.reason);
      await dialog.getByRole('button', { name: t('keep.confirm') }).click();
      await expect(dialog.getByText(t('validation.keepUntilFuture'))).toBeVisible();
      await checkA11yAtRest(page);
      await until.fill(typedDate(lng, names.keepUntil));
      // Leave the date field (its calendar closes) before confirming.
      await page.keyboard.press('Tab');
      await dialog.getByRole('button', { name: t('keep.confirm') }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByText(t('keep.done', { name: names.due, date: formatted[lng](names.keepUntil) })),
      ).toBeVisible();

      // Off the queue, listed as kept with the date and the reason.
      await expect(page.getByTestId('retention-none-due')).toHaveText(t('due.none'));
      const kept = page.getByTestId('retention-kept-table').getByRole('row').filter({ hasText: names.due });
      await expect(kept).toContainText(formatted[lng](names.keepUntil));
      await expect(kept).toContainText(names.reason);
      await expect(kept).toContainText(t('kept.decidedOn', { date: formatted[lng](TODAY) }));
      await checkA11yAtRest(page);

      // The overview and the Privacy page agree: nobody is due.
      await overview.goto();
      await expect(card.getByTestId('retention-due-count')).toHaveText(t('card.none'));
      await page.goto('/#/privacy');
      await expect(page.locator('[data-panel="retention-privacy"]').getByTestId('retention-due-count')).toHaveText(
        t('card.none'),
      );
    });
  });
}
