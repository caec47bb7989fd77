import { describe, expect, it } from 'vitest';
import { freeCapacity, pairingWarnings, scoreMentor, WEIGHTS } from './scoreMentor';

const PROG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

const mentee = {
  livedExperience: ['homelessness', 'substanceUse'] as const,
  languages: ['hu', 'ro'] as const,
  programmeId: PROG,
  preferredMentorGender: 'any' as const,
};
const mentor = {
  livedExperience: ['homelessness', 'mentalHealth'] as const,
  languages: ['hu'] as const,
  programmeIds: [PROG],
  capacity: 2,
  gender: 'female' as const,
};
const m = (over: Partial<Record<keyof typeof mentor, unknown>> = {}) =>
  ({ ...mentor, ...over }) as Parameters<typeof scoreMentor>[1];
const e = (over: Partial<Record<keyof typeof mentee, unknown>> = {}) =>
  ({ ...mentee, ...over }) as Parameters<typeof scoreMentor>[0];

describe('scoreMentor', () => {
  it('explains every part of the score, and the parts add up', () => {
    const { score, reasons } = scoreMentor(e(), m(), { activePairings: 1, ready: true });
    expect(reasons.map((r) => r.key)).toEqual([
      'sharedExperience',
      'commonLanguage',
      'sameProgramme',
      'freeCapacity',
      'trainingReady',
    ]);
    expect(reasons[0]).toMatchObject({ values: { areas: ['homelessness'] } });
    expect(reasons[1]).toMatchObject({ values: { languages: ['hu'] } });
    expect(reasons[3]).toMatchObject({ values: { free: 1, capacity: 2 } });
    expect(score).toBe(
      WEIGHTS.perSharedArea +
        WEIGHTS.commonLanguage +
        WEIGHTS.sameProgramme +
        WEIGHTS.freeCapacity +
        WEIGHTS.trainingReady,
    );
  });

  it('ranks a mentor with shared lived experience above one without', () => {
    const shared = scoreMentor(e(), m(), { activePairings: 0, ready: true }).score;
    const none = scoreMentor(e(), m({ livedExperience: ['disability'] }), { activePairings: 0, ready: true });
    expect(shared).toBeGreaterThan(none.score);
    expect(none.reasons.map((r) => r.key)).toContain('noSharedExperience');
  });

  it('counts at most two shared areas', () => {
    const two = scoreMentor(
      e({ livedExperience: ['homelessness', 'mentalHealth', 'disability'] }),
      m({ livedExperience: ['homelessness', 'mentalHealth', 'disability'] }),
      {
        activePairings: 0,
        ready: true,
      },
    );
    expect(two.reasons[0]).toMatchObject({ key: 'sharedExperience', points: 2 * WEIGHTS.perSharedArea });
  });

  it('pushes down a mentor with no common language, another programme, no free place or no training', () => {
    const base = scoreMentor(e(), m(), { activePairings: 0, ready: true }).score;
    const noLang = scoreMentor(e(), m({ languages: ['fi'] }), { activePairings: 0, ready: true });
    expect(noLang.reasons.map((r) => r.key)).toContain('noCommonLanguage');
    expect(noLang.score).toBeLessThan(base);
    expect(
      scoreMentor(e(), m({ programmeIds: [OTHER] }), { activePairings: 0, ready: true }).reasons.map((r) => r.key),
    ).toContain('otherProgramme');
    const full = scoreMentor(e(), m(), { activePairings: 2, ready: true });
    expect(full.reasons).toContainEqual({
      key: 'noCapacity',
      points: WEIGHTS.noCapacity,
      values: { open: 2, capacity: 2 },
    });
    expect(scoreMentor(e(), m(), { activePairings: 0, ready: false }).reasons.map((r) => r.key)).toContain(
      'notTrainingReady',
    );
  });

  it('respects a mentor gender preference either way', () => {
    expect(
      scoreMentor(e({ preferredMentorGender: 'female' }), m(), { activePairings: 0, ready: true }).reasons.at(-1)?.key,
    ).toBe('genderPreferenceMet');
    expect(
      scoreMentor(e({ preferredMentorGender: 'male' }), m(), { activePairings: 0, ready: true }).reasons.at(-1)?.key,
    ).toBe('genderPreferenceNotMet');
    expect(scoreMentor(e(), m(), { activePairings: 0, ready: true }).reasons.map((r) => r.key)).not.toContain(
      'genderPreferenceMet',
    );
  });
});

describe('capacity', () => {
  it('is capacity minus the open pairings, negative above capacity', () => {
    expect(freeCapacity(2, 0)).toBe(2);
    expect(freeCapacity(2, 2)).toBe(0);
    expect(freeCapacity(1, 3)).toBe(-2);
  });

  it('warns when pairing would go above capacity or the mentor is not training-ready', () => {
    expect(pairingWarnings({ capacity: 2 }, { activePairings: 1, ready: true })).toEqual([]);
    expect(pairingWarnings({ capacity: 2 }, { activePairings: 2, ready: true })).toEqual(['overCapacity']);
    expect(pairingWarnings({ capacity: 0 }, { activePairings: 0, ready: false })).toEqual([
      'overCapacity',
      'notTrainingReady',
    ]);
  });
});
