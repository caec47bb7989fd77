import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { Language } from '../../shared/domain/base';
import { expectNoSeriousA11yViolations } from './axe';
import { SettingsPage } from './pages/SettingsPage';
import { MentorFormPage } from './pages/MentorFormPage';
import { tr } from './pages/i18n';
import { CurriculumPage, TrainingOverviewPage, TrainingPanel, readTable } from './pages/TrainingPages';
import { TrainingSessionSteps } from './pages/TrainingSessionSteps';
import { backspaceThenType, typeNumber } from './typeNumber';

/** Texts per language that the flow types (names stay realistic in each language). */
const DATA = {
  en: {
    programme: 'Housing First peer support',
    theory: 'Street work basics',
    practice: 'Practice in the field',
    optional: 'Starting a group',
    anna: { givenName: 'Anna', familyName: 'Walker', shown: 'Anna Walker' },
    bela: { givenName: 'Ben', familyName: 'Hughes', shown: 'Ben Hughes' },
    professional: 'Grace Taylor',
    area: 'Street outreach',
    reason: 'Trained elsewhere last year; certificate on file.',
  },
  hu: {
    programme: 'Housing First sorstárs segítés',
    theory: 'Utcai munka alapjai',
    practice: 'Terepgyakorlat',
    optional: 'Csoport indítása',
    anna: { givenName: 'Anna', familyName: 'Kovács', shown: 'Kovács Anna' },
    bela: { givenName: 'Béla', familyName: 'Nagy', shown: 'Nagy Béla' },
    professional: 'Szabó Éva',
    area: 'Utcai szociális munka',
    reason: 'Tavaly máshol elvégezte a képzést, a tanúsítvány megvan.',
  },
} as const;

/** Creates a mentor through the mentors form (in training, in the programme) and returns their id. */
const createMentor = async (
  page: Page,
  lng: Language,
  who: { givenName: string; familyName: string; shown: string },
  programme: string,
) => {
  const form = new MentorFormPage(page, lng);
  await form.gotoNew();
  await form.fill({ givenName: who.givenName, familyName: who.familyName });
  await page.getByRole('combobox', { name: tr(lng, 'mentors', 'fields.status') }).click();
  await page.getByRole('option', { name: tr(lng, 'mentors', 'status.inTraining'), exact: true }).click();
  await page.getByRole('combobox', { name: tr(lng, 'mentors', 'fields.programmes') }).click({ force: true });
  await page.getByRole('option', { name: programme, exact: true }).click();
  await page.keyboard.press('Escape');
  await form.save();
  await expect(page.getByRole('heading', { level: 1, name: who.shown })).toBeVisible();
  const id = /#\/mentors\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`no mentor id in ${page.url()}`);
  return id;
};

/** Opens "Change status" on the mentor's page and picks "active"; returns the dialog. */
const startActivation = async (page: Page, lng: Language) => {
  await page.getByRole('button', { name: tr(lng, 'mentors', 'statusChange.open') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: tr(lng, 'mentors', 'statusChange.newStatus') }).click();
  await page.getByRole('option', { name: tr(lng, 'mentors', 'status.active'), exact: true }).click();
  return dialog;
};

const flow =
  (lng: 'en' | 'hu') =>
  async ({ page }: { page: Page }) => {
    // A long journey through five features' pages on a shared, busy machine.
    test.setTimeout(240_000);
    const d = DATA[lng];
    const t = (key: string, values?: Record<string, string | number>) => tr(lng, 'training', key, values);

    // A programme, through Settings.
    const oneAndHalf = lng === 'en' ? '1.5' : '1,5';
    const settings = new SettingsPage(page, lng);
    await settings.goto();
    await settings.addProgramme(d.programme, 'HF');

    // Define the curriculum: two mandatory modules and an optional one.
    const curriculum = new CurriculumPage(page, lng);
    await curriculum.goto();
    await expect(page.getByText(t('curriculum.emptyTitle', { programme: d.programme }))).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await curriculum.addModule({ name: d.theory, hours: 4 });
    // Typed key by key with the language's decimal separator (1.5 / 1,5): it was once saved as 5.
    await curriculum.addModule({ name: d.practice, hours: 1.5 });
    await curriculum.addModule({ name: d.optional, hours: 6, mandatory: false });
    await expect(curriculum.row(d.optional)).toContainText(t('module.mandatoryNo'));
    await expect(curriculum.row(d.theory)).toContainText(t('hoursValue', { hours: 4 }));
    await expect(curriculum.row(d.practice)).toContainText(t('hoursValue', { hours: oneAndHalf }));
    await expectNoSeriousA11yViolations(page);

    // Two mentors in training.
    const annaId = await createMentor(page, lng, d.anna, d.programme);
    const belaId = await createMentor(page, lng, d.bela, d.programme);

    // A training session on the theory module; Anna present, Béla absent.
    const sessions = new TrainingSessionSteps(page, lng);
    await sessions.runTrainingSession({
      title: d.theory,
      programme: d.programme,
      module: d.theory,
      date: '2026-10-05',
      start: '09:00',
      end: '13:00',
      present: [{ name: d.anna.shown, query: d.anna.familyName }],
      absent: [{ name: d.bela.shown, query: d.bela.familyName }],
    });

    // Anna's progress: theory complete, practice missing — not ready yet.
    await page.goto(`/#/mentors/${annaId}`);
    const panel = new TrainingPanel(page, lng);
    await expect(panel.moduleRow(d.theory)).toContainText('05');
    await expect(panel.readyState).toContainText(t('panel.notReadyTitle'));
    await expect(panel.readyState).toContainText(d.practice);

    // She shadows a professional for 1.5 hours toward the practice module: now ready.
    await panel.logShadowing({
      professional: d.professional,
      date: '2026-10-12',
      hours: 1.5,
      area: d.area,
      modules: [d.practice],
      notes: 'OK',
    });
    await expect(panel.root.getByRole('row').filter({ hasText: d.professional })).toContainText(d.area);
    await expect(panel.readyState).toContainText(t('panel.readyTitle'));
    await expect(panel.readyState).not.toContainText(t('panel.notReadyTitle'));
    await expect(panel.moduleRow(d.practice)).toContainText('12');
    await expect(panel.root.getByText(t('panel.shadowingTotal', { hours: oneAndHalf }))).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The overview: Anna ready, Béla missing both mandatory modules; CSV in the locale's format.
    const overview = new TrainingOverviewPage(page, lng);
    await overview.goto();
    await expect(overview.mentorRow(d.anna.shown)).toContainText(t('overview.ready'));
    await expect(overview.mentorRow(d.bela.shown)).toContainText(t('overview.missingCount_other', { count: 2 }));
    await expectNoSeriousA11yViolations(page);
    await overview.filterReadiness('ready');
    await expect(overview.mentorRow(d.anna.shown)).toBeVisible();
    await expect(overview.mentorRow(d.bela.shown)).toHaveCount(0);
    await overview.filterReadiness('all');
    const csv = await overview.exportCsv();
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    const sep = lng === 'en' ? ',' : ';';
    const lines = text.split('\r\n');
    expect(lines[0]?.split(sep)[0]).toBe(t('csv.familyName'));
    expect(
      lines
        .find((l) => l.startsWith(d.anna.familyName))
        ?.split(sep)
        .slice(0, 5),
    ).toEqual([d.anna.familyName, d.anna.givenName, t('mentorStatus.inTraining'), d.programme, t('csv.yes')]);

    // Activating Anna raises no warning.
    await page.goto(`/#/mentors/${annaId}`);
    let dialog = await startActivation(page, lng);
    await expect(dialog.getByText(tr(lng, 'mentors', 'statusChange.checking'))).toHaveCount(0);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByRole('button', { name: tr(lng, 'mentors', 'statusChange.submit') }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Activating Béla warns with the missing modules, and needs a confirmation and a reason.
    await page.goto(`/#/mentors/${belaId}`);
    await expect(new TrainingPanel(page, lng).readyState).toContainText(t('panel.notReadyTitle'));
    dialog = await startActivation(page, lng);
    const warning = dialog.getByRole('alert');
    await expect(warning).toContainText(`${d.theory}, ${d.practice}`);
    await dialog.getByRole('checkbox', { name: tr(lng, 'mentors', 'statusChange.confirmOverride') }).check();
    await dialog
      .getByRole('textbox', { name: new RegExp(tr(lng, 'mentors', 'statusChange.overrideReason')) })
      .fill(d.reason);
    await dialog.getByRole('button', { name: tr(lng, 'mentors', 'statusChange.submit') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByText(tr(lng, 'mentors', 'history.override')).first()).toBeVisible();

    const mentors = await readTable(page, 'mentors');
    const history = (id: string) =>
      (mentors.find((m) => m.id === id)?.statusHistory ?? []) as {
        status: string;
        override: string | null;
        reason: string;
      }[];
    expect(history(annaId).at(-1)).toMatchObject({ status: 'active', override: null });
    expect(history(belaId).at(-1)).toMatchObject({
      status: 'active',
      override: 'trainingIncomplete',
      reason: d.reason,
    });
  };

test(
  'a mentor trained through a session and shadowing becomes ready; another is activated with the warning',
  flow('en'),
);

test.describe('in Hungarian', () => {
  test.use({ language: 'hu' });
  test('a felkészült mentor figyelmeztetés nélkül, a másik indoklással lesz aktív', flow('hu'));
});

test('the curriculum: default modules, edit with validation, reorder, delete and undo', async ({ page }) => {
  // Some 40 steps and three axe runs (each up to 10 s on a busy machine): 1.5 min on a loaded one.
  test.setTimeout(180_000);
  const t = (key: string, values?: Record<string, string | number>) => tr('en', 'training', key, values);
  const settings = new SettingsPage(page, 'en');
  await settings.goto();
  await settings.addProgramme('Youth peer mentoring', 'YM');

  const curriculum = new CurriculumPage(page, 'en');
  await curriculum.goto();
  await curriculum.createDefault();
  await expect(curriculum.table.locator('tbody tr')).toHaveCount(7);
  expect(await curriculum.moduleNames()).toEqual([
    'Theory',
    'One-to-one support',
    'Group facilitation and activity',
    'Starting a group',
    'Guidance and interaction',
    'Confidentiality and boundaries',
    'Crisis response',
  ]);
  await expectNoSeriousA11yViolations(page);

  // Bad input changes nothing: an empty name, a duplicate name.
  await curriculum.editModule('Theory', { name: '', hours: 12 });
  await expect(page.getByRole('dialog').getByText(tr('en', 'common', 'validation.required'))).toBeVisible();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: t('module.name') })
    .fill('Crisis response');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: tr('en', 'common', 'actions.save') })
    .click();
  await expect(page.getByRole('dialog').getByText(t('validation.duplicateModuleName'))).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: tr('en', 'common', 'actions.cancel') })
    .click();
  expect((await curriculum.moduleNames())[0]).toBe('Theory');

  // An emptied hours field stays empty and says it is required (it was once saved as 0).
  await curriculum.editModule('Theory', { name: 'Theory', hours: '' });
  const dialog = page.getByRole('dialog');
  const hours = dialog.getByRole('textbox', { name: t('module.requiredHours') });
  await expect(dialog.getByText(tr('en', 'common', 'validation.required'))).toBeVisible();
  await expect(hours).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
  // "0.5" keeps its zero and point while typed.
  await typeNumber(hours, '0.5');
  await expect(hours).toHaveValue('0.5');
  await dialog.getByRole('button', { name: tr('en', 'common', 'actions.save') }).click();
  await expect(curriculum.row('Theory')).toContainText('0.5 h');

  // Backspace then a digit: 0.5 becomes 0.2, not 0 or 2.
  await page.getByRole('button', { name: t('curriculum.editModule', { name: 'Theory' }) }).click();
  await backspaceThenType(hours, '2');
  await expect(hours).toHaveValue('0.2');
  await dialog.getByRole('button', { name: tr('en', 'common', 'actions.save') }).click();
  await expect(curriculum.row('Theory')).toContainText('0.2 h');

  await curriculum.editModule('Theory', { name: 'Theory and ethics', hours: 10 });
  await expect(curriculum.row('Theory and ethics')).toContainText('10 h');

  await curriculum.moveUp('Crisis response');
  // The list re-renders once the new order is stored: poll rather than read it once.
  await expect
    .poll(async () => (await curriculum.moduleNames()).slice(-2))
    .toEqual(['Crisis response', 'Confidentiality and boundaries']);

  await curriculum.deleteModule('Starting a group');
  await expect(curriculum.table.locator('tbody tr')).toHaveCount(6);
  await page.getByRole('button', { name: tr('en', 'common', 'actions.undo') }).click();
  await expect(curriculum.table.locator('tbody tr')).toHaveCount(7);

  // A second click on the default adds nothing (all names exist): the button is gone anyway.
  await expect(page.getByRole('button', { name: t('curriculum.createDefault') })).toHaveCount(0);
});
