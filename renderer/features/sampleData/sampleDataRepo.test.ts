import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { DOMAIN_TABLES, DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import { MENTOR_STATUSES } from '../../../shared/domain/mentor';
import type { SampleStep } from '../../../shared/domain/sampleData';
import { SAMPLE_STEPS } from '../../app/sampleSteps';
import { buildSampleData, loadSampleData } from './sampleDataRepo';
import { organisationStep } from './organisationSample';
import { saveSettings, getSettings } from '../settings/settingsRepo';
import { createMentor, findMentorIds } from '../mentors/mentorsRepo';

const env = { today: '2026-11-22', now: '2026-11-22T10:00:00.000Z', seed: 7 };

beforeEach(resetDatabase);

const countAll = async () => {
  let n = 0;
  for (const t of DOMAIN_TABLE_NAMES) n += await db.table(t).count();
  return n;
};

describe('sample data', () => {
  it('registers the organisation step first', () => {
    expect(SAMPLE_STEPS).toContain(organisationStep);
    expect(organisationStep.order).toBe(10);
  });

  it('builds valid, deterministic records: 3 programmes, mentors in every status', () => {
    const a = buildSampleData([organisationStep], env);
    expect(buildSampleData([organisationStep], env)).toEqual(a);
    expect(a.programmes?.map((p) => p.codePrefix)).toEqual(['HF', 'YM', 'VS']);
    expect(a.mentors?.length).toBeGreaterThanOrEqual(20);
    expect(new Set(a.mentors?.map((m) => m.status))).toEqual(new Set(MENTOR_STATUSES));
    for (const m of a.mentors ?? []) {
      expect(DOMAIN_TABLES.mentors.safeParse(m).success).toBe(true);
      expect(m.statusHistory.at(-1)?.status).toBe(m.status);
      expect(m.statusHistory.at(-1)!.date < env.today).toBe(true);
      expect(m.statusHistory.map((h) => h.date)).toEqual([...m.statusHistory.map((h) => h.date)].sort());
    }
    const exited = a.mentors?.filter((m) => m.status === 'exited') ?? [];
    expect(exited.every((m) => m.exitDate && m.exitReason)).toBe(true);
  });

  it('validates and writes every registered step in one go', async () => {
    const data = await loadSampleData({ steps: SAMPLE_STEPS, env });
    const mentors = await findMentorIds();
    expect(mentors).toHaveLength(data.mentors?.length ?? -1);
    expect((await getSettings()).organisationName).toMatch(/Híd/);
    for (const t of DOMAIN_TABLE_NAMES) expect(await db.table(t).count()).toBe(data[t]?.length ?? 0);
  });

  it('refuses when data exists, and writes nothing', async () => {
    await createMentor({ givenName: 'Anna', familyName: 'Kovács' });
    await expect(loadSampleData({ steps: SAMPLE_STEPS, env })).rejects.toThrow('sample.errors.dataExists');
    expect(await countAll()).toBe(1);
  });

  it('keeps settings the coordinator already saved', async () => {
    await saveSettings({ organisationName: 'Saját Egyesület' });
    await loadSampleData({ steps: SAMPLE_STEPS, env });
    expect((await getSettings()).organisationName).toBe('Saját Egyesület');
  });

  it('writes nothing when a later step makes an invalid record', async () => {
    const broken: SampleStep = {
      key: 'broken',
      order: 40,
      build: (soFar) => ({ mentors: [{ ...soFar.mentors![0]!, id: 'not-a-uuid' }] }),
    };
    await expect(loadSampleData({ steps: [organisationStep, broken], env })).rejects.toThrow('sample.errors.invalid');
    expect(await countAll()).toBe(0);
  });

  it('writes nothing when the database refuses a record halfway (one transaction)', async () => {
    const duplicate: SampleStep = {
      key: 'duplicate',
      order: 40,
      build: (soFar) => ({ programmes: [soFar.programmes![0]!] }),
    };
    await expect(loadSampleData({ steps: [organisationStep, duplicate], env })).rejects.toThrow();
    expect(await countAll()).toBe(0);
  });
});
