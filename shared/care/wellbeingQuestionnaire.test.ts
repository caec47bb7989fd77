import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../domain/base';
import { WellbeingCheckInInputSchema } from '../domain/care';
import { getQuestionnaire, scoreAnswers } from '../checkins';
import { latinToCyrillic } from '../i18n/transliterate';
import { WELLBEING_QUESTIONNAIRE_V1 as q, getWellbeingQuestionnaire } from './wellbeingQuestionnaire';

describe('wellbeing questionnaire', () => {
  it('has six statements with unique ids, in every language, Cyrillic from the Latin', () => {
    expect(q.items).toHaveLength(6);
    expect(new Set(q.items.map((i) => i.id)).size).toBe(6);
    for (const item of q.items) {
      for (const lng of SUPPORTED_LANGUAGES) expect(item.text[lng].length).toBeGreaterThan(10);
      expect(item.text['sr-Cyrl']).toBe(latinToCyrillic(item.text['sr-Latn']));
    }
  });

  it('is versioned and kept apart from the pairing questionnaire', () => {
    expect(getWellbeingQuestionnaire('wellbeing@1')).toBe(q);
    expect(getWellbeingQuestionnaire('wellbeing@2')).toBeUndefined();
    expect(getWellbeingQuestionnaire('pairing@1')).toBeUndefined();
    expect(getQuestionnaire('wellbeing@1')).toBeUndefined();
  });

  it('scores reverse statements so that a higher score is always better', () => {
    const best = { enoughSupport: 5, timeToRest: 5, roleMakesSense: 5, drained: 1, ownPastReturns: 1, canSayNo: 5 };
    expect(scoreAnswers(q, best).score).toBe(5);
    const worst = { enoughSupport: 1, timeToRest: 1, roleMakesSense: 1, drained: 5, ownPastReturns: 5, canSayNo: 1 };
    expect(scoreAnswers(q, worst).score).toBe(1);
    // 4 + 3 + 5 + (6−4=2) + (6−2=4) + 1 = 19 / 6 = 3.1666… → 3.17
    expect(
      scoreAnswers(q, {
        enoughSupport: 4,
        timeToRest: 3,
        roleMakesSense: 5,
        drained: 4,
        ownPastReturns: 2,
        canSayNo: 1,
      }).score,
    ).toBe(3.17);
  });

  it('refuses answers off the scale or for statements the version does not have', () => {
    const base = { mentorId: crypto.randomUUID(), date: '2026-06-01', questionnaire: 'wellbeing@1' };
    expect(WellbeingCheckInInputSchema.safeParse({ ...base, answers: { drained: 3 } }).success).toBe(true);
    expect(WellbeingCheckInInputSchema.safeParse({ ...base, answers: { drained: 6 } }).success).toBe(false);
    expect(WellbeingCheckInInputSchema.safeParse({ ...base, answers: { trust: 3 } }).success).toBe(false);
    expect(WellbeingCheckInInputSchema.safeParse({ ...base, questionnaire: 'pairing@1' }).success).toBe(false);
  });
});
