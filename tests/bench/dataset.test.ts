import { describe, expect, it } from 'vitest';
import { DOMAIN_TABLES, DOMAIN_TABLE_NAMES } from '../../shared/domain';
import { MENTEE_CODE_PATTERN } from '../../shared/domain/mentee';
import { computeManyProgress } from '../../shared/training/progress';
import { SIZES, changeOnePercent, countRecords, generateDataset, type Dataset } from './dataset';

const TODAY = '2026-11-22';
const small = generateDataset('small', { today: TODAY });

/** Every record that fails its table's zod schema, as `table[index]: path message`. */
const invalid = (data: Dataset): string[] =>
  DOMAIN_TABLE_NAMES.flatMap((name) =>
    data[name].flatMap((record, index) => {
      const result = DOMAIN_TABLES[name].safeParse(record);
      return result.success ? [] : [`${name}[${index}]: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    }),
  );

describe('benchmark dataset', () => {
  it('has exactly the sizes of the issue, a tenth for the small office', () => {
    const counts = countRecords(small);
    expect(counts).toMatchObject(SIZES.small);
    expect(counts).toMatchObject({ mentors: 200, mentees: 300, pairings: 500, contactLogs: 6000, sessions: 1000, attendance: 10000 });
    expect(counts.settings).toBe(1);
    expect(counts.programmes).toBe(3);
    expect(counts.modules).toBe(10);
  });

  it('passes the domain schemas in every record of every table', () => {
    expect(invalid(small)).toEqual([]);
  });

  it('is the same on every run for the same day', () => {
    expect(JSON.stringify(generateDataset('small', { today: TODAY }))).toBe(JSON.stringify(small));
  });

  it('has unique ids and mentee codes, and references that resolve', () => {
    for (const name of DOMAIN_TABLE_NAMES) expect(new Set(small[name].map((r) => r.id)).size, name).toBe(small[name].length);
    expect(new Set(small.mentees.map((m) => m.code)).size).toBe(small.mentees.length);
    expect(small.mentees.every((m) => MENTEE_CODE_PATTERN.test(m.code))).toBe(true);
    const ids = (records: { id: string }[]) => new Set(records.map((r) => r.id));
    const mentors = ids(small.mentors);
    const mentees = ids(small.mentees);
    const pairings = ids(small.pairings);
    const sessions = ids(small.sessions);
    expect(small.pairings.every((p) => mentors.has(p.mentorId) && mentees.has(p.menteeId))).toBe(true);
    expect(small.contactLogs.every((c) => pairings.has(c.pairingId) && mentors.has(c.mentorId) && mentees.has(c.menteeId))).toBe(true);
    expect(small.attendance.every((a) => sessions.has(a.sessionId) && a.personId !== null && mentors.has(a.personId))).toBe(true);
    expect(small.attendance.every((a) => a.sessionDate < TODAY)).toBe(true);
    expect(small.wellbeingCheckIns.every((w) => mentors.has(w.mentorId) && w.date <= TODAY)).toBe(true);
  });

  it('has a few wellbeing check-ins a year for each active or paused mentor, and none for the others', () => {
    const carried = new Map(small.mentors.filter((m) => m.status === 'active' || m.status === 'paused').map((m) => [m.id, m]));
    expect(small.wellbeingCheckIns.every((w) => carried.has(w.mentorId))).toBe(true);
    const lastYear = small.wellbeingCheckIns.filter((w) => w.date > '2025-11-22');
    const active = [...carried.values()].filter((m) => m.status === 'active' && m.createdAt < '2025-06-01');
    const perActive = active.map((m) => lastYear.filter((w) => w.mentorId === m.id).length);
    expect(Math.min(...perActive)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perActive)).toBeLessThanOrEqual(5);
    // Answers that move from one check-in to the next, not one pattern copied.
    expect(new Set(small.wellbeingCheckIns.map((w) => JSON.stringify(w.answers))).size).toBeGreaterThan(small.wellbeingCheckIns.length / 4);
  });

  it('keeps the denormalised fields true: last contact date, attendance session copies, open pairings per mentee', () => {
    const lastByPairing = new Map<string, string>();
    for (const c of small.contactLogs) if (c.date > (lastByPairing.get(c.pairingId) ?? '')) lastByPairing.set(c.pairingId, c.date);
    expect(small.pairings.every((p) => p.lastContactDate === (lastByPairing.get(p.id) ?? ''))).toBe(true);
    const sessionById = new Map(small.sessions.map((s) => [s.id, s]));
    expect(small.attendance.every((a) => sessionById.get(a.sessionId)?.date === a.sessionDate && sessionById.get(a.sessionId)?.kind === a.sessionKind)).toBe(true);
    const open = small.pairings.filter((p) => p.status !== 'closed');
    expect(new Set(open.map((p) => p.menteeId)).size).toBe(open.length);
    expect(small.mentees.filter((m) => m.status === 'paired').length).toBe(open.length);
  });

  it('gives every list of the app something to show today', () => {
    expect(small.sessions.some((s) => s.date >= TODAY)).toBe(true);
    expect(small.mentors.filter((m) => m.status === 'active').length).toBeGreaterThan(100);
    expect(small.mentees.some((m) => m.status === 'waiting')).toBe(true);
    // A pairing quiet for more than the rule's 30 days appears on the monitoring list.
    expect(small.pairings.some((p) => p.status === 'active' && p.lastContactDate < '2026-10-23')).toBe(true);
  });

  it('lets most mentors complete their training over the years, some not yet and a few never', () => {
    const progress = computeManyProgress(small);
    const ready = (m: { id: string }) => progress.get(m.id)?.ready === true;
    const of = (...statuses: string[]) => small.mentors.filter((m) => statuses.includes(m.status));
    // Every module of every curriculum is taught, mandatory or not.
    const taught = new Set(small.sessions.filter((s) => s.kind === 'training').flatMap((s) => s.moduleIds));
    expect(small.modules.filter((m) => !taught.has(m.id))).toEqual([]);
    expect(small.mentors.filter(ready).length).toBeGreaterThan(small.mentors.length / 2);
    expect(small.mentors.filter((m) => !ready(m)).length).toBeGreaterThan(small.mentors.length / 10);
    // Most active mentors are ready, a few are not; nobody who never trained is; some in training are not yet.
    expect(of('active').filter(ready).length).toBeGreaterThan(of('active').length * 0.7);
    expect(of('active').filter((m) => !ready(m)).length).toBeGreaterThan(0);
    expect(of('applicant', 'screening').filter(ready)).toEqual([]);
    expect(of('inTraining').filter((m) => !ready(m)).length).toBeGreaterThan(0);
    // Completed in many different years, and (what last year's report must find out) some who
    // trained in the last two full years had completed their training long before them.
    const readySince = small.mentors.map((m) => progress.get(m.id)?.readySince ?? null).filter((d) => d !== null);
    expect(new Set(readySince.map((d) => d.slice(0, 4))).size).toBeGreaterThan(5);
    const trainedLately = new Set(
      small.attendance.filter((a) => a.sessionKind === 'training' && a.status === 'present' && a.sessionDate >= '2024-01-01' && a.sessionDate <= '2025-12-31').map((a) => a.personId),
    );
    expect(small.mentors.filter((m) => trainedLately.has(m.id) && (progress.get(m.id)?.readySince ?? '9') < '2023-01-01').length).toBeGreaterThan(5);
    // Nobody trains before they joined.
    const joined = new Map(small.mentors.map((m) => [m.id, m.createdAt.slice(0, 10)]));
    expect(small.attendance.filter((a) => a.sessionKind === 'training' && a.sessionDate < (joined.get(a.personId ?? '') ?? ''))).toEqual([]);
  });

  it('changes one record in a hundred for the merge file, still valid', () => {
    const { data, changed } = changeOnePercent(small, '2026-11-22T12:00:00.000Z');
    const total = Object.values(countRecords(small)).reduce((a, b) => a + b, 0);
    expect(changed).toBe(DOMAIN_TABLE_NAMES.reduce((n, name) => n + Math.floor(small[name].length / 100), 0));
    expect(changed / total).toBeCloseTo(0.01, 2);
    const differs = DOMAIN_TABLE_NAMES.reduce((n, name) => n + data[name].filter((r, i) => r !== small[name][i]).length, 0);
    expect(differs).toBe(changed);
    expect(data.attendance[99]?.updatedAt).toBe('2026-11-22T12:01:00.000Z');
    expect(invalid(data)).toEqual([]);
  });
});
