import { describe, expect, it } from 'vitest';
import { buildSampleData } from '../sampleData';
import { organisationStep } from '../sampleData/organisationSample';
import { SAMPLE_STEPS } from '../../app/sampleSteps';
import { curriculumSampleStep, shadowingSampleStep } from './sampleData';
import { DEFAULT_MODULES } from '../programmes/defaultCurriculum';
import hu from '../../../locales/hu/training.json';

const env = { today: '2026-11-22', now: '2026-11-22T10:00:00.000Z', seed: 7 };

describe('training sample data', () => {
  it('is registered at orders 20 and 50', () => {
    expect(SAMPLE_STEPS).toEqual(expect.arrayContaining([curriculumSampleStep, shadowingSampleStep]));
    expect([curriculumSampleStep.order, shadowingSampleStep.order]).toEqual([20, 50]);
  });

  it('gives every programme the default curriculum in the organisation language, and valid shadowing', () => {
    // buildSampleData validates every record with the domain schemas and throws otherwise.
    const data = buildSampleData([organisationStep, curriculumSampleStep, shadowingSampleStep], env);
    const programmes = data.programmes ?? [];
    const modules = data.modules ?? [];
    expect(modules).toHaveLength(programmes.length * DEFAULT_MODULES.length);
    const first = modules.filter((m) => m.programmeId === programmes[0]?.id).sort((a, b) => a.order - b.order);
    // The sample organisation works in Hungarian.
    expect(first.map((m) => m.name)).toEqual(DEFAULT_MODULES.map((d) => hu.defaultCurriculum[d.key].name));

    const shadowing = data.shadowing ?? [];
    expect(shadowing.length).toBeGreaterThan(0);
    const mentors = new Map((data.mentors ?? []).map((m) => [m.id, m]));
    for (const s of shadowing) {
      const mentor = mentors.get(s.mentorId);
      expect(mentor?.statusHistory.some((h) => h.status === 'inTraining')).toBe(true);
      expect(s.date <= env.today).toBe(true);
      for (const id of s.moduleIds)
        expect(mentor?.programmeIds).toContain(modules.find((m) => m.id === id)?.programmeId);
    }
    expect(buildSampleData([organisationStep, curriculumSampleStep, shadowingSampleStep], env)).toEqual(data);
  });
});
