import { useLiveQuery } from 'dexie-react-hooks';
import {
  loadAttendanceSheet,
  loadSessionSummary,
  type AttendanceSheetData,
  type SessionSummary,
} from './attendanceSheetData';

/** `undefined` while loading, `null` when the session does not exist (or was deleted). */
export const useAttendanceSheetData = (sessionId: string | undefined): AttendanceSheetData | null | undefined =>
  useLiveQuery(() => (sessionId ? loadAttendanceSheet(sessionId) : null), [sessionId]);

export const useSessionSummary = (sessionId: string): SessionSummary | null | undefined =>
  useLiveQuery(() => loadSessionSummary(sessionId), [sessionId]);
