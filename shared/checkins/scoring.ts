import type { Questionnaire } from './questionnaire';

/** Answers by item id; a missing or null answer was not given. */
export type Answers = Readonly<Record<string, number | null | undefined>>;

export type Score = {
  /** Mean of the answered items on the questionnaire's scale, or null when nothing was answered. */
  score: number | null;
  answered: number;
  total: number;
  /** Some items were not answered: the score rests only on those that were. */
  partial: boolean;
};

export type AnswerProblem =
  | { itemId: string; kind: 'outOfRange'; value: number }
  | { itemId: string; kind: 'notInteger'; value: number }
  | { itemId: string; kind: 'unknownItem' };

/** What is wrong with these answers for this questionnaire (empty when they can be saved). */
export const answerProblems = (q: Questionnaire, answers: Answers): AnswerProblem[] => {
  const known = new Set(q.items.map((i) => i.id));
  const problems: AnswerProblem[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    if (!known.has(itemId)) problems.push({ itemId, kind: 'unknownItem' });
    else if (value === null || value === undefined) continue;
    else if (!Number.isInteger(value)) problems.push({ itemId, kind: 'notInteger', value });
    else if (value < q.scale.min || value > q.scale.max) problems.push({ itemId, kind: 'outOfRange', value });
  }
  return problems;
};

/**
 * The score of one response: the mean of the answered items (reverse items flipped), rounded to
 * two decimals. Unanswered items are left out rather than counted as zero, and `partial` says so.
 * Throws on answers `answerProblems` refuses, so a bad value can never reach a score.
 */
export const scoreAnswers = (q: Questionnaire, answers: Answers): Score => {
  const problems = answerProblems(q, answers);
  if (problems.length > 0) throw new RangeError(`invalid answers: ${JSON.stringify(problems)}`);
  let sum = 0;
  let answered = 0;
  for (const item of q.items) {
    const v = answers[item.id];
    if (v === null || v === undefined) continue;
    sum += item.reverse ? q.scale.min + q.scale.max - v : v;
    answered += 1;
  }
  const total = q.items.length;
  return {
    score: answered === 0 ? null : Math.round((sum / answered) * 100) / 100,
    answered,
    total,
    partial: answered < total,
  };
};
