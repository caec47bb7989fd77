import { useLiveQuery } from 'dexie-react-hooks';
import {
  loadAttendanceSheet,
  loadCertificate,
  loadMentorSummary,
  loadOrganisation,
  loadSessionSummary,
  type AttendanceSheetData,
  type CertificateData,
  type MentorSummary,
  type Organisation,
  type SessionSummary,
} from './printData';

/** `undefined` while loading, `null` when the session does not exist (or was deleted). */
export const useAttendanceSheetData = (sessionId: string | undefined): AttendanceSheetData | null | undefined =>
  useLiveQuery(() => (sessionId ? loadAttendanceSheet(sessionId) : null), [sessionId]);

/** `undefined` while loading, `null` when the mentor does not exist (or was deleted). */
export const useCertificateData = (mentorId: string | undefined): CertificateData | null | undefined =>
  useLiveQuery(() => (mentorId ? loadCertificate(mentorId) : null), [mentorId]);

export const useOrganisation = (): Organisation | undefined => useLiveQuery(loadOrganisation, []);

export const useSessionSummary = (sessionId: string): SessionSummary | null | undefined =>
  useLiveQuery(() => loadSessionSummary(sessionId), [sessionId]);

export const useMentorSummary = (mentorId: string): MentorSummary | null | undefined =>
  useLiveQuery(() => loadMentorSummary(mentorId), [mentorId]);
