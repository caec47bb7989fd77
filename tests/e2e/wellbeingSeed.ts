import { meta, mentorRow, programmeRow, settingsRow, uuid, type SeedRows } from './pages/seedRecords';

/*
 * One active mentor for the wellbeing specs (issue 25), put straight into the app's database:
 * Aino Korhonen, active since January, with a wellbeing check-in of August (all statements
 * answered 4, so scored 4).
 */

export const MENTOR = uuid(3, 0x5eed);
export const EARLIER_CHECK_IN = uuid(30, 1);
/** What may never be on a printed wellbeing form. */
export const NAMES = ['Aino', 'Korhonen', 'aino@example.org', '+358'];

export const wellbeingSeed = (): SeedRows => ({
  settings: [settingsRow({ address: '1071 Budapest, Példa utca 1.', defaultLanguage: 'fi' })],
  programmes: [programmeRow()],
  mentors: [
    mentorRow(MENTOR, {
      givenName: 'Aino',
      familyName: 'Korhonen',
      email: 'aino@example.org',
      phone: '+358 40 123 4567',
    }),
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
