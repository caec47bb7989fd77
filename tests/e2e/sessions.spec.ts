import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { pickPerson, seedMentors } from './pages/SessionPages';
import { watchForText } from './neverShown';
import { tr, typedDate } from './pages/i18n';
import { readTable } from './pages/TrainingPages';
import { backspaceThenType, typeNumber } from './typeNumber';

test.use({ language: 'fi' });

const MENTORS = Array.from({ length: 11 }, (_, i) => ({
  givenName: 'Aino',
  familyName: `Testaaja${String(i + 1).padStart(2, '0')}`,
  status: 'active' as const,
}));

test('a group case discussion: 11 participants warn, attendance, a follow-up done, the overdue list', async ({
  page,
}) => {
  // One long story on a shared 2-core machine: eleven searches, four pages, axe on each.
  test.setTimeout(180_000);
  const mentorIds = await seedMentors(page, MENTORS);

  // The list and the agenda start empty.
  await page.goto('/#/sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Tapaamiset' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Create: a group case discussion (the default type) with a follow-up action.
  await page.getByRole('link', { name: 'Uusi tapaaminen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi tapaaminen' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Tyyppi' })).toHaveValue('Tapauskonsultaatioryhmä');
  await expect(page.getByRole('textbox', { name: 'Enimmäismäärä' })).toHaveValue('10');
  await page.getByRole('textbox', { name: 'Otsikko' }).fill('Tapauskonsultaatio marraskuu');
  await page.getByRole('textbox', { name: 'Paikka' }).fill('Toimisto');
  await page.getByRole('button', { name: 'Lisää jatkotoimi' }).click();
  await page.getByRole('textbox', { name: 'Toimenpide' }).fill('Soita sosiaalityöntekijälle');
  await page.getByRole('button', { name: 'Näytä luottamukselliset muistiinpanot' }).click();
  await page
    .getByRole('textbox', { name: 'Luottamukselliset muistiinpanot' })
    .fill('Salainen huomio ryhmän tilanteesta');
  await expectNoSeriousA11yViolations(page);

  const participant = 'Lisää osallistuja';
  for (const m of MENTORS.slice(0, 10))
    await pickPerson(page, participant, m.familyName, new RegExp(`Aino ${m.familyName}`));
  await expect(page.getByText('Kutsutut osallistujat (10/10)')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await pickPerson(page, participant, 'Testaaja11', /Aino Testaaja11/);
  const warning = page.getByRole('alert').filter({ hasText: 'Enemmän osallistujia kuin ryhmään mahtuu' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Osallistujia on kutsuttu 11');
  await expectNoSeriousA11yViolations(page);

  // The coordinator goes on; the warning is recorded with the session.
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('Kutsuttuja on 11, enimmäismäärä 10.');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Tallenna silti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tapauskonsultaatio marraskuu' })).toBeVisible();
  await expect(page.getByText('Kirjattu varoitus osallistujamäärästä')).toBeVisible();
  await expect(page.getByText(/Tallennettu 11 kutsutulla osallistujalla/)).toBeVisible();
  // Confidential notes stay hidden until asked for.
  await expect(page.getByText('Salainen huomio ryhmän tilanteesta')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Näytä luottamukselliset muistiinpanot' }).click();
  await expect(page.getByText('Salainen huomio ryhmän tilanteesta')).toBeVisible();

  // Mark the follow-up done; it stays done after a reload.
  const followUp = page.getByRole('checkbox', { name: 'Soita sosiaalityöntekijälle' });
  await followUp.click();
  await expect(followUp).toBeChecked();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Soita sosiaalityöntekijälle' })).toBeChecked();

  // Attendance: everyone present, then one absent; saved in one go.
  await page.getByRole('link', { name: 'Kirjaa läsnäolo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Läsnäolo: Tapauskonsultaatio marraskuu' })).toBeVisible();
  await page.getByRole('button', { name: 'Tallenna läsnäolo' }).click();
  await expect(page.getByRole('alert')).toContainText('11 osallistujaa on vielä merkitsemättä');
  await page.getByRole('button', { name: 'Merkitse kaikki läsnä oleviksi' }).click();
  const absentee = page.getByRole('radiogroup', { name: 'Henkilön Aino Testaaja11 läsnäolo' });
  await absentee.getByRole('radio', { name: 'Poissa', exact: true }).check();
  await expect(page.getByRole('textbox', { name: 'Henkilölle Aino Testaaja11 kirjatut tunnit' })).toHaveValue('0');
  await expect(page.getByRole('textbox', { name: 'Henkilölle Aino Testaaja01 kirjatut tunnit' })).toHaveValue('1,5');
  // Hours typed key by key: an emptied field blocks saving (it was once saved as 0); Backspace
  // then a digit gives 1,2 (not 12 or 10); select-all then "0.5" (a point, in Finnish) and "2,5".
  const hours = (n: string) => page.getByRole('textbox', { name: `Henkilölle Aino Testaaja${n} kirjatut tunnit` });
  await typeNumber(hours('02'), '');
  await expect(hours('02')).toHaveValue('');
  await page.getByRole('button', { name: 'Tallenna läsnäolo' }).click();
  await expect(page.getByRole('alert')).toContainText(tr('fi', 'sessions', 'attendance.hoursInvalid'));
  await expect(hours('02')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  await typeNumber(hours('02'), '0.5');
  await expect(hours('02')).toHaveValue('0.5');
  await backspaceThenType(hours('01'), '2');
  await expect(hours('01')).toHaveValue('1,2');
  await typeNumber(hours('03'), '2,5');
  await expect(hours('03')).toHaveValue('2,5');
  await page.getByRole('textbox', { name: 'Tai kirjoita nimi' }).fill('Mari Vierailija');
  await page.getByRole('button', { name: 'Lisää nimellä' }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Tallenna läsnäolo' }).click();
  await expect(page.getByText('Läsnä: 11 · Poissa, ilmoitettu: 0 · Poissa: 1')).toBeVisible();
  const hoursOf = async (familyName: string) => {
    const id = mentorIds[MENTORS.findIndex((m) => m.familyName === familyName)];
    return (await readTable(page, 'attendance')).find((a) => a.personId === id && a.deletedAt === null)?.hours;
  };
  expect(await hoursOf('Testaaja01')).toBe(1.2);
  expect(await hoursOf('Testaaja02')).toBe(0.5);
  expect(await hoursOf('Testaaja03')).toBe(2.5);
  expect(await hoursOf('Testaaja04')).toBe(1.5);

  // Overdue: the absent mentor has never attended supervision; the others attended today.
  await page.goto('/#/sessions/overdue');
  await expect(page.getByRole('heading', { level: 1, name: 'Myöhässä työnohjauksesta' })).toBeVisible();
  // A virtualised list (a large office has a thousand rows): each row names its columns.
  const overdue = page.getByRole('region', { name: 'Myöhässä työnohjauksesta' }).getByRole('listitem');
  const row = overdue.filter({ hasText: 'Aino Testaaja11' });
  await expect(row).toContainText('Ei ole osallistunut');
  await expect(overdue.filter({ hasText: 'Aino Testaaja01' })).toHaveCount(0);
  await expect(page.getByText('1 aktiivinen vertaistukija on myöhässä.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The session shows in the agenda and in the list.
  await page.goto('/#/sessions/agenda');
  await expect(page.getByRole('link', { name: 'Tapauskonsultaatio marraskuu' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByText('Kuukausi', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Kuukausi' })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Tapauskonsultaatio marraskuu' })).toBeVisible();
  await page.goto('/#/sessions');
  await expect(page.getByRole('link', { name: 'Tapauskonsultaatio marraskuu' })).toBeVisible();

  // The overview card names the overdue mentor; a mentor's page shows their supervision.
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Myöhässä työnohjauksesta' });
  await expect(card.getByRole('link', { name: 'Aino Testaaja11' })).toBeVisible();
  await page.goto(`/#/mentors/${mentorIds[0] ?? ''}`);
  const panel = page.getByRole('region', { name: 'Tapaamiset ja läsnäolo' });
  await expect(panel.getByText(/^Viimeisin työnohjaus: /)).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Tapauskonsultaatio marraskuu' }).first()).toBeVisible();
  await expect(panel.getByRole('cell', { name: 'Läsnä' })).toBeVisible();
});

/** A calendar date `days` from today, as `YYYY-MM-DD` (local, like the app's "today"). */
const isoIn = (days: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('a peer group repeats every two weeks; a session can be deleted and restored', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/sessions/new');
  await page.getByRole('textbox', { name: 'Otsikko' }).fill('Torstain vertaistukiryhmä');
  await page.getByRole('combobox', { name: 'Laji' }).click();
  await page.getByRole('option', { name: 'Vertaistukiryhmä' }).click();
  await expect(page.getByRole('combobox', { name: 'Tyyppi' })).toHaveValue('Vertaisen ohjaama');
  await page.getByRole('textbox', { name: 'Päivämäärä' }).fill(typedDate('fi', isoIn(3)));
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Torstain vertaistukiryhmä' })).toBeVisible();

  await page.getByRole('button', { name: 'Toista…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Toista tämä tapaaminen' });
  // Emptied, "every N weeks" makes nothing (it once turned into 1); then 2, typed key by key.
  const everyWeeks = dialog.getByRole('textbox', { name: 'Kuinka monen viikon välein' });
  await typeNumber(everyWeeks, '');
  await expect(everyWeeks).toHaveValue('');
  await expect(dialog.getByText(tr('fi', 'common', 'validation.required'))).toBeVisible();
  await typeNumber(everyWeeks, '2');
  await dialog.getByRole('textbox', { name: 'Asti (mukaan lukien)' }).fill(typedDate('fi', isoIn(3 + 6 * 7)));
  await expect(dialog).toContainText('3 uutta tapaamista');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Luo 3 tapaamista' }).click();
  await expect(page.getByText('3 tapaamista luotu.')).toBeVisible();
  await expect(page.getByText('Osa toistuvaa sarjaa.')).toBeVisible();

  const meetings = page.getByRole('link', { name: 'Torstain vertaistukiryhmä' });
  await page.goto('/#/sessions');
  await expect(meetings).toHaveCount(4);

  // Delete one and bring it back with Undo.
  await meetings.last().click();
  const notFoundShown = await watchForText(page, tr('fi', 'sessions', 'notFoundTitle'));
  await page.getByRole('button', { name: 'Poista' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tapaamiset' })).toBeVisible();
  expect(await notFoundShown()).toBe(false);
  await expect(meetings).toHaveCount(3);
  await page.getByRole('button', { name: 'Kumoa' }).click();
  // Undo brings the coordinator back to the restored session, as every undo of a page's record does.
  await expect(page.getByRole('heading', { level: 1, name: 'Torstain vertaistukiryhmä' })).toBeVisible();
  await page.goto('/#/sessions');
  await expect(meetings).toHaveCount(4);
});
