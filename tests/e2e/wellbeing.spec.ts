import { expect, test } from './fixtures';
import { checkA11yAtRest } from './axe';
import { PrintPages } from './pages/PrintPages';
import { tr } from './pages/i18n';
import { WELLBEING_QUESTIONNAIRE_V1 } from '../../shared/care/wellbeingQuestionnaire';
import { pseudonymousRef } from '../../shared/privacy/subjectAccess';
import { MENTOR, NAMES, wellbeingSeed } from './wellbeingSeed';

/*
 * A mentor's wellbeing in Finnish (issue 25): on Aino's page the "Load and wellbeing" panel says
 * a check-in is due; the coordinator records one from a paper form with the keyboard alone, sees
 * its score and the fall from August, deletes it and undoes that, and prints the form for the
 * next time: her code on it, her name nowhere.
 */

test.use({ language: 'fi' });

const care = (key: string, values?: Record<string, string | number>) => tr('fi', 'care', key, values);
const CODE = pseudonymousRef('mentor', MENTOR);
const items = WELLBEING_QUESTIONNAIRE_V1.items;

test('a coordinator records a mentor’s wellbeing check-in by keyboard, deletes and restores it, and prints the form', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2026-11-22T09:00:00') });
  const print = new PrintPages(page);
  await print.recordPrints();
  await print.openApp();
  await print.seed(wellbeingSeed());

  await page.goto(`/#/mentors/${MENTOR}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Aino Korhonen' })).toBeVisible();
  const panel = page.getByRole('region', { name: care('panel.title') });
  await expect(panel).toBeVisible();
  // Three months after August's check-in: due now, by two weeks from the 10th.
  await expect(panel.getByTestId('wellbeing-due')).toHaveText(care('due.due', { date: '24.11.2026' }));
  await expect(panel.getByTestId('wellbeing-code')).toHaveText(care('panel.code', { code: CODE }));
  await expect(panel.getByTestId('wellbeing-table').getByRole('row')).toHaveCount(2);
  await checkA11yAtRest(page);

  // Record one from the paper form, by keyboard alone.
  const record = panel.getByRole('button', { name: care('actions.record') });
  await record.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: care('form.title') });
  await expect(dialog).toBeVisible();
  const date = dialog.getByRole('textbox', { name: care('form.date') });
  await expect(date).toBeFocused();
  await expect(date).toHaveValue('22.11.2026');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: care('source.call') })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: care('source.paper') })).toBeChecked();
  // Each statement: Tab into its group ("no answer" is chosen), then → moves along 1–5.
  const answers = [3, 2, 4, 3, 3, 3];
  for (const [i, value] of answers.entries()) {
    const item = items[i]!;
    await page.keyboard.press('Tab');
    const group = dialog.getByRole('radiogroup', {
      name: care('form.numbered', { n: i + 1, statement: item.text.fi }),
    });
    await expect(
      group.getByRole('radio', { name: care('form.noAnswerLabel', { statement: item.text.fi }) }),
    ).toBeFocused();
    for (let step = 0; step < value; step++) await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { checked: true })).toHaveAccessibleName(new RegExp(`: ${value} \\(`));
  }
  // (3 + 2 + 4 + (6 − 3) + (6 − 3) + 3) / 6 = 3: a point below August's 4.
  await expect(dialog.getByTestId('wellbeing-live-score')).toHaveText(care('form.score', { score: '3' }));
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: care('form.note') })).toBeFocused();
  await page.keyboard.type('Väsynyt syksyn jälkeen');
  await checkA11yAtRest(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: care('form.save') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // The panel: the new check-in first, its score and the fall; the reason in words; the next one in February.
  const rows = panel.getByTestId('wellbeing-table').getByRole('row');
  await expect(rows).toHaveCount(3);
  const falling = care('load.trend.down', { change: '−1' });
  await expect(rows.nth(1)).toContainText('22.11.2026');
  await expect(rows.nth(1)).toContainText(care('form.score', { score: '3' }));
  await expect(rows.nth(1)).toContainText(falling);
  await expect(rows.nth(1)).toContainText(care('source.paper'));
  await expect(rows.nth(1)).toContainText('Väsynyt syksyn jälkeen');
  await expect(panel.getByTestId('care-load')).toContainText(
    `${care('load.wellbeingValue', { score: '3', date: '22.11.2026' })}, ${falling}`,
  );
  await expect(panel.getByTestId('care-reasons')).toContainText(
    care('reasonText.wellbeingDropped', { from: '4', to: '3', date: '22.11.2026' }),
  );
  await expect(panel.getByTestId('wellbeing-due')).toHaveText(care('due.upcoming', { date: '22.02.2027' }));
  await checkA11yAtRest(page);

  // Delete it, then Undo.
  await panel.getByRole('button', { name: care('actions.deleteNamed', { date: '22.11.2026' }) }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByText(care('notify.deleted'))).toBeVisible();
  // The fall went with it; what remains is that she has had no supervision.
  await expect(panel.getByTestId('care-reasons')).not.toContainText(
    care('reasonText.wellbeingDropped', { from: '4', to: '3', date: '22.11.2026' }),
  );
  await expect(panel.getByTestId('care-reasons')).toContainText(
    care('reasonText.supervisionNever_other', { count: 4 }),
  );
  await page.getByRole('button', { name: tr('fi', 'common', 'actions.undo') }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(care('form.score', { score: '3' }));

  // Print the form for the next check-in: in Finnish, today's date, the code and no name.
  await panel.getByRole('button', { name: care('actions.print') }).click();
  const printDialog = page.getByRole('dialog', { name: care('paper.dialogTitle') });
  await expect(printDialog.getByRole('combobox', { name: tr('fi', 'print', 'dialog.language') })).toHaveValue('Suomi');
  await expect(printDialog.getByRole('textbox', { name: care('paper.dateOnForm') })).toHaveValue('22.11.2026');
  await checkA11yAtRest(page);
  await printDialog.getByRole('button', { name: tr('fi', 'print', 'dialog.print'), exact: true }).click();

  const prints = await print.printedAndBackTo(new RegExp(`#/mentors/${MENTOR}$`));
  expect(prints).toHaveLength(1);
  expect(prints[0]!.hash).toBe(`#/print/wellbeing-form/${MENTOR}?date=2026-11-22&lang=fi`);
  expect(prints[0]!.ready).toBe(true);
  for (const expected of [CODE, '22.11.2026', WELLBEING_QUESTIONNAIRE_V1.title.fi, items[3]!.text.fi])
    expect(prints[0]!.text).toContain(expected);
  for (const name of NAMES) expect(prints[0]!.text).not.toContain(name);
  await expect(page.getByRole('region', { name: care('panel.title') })).toBeVisible();
});
