import type { Language } from '../../../shared/domain/base';
import type { Mentor } from '../../../shared/domain/mentor';
import { getMentor } from './mentorsRepo';

/** What a print button about a mentor needs: the default language and the PDF's file name. */
export type MentorSummary = Pick<Mentor, 'id' | 'givenName' | 'familyName'> & { preferredLanguage: Language | null };

/** Null when the mentor does not exist or was deleted. */
export const loadMentorSummary = async (mentorId: string): Promise<MentorSummary | null> => {
  const m = await getMentor(mentorId);
  return m
    ? { id: m.id, givenName: m.givenName, familyName: m.familyName, preferredLanguage: m.preferredLanguage }
    : null;
};
