import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { loadSampleData } from '../sampleData';
import { SAMPLE_STEPS } from '../../app/sampleSteps';
import { db } from '../../db/db';
import { findDueCheckIns, findPairingsNeedingAttention, scoreCheckIn } from './checkinsRepo';

const env = { today: '2026-11-22', now: '2026-11-22T10:00:00.000Z', seed: 7 };

beforeEach(resetDatabase);

describe('check-in sample data', () => {
  it('loads valid check-ins: one partial answer, one pairing needing attention, some due', async () => {
    await loadSampleData({ steps: SAMPLE_STEPS, env });
    const attention = await findPairingsNeedingAttention();
    expect(attention).toHaveLength(1);
    expect(attention[0]?.reasons.map((r) => r.kind)).toContain('notAGoodFit');
    const due = await findDueCheckIns(env.today);
    expect(due.length).toBeGreaterThan(0);
    const all = (await db.checkIns.toArray()).map(scoreCheckIn);
    expect(all.length).toBe(5);
    expect(all.every((c) => c.score !== null && c.score >= 1 && c.score <= 5)).toBe(true);
    expect(all.filter((c) => c.partial)).toHaveLength(1);
  });
});
