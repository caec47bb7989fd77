import { useLiveQuery } from 'dexie-react-hooks';
import type { SavedReport } from '../../../shared/domain/savedReport';
import type { ReportRow } from '../../../shared/reports/activity';
import type { Period } from '../../../shared/reports/period';
import { buildReport, computeReport, getSavedReport, listSavedReports, type BuiltReport } from './reportsRepo';

/**
 * The report of a period, recounted whenever a record it read changes. Undefined while counting
 * (or without a valid period: `period` null).
 */
export const useActivityReport = (period: Period | null, programmeId: string | null): BuiltReport | undefined =>
  useLiveQuery(() => (period ? buildReport(period, programmeId) : undefined), [period?.from, period?.to, programmeId]);

export const useSavedReports = (): SavedReport[] | undefined => useLiveQuery(listSavedReports, []);

/** A saved report and what the data says now for its period (null: no such report). */
export const useSavedReportWithNow = (
  id: string | undefined,
): { saved: SavedReport; now: ReportRow[] } | null | undefined =>
  useLiveQuery(async () => {
    const saved = id ? await getSavedReport(id) : undefined;
    if (!saved) return null;
    return { saved, now: await computeReport(saved.period, saved.programmeId) };
  }, [id]);
