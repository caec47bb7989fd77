import type { ReportPairing, ReportRow } from '../../../shared/reports/activity';
import { computeCheckInFigures, withCheckInFigures, type CheckInReportInput } from '../../../shared/reports/checkIns';
import type { Period } from '../../../shared/reports/period';
import { checkInsBetween } from '../checkins';
import { getPairingsByIds } from '../pairings';
import { listProgrammes } from '../programmes';

/**
 * What the check-in figures need besides the pairings the activity report already read: the
 * check-ins of `range` through the check-ins' `date` index (scored by their questionnaire
 * version), the pairings of those not among `pairings`, and the programmes' names.
 */
export const loadCheckInFigureInput = async (
  range: Period,
  programmeId: string | null,
  pairings: readonly ReportPairing[],
): Promise<Omit<CheckInReportInput, 'period'>> => {
  const [checkIns, programmes] = await Promise.all([
    checkInsBetween(range.from, range.to),
    listProgrammes({ includeInactive: true }),
  ]);
  const known = new Set(pairings.map((p) => p.id));
  const extra = await getPairingsByIds([...new Set(checkIns.map((c) => c.pairingId))].filter((id) => !known.has(id)));
  return {
    programmeId,
    pairings: [...pairings, ...extra],
    checkIns,
    programmes: programmes.map((p) => ({ id: p.id, name: p.name })),
  };
};

/** A period's activity rows with its check-in figures added, from input loaded for a range that holds it. */
export const addCheckInFigures = (
  rows: readonly ReportRow[],
  input: Omit<CheckInReportInput, 'period'>,
  period: Period,
): ReportRow[] => withCheckInFigures(rows, computeCheckInFigures({ ...input, period }));
