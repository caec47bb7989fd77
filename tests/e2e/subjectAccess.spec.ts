import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import type { Mentor } from '../../shared/domain/mentor';
import { PrintPages } from './pages/PrintPages';
import {
  PROGRAMME_ID,
  emptyScreening,
  menteeRow,
  meta,
  mentorRow,
  pairingRow,
  programmeRow,
  settingsRow,
  uuid,
  type SeedRows,
} from './pages/seedRecords';
import { SubjectAccessPages } from './pages/SubjectAccessPages';
import { tr } from './pages/i18n';
import { pseudonymousRef } from '../../shared/privacy/subjectAccess';

/*
 * The subject-access export of a person with records in every table the export reads: printed to
 * PDF and read back with pdftotext, and downloaded as JSON and parsed. A mentor's export in
 * Hungarian, a mentee's in Finnish; neither may name the other party.
 */

const MENTOR = uuid(3, 1);
const OTHER_MENTOR = uuid(3, 2);
const MENTEE = uuid(5, 1);
const CONTACT = uuid(4, 1);
const TRAINING = uuid(2, 1);
const SUPERVISION = uuid(2, 2);
const PAIRING = uuid(6, 1);
const PC = uuid(9, 9);

const MENTEE_NAME = { givenName: 'Titkos', familyName: 'Ügyfélné' };
const CONTACT_NAME = { givenName: 'Gizella', familyName: 'Bárányos' };
const OTHER_NAME = { givenName: 'Bendegúz', familyName: 'Másikfalvi' };
const TYPED_PROFESSIONAL = 'Gépírt Szakember';
const CONFIDENTIAL = 'Bizalmas csoportjegyzet';
const PAIRING_NOTE = 'Lakhatási terv';
const LOG_NOTE = 'Lakbérhátralék';
const squash = (s: string) => s.replace(/\s+/g, ' ');
const mentor = (id: string, names: { givenName: string; familyName: string }, extra: Partial<Mentor> = {}) =>
  mentorRow(id, {
    ...names,
    screening: { ...emptyScreening(), criminalRecord: { date: '2026-01-12', expiresOn: '2027-01-12' } },
    ...extra,
  });

const sessionRow = (id: string, kind: 'training' | 'supervision', title: string, date: string) => ({
  ...meta(id),
  title,
  kind,
  subKind: kind === 'training' ? 'course' : 'caseDiscussion',
  programmeId: PROGRAMME_ID,
  date,
  startTime: '10:00',
  endTime: '13:00',
  place: 'Budapest',
  facilitators: [{ kind: 'contact', id: CONTACT }],
  capacity: null,
  topic: '',
  expected: [
    { kind: 'mentor', id: MENTOR },
    { kind: 'mentor', id: OTHER_MENTOR },
  ],
  confidentialNotes: CONFIDENTIAL,
  followUps: [],
  moduleIds: [],
  language: null,
  seriesId: null,
  warnings: [],
  facilitatorIds: [CONTACT],
  expectedIds: [MENTOR, OTHER_MENTOR],
});

const attendanceRow = (n: number, sessionId: string, kind: string, date: string, personId: string, hours: number) => ({
  ...meta(uuid(7, n)),
  sessionId,
  personKind: 'mentor',
  personId,
  walkInName: '',
  status: 'present',
  hours,
  sessionDate: date,
  sessionKind: kind,
});

const seed = (): SeedRows => ({
  settings: [settingsRow({ organisationName: 'Híd–Silta Egyesület', address: '1071 Budapest, Példa utca 1.' })],
  programmes: [programmeRow()],
  mentors: [
    mentor(
      MENTOR,
      { givenName: 'Anna', familyName: 'Kovács' },
      { email: 'anna@example.org', phone: '+36 30 111 2222', notes: 'Esti időpontok' },
    ),
    mentor(OTHER_MENTOR, OTHER_NAME),
  ],
  mentees: [
    menteeRow(MENTEE, {
      code: 'HF-007',
      ...MENTEE_NAME,
      needs: 'Saját lakás',
      languages: ['hu'],
      livedExperience: ['homelessness'],
      referredOn: '2026-02-01',
      consentGiven: true,
      status: 'paired',
    }),
  ],
  contacts: [
    {
      ...meta(CONTACT),
      ...CONTACT_NAME,
      organisation: 'Családsegítő',
      role: 'Szupervizor',
      phone: '',
      email: '',
      notes: '',
      searchTokens: [],
    },
  ],
  sessions: [
    sessionRow(TRAINING, 'training', 'Alapképzés', '2026-02-10'),
    sessionRow(SUPERVISION, 'supervision', 'Esetmegbeszélés', '2026-03-10'),
  ],
  attendance: [
    attendanceRow(1, TRAINING, 'training', '2026-02-10', MENTOR, 3),
    attendanceRow(2, SUPERVISION, 'supervision', '2026-03-10', MENTOR, 1.5),
    attendanceRow(3, TRAINING, 'training', '2026-02-10', OTHER_MENTOR, 3),
  ],
  shadowing: [
    {
      ...meta(uuid(8, 1)),
      mentorId: MENTOR,
      contactId: CONTACT,
      professionalName: '',
      date: '2026-02-12',
      hours: 2,
      area: 'Lakhatás',
      moduleIds: [],
      notes: '',
    },
    {
      ...meta(uuid(8, 2)),
      mentorId: MENTOR,
      contactId: null,
      professionalName: TYPED_PROFESSIONAL,
      date: '2026-02-14',
      hours: 1.25,
      area: 'Adósságkezelés',
      moduleIds: [],
      notes: '',
    },
  ],
  pairings: [
    pairingRow(
      PAIRING,
      { mentorId: MENTOR, menteeId: MENTEE },
      { startDate: '2026-03-02', notes: PAIRING_NOTE, lastContactDate: '2026-03-05' },
    ),
  ],
  contactLogs: [
    {
      ...meta(uuid(10, 1)),
      pairingId: PAIRING,
      mentorId: MENTOR,
      menteeId: MENTEE,
      date: '2026-03-05',
      durationMinutes: 90,
      kind: 'meeting',
      crisis: true,
      notes: LOG_NOTE,
    },
  ],
  checkIns: [
    {
      ...meta(uuid(11, 1)),
      pairingId: PAIRING,
      date: '2026-04-02',
      respondent: 'mentor',
      source: 'call',
      questionnaire: 'pairing@1',
      answers: { trust: 4 },
      goodFit: 'yes',
      note: 'Jól haladunk',
      programmeId: PROGRAMME_ID,
      mentorId: MENTOR,
      menteeId: MENTEE,
    },
  ],
  consents: [
    {
      ...meta(uuid(12, 1)),
      personKind: 'mentor',
      personId: MENTOR,
      purposeKind: 'processing',
      purpose: 'Adatkezelés',
      kind: 'given',
      date: '2026-01-05',
      method: 'written',
      notes: '',
    },
    {
      ...meta(uuid(12, 2)),
      personKind: 'mentee',
      personId: MENTEE,
      purposeKind: 'processing',
      purpose: 'Adatkezelés',
      kind: 'given',
      date: '2026-02-01',
      method: 'verbal',
      notes: '',
    },
  ],
  retention: [
    {
      ...meta(uuid(13, 1)),
      personKind: 'mentor',
      personId: MENTOR,
      keepUntil: '2031-01-01',
      reason: 'Folyamatban lévő panasz',
      decidedOn: '2026-05-01',
    },
  ],
  auditLog: [
    {
      ...meta(uuid(14, 1)),
      pc: PC,
      seq: 0,
      at: '2026-05-02T08:00:00.000Z',
      action: 'exportList',
      subjectKind: 'mentor',
      subjectId: MENTOR,
      count: 1,
      prevHash: '',
      hash: 'a'.repeat(64),
    },
  ],
});

test.describe('in Hungarian', () => {
  test.use({ language: 'hu' });

  test("a mentor's export: JSON parsed, PDF read back, nobody else named", async ({ page }) => {
    test.setTimeout(120_000);
    const print = new PrintPages(page);
    const sar = new SubjectAccessPages(page, 'hu');
    await print.recordPrints();
    await print.openApp();
    await print.seed(seed());

    await page.goto(`/#/mentors/${MENTOR}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Kovács Anna' })).toBeVisible();
    await sar.open();
    await expect(sar.dialog).toContainText(sar.t('dialogIntro'));
    await expectNoSeriousA11yViolations(page);

    // JSON: versioned, ISO dates, the hours as counted, the mentee by code, nobody else's name.
    const { name, json } = await sar.saveJson();
    expect(name).toMatch(/^Hozzáférési kérelem Kovács Anna \d{4}-\d{2}-\d{2}\.json$/);
    expect(json).toMatchObject({
      format: 'tandem-subject-access',
      version: 1,
      subject: { kind: 'mentor', id: MENTOR },
      person: { givenName: 'Anna', familyName: 'Kovács', email: 'anna@example.org' },
      totals: { trainingHours: 3, shadowingHours: 3.25 },
    });
    expect(json.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect((json.pairings as Record<string, unknown>[])[0]).toMatchObject({
      otherParty: { kind: 'mentee', code: 'HF-007' },
      startDate: '2026-03-02',
    });
    for (const table of [
      'consents',
      'attendance',
      'sessions',
      'shadowing',
      'pairings',
      'contactLogs',
      'checkIns',
      'retentionDecisions',
      'auditLog',
    ])
      expect((json[table] as unknown[]).length, table).toBeGreaterThan(0);
    const jsonText = JSON.stringify(json);
    for (const secret of [
      ...Object.values(MENTEE_NAME),
      ...Object.values(CONTACT_NAME),
      ...Object.values(OTHER_NAME),
      TYPED_PROFESSIONAL,
      CONFIDENTIAL,
      PAIRING_NOTE,
      LOG_NOTE,
      MENTEE,
    ])
      expect(jsonText, secret).not.toContain(secret);
    // The export is in the audit log, by the person's id.
    await expect.poll(() => sar.auditActionsAbout(MENTOR)).toContain('exportSubjectAccess');

    // Print in Hungarian from the dialog: the browser build prints the route and comes back.
    await sar.open();
    await sar.print();
    const printed = await print.printedAndBackTo(new RegExp(`#/mentors/${MENTOR}$`));
    const route = `/print/subject-access/mentor/${MENTOR}?lang=hu`;
    expect(printed.map((p) => [p.hash, p.ready])).toEqual([[`#${route}`, true]]);
    await expect
      .poll(async () => (await sar.auditActionsAbout(MENTOR)).filter((a) => a === 'exportSubjectAccess').length)
      .toBe(2);

    await print.open(route);
    await expect(page.getByRole('heading', { level: 1, name: sar.t('title') })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const pages = await print.pdfPages();
    const text = squash(pages.join('\n'));
    for (const fact of [
      'Híd–Silta Egyesület',
      sar.t('title'),
      'Kovács Anna',
      'anna@example.org',
      '+36 30 111 2222',
      sar.t('sections.screening'),
      '2027. 01. 12.',
      sar.t('sections.consents'),
      'Adatkezelés',
      // The consent ledger's purpose, translated by the consents feature's own words.
      tr('hu', 'consents', 'purpose.processing'),
      '2026. 01. 05.',
      sar.t('fields.trainingHours'),
      '3,25',
      'Alapképzés',
      'Esetmegbeszélés',
      'Lakhatás',
      pseudonymousRef('contact', CONTACT),
      sar.t('values.namedNotShown'),
      'HF-007',
      tr('hu', 'pairings', 'status.active'),
      'Jól haladunk',
      'Folyamatban lévő panasz',
      '2031. 01. 01.',
      sar.t('audit.exportList'),
      sar.t('audit.exportSubjectAccess'),
    ])
      expect(text, fact).toContain(fact);
    for (const secret of [
      ...Object.values(MENTEE_NAME),
      ...Object.values(CONTACT_NAME),
      ...Object.values(OTHER_NAME),
      TYPED_PROFESSIONAL,
      CONFIDENTIAL,
      PAIRING_NOTE,
      LOG_NOTE,
    ])
      expect(text, secret).not.toContain(secret);
    // "Page N of M" on every page, in Hungarian.
    expect(squash(pages.at(-1)!)).toContain(
      tr('hu', 'print', 'sheet.page', { page: pages.length, pages: pages.length }),
    );
  });
});

test.describe('in Finnish', () => {
  test.use({ language: 'fi' });

  test("a mentee's export: their own name and notes, the mentor only by reference", async ({ page }) => {
    test.setTimeout(120_000);
    const print = new PrintPages(page);
    const sar = new SubjectAccessPages(page, 'fi');
    await print.recordPrints();
    await print.openApp();
    await print.seed(seed());

    await page.goto(`/#/mentees/${MENTEE}`);
    await expect(page.getByRole('heading', { level: 1, name: 'HF-007' })).toBeVisible();
    await sar.open();
    await expectNoSeriousA11yViolations(page);
    const { name, json } = await sar.saveJson();
    expect(name).toMatch(/^Tarkastuspyyntö HF-007 \d{4}-\d{2}-\d{2}\.json$/);
    expect(json).toMatchObject({
      subject: { kind: 'mentee', id: MENTEE },
      person: { code: 'HF-007', ...MENTEE_NAME },
      totals: null,
    });
    expect((json.contactLogs as Record<string, unknown>[])[0]).toMatchObject({
      notes: LOG_NOTE,
      otherParty: { kind: 'mentor', reference: pseudonymousRef('mentor', MENTOR) },
    });
    for (const secret of ['Anna', 'Kovács', 'anna@example.org', MENTOR, 'Jól haladunk'])
      expect(JSON.stringify(json), secret).not.toContain(secret);

    await sar.open();
    await sar.print();
    const printed = await print.printedAndBackTo(new RegExp(`#/mentees/${MENTEE}$`));
    const route = `/print/subject-access/mentee/${MENTEE}?lang=fi`;
    expect(printed.map((p) => [p.hash, p.ready])).toEqual([[`#${route}`, true]]);

    await print.open(route);
    await expect(page.getByRole('heading', { level: 1, name: sar.t('title') })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const pages = await print.pdfPages();
    const text = squash(pages.join('\n'));
    for (const fact of [
      sar.t('title'),
      sar.t('kind.mentee'),
      'HF-007',
      // Her own name, given name first in Finnish.
      'Titkos Ügyfélné',
      'Saját lakás',
      'Housing First',
      tr('fi', 'mentees', 'transition.movingIntoHousing'),
      sar.t('sections.pairings'),
      pseudonymousRef('mentor', MENTOR),
      PAIRING_NOTE,
      LOG_NOTE,
      '05.03.2026',
      '90',
      sar.t('sections.consents'),
      '01.02.2026',
      tr('fi', 'consents', 'purpose.processing'),
      sar.t('nothingHeld'),
    ])
      expect(text, fact).toContain(fact);
    for (const secret of [
      'Anna',
      'Kovács',
      'anna@example.org',
      ...Object.values(CONTACT_NAME),
      ...Object.values(OTHER_NAME),
      'Jól haladunk',
    ])
      expect(text, secret).not.toContain(secret);
    expect(squash(pages.at(-1)!)).toContain(
      tr('fi', 'print', 'sheet.page', { page: pages.length, pages: pages.length }),
    );
  });

  test("a contact's page offers the export too, and an unknown person is never ready to print", async ({ page }) => {
    const print = new PrintPages(page);
    const sar = new SubjectAccessPages(page, 'fi');
    await print.openApp();
    await print.seed(seed());
    await page.goto(`/#/contacts/${CONTACT}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Gizella Bárányos' })).toBeVisible();
    await expect(sar.button).toBeVisible();

    await print.open(`/print/subject-access/contact/${CONTACT}`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(sar.t('values.role.facilitator'));
    expect(text).toContain(pseudonymousRef('mentor', MENTOR));
    expect(text).not.toContain('Kovács');

    await page.goto(`/#/print/subject-access/mentor/${uuid(3, 99)}`);
    await expect(page.getByRole('alert')).toContainText(sar.t('notFound'));
    await expect(page.locator('[data-print-ready="true"]')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
