import { useLiveQuery } from 'dexie-react-hooks';
import { loadMentorSummary, type MentorSummary } from '../../mentors';
import { loadCertificate, type CertificateData } from './certificateData';

/** `undefined` while loading, `null` when the mentor does not exist (or was deleted). */
export const useCertificateData = (mentorId: string | undefined): CertificateData | null | undefined =>
  useLiveQuery(() => (mentorId ? loadCertificate(mentorId) : null), [mentorId]);

export const useMentorSummary = (mentorId: string): MentorSummary | null | undefined =>
  useLiveQuery(() => loadMentorSummary(mentorId), [mentorId]);
