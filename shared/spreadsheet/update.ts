import type { ContactInput } from '../domain/contact';
import type { MenteeInputParsed } from '../domain/mentee';
import type { MentorInputParsed, ScreeningItem } from '../domain/mentor';
import type { FieldKey } from './types';

/**
 * What "update the existing record" changes: the fields the file has a column for, and only
 * where the row's cell is not empty (an empty cell in a partial list does not erase what
 * Tandem knows). Status, history, codes and closure are the lifecycle's, not the import's.
 */

const filled = (v: unknown): boolean =>
  v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

const NAME_FIELDS: Partial<Record<FieldKey, readonly string[]>> = {
  fullName: ['familyName', 'givenName'],
  familyName: ['familyName'],
  givenName: ['givenName'],
};

const copy = <T extends object>(base: T, incoming: T, keys: readonly string[]): T => {
  const out = { ...base } as Record<string, unknown>;
  for (const k of keys) {
    const v = (incoming as Record<string, unknown>)[k];
    if (filled(v)) out[k] = v;
  }
  return out as T;
};

const SCREENING_FIELDS: Partial<Record<FieldKey, [ScreeningItem, 'date' | 'expiresOn']>> = {
  interviewDate: ['interview', 'date'],
  referencesDate: ['references', 'date'],
  criminalRecordDate: ['criminalRecord', 'date'],
  criminalRecordExpires: ['criminalRecord', 'expiresOn'],
  volunteerAgreementDate: ['volunteerAgreement', 'date'],
  volunteerAgreementExpires: ['volunteerAgreement', 'expiresOn'],
  confidentialityAgreementDate: ['confidentialityAgreement', 'date'],
};

const MENTOR_INPUT_KEYS: Partial<Record<FieldKey, readonly (keyof MentorInputParsed)[]>> = {
  email: ['email'],
  phone: ['phone'],
  gender: ['gender'],
  birthYear: ['birthYear'],
  languages: ['languages'],
  livedExperience: ['livedExperience'],
  programmes: ['programmeIds'],
  capacity: ['capacity'],
  availability: ['availability'],
  notes: ['notes'],
  preferredLanguage: ['preferredLanguage'],
};

export const updatedMentorInput = (
  existing: MentorInputParsed,
  incoming: MentorInputParsed,
  mapped: readonly FieldKey[],
): MentorInputParsed => {
  const keys = mapped.flatMap((f) => [...(NAME_FIELDS[f] ?? []), ...(MENTOR_INPUT_KEYS[f] ?? [])]);
  const out = copy(existing, incoming, keys);
  const screening = structuredClone(existing.screening);
  for (const f of mapped) {
    const at = SCREENING_FIELDS[f];
    if (!at) continue;
    const v = incoming.screening[at[0]][at[1]];
    if (filled(v)) screening[at[0]][at[1]] = v;
  }
  return { ...out, screening };
};

const MENTEE_INPUT_KEYS: Partial<Record<FieldKey, readonly (keyof MenteeInputParsed)[]>> = {
  programme: ['programmeId'],
  transition: ['transition'],
  needs: ['needs'],
  goals: ['goals'],
  referralSource: ['referralSource'],
  languages: ['languages'],
  livedExperience: ['livedExperience'],
  preferredMentorGender: ['preferredMentorGender'],
  birthYear: ['birthYear'],
  referredOn: ['referredOn'],
  consentGiven: ['consentGiven'],
  notes: ['notes'],
};

export const updatedMenteeInput = (
  existing: MenteeInputParsed,
  incoming: MenteeInputParsed,
  mapped: readonly FieldKey[],
): MenteeInputParsed => {
  const keys = mapped.flatMap((f) => [...(NAME_FIELDS[f] ?? []), ...(MENTEE_INPUT_KEYS[f] ?? [])]);
  // A consent given in Tandem is withdrawn only through the consent records, never by a "no" in a file.
  return {
    ...copy(existing, incoming, keys),
    consentGiven: existing.consentGiven || (mapped.includes('consentGiven') && incoming.consentGiven),
  };
};

const CONTACT_INPUT_KEYS: Partial<Record<FieldKey, readonly (keyof ContactInput)[]>> = {
  organisation: ['organisation'],
  role: ['role'],
  phone: ['phone'],
  email: ['email'],
  notes: ['notes'],
};

export const updatedContactInput = <T extends Required<ContactInput>>(
  existing: T,
  incoming: T,
  mapped: readonly FieldKey[],
): T => {
  const keys = mapped.flatMap((f) => [...(NAME_FIELDS[f] ?? []), ...(CONTACT_INPUT_KEYS[f] ?? [])]);
  return copy(existing, incoming, keys);
};
