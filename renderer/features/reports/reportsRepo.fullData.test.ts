import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../db/AppDB';
import { resetDatabase } from '../../db/testing';
import { buildBackupBytes, parseBackupDocument } from '../../../shared/backup/document';
import type { TablesData } from '../../../shared/backup/format';
import { addDays } from '../../../shared/domain/mentor';
import { compareRows, computeActivityReport, type ReportRow } from '../../../shared/reports/activity';
import { inPeriod, previousPeriod, type Period } from '../../../shared/reports/period';
import { computeManyProgress } from '../../../shared/training/progress';
import { generateDataset, withStamps, type Dataset } from '../../../tests/bench/dataset';
import { importBackup } from '../backup/backupRepo';
import { buildReport, computeReport } from './reportsRepo';

/**
 * The repository reads only the rows of a period (and, for mentors' readiness dates, the history
 * of those who trained in it) through indexes. Whatever it leaves out must not change a figure:
 * over the bench's small office dataset — ten years of records, most of them outside any one
 * period, some of them deleted — its report equals the pure computation over every record.
 */

const TODAY = '2026-12-05';
const DELETED_AT = '2026-01-02T10:00:00.000Z';

/** The check-in figures come from their own input (checkInFigures.test.ts); not compared here. */
const CHECK_IN_FIGURES = new Set(['averageCheckInScore', 'pairingsWithCheckIn']);
const activityOnly = <R extends ReportRow>(rows: readonly R[]): R[] =>
  rows.filter((r) => !CHECK_IN_FIGURES.has(r.figure));

let data: Dataset;
let readySince: Map<string, string | null>;

/** Every record, no index, no narrowing: what the report must say. */
const expected = (period: Period, programmeId: string | null): ReportRow[] =>
  computeActivityReport({
    period,
    programmeId,
    mentors: data.mentors,
    readySince,
    sessions: data.sessions,
    attendance: data.attendance,
    shadowing: data.shadowing,
    modules: data.modules,
    contacts: data.contacts,
    pairings: data.pairings,
    contactLogs: data.contactLogs,
    mentees: data.mentees,
  });

/** Tombstones every `n`th record of a table (they must count nowhere, read or not). */
const tombstone = <T extends { deletedAt: string | null }>(rows: T[], n: number): T[] =>
  rows.map((r, i) => (i % n === n - 1 ? { ...r, deletedAt: DELETED_AT } : r));

/**
 * The generated mentors complete their training over the ten years (tests/bench/dataset.ts). Here
 * 150 of them also attend a session on every module of their first programme, and 200 days later
 * another that completes them all (dates over the ten years), so their readiness date needs rows
 * from before it — often from before the period being reported. Except those of the third
 * programme, whose curriculum gets a module that nothing teaches: nobody there is ready.
 */
const withTrainingCompleted = (d: Dataset): Dataset => {
  const sessionTemplate = d.sessions.find((s) => s.kind === 'training')!;
  const rowTemplate = d.attendance[0]!;
  const sessions = [...d.sessions];
  const attendance = [...d.attendance];
  d.mentors.slice(0, 150).forEach((m, i) => {
    const curriculum = d.modules.filter((mod) => mod.programmeId === m.programmeIds[0]);
    const hours = curriculum.reduce((sum, mod) => sum + mod.requiredHours, 0) / 1.5;
    const done = addDays('2017-01-01', Math.round((i * 3580) / 150));
    for (const date of [addDays(done, -200), done]) {
      const session = {
        ...sessionTemplate,
        id: crypto.randomUUID(),
        date,
        programmeId: m.programmeIds[0] ?? null,
        moduleIds: curriculum.map((mod) => mod.id),
      };
      sessions.push(session);
      attendance.push({
        ...rowTemplate,
        id: crypto.randomUUID(),
        sessionId: session.id,
        personId: m.id,
        status: 'present',
        hours,
        sessionDate: date,
        sessionKind: 'training',
      });
    }
  });
  // The third programme's curriculum gets a mandatory module nobody has been taught yet: no one
  // in that programme can be ready, whatever they attended.
  const third = d.programmes[2]!.id;
  const untaught = {
    ...d.modules[0]!,
    id: crypto.randomUUID(),
    programmeId: third,
    name: 'Not taught yet',
    mandatory: true,
    requiredHours: 3,
    order: 9,
  };
  return { ...d, sessions, attendance, modules: [...d.modules, untaught] };
};

beforeAll(async () => {
  const generated = withTrainingCompleted(generateDataset('small', { today: TODAY }));
  data = withStamps({
    ...generated,
    sessions: tombstone(generated.sessions, 40),
    attendance: tombstone(generated.attendance, 30),
    shadowing: tombstone(generated.shadowing, 10),
    pairings: tombstone(generated.pairings, 50),
    contactLogs: tombstone(generated.contactLogs, 30),
    mentors: tombstone(generated.mentors, 45),
  });
  const live = new Set(data.modules.filter((m) => m.deletedAt === null).map((m) => m.id));
  const progress = computeManyProgress({
    mentors: data.mentors,
    modules: data.modules,
    sessions: data.sessions,
    attendance: data.attendance,
    shadowing: data.shadowing,
    existingModuleIds: live,
  });
  readySince = new Map([...progress].map(([id, p]) => [id, p.readySince]));

  await resetDatabase();
  const { bytes } = await buildBackupBytes(data as unknown as TablesData, {
    schemaVersion: SCHEMA_VERSION,
    appVersion: 'test',
    deviceId: crypto.randomUUID(),
    organisationName: 'Test',
    createdAt: new Date().toISOString(),
  });
  await importBackup(await parseBackupDocument(bytes, SCHEMA_VERSION), 'replace');
}, 120_000);

const LAST_YEAR = { from: '2025-01-01', to: '2025-12-31' };
const A_QUARTER = { from: '2025-04-01', to: '2025-06-30' };
const YEARS_AGO = { from: '2019-07-01', to: '2019-09-30' };

describe('the report the repository reads equals the pure computation over every record', () => {
  it('the dataset puts readiness dates and records on both sides of the periods', () => {
    const dates = [...readySince.values()].filter((d): d is string => d !== null);
    for (const p of [LAST_YEAR, previousPeriod(LAST_YEAR)]) {
      expect(dates.some((d) => inPeriod(d, p))).toBe(true);
      expect(dates.some((d) => d < p.from)).toBe(true);
    }
    expect(data.attendance.some((a) => a.sessionDate < previousPeriod(LAST_YEAR).from)).toBe(true);
    expect(data.attendance.some((a) => a.sessionDate > LAST_YEAR.to)).toBe(true);
    const completed = (rows: readonly ReportRow[]) => rows.find((r) => r.id === 'completedTraining')?.value ?? 0;
    expect(completed(expected(LAST_YEAR, null))).toBeGreaterThan(0);
  });

  it.each([
    ['last year', LAST_YEAR],
    ['a quarter', A_QUARTER],
    ['a quarter years ago', YEARS_AGO],
  ])('buildReport of %s, with the period before beside it, all programmes and each one', async (_, period) => {
    for (const programmeId of [null, ...data.programmes.map((p) => p.id)]) {
      const built = await buildReport(period, programmeId);
      expect(activityOnly(built.rows)).toEqual(
        compareRows(expected(period, programmeId), expected(previousPeriod(period), programmeId)),
      );
    }
  });

  it.each([
    ['last year', LAST_YEAR],
    ['a quarter', A_QUARTER],
  ])('computeReport of %s alone (a saved report’s “now”)', async (_, period) => {
    for (const programmeId of [null, data.programmes[0]!.id]) {
      expect(activityOnly(await computeReport(period, programmeId))).toEqual(expected(period, programmeId));
    }
  });
});
