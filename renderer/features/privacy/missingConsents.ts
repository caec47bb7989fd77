import type { Mentee } from '../../../shared/domain/mentee';
import type { Mentor } from '../../../shared/domain/mentor';
import type { ProcessingConsent } from '../../../shared/privacy/consentLedger';
import { findMenteeIds, getMenteesByIds } from '../mentees';
import { findMentorIds, getMentorsByIds } from '../mentors';
import { processingConsentByPerson } from '../consents';

/** Someone whose data is kept without a valid consent for processing. */
export type MissingConsent = {
  personKind: 'mentor' | 'mentee';
  personId: string;
  consent: Exclude<ProcessingConsent, { state: 'given' }>;
};

/**
 * Every live mentor and mentee without a valid consent for processing (the latest processing
 * entry of their ledger is a withdrawal, or there is none): those who withdrew it first, then
 * those never asked; mentors by name, then mentees by code. Works on index keys and the
 * processing entries only — no person record is read; the list page reads the names it shows.
 * Contacts are left out: they are professionals met through their work, whose data is kept on
 * another legal basis than the consent of a participant.
 */
export const peopleWithoutProcessingConsent = async (): Promise<MissingConsent[]> => {
  const [mentorIds, menteeIds, states] = await Promise.all([
    findMentorIds(),
    findMenteeIds(),
    processingConsentByPerson(),
  ]);
  const withdrawn: MissingConsent[] = [];
  const none: MissingConsent[] = [];
  const add = (personKind: MissingConsent['personKind'], personId: string) => {
    const consent = states.get(`${personKind}:${personId}`) ?? { state: 'none' };
    if (consent.state === 'withdrawn') withdrawn.push({ personKind, personId, consent });
    else if (consent.state === 'none') none.push({ personKind, personId, consent });
  };
  for (const id of mentorIds) add('mentor', id);
  for (const id of menteeIds) add('mentee', id);
  return [...withdrawn, ...none];
};

/** The records the list shows on one page, by id (deleted meanwhile: left out). */
export const peopleOnPage = async (
  rows: readonly MissingConsent[],
): Promise<{ mentors: Map<string, Mentor>; mentees: Map<string, Mentee> }> => {
  const [mentors, mentees] = await Promise.all([
    getMentorsByIds(rows.filter((r) => r.personKind === 'mentor').map((r) => r.personId)),
    getMenteesByIds(rows.filter((r) => r.personKind === 'mentee').map((r) => r.personId)),
  ]);
  return { mentors: new Map(mentors.map((m) => [m.id, m])), mentees: new Map(mentees.map((m) => [m.id, m])) };
};
