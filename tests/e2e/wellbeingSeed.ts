import { meta, uuid, type SeedRows } from './pages/PrintPages';

/*
 * One active mentor for the wellbeing specs (issue 25), put straight into the app's database:
 * Aino Korhonen, active since January, with a wellbeing check-in of August (all statements
 * answered 4, so scored 4).
 */

export const SETTINGS_ID = '00000000-0000-4000-8000-000000000001';
export const PROGRAMME = uuid(1, 1);
export const MENTOR = uuid(3, 0x5eed);
export const EARLIER_CHECK_IN = uuid(30, 1);
/** What may never be on a printed wellbeing form. */
export const NAMES = ['Aino', 'Korhonen', 'aino@example.org', '+358'];

export const wellbeingSeed = (): SeedRows => ({
  settings: [
    {
      ...meta(SETTINGS_ID),
      organisationName: 'Sorstárs Egyesület',
      address: '1071 Budapest, Példa utca 1.',
      logoDataUrl: null,
      defaultLanguage: 'fi',
      rules: {},
    },
  ],
  programmes: [
    { ...meta(PROGRAMME), name: 'Housing First', codePrefix: 'HF', description: '', active: true, checkInRule: null },
  ],
  mentors: [
    {
      ...meta(MENTOR),
      givenName: 'Aino',
      familyName: 'Korhonen',
      email: 'aino@example.org',
      phone: '+358 40 123 4567',
      gender: 'unspecified',
      birthYear: null,
      languages: [],
      livedExperience: [],
      programmeIds: [PROGRAMME],
      capacity: 1,
      availability: '',
      notes: '',
      screening: Object.fromEntries(
        ['interview', 'references', 'criminalRecord', 'volunteerAgreement', 'confidentialityAgreement'].map((k) => [
          k,
          { date: null, expiresOn: null },
        ]),
      ),
      preferredLanguage: null,
      status: 'active',
      statusHistory: [{ status: 'active', date: '2026-01-01', reason: '', override: null }],
      exitDate: null,
      exitReason: '',
      searchTokens: [],
      sortKey: 'korhonen aino',
    },
  ],
  wellbeingCheckIns: [
    {
      ...meta(EARLIER_CHECK_IN),
      mentorId: MENTOR,
      date: '2026-08-10',
      source: 'call',
      questionnaire: 'wellbeing@1',
      answers: { enoughSupport: 4, timeToRest: 4, roleMakesSense: 4, drained: 2, ownPastReturns: 2, canSayNo: 4 },
      note: '',
    },
  ],
});
