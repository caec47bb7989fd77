import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { PrintPages } from './pages/PrintPages';
import { menteeRow, programmeRow, uuid, type SeedRows } from './pages/seedRecords';
import { SettingsPage } from './pages/SettingsPage';
import { tr } from './pages/i18n';

/*
 * The audit log, in Hungarian and Finnish: showing a mentee's real name (on her page and in the
 * list) and saving the settings are recorded (the mentee by id, never by name); Settings → Audit
 * log shows them, filters them and says the chain is intact; an entry changed in the database
 * behind Tandem's back is reported on opening the page, and on the Privacy page's card.
 */

const MENTEE = uuid(5, 1);
const SECRET_NAME = 'Titokzatos';

const seed = (): SeedRows => ({
  programmes: [programmeRow()],
  mentees: [menteeRow(MENTEE, { givenName: 'Anna', familyName: SECRET_NAME, consentGiven: true })],
});

for (const lng of ['hu', 'fi'] as const) {
  test.describe(`audit log (${lng})`, () => {
    test.use({ language: lng });

    test('records a revealed name and a settings change, filters them, and reports a tampered entry', async ({
      page,
    }) => {
      const app = new PrintPages(page);
      await app.openApp();
      await app.seed(seed());

      // Showing the mentee's real name is a sensitive action.
      await page.goto(`/#/mentees/${MENTEE}`);
      await page.getByRole('button', { name: tr(lng, 'mentees', 'detail.showName') }).click();
      await expect(page.getByText(SECRET_NAME)).toBeVisible();
      // And showing the names of a list of mentees.
      await page.goto('/#/mentees');
      await page.getByRole('switch', { name: tr(lng, 'mentees', 'list.showNames') }).check();
      await expect(page.getByText(SECRET_NAME)).toBeVisible();

      // So is changing the settings.
      const settings = new SettingsPage(page, lng);
      await settings.goto();
      await settings.organisationName.fill('Vertaistuki ry');
      await settings.save();
      await expect(page.getByText(tr(lng, 'settings', 'saved'))).toBeVisible();

      // Settings → Audit log.
      const card = page.locator('[data-panel="audit-settings"]');
      await expect(card.getByTestId('audit-card-status')).toHaveText(
        tr(lng, 'audit', 'card.count_other', { count: 3 }),
      );
      await card.getByRole('link', { name: tr(lng, 'audit', 'card.open') }).click();
      await expect(page.getByRole('heading', { level: 1, name: tr(lng, 'audit', 'title') })).toBeVisible();
      await expect(page.getByTestId('audit-chain-ok')).toHaveText(tr(lng, 'audit', 'chain.ok_other', { count: 3 }));

      const table = page.getByTestId('audit-table');
      const subject = `${tr(lng, 'audit', 'subjectKind.mentee')} ${MENTEE.slice(0, 8)}`;
      const revealRows = table.getByRole('row').filter({ hasText: tr(lng, 'audit', 'action.revealName') });
      const revealRow = revealRows.filter({ has: page.getByRole('link', { name: subject }) });
      const settingsRow = table.getByRole('row').filter({ hasText: tr(lng, 'audit', 'action.settingsChange') });
      await expect(revealRows).toHaveCount(2);
      await expect(revealRow).toHaveCount(1);
      await expect(settingsRow).toHaveCount(1);
      await expect(revealRow).toContainText(tr(lng, 'audit', 'pc.this'));
      // The subject is the mentee's id, linked to her page; her name is nowhere in the log.
      await expect(revealRow.getByRole('link', { name: subject })).toHaveAttribute('href', `#/mentees/${MENTEE}`);
      await expect(table).not.toContainText(SECRET_NAME);
      await expectNoSeriousA11yViolations(page);

      // Filter by action, then by the subject ("Only this").
      await page.getByRole('combobox', { name: tr(lng, 'audit', 'filters.action') }).click();
      await page.getByRole('option', { name: tr(lng, 'audit', 'action.settingsChange') }).click();
      await expect(page.getByTestId('audit-count')).toHaveText(tr(lng, 'audit', 'list.count_one', { count: 1 }));
      await expect(revealRows).toHaveCount(0);
      await page.getByRole('button', { name: tr(lng, 'common', 'actions.clearFilters') }).click();
      await expect(page.getByTestId('audit-count')).toHaveText(tr(lng, 'audit', 'list.count_other', { count: 3 }));
      await revealRow.getByRole('button', { name: tr(lng, 'audit', 'subject.onlyLabel', { subject }) }).click();
      await expect(page.getByRole('textbox', { name: tr(lng, 'audit', 'filters.subject') })).toHaveValue(MENTEE);
      await expect(page.getByTestId('audit-count')).toHaveText(tr(lng, 'audit', 'list.count_one', { count: 1 }));
      await expect(settingsRow).toHaveCount(0);

      // Export what the log holds as JSON: the chain can be checked from the file, and the export
      // itself is recorded (the page checks the longer chain again at once).
      await page.getByRole('button', { name: tr(lng, 'common', 'actions.clearFilters') }).click();
      const pending = page.waitForEvent('download');
      await page.getByRole('button', { name: tr(lng, 'audit', 'export.json') }).click();
      const file = readFileSync(await (await pending).path(), 'utf8');
      const exported = JSON.parse(file) as { chain: { ok: boolean }; entries: { action: string }[] };
      expect(exported.chain.ok).toBe(true);
      expect(exported.entries.map((e) => e.action).sort()).toEqual(['revealName', 'revealName', 'settingsChange']);
      expect(file).not.toContain(SECRET_NAME);
      await expect(page.getByTestId('audit-chain-ok')).toHaveText(tr(lng, 'audit', 'chain.ok_other', { count: 4 }));
      await expect(table.getByRole('row').filter({ hasText: tr(lng, 'audit', 'action.exportAuditLog') })).toHaveCount(
        1,
      );

      // Someone edits the first entry in the database behind Tandem's back.
      await page.evaluate(async (menteeId) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('tandem');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const tx = db.transaction('auditLog', 'readwrite');
        const store = tx.objectStore('auditLog');
        const all = await new Promise<{ subjectId: string | null }[]>((resolve) => {
          const req = store.getAll();
          req.onsuccess = () => resolve(req.result as { subjectId: string | null }[]);
        });
        for (const entry of all)
          if (entry.subjectId === menteeId) store.put({ ...entry, subjectId: null, subjectKind: null });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      }, MENTEE);

      await page.goto('/#/privacy');
      await expect(page.locator('[data-panel="audit-privacy"]').getByTestId('audit-card-status')).toHaveText(
        tr(lng, 'audit', 'card.tampered'),
      );
      await page
        .locator('[data-panel="audit-privacy"]')
        .getByRole('link', { name: tr(lng, 'audit', 'card.open') })
        .click();
      const alert = page.getByTestId('audit-chain-failed');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(tr(lng, 'audit', 'chain.failedTitle'));
      await expect(alert).toContainText(
        tr(lng, 'audit', 'chain.problem.edited', { pc: tr(lng, 'audit', 'pc.this'), no: 1 }),
      );
      await expect(table.getByTestId('audit-row-suspect')).toHaveCount(1);
      await expect(revealRows.first()).not.toContainText(tr(lng, 'audit', 'list.suspect'));
      await expect(revealRows.last()).toContainText(tr(lng, 'audit', 'list.suspect'));
      await expectNoSeriousA11yViolations(page);
    });
  });
}
