import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { nowIso } from '../../lib/format';
import {
  compareRows,
  computeActivityReport,
  type ComparedRow,
  type ReportInput,
  type ReportRow,
} from '../../../shared/reports/activity';
import { previousPeriod, type Period } from '../../../shared/reports/period';
import {
  SavedReportInputSchema,
  SavedReportSchema,
  type SavedReport,
  type SavedReportInput,
} from '../../../shared/domain/savedReport';
import {
  computeVolunteerHours,
  yearPeriod,
  type VolunteerHoursStatement,
} from '../../../shared/reports/volunteerHours';
import {
  getSessionsByIds,
  listSessionFactsInRange,
  listAttendanceFactsBetween,
  listAttendanceOfPersonBetween,
} from '../sessions';
import { listMentorsOfProgramme } from '../mentors';
import { listMenteesOfProgramme } from '../mentees';
import {
  getPairingsByIds,
  listContactFactsBetween,
  listContactLogsOfPairingsBetween,
  listPairingsOfMentor,
  listPairingsOpenBetween,
} from '../pairings';
import { getContactsByIds } from '../contacts';
import { getModulesByIds } from '../programmes';
import { listShadowingBetween, listShadowingOfMentorBetween, readySinceWithin } from '../training';
import { addCheckInFigures, loadCheckInFigureInput } from './checkInFigures';

/**
 * The reports feature's repository: the only module that touches `db.savedReports`, and the one
 * place that gathers a period's rows from the other features — always through their
 * repositories, and through indexes over the period's dates (shadowing by `date`, pairings by
 * `[status+startDate]` and `closure.date`). Sessions, attendance and contact logs, the tens of
 * thousands of rows of a year, come from the day digests (renderer/db/dayDigests.ts): one record
 * per day and table holding what the report counts of that day's live rows, kept by the database
 * layer in the same transaction as the rows. Mentors and mentees are read whole (by programme through their index),
 * in one bulk read each: states at the period's end need everyone who joined before it, and these
 * tables hold thousands of rows, not the hundred thousands of attendance. Nothing before the
 * period is read but the readiness of the mentors credited in it toward a mandatory module: one
 * training summary each (`readySinceWithin`).
 */

/**
 * Every row the report of `range` needs (rows outside the period are fine: the computation
 * filters by its own period, which lets one read serve a period and the one before it).
 */
export const loadReportInput = async (
  range: Period,
  programmeId: string | null,
): Promise<Omit<ReportInput, 'period'>> => {
  const [sessions, attendance, shadowing, pairingsStarted, contactLogs, mentors, mentees] = await Promise.all([
    listSessionFactsInRange(range.from, range.to),
    listAttendanceFactsBetween(range.from, range.to),
    listShadowingBetween(range.from, range.to),
    listPairingsOpenBetween(range.from, range.to),
    listContactFactsBetween(range.from, range.to),
    listMentorsOfProgramme(programmeId),
    listMenteesOfProgramme(programmeId),
  ]);
  const pairings = pairingsStarted.filter((p) => p.closure === null || p.closure.date >= range.from);
  const knownPairings = new Set(pairings.map((p) => p.id));
  const eventSessions = new Set(sessions.filter((s) => s.kind === 'event').map((s) => s.id));
  const [extraPairings, contacts, modules, readySince] = await Promise.all([
    getPairingsByIds([...new Set(contactLogs.map((l) => l.pairingId))].filter((id) => !knownPairings.has(id))),
    getContactsByIds(
      attendance
        .filter((a) => a.personKind === 'contact' && a.personId !== null && eventSessions.has(a.sessionId))
        .map((a) => a.personId ?? ''),
    ),
    getModulesByIds(sessions.flatMap((s) => s.moduleIds)),
    readySinceWithin(mentors, range, { sessions, attendance, shadowing }),
  ]);
  return {
    programmeId,
    mentors,
    readySince,
    sessions,
    attendance,
    shadowing,
    modules,
    contacts,
    pairings: [...pairings, ...extraPairings],
    contactLogs,
    mentees,
  };
};

export type BuiltReport = { period: Period; previous: Period; programmeId: string | null; rows: ComparedRow[] };

/** The period's figures with the previous period of the same length beside each: one read, two counts. */
export const buildReport = async (period: Period, programmeId: string | null): Promise<BuiltReport> => {
  const previous = previousPeriod(period);
  const input = await loadReportInput({ from: previous.from, to: period.to }, programmeId);
  const checkIns = await loadCheckInFigureInput({ from: previous.from, to: period.to }, programmeId, input.pairings);
  const rows = compareRows(
    addCheckInFigures(computeActivityReport({ ...input, period }), checkIns, period),
    addCheckInFigures(computeActivityReport({ ...input, period: previous }), checkIns, previous),
  );
  return { period, previous, programmeId, rows };
};

/** Only the figures of one period (a saved report's "what the data says now"). */
export const computeReport = async (period: Period, programmeId: string | null): Promise<ReportRow[]> => {
  const input = await loadReportInput(period, programmeId);
  const checkIns = await loadCheckInFigureInput(period, programmeId, input.pairings);
  return addCheckInFigures(computeActivityReport({ ...input, period }), checkIns, period);
};

/**
 * One mentor's volunteer hours statement for a calendar year. Only the mentor's rows of the year
 * are read, through indexes: attendance by `[personId+sessionKind+sessionDate]` (training and
 * supervision), shadowing by `[mentorId+date]`, the mentor's pairings by `mentorId` and their
 * contact logs by `[pairingId+date]`; then the sessions of those attendance rows by id (a row
 * of a deleted session does not count).
 */
export const loadVolunteerHours = async (mentorId: string, year: number): Promise<VolunteerHoursStatement> => {
  const { from, to } = yearPeriod(year);
  const [training, supervision, shadowing, pairings] = await Promise.all([
    listAttendanceOfPersonBetween(mentorId, 'training', from, to),
    listAttendanceOfPersonBetween(mentorId, 'supervision', from, to),
    listShadowingOfMentorBetween(mentorId, from, to),
    listPairingsOfMentor(mentorId),
  ]);
  const attendance = [...training, ...supervision];
  const [sessions, contactLogs] = await Promise.all([
    getSessionsByIds(attendance.map((a) => a.sessionId)),
    listContactLogsOfPairingsBetween(
      pairings.map((p) => p.id),
      from,
      to,
    ),
  ]);
  return computeVolunteerHours({ mentorId, year, attendance, sessions, shadowing, pairings, contactLogs });
};

export type SentReportFacts = {
  period: Period;
  programmeId: string | null;
  programmeName: string;
  smallNumbersHidden: boolean;
  rows: readonly ReportRow[];
};

/** Freezes the figures as they were sent; returns the saved record. */
export const saveSentReport = async (input: SavedReportInput, facts: SentReportFacts): Promise<SavedReport> => {
  const now = nowIso();
  const record = SavedReportSchema.parse({
    ...SavedReportInputSchema.parse(input),
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    period: facts.period,
    programmeId: facts.programmeId,
    programmeName: facts.programmeName,
    smallNumbersHidden: facts.smallNumbersHidden,
    // Only what a row says: a compared row's `previous` is not part of what was sent.
    rows: facts.rows.map(({ id, section, figure, detail, value, unit }) => ({
      id,
      section,
      figure,
      detail,
      value,
      unit,
    })),
  });
  assertWritable();
  await db.transaction('rw', db.savedReports, async () => {
    await db.savedReports.add(record);
  });
  return record;
};

/** Saved reports, most recently sent first, through the `sentOn` index. */
export const listSavedReports = async (): Promise<SavedReport[]> =>
  (await db.savedReports.orderBy('sentOn').reverse().toArray()).filter((r) => r.deletedAt === null);

export const getSavedReport = async (id: string): Promise<SavedReport | undefined> => {
  const r = await db.savedReports.get(id);
  return r && r.deletedAt === null ? r : undefined;
};
