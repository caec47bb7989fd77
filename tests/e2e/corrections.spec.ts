import type { Page } from '@playwright/test';
import type { Language } from '../../shared/domain/base';
import { expect, test } from './fixtures';
import { checkA11yAtRest } from './axe';
import { OverviewPage } from './pages/OverviewPage';
import { PairingPages } from './pages/PairingPages';
import { SettingsPage } from './pages/SettingsPage';
import { readTable } from './pages/TrainingPages';
import { tr, typedDate } from './pages/i18n';
import { typeNumber } from './typeNumber';

/*
 * Everything a coordinator types can be corrected, and every deletion taken back, on the sample
 * office: a logged contact's duration (seen again on the pairing and in the mentor's volunteer
 * hours), a proposal made by mistake, a goal, a follow-up action, a screening step, attendance
 * hours, and a new programme's curriculum. Every new dialog is checked with axe.
 */

type Row = Record<string, unknown>;

/** A fixed day, so the sample's dates and "this year" are known. */
const loadSample = (page: Page, lng: Language) => new OverviewPage(page, lng).loadSampleOn('2026-03-02T09:00:00');

const live = (r: Row) => r.deletedAt === null;

/** The hours of contact with mentees on a mentor's volunteer hours statement for 2026, as printed. */
const contactHours = async (page: Page, mentorId: string): Promise<number> => {
  await page.goto(`/#/print/volunteer-hours/${mentorId}?year=2026&lang=en`);
  const cell = page.locator('[data-print-ready="true"] tr[data-category="contact"] td').last();
  await expect(cell).toBeVisible();
  return Number((await cell.textContent())?.replace(/[^\d.]/g, ''));
};

test("a contact's duration is corrected key by key and shows on the pairing and in the hours; deletions are taken back", async ({
  page,
}) => {
  // Sample data, two pages of the pairing, a printable statement twice and four axe runs.
  test.setTimeout(180_000);
  await loadSample(page, 'en');
  const pairings = new PairingPages(page, 'en');
  const t = (key: string, values?: Record<string, string | number>) => pairings.t(key, values);
  const stored = await readTable(page, 'pairings');
  const active = stored.find((p) => live(p) && p.status === 'active')!;
  const mentorId = String(active.mentorId);
  const hoursBefore = await contactHours(page, mentorId);

  // Log a contact of 45 minutes.
  await page.goto(`/#/pairings/${String(active.id)}`);
  await expect(page.getByText(t('status.active')).first()).toBeVisible();
  // An active pairing stays for the record: it cannot be deleted.
  await expect(page.getByRole('button', { name: t('actions.deleteProposal') })).toHaveCount(0);
  const notes = 'Talked about the flat viewing';
  await pairings.logContact({ crisis: false, notes, minutes: '45' });
  const row = pairings.contactRows.filter({ hasText: notes });
  await expect(row).toContainText(t('contacts.minutes_other', { count: 45 }));

  // It was 75 minutes: correct it, typed key by key, in the same form and with the same rules.
  await row.getByRole('button', { name: new RegExp(`^${t('contacts.editNamed', { date: '' })}`) }).click();
  const dialog = page.getByRole('dialog', { name: t('contacts.editTitle') });
  const duration = dialog.getByRole('textbox', { name: t('contacts.duration') });
  await expect(duration).toHaveValue('45');
  await expect(dialog.getByRole('textbox', { name: t('contacts.notes') })).toHaveValue(notes);
  await checkA11yAtRest(page);
  // An emptied duration is refused with a message, and nothing changes.
  await typeNumber(duration, '');
  await dialog.getByRole('button', { name: t('contacts.save') }).click();
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  await checkA11yAtRest(page);
  await typeNumber(duration, '75');
  await expect(duration).toHaveValue('75');
  await dialog.getByRole('button', { name: t('contacts.save') }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(t('contacts.minutes_other', { count: 75 }));
  // The same contact, corrected: not a second one.
  await expect(row).toHaveCount(1);
  const logs = (await readTable(page, 'contactLogs')).filter((l) => l.notes === notes);
  expect(logs.map((l) => [l.durationMinutes, l.deletedAt])).toEqual([[75, null]]);

  // The mentor's volunteer hours count the corrected 75 minutes.
  expect(await contactHours(page, mentorId)).toBeCloseTo(hoursBefore + 1.25, 2);

  // Delete the contact, and take it back from the notification.
  await page.goto(`/#/pairings/${String(active.id)}`);
  await row.getByRole('button', { name: new RegExp(`^${t('contacts.deleteNamed', { date: '' })}`) }).click();
  await expect(row).toHaveCount(0);
  const deleted = page.getByRole('alert').filter({ hasText: t('notify.contactDeleted') });
  await expect(deleted).toBeVisible();
  await checkA11yAtRest(page);
  await deleted.getByRole('button', { name: tr('en', 'common', 'actions.undo') }).click();
  await expect(row).toContainText(t('contacts.minutes_other', { count: 75 }));
  await expect(page.getByText(tr('en', 'common', 'undo.restored'))).toBeVisible();
  expect(await contactHours(page, mentorId)).toBeCloseTo(hoursBefore + 1.25, 2);

  // A pairing proposed by mistake can be deleted; its mentee waits again. Undo brings both back.
  const proposal = stored.find((p) => live(p) && p.status === 'proposed' && p.lastContactDate === '')!;
  const code = String((await readTable(page, 'mentees')).find((m) => m.id === proposal.menteeId)?.code);
  const menteeStatus = async () => (await readTable(page, 'mentees')).find((m) => m.id === proposal.menteeId)?.status;
  await page.goto(`/#/pairings/${String(proposal.id)}`);
  await page.getByRole('button', { name: t('actions.deleteProposal') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('list.title') })).toBeVisible();
  const gone = page.getByRole('alert').filter({ hasText: t('notify.proposalDeleted', { code }) });
  await expect(gone).toBeVisible();
  await expect(page.getByRole('list', { name: t('list.resultsLabel') }).getByText(code)).toHaveCount(0);
  await expect.poll(menteeStatus).toBe('waiting');
  await checkA11yAtRest(page);
  await gone.getByRole('button', { name: tr('en', 'common', 'actions.undo') }).click();
  await expect(page).toHaveURL(new RegExp(`#/pairings/${String(proposal.id)}$`));
  await expect(page.getByRole('button', { name: t('actions.deleteProposal') })).toBeVisible();
  await expect.poll(menteeStatus).toBe('paired');
});

test.describe('in Hungarian', () => {
  test.use({ language: 'hu' });

  test('egy cél, egy teendő és egy szűrési lépés javítása a saját ablakában', async ({ page }) => {
    test.setTimeout(180_000);
    await loadSample(page, 'hu');
    const common = (key: string) => tr('hu', 'common', key);

    // A goal's wording.
    const withGoal = (await readTable(page, 'pairings')).find(
      (p) => live(p) && p.status === 'active' && (p.goals as unknown[]).length > 0,
    )!;
    const goal = (withGoal.goals as { text: string }[])[0]!.text;
    const p = (key: string, values?: Record<string, string>) => tr('hu', 'pairings', key, values);
    await page.goto(`/#/pairings/${String(withGoal.id)}`);
    await page.getByRole('button', { name: p('goals.editNamed', { goal }) }).click();
    const goalDialog = page.getByRole('dialog', { name: p('goals.editTitle') });
    const goalText = goalDialog.getByRole('textbox', { name: p('goals.text') });
    await expect(goalText).toHaveValue(goal);
    await goalText.clear();
    await goalDialog.getByRole('button', { name: common('actions.save') }).click();
    await expect(goalDialog.getByText(common('validation.required'))).toBeVisible();
    await checkA11yAtRest(page);
    await goalText.pressSequentially('Saját lakás egy éven belül');
    await goalDialog.getByRole('button', { name: common('actions.save') }).click();
    await expect(goalDialog).toBeHidden();
    await expect(page.getByText('Saját lakás egy éven belül', { exact: true })).toBeVisible();
    await expect(page.getByText(goal, { exact: true })).toHaveCount(0);

    // A follow-up action of a session: who does it, and by when.
    const s = (key: string, values?: Record<string, string>) => tr('hu', 'sessions', key, values);
    const session = (await readTable(page, 'sessions')).find((x) => live(x) && (x.followUps as unknown[]).length > 0)!;
    const followUp = (session.followUps as { text: string }[])[0]!.text;
    await page.goto(`/#/sessions/${String(session.id)}`);
    await page.getByRole('button', { name: s('followUp.editNamed', { text: followUp }) }).click();
    const followUpDialog = page.getByRole('dialog', { name: s('followUp.editTitle') });
    await checkA11yAtRest(page);
    const owner = followUpDialog.getByRole('textbox', { name: s('followUp.owner') });
    await owner.clear();
    await owner.pressSequentially('Kovács Anna');
    const due = followUpDialog.getByRole('textbox', { name: s('followUp.dueDate') });
    await due.fill(typedDate('hu', '2026-03-20'));
    await due.press('Tab');
    await followUpDialog.getByRole('button', { name: common('actions.save') }).click();
    await expect(followUpDialog).toBeHidden();
    const checkbox = page.getByRole('checkbox', { name: followUp });
    await expect(checkbox).toHaveAccessibleDescription(
      `Kovács Anna · ${s('followUp.dueOn', { date: '2026. 03. 20.' })}`,
    );

    // A screening step: an expiry before the step was done is refused, then corrected.
    const m = (key: string, values?: Record<string, string>) => tr('hu', 'mentors', key, values);
    const mentor = (await readTable(page, 'mentors')).find((x) => live(x) && x.status === 'active')!;
    const item = m('screening.items.criminalRecord');
    await page.goto(`/#/mentors/${String(mentor.id)}`);
    await page.getByRole('button', { name: m('screening.editNamed', { item }) }).click();
    const stepDialog = page.getByRole('dialog', { name: m('screening.editTitle', { item }) });
    const doneOn = stepDialog.getByRole('textbox', { name: m('screening.dateOf', { item }) });
    const expires = stepDialog.getByRole('textbox', { name: m('screening.expiryOf', { item }) });
    await doneOn.fill(typedDate('hu', '2026-02-20'));
    await doneOn.press('Tab');
    await expires.fill(typedDate('hu', '2025-02-20'));
    await expires.press('Tab');
    await stepDialog.getByRole('button', { name: common('actions.save') }).click();
    await expect(stepDialog.getByText(common('validation.expiryAfterDate'))).toBeVisible();
    await checkA11yAtRest(page);
    await expires.fill(typedDate('hu', '2027-02-20'));
    await expires.press('Tab');
    await stepDialog.getByRole('button', { name: common('actions.save') }).click();
    await expect(stepDialog).toBeHidden();
    const screening = (await readTable(page, 'mentors')).find((x) => x.id === mentor.id)?.screening as Row;
    expect(screening.criminalRecord).toEqual({ date: '2026-02-20', expiresOn: '2027-02-20' });
    await expect(page.getByRole('row', { name: new RegExp(`^${item}`) })).toContainText('2027. 02. 20.');
  });
});

test('changing an attendance status keeps the hours typed; a new programme starts with a copied curriculum', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loadSample(page, 'en');
  const s = (key: string, values?: Record<string, string>) => tr('en', 'sessions', key, values);

  // An upcoming session with people expected and nothing recorded yet.
  const attendance = await readTable(page, 'attendance');
  const session = (await readTable(page, 'sessions')).find(
    (x) =>
      live(x) &&
      String(x.date) >= '2026-03-02' &&
      (x.expected as unknown[]).length >= 2 &&
      !attendance.some((a) => a.sessionId === x.id),
  )!;
  await page.goto(`/#/sessions/${String(session.id)}/attendance`);
  await page.getByRole('button', { name: s('attendance.markAllPresent') }).click();
  const statuses = page.getByRole('radiogroup', { name: new RegExp(`^${s('attendance.statusOf', { name: '' })}`) });
  const hours = page.getByRole('textbox', { name: new RegExp(`^${s('attendance.hoursOf', { name: '' })}`) });
  const sessionLength = await hours.nth(1).inputValue();
  expect(Number(sessionLength)).toBeGreaterThan(0);
  // One person left early: 1.25 hours, typed key by key. Excused, then present again: still 1.25.
  await typeNumber(hours.first(), '1.25');
  await statuses
    .first()
    .getByRole('radio', { name: s('statuses.excused') })
    .check();
  await expect(hours.first()).toHaveValue('1.25');
  await statuses
    .first()
    .getByRole('radio', { name: s('statuses.present') })
    .check();
  await expect(hours.first()).toHaveValue('1.25');
  // Hours nobody typed follow the status: absent gives none, present the session's length.
  await statuses
    .nth(1)
    .getByRole('radio', { name: s('statuses.absent') })
    .check();
  await expect(hours.nth(1)).toHaveValue('0');
  await statuses
    .nth(1)
    .getByRole('radio', { name: s('statuses.present') })
    .check();
  await expect(hours.nth(1)).toHaveValue(sessionLength);
  await page.getByRole('button', { name: s('attendance.save') }).click();
  await expect(page.getByRole('heading', { level: 1, name: String(session.title) })).toBeVisible();
  const rows = (await readTable(page, 'attendance')).filter((a) => a.sessionId === session.id && live(a));
  expect(rows.map((a) => a.hours).sort()).toContain(1.25);

  // Opened again, the recorded 1.25 stays through a change of status.
  await page.goto(`/#/sessions/${String(session.id)}/attendance`);
  await expect(hours.first()).toHaveValue('1.25');
  await statuses
    .first()
    .getByRole('radio', { name: s('statuses.absent') })
    .check();
  await expect(hours.first()).toHaveValue('1.25');

  // A new programme, its curriculum copied from Housing First in the same step.
  const settings = new SettingsPage(page, 'en');
  await settings.goto();
  const programmes = await readTable(page, 'programmes');
  const modules = await readTable(page, 'modules');
  const source = programmes.find((x) => modules.some((mod) => live(mod) && mod.programmeId === x.id))!;
  const sourceModules = modules
    .filter((mod) => live(mod) && mod.programmeId === source.id)
    .sort((a, b) => Number(a.order) - Number(b.order));
  await settings.addProgramme('Peer support in Pécs', 'PP', { copyFrom: new RegExp(`^${String(source.name)}`) }, () =>
    checkA11yAtRest(page),
  );
  const made = (await readTable(page, 'programmes')).find((x) => x.codePrefix === 'PP')!;
  const copied = (await readTable(page, 'modules'))
    .filter((mod) => mod.programmeId === made.id)
    .sort((a, b) => Number(a.order) - Number(b.order));
  expect(copied.map((mod) => [mod.name, mod.requiredHours, mod.mandatory])).toEqual(
    sourceModules.map((mod) => [mod.name, mod.requiredHours, mod.mandatory]),
  );
  // And one with the default curriculum.
  await settings.addProgramme('Peer support in Győr', 'PG', 'default');
  const madeDefault = (await readTable(page, 'programmes')).find((x) => x.codePrefix === 'PG')!;
  expect((await readTable(page, 'modules')).filter((mod) => mod.programmeId === madeDefault.id)).toHaveLength(7);
  await page.goto('/#/training/curriculum');
  await page.getByRole('combobox', { name: tr('en', 'training', 'curriculum.programme') }).click();
  await page.getByRole('option', { name: 'Peer support in Győr' }).click();
  const caption = tr('en', 'training', 'curriculum.tableCaption', { programme: 'Peer support in Győr' });
  await expect(page.getByRole('table', { name: caption }).locator('tbody tr')).toHaveCount(7);
});
