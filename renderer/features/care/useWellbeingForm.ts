import { useLiveQuery } from 'dexie-react-hooks';
import { getMentor } from '../mentors';
import { loadOrganisation, type Organisation } from '../print';
import { mentorFormCode } from './wellbeingForm';

export type WellbeingFormData = { organisation: Organisation; code: string };

/**
 * What the form prints of a mentor: their code and nothing else. The name never reaches this
 * page, so it cannot end up on paper (a wellbeing form left on a desk says nothing about whom).
 * Null when the mentor is gone.
 */
const loadWellbeingForm = async (mentorId: string): Promise<WellbeingFormData | null> => {
  const [mentor, organisation] = await Promise.all([getMentor(mentorId), loadOrganisation()]);
  return mentor ? { organisation, code: mentorFormCode(mentor.id) } : null;
};

/** The printed wellbeing form's data; `undefined` while loading, `null` when the mentor is gone. */
export const useWellbeingForm = (mentorId: string | undefined): WellbeingFormData | null | undefined =>
  useLiveQuery(() => (mentorId ? loadWellbeingForm(mentorId) : null), [mentorId]);
