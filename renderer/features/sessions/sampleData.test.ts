import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { buildSampleData, loadSampleData } from '../sampleData';
import { SAMPLE_STEPS } from '../../app/sampleSteps';
import { listSessions } from './sessionsRepo';
import { lastSupervisionDate } from './attendanceRepo';
import { listSupervisionOverdue } from './supervisionOverdue';

beforeEach(resetDatabase);

const env = { today: '2026-11-22', now: '2026-11-22T10:00:00.000Z', seed: 7 };

describe('sessions sample data', () => {
  it('builds valid contacts, ~30 sessions of every kind around today, and attendance only for past ones', () => {
    const data = buildSampleData(SAMPLE_STEPS, env);
    const sessions = data.sessions ?? [];
    expect(data.contacts?.length).toBe(8);
    expect(sessions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(sessions.map((s) => s.kind))).toEqual(new Set(['training', 'supervision', 'group', 'event']));
    expect(sessions.some((s) => s.date < '2026-09-01')).toBe(true);
    expect(sessions.some((s) => s.date > '2026-12-01')).toBe(true);
    const byId = new Map(sessions.map((s) => [s.id, s]));
    for (const a of data.attendance ?? []) {
      const s = byId.get(a.sessionId);
      expect((s?.date ?? '9999') < env.today).toBe(true);
      expect(a.sessionDate).toBe(s?.date);
      expect(a.sessionKind).toBe(s?.kind);
    }
  });

  it('leaves some active mentors overdue for supervision, and most not', async () => {
    await loadSampleData({ steps: SAMPLE_STEPS, env });
    const { overdue } = await listSupervisionOverdue(env.today, 4);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.filter((o) => o.lastSupervision === null).length).toBeGreaterThanOrEqual(2);
    const upcoming = await listSessions({ from: env.today, limit: 100 });
    expect(upcoming.length).toBeGreaterThan(3);
    const someone = upcoming.find((s) => s.subKind === 'caseDiscussion')?.expected[0];
    expect(await lastSupervisionDate(someone?.id ?? '', env.today)).not.toBeNull();
  });
});
