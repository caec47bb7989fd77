import { describe, expect, it } from 'vitest';
import { PAIRING_QUESTIONNAIRE_V1, QUESTIONNAIRES, getQuestionnaire, type Questionnaire } from './questionnaire';
import { SUPPORTED_LANGUAGES as LANGUAGES } from '../domain/base';
import { answerProblems, scoreAnswers } from './scoring';

const q = PAIRING_QUESTIONNAIRE_V1;
const all = (v: number) => Object.fromEntries(q.items.map((i) => [i.id, v]));

describe('pairing questionnaire', () => {
  it('has eight items with unique ids and text in every language', () => {
    expect(q.items).toHaveLength(8);
    expect(new Set(q.items.map((i) => i.id)).size).toBe(8);
    for (const item of q.items) for (const lng of LANGUAGES) expect(item.text[lng].length).toBeGreaterThan(5);
    expect(q.scale.labels).toHaveLength(q.scale.max - q.scale.min + 1);
  });

  it('is found by its versioned ref', () => {
    expect(getQuestionnaire('pairing@1')).toBe(q);
    expect(getQuestionnaire('pairing@2')).toBeUndefined();
    expect([...QUESTIONNAIRES.keys()]).toContain('pairing@1');
  });
});

describe('scoreAnswers', () => {
  it('is the mean of a full response', () => {
    const answers = { ...all(4), trust: 5, oftenEnough: 2 }; // 6×4 + 5 + 2 = 31 → 3.875
    expect(scoreAnswers(q, answers)).toEqual({ score: 3.88, answered: 8, total: 8, partial: false });
  });

  it('scores a partial response only on what was answered and says it is partial', () => {
    expect(scoreAnswers(q, { getOnWell: 5, trust: 2, openness: null })).toEqual({
      score: 3.5,
      answered: 2,
      total: 8,
      partial: true,
    });
  });

  it('has no score when nothing was answered', () => {
    expect(scoreAnswers(q, {})).toEqual({ score: null, answered: 0, total: 8, partial: true });
  });

  it('flips reverse items', () => {
    const withReverse: Questionnaire = { ...q, items: [q.items[0]!, { ...q.items[1]!, reverse: true }] };
    // 5 and reverse(1) = 5 → 5
    expect(scoreAnswers(withReverse, { getOnWell: 5, trust: 1 }).score).toBe(5);
  });

  it('refuses out-of-range, fractional and unknown answers', () => {
    expect(answerProblems(q, { trust: 6, openness: 0, supported: 2.5, nonsense: 3, getOnWell: 1 })).toEqual([
      { itemId: 'trust', kind: 'outOfRange', value: 6 },
      { itemId: 'openness', kind: 'outOfRange', value: 0 },
      { itemId: 'supported', kind: 'notInteger', value: 2.5 },
      { itemId: 'nonsense', kind: 'unknownItem' },
    ]);
    expect(() => scoreAnswers(q, { trust: 6 })).toThrow(RangeError);
  });
});
