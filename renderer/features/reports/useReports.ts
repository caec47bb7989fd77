import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SavedReport } from '../../../shared/domain/savedReport';
import type { ReportRow } from '../../../shared/reports/activity';
import type { Period } from '../../../shared/reports/period';
import type { VolunteerHoursStatement } from '../../../shared/reports/volunteerHours';
import { loadMentorSummary, type MentorSummary } from '../mentors';
import { getSavedReport, listSavedReports, loadVolunteerHours, type BuiltReport } from './reportsRepo';
import { buildReportOffThread, computeReportOffThread } from './reportWorkerClient';

/** A promise's value, undefined while it runs; a newer request supersedes an older one. */
const useAsync = <T>(run: (() => Promise<T>) | null, deps: readonly unknown[]): T | undefined => {
  const [value, setValue] = useState<{ deps: readonly unknown[]; value: T } | undefined>();
  useEffect(() => {
    if (!run) return;
    let current = true;
    run().then(
      (v) => current && setValue({ deps, value: v }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, deps);
  return value && value.deps.every((d, i) => d === deps[i]) ? value.value : undefined;
};

/**
 * The report of a period (null: no valid period), counted in the reports worker when the page
 * opens and whenever the period or programme changes. Undefined while counting.
 */
export const useActivityReport = (period: Period | null, programmeId: string | null): BuiltReport | undefined =>
  useAsync(period ? () => buildReportOffThread(period, programmeId) : null, [period?.from, period?.to, programmeId]);

export const useSavedReports = (): SavedReport[] | undefined => useLiveQuery(listSavedReports, []);

/** A saved report and what the data says now for its period (null: no such report). */
export const useSavedReportWithNow = (
  id: string | undefined,
): { saved: SavedReport; now: ReportRow[] } | null | undefined => {
  const saved = useLiveQuery(async () => (id ? ((await getSavedReport(id)) ?? null) : null), [id]);
  const now = useAsync(saved ? () => computeReportOffThread(saved.period, saved.programmeId) : null, [saved?.id]);
  if (saved === undefined) return undefined;
  if (saved === null) return null;
  return now ? { saved, now } : undefined;
};

export type VolunteerHoursData = { mentor: MentorSummary; statement: VolunteerHoursStatement };

/**
 * A mentor's volunteer hours statement for a year, kept up to date while it is shown. Undefined
 * while loading; null when there is no such mentor (or no year).
 */
export const useVolunteerHours = (
  mentorId: string | undefined,
  year: number | null,
): VolunteerHoursData | null | undefined =>
  useLiveQuery(async () => {
    if (!mentorId || year === null) return null;
    const mentor = await loadMentorSummary(mentorId);
    if (!mentor) return null;
    return { mentor, statement: await loadVolunteerHours(mentorId, year) };
  }, [mentorId, year]);
