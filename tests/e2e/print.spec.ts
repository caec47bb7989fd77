import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import type { Mentor } from '../../shared/domain/mentor';
import { PrintPages } from './pages/PrintPages';
import {
  PROGRAMME_ID,
  menteeRow,
  mentorRow,
  meta,
  programmeRow,
  settingsRow,
  uuid,
  type SeedRows,
} from './pages/seedRecords';
import { typeNumber } from './typeNumber';

/*
 * Printed attendance sheets and certificates, checked the way a funder sees them: Chromium
 * renders the printable route to PDF and pdftotext reads the PDF back.
 */

const SESSION = uuid(2, 1);
const SESSION_FI = uuid(2, 2);
const SESSION_LONG = uuid(2, 3);
const PNG_1PX =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const FAMILY = [
  'Kovács',
  'Szabó',
  'Tóth',
  'Nagy',
  'Horváth',
  'Varga',
  'Kiss',
  'Molnár',
  'Németh',
  'Farkas',
  'Virtanen',
  'Korhonen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
];
const GIVEN_MENTORS = [
  'Anna',
  'Péter',
  'Eszter',
  'Zoltán',
  'Réka',
  'Aino',
  'Eero',
  'Helmi',
  'Juhani',
  'Sanna',
  'Ágnes',
  'Csaba',
  'Emese',
  'Győző',
  'Hajnalka',
  'Ilmari',
  'Kaisa',
  'Lauri',
  'Minna',
  'Niilo',
];
const GIVEN_CONTACTS = [
  'Béla',
  'Ildikó',
  'Gábor',
  'Katalin',
  'Tamás',
  'Mikko',
  'Liisa',
  'Jukka',
  'Päivi',
  'Timo',
  'Orsolya',
  'Dóra',
  'Ville',
  'Outi',
  'Bence',
];

type Person = { givenName: string; familyName: string };
const mentors: (Person & { id: string })[] = GIVEN_MENTORS.map((givenName, i) => ({
  id: uuid(3, i + 1),
  givenName,
  familyName: FAMILY[i]!,
}));
const contacts: (Person & { id: string; organisation: string; role: string })[] = GIVEN_CONTACTS.map(
  (givenName, i) => ({
    id: uuid(4, i + 1),
    givenName,
    familyName: FAMILY[(i + 7) % FAMILY.length]!,
    organisation: i % 2 ? 'Családsegítő' : 'Rendőrség',
    role: i % 2 ? 'Social worker' : 'Police officer',
  }),
);
const mentees = Array.from({ length: 5 }, (_, i) => ({
  id: uuid(5, i + 1),
  code: `HF-00${i + 1}`,
  givenName: 'Titkos',
  familyName: `Ügyfél${i + 1}`,
}));
const facilitator = { id: uuid(4, 99), givenName: 'Gizella', familyName: 'Bárány' };

const CONFIDENTIAL = 'Secret note about a relapse';
const PHONE = '+36 30 555 1234';

/** A mentor with contact details and a note: none of them may be on a printed sheet. */
const mentor = (m: Person & { id: string }, extra: Partial<Mentor> = {}) =>
  mentorRow(m.id, {
    givenName: m.givenName,
    familyName: m.familyName,
    email: `${m.givenName.toLowerCase()}@example.org`,
    phone: PHONE,
    notes: 'Private mentor note',
    ...extra,
  });

const sessionRow = (id: string, language: string | null) => {
  const expected = [
    ...mentors.map((m) => ({ kind: 'mentor', id: m.id })),
    ...contacts.map((c) => ({ kind: 'contact', id: c.id })),
    ...mentees.map((m) => ({ kind: 'mentee', id: m.id })),
  ];
  const facilitators = [{ kind: 'contact', id: facilitator.id }];
  return {
    ...meta(id),
    title: 'Esetmegbeszélő csoport november',
    kind: 'supervision',
    subKind: 'caseDiscussion',
    programmeId: PROGRAMME_ID,
    date: '2026-11-20',
    startTime: '14:00',
    endTime: '16:00',
    place: 'Budapest, Dózsa György út 12.',
    facilitators,
    capacity: 50,
    topic: '',
    expected,
    confidentialNotes: CONFIDENTIAL,
    followUps: [{ id: uuid(9, 1), text: 'Call the housing office', owner: '', dueDate: null, done: false }],
    moduleIds: [],
    language,
    seriesId: null,
    warnings: [],
    facilitatorIds: facilitators.map((f) => f.id),
    expectedIds: expected.map((e) => e.id),
  };
};

const attendanceSeed = (): SeedRows => ({
  settings: [
    settingsRow({
      organisationName: 'Sorstárs Egyesület',
      address: '1071 Budapest, Példa utca 1.',
      logoDataUrl: PNG_1PX,
    }),
  ],
  mentors: mentors.map((m) => mentor(m)),
  contacts: [...contacts, facilitator].map((c) => ({
    ...meta(c.id),
    givenName: c.givenName,
    familyName: c.familyName,
    organisation: 'organisation' in c ? c.organisation : 'Supervisors Ltd',
    role: 'role' in c ? c.role : 'Supervisor',
    phone: PHONE,
    email: 'contact@example.org',
    notes: 'Private contact note',
    searchTokens: [],
  })),
  mentees: mentees.map((m) => menteeRow(m.id, { code: m.code, givenName: m.givenName, familyName: m.familyName })),
  sessions: [sessionRow(SESSION, null), sessionRow(SESSION_FI, 'fi'), longSessionRow()],
});

/** The largest header a sheet may get: a title, place and facilitator list that wrap. */
const longSessionRow = () => {
  const facilitators = mentors.slice(0, 8).map((m) => ({ kind: 'mentor', id: m.id }));
  return {
    ...sessionRow(SESSION_LONG, null),
    title:
      'Regionális kerekasztal a gyermekvédelmi szakemberek, rendőrségi áldozatsegítő referensek, védőnők és háziorvosok részvételével a fiatalok átmeneti időszakáról',
    place:
      'Családsegítő és Gyermekjóléti Központ nagyterme, Budapest, Dózsa György út 12., második emelet, a lifttel szemben, a bejárat az udvar felől',
    kind: 'event',
    subKind: 'roundtable',
    facilitators,
    facilitatorIds: facilitators.map((f) => f.id),
  };
};

const familyFirst = (p: Person) => `${p.familyName} ${p.givenName}`;
const givenFirst = (p: Person) => `${p.givenName} ${p.familyName}`;
const squash = (s: string) => s.replace(/\s+/g, ' ');
/** A row of the table: its number at the start of a line of the layout text. */
const hasRowNumber = (pageText: string, n: number) => new RegExp(`^\\s*${n}\\s`, 'm').test(pageText);

const LANGUAGES = [
  {
    lng: 'en',
    route: `/print/attendance/${SESSION}`,
    name: givenFirst,
    page: (p: number, n: number) => `Page ${p} of ${n}`,
    signature: 'Signature',
    title: 'Attendance sheet',
    kind: 'Supervision — group case discussion',
    date: '20/11/2026',
  },
  {
    lng: 'hu',
    route: `/print/attendance/${SESSION}?lang=hu`,
    name: familyFirst,
    page: (p: number, n: number) => `${p}. oldal / ${n}`,
    signature: 'Aláírás',
    title: 'Jelenléti ív',
    kind: 'Szupervízió — esetmegbeszélő csoport',
    date: '2026. 11. 20.',
  },
  // The session's own language decides when the route does not say.
  {
    lng: 'fi',
    route: `/print/attendance/${SESSION_FI}`,
    name: givenFirst,
    page: (p: number, n: number) => `Sivu ${p} / ${n}`,
    signature: 'Allekirjoitus',
    title: 'Osallistujalista',
    kind: 'Työnohjaus — tapauskonsultaatioryhmä',
    date: '20.11.2026',
  },
  // Serbian Cyrillic: the sheet's words in Cyrillic, the people's (Hungarian) names exactly as entered.
  {
    lng: 'sr-Cyrl',
    route: `/print/attendance/${SESSION}?lang=sr-Cyrl`,
    name: givenFirst,
    page: (p: number, n: number) => `Страна ${p} од ${n}`,
    signature: 'Потпис',
    title: 'Листа присуства',
    kind: 'Супервизија — групна дискусија случајева',
    date: '20.11.2026.',
  },
] as const;

for (const L of LANGUAGES) {
  test(`an attendance sheet for 40 people prints on two pages in ${L.lng}`, async ({ page }) => {
    const print = new PrintPages(page);
    await print.openApp();
    await print.seed(attendanceSeed());
    await print.open(L.route);

    const pages = await print.pdfPages();
    expect(pages).toHaveLength(2);
    const [first, second] = pages.map(squash) as [string, string];
    const all = `${first}\n${second}`;

    // Header: organisation, document, session details and the facilitator.
    for (const text of [
      'Sorstárs Egyesület',
      L.title,
      'Esetmegbeszélő csoport november',
      L.kind,
      L.date,
      '14:00–16:00',
      'Dózsa György út 12.',
      L.name(facilitator),
    ])
      expect(first).toContain(text);
    // Every expected person, in the language's name order; mentees by code only.
    for (const p of [...mentors, ...contacts]) expect(all).toContain(L.name(p));
    expect(all).toContain('Rendőrség, Police officer');
    for (const m of mentees) expect(all).toContain(m.code);
    // Numbered rows 1–40 and five blank rows 41–45, with no row lost or cut between pages.
    for (let n = 1; n <= 45; n++)
      expect(hasRowNumber(pages[0]!, n) !== hasRowNumber(pages[1]!, n), `row ${n} on exactly one page`).toBe(true);
    expect(hasRowNumber(pages[1]!, 46)).toBe(false);
    // Column headers and the footer on every page.
    expect(first).toContain(L.signature);
    expect(second).toContain(L.signature);
    expect(first).toContain(L.page(1, 2));
    expect(second).toContain(L.page(2, 2));
    // Nothing confidential.
    for (const secret of [
      CONFIDENTIAL,
      'Call the housing office',
      'Titkos',
      'Ügyfél',
      PHONE,
      '@example.org',
      'Private',
    ])
      expect(all).not.toContain(secret);
  });
}

test('show names prints mentees by name and code; landscape pages hold fewer rows', async ({ page }) => {
  const print = new PrintPages(page);
  await print.openApp();
  await print.seed(attendanceSeed());
  await print.open(`/print/attendance/${SESSION}?landscape=1&showNames=1&blankRows=0`);

  const pages = (await print.pdfPages()).map(squash);
  expect(pages).toHaveLength(3);
  expect(pages[2]).toContain('Page 3 of 3');
  expect(pages.join('\n')).toContain('Titkos Ügyfél1 (HF-001)');
  expect(pages.join('\n')).not.toContain(CONFIDENTIAL);
});

for (const o of [
  { landscape: false, blankRows: 13, pages: 2 },
  { landscape: true, blankRows: 10, pages: 3 },
]) {
  test(`a full ${o.landscape ? 'landscape' : 'portrait'} sheet with the longest header keeps to ${o.pages} pages`, async ({
    page,
  }) => {
    const print = new PrintPages(page);
    await print.openApp();
    await print.seed(attendanceSeed());
    await print.open(`/print/attendance/${SESSION_LONG}?blankRows=${o.blankRows}${o.landscape ? '&landscape=1' : ''}`);
    // On paper, no page's content runs past its box (which would push rows onto a new page).
    await page.emulateMedia({ media: 'print' });
    const overflows = await page
      .locator('.tp-sheet')
      .evaluateAll((sheets) => sheets.map((s) => s.scrollHeight > s.clientHeight));
    expect(overflows).toEqual(Array.from({ length: o.pages }, () => false));
    const pages = await print.pdfPages();
    // Every page is exactly full.
    expect(pages).toHaveLength(o.pages);
    const last = 40 + o.blankRows;
    expect(hasRowNumber(pages[o.pages - 1]!, last)).toBe(true);
    expect(squash(pages[o.pages - 1]!)).toContain(`Page ${o.pages} of ${o.pages}`);
  });
}

test('the attendance sheet on screen has a toolbar and passes axe', async ({ page }) => {
  const print = new PrintPages(page);
  await print.openApp();
  await print.seed(attendanceSeed());
  await print.open(`/print/attendance/${SESSION}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Esetmegbeszélő csoport november' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('"Print attendance sheet" on the session page prints the sheet with the chosen options', async ({ page }) => {
  const print = new PrintPages(page);
  await print.recordPrints();
  await print.openApp();
  await print.seed(attendanceSeed());
  await page.goto(`/#/sessions/${SESSION}`);
  await page.getByRole('button', { name: 'Print attendance sheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the attendance sheet' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Landscape' }).check();
  await typeNumber(dialog.getByRole('textbox', { name: 'Blank rows for walk-ins' }), '2');
  await dialog.getByRole('checkbox', { name: "Print mentees' real names" }).check();
  await dialog.getByRole('combobox', { name: 'Language of the sheet' }).click();
  await page.getByRole('option', { name: 'Magyar' }).click();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Print', exact: true }).click();

  // The browser build shows the sheet, prints it, and comes back to the session.
  const prints = await print.printedAndBackTo(new RegExp(`#/sessions/${SESSION}$`));
  expect(prints).toHaveLength(1);
  expect(prints[0]!.hash).toBe(`#/print/attendance/${SESSION}?landscape=1&blankRows=2&showNames=1&lang=hu`);
  expect(prints[0]!.ready).toBe(true);
  expect(prints[0]!.text).toContain('Jelenléti ív');
  expect(prints[0]!.text).toContain('Ügyfél1 Titkos (HF-001)');
});

test('"Blank attendance sheet" on the sessions list prints a blank sheet', async ({ page }) => {
  const print = new PrintPages(page);
  await print.recordPrints();
  await print.openApp();
  await page.goto('/#/sessions');
  await page.getByRole('button', { name: 'Blank attendance sheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print a blank attendance sheet' });
  await typeNumber(dialog.getByRole('textbox', { name: 'Number of rows' }), '30');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Print', exact: true }).click();
  const prints = await print.printedAndBackTo(/#\/sessions$/);
  expect(prints.map((p) => [p.hash, p.ready])).toEqual([['#/print/attendance-blank?rows=30&lang=en', true]]);
});

test('a deleted or unknown session shows what to do and never becomes ready', async ({ page }) => {
  const print = new PrintPages(page);
  await print.openApp();
  await page.goto(`/#/print/attendance/${uuid(2, 77)}`);
  await expect(page.getByRole('alert')).toContainText('no longer exists');
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(0);
});

test.describe('in Finnish', () => {
  test.use({ language: 'fi' });
  test('a blank sheet fills one page with numbered rows and passes axe', async ({ page }) => {
    const print = new PrintPages(page);
    await print.openApp();
    await print.seed({ settings: attendanceSeed().settings ?? [] });
    await print.open('/print/attendance-blank');
    await expectNoSeriousA11yViolations(page);

    const pages = await print.pdfPages();
    expect(pages).toHaveLength(1);
    const text = squash(pages[0]!);
    for (const label of [
      'Osallistujalista',
      'Tapaamisen nimi',
      'Päivämäärä',
      'Paikka',
      'Allekirjoitus',
      'Sivu 1 / 1',
      'Sorstárs Egyesület',
    ])
      expect(text).toContain(label);
    for (let n = 1; n <= 23; n++) expect(hasRowNumber(pages[0]!, n), `row ${n}`).toBe(true);
    expect(hasRowNumber(pages[0]!, 24)).toBe(false);
  });
});

test.describe('certificates', () => {
  const MENTOR = mentors[0]!;
  const [THEORY, GROUPS, CRISIS] = [uuid(6, 1), uuid(6, 2), uuid(6, 3)];
  const module = (id: string, name: string, requiredHours: number, order: number) => ({
    ...meta(id),
    programmeId: PROGRAMME_ID,
    name,
    description: '',
    requiredHours,
    mandatory: true,
    order,
  });
  const training = (n: number, date: string, moduleIds: string[]) => ({
    ...sessionRow(uuid(7, n), null),
    title: `Training ${n}`,
    kind: 'training',
    subKind: 'course',
    date,
    moduleIds,
    expected: [{ kind: 'mentor', id: MENTOR.id }],
    expectedIds: [MENTOR.id],
  });
  const attended = (n: number, date: string, status: string, hours: number) => ({
    ...meta(uuid(8, n)),
    sessionId: uuid(7, n),
    personKind: 'mentor',
    personId: MENTOR.id,
    walkInName: '',
    status,
    hours,
    sessionDate: date,
    sessionKind: 'training',
  });
  const shadowing = (n: number, date: string, hours: number, moduleIds: string[]) => ({
    ...meta(uuid(10, n)),
    mentorId: MENTOR.id,
    contactId: null,
    professionalName: 'Dr. Példa',
    date,
    hours,
    area: 'Outreach',
    moduleIds,
    notes: 'Private shadowing note',
  });

  const certificateSeed = (): SeedRows => ({
    settings: attendanceSeed().settings ?? [],
    mentors: [mentor(MENTOR, { preferredLanguage: 'hu' })],
    modules: [
      module(THEORY, 'Elmélet és titoktartás', 10, 1),
      module(GROUPS, 'Csoportvezetés', 8, 2),
      module(CRISIS, 'Krízisintervenció', 6, 3),
    ],
    sessions: [
      training(1, '2026-10-01', [THEORY]),
      training(2, '2026-10-08', [THEORY]),
      training(3, '2026-10-09', [CRISIS]),
      training(4, '2026-10-10', [GROUPS]),
    ],
    attendance: [
      attended(1, '2026-10-01', 'present', 6),
      attended(2, '2026-10-08', 'present', 5),
      attended(3, '2026-10-09', 'absent', 6),
      attended(4, '2026-10-10', 'present', 5),
    ],
    shadowing: [shadowing(1, '2026-10-15', 4, [GROUPS]), shadowing(2, '2026-10-20', 2, [])],
  });

  test("a certificate lists the completed modules with hours, in the mentor's language", async ({ page }) => {
    const print = new PrintPages(page);
    await print.openApp();
    await print.seed(certificateSeed());
    await print.open(`/print/certificate/${MENTOR.id}`);
    await expectNoSeriousA11yViolations(page);

    const pages = (await print.pdfPages()).map(squash);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    expect(text).toContain('Tanúsítvány képzés elvégzéséről');
    expect(text).toContain('Kovács Anna');
    expect(text).toContain('Sorstárs Egyesület');
    // Theory: 6 + 5 hours, complete on the second session; group work: 5 + 4 shadowing;
    // crisis response: absent, so no hours and not on the certificate.
    expect(text).toMatch(/Elmélet és titoktartás 11 10 2026\. 10\. 08\./);
    expect(text).toMatch(/Csoportvezetés 9 8 2026\. 10\. 15\./);
    expect(text).not.toContain('Krízisintervenció');
    expect(text).toContain('Az elvégzett modulok összes óraszáma: 20');
    expect(text).toContain('Szakember kísérése: 6 óra');
    expect(text).toContain('Koordinátor aláírása');
    expect(text).not.toContain('Private');
  });

  test('"Print certificate" on the mentor\'s training panel prints their certificate', async ({ page }) => {
    const print = new PrintPages(page);
    await print.recordPrints();
    await print.openApp();
    await print.seed({ ...certificateSeed(), programmes: [programmeRow()] });
    await page.goto(`/#/mentors/${MENTOR.id}`);
    await page.getByRole('button', { name: 'Print certificate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print the training certificate' });
    // The mentor prefers Hungarian; this time the coordinator wants English.
    await expect(dialog.getByRole('combobox', { name: 'Language of the sheet' })).toHaveValue('Magyar');
    await dialog.getByRole('combobox', { name: 'Language of the sheet' }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Print', exact: true }).click();

    const prints = await print.printedAndBackTo(new RegExp(`#/mentors/${MENTOR.id}$`));
    expect(prints.map((p) => [p.hash, p.ready])).toEqual([[`#/print/certificate/${MENTOR.id}?lang=en`, true]]);
    expect(prints[0]!.text).toContain('Anna Kovács');
  });

  test('the certificate follows the lang option', async ({ page }) => {
    const print = new PrintPages(page);
    await print.openApp();
    await print.seed(certificateSeed());
    await print.open(`/print/certificate/${MENTOR.id}?lang=en`);
    const text = squash((await print.pdfPages()).join('\n'));
    expect(text).toContain('Certificate of training');
    expect(text).toContain('Anna Kovács');
    expect(text).toContain('Shadowing of professionals: 6 hours');
  });
});
