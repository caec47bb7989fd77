import { describe, expect, it } from 'vitest';
import type { DuplicateDecision, PreviewRow, ValueQuestion } from '../../../shared/spreadsheet/types';
import {
  applyToAll,
  assignColumn,
  columnLetter,
  chosenDecision,
  filterRows,
  ignoreUnanswered,
  importableFields,
  initialAnswers,
  missingRequirements,
  rowsToWrite,
  sameShape,
  unansweredQuestions,
} from './wizardModel';

const row = (n: number, outcome: PreviewRow['outcome'], choices?: DuplicateDecision[]): PreviewRow => ({
  row: n,
  outcome,
  errors: [],
  notes: [],
  ...(choices
    ? { duplicate: { reason: 'email', label: 'X', choices, messageKey: 'spreadsheetImport:duplicates.email' } }
    : {}),
});

const question = (key: string, suggestion: ValueQuestion['suggestion'] = null): ValueQuestion => ({
  key,
  target: 'mentorStatus',
  fields: ['status'],
  raw: key,
  count: 1,
  rows: [2],
  suggestion,
  options: ['active'],
});

describe('columnLetter', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('sameShape', () => {
  it('compares headers column for column, ignoring case and spaces', () => {
    expect(sameShape(['Név', 'E-mail'], [' név', 'e-mail '])).toBe(true);
    expect(sameShape(['Név', 'E-mail'], ['E-mail', 'Név'])).toBe(false);
    expect(sameShape(['Név'], ['Név', 'E-mail'])).toBe(false);
  });
});

describe('assignColumn', () => {
  it('reads a field from one column only: choosing it elsewhere takes it from the first', () => {
    const { mapping, movedFrom } = assignColumn(['familyName', 'email', null], 2, 'familyName');
    expect(mapping).toEqual([null, 'email', 'familyName']);
    expect(movedFrom).toBe(0);
  });

  it('"do not import" clears only that column', () => {
    expect(assignColumn(['familyName', 'email'], 1, null)).toEqual({ mapping: ['familyName', null], movedFrom: null });
  });

  it('choosing the field a column already has moves nothing', () => {
    expect(assignColumn(['email', null], 0, 'email')).toEqual({ mapping: ['email', null], movedFrom: null });
  });
});

describe('missingRequirements', () => {
  it('asks for at least one column', () => {
    expect(missingRequirements('mentors', [null, null])).toEqual([{ kind: 'nothing' }]);
  });

  it('accepts a whole-name column instead of the two name fields', () => {
    expect(missingRequirements('mentors', ['fullName', 'email'])).toEqual([]);
    expect(missingRequirements('contacts', ['familyName', 'givenName'])).toEqual([]);
    expect(missingRequirements('mentors', ['familyName', 'email'])).toEqual([
      { kind: 'fields', fields: ['givenName'], orFullName: true },
    ]);
  });

  it('asks mentees for their programme and transition', () => {
    expect(missingRequirements('mentees', ['code'])).toEqual([
      { kind: 'fields', fields: ['programme', 'transition'], orFullName: false },
    ]);
  });

  it('asks attendance for a date and somebody', () => {
    expect(missingRequirements('attendance', ['sessionTitle'])).toEqual([
      { kind: 'fields', fields: ['sessionDate'], orFullName: false },
      { kind: 'attendancePerson' },
    ]);
    expect(missingRequirements('attendance', ['sessionDate', 'menteeCode'])).toEqual([]);
  });

  it('offers only importable fields', () => {
    for (const f of importableFields('mentees')) expect(f.importable).toBe(true);
    expect(importableFields('mentors').map((f) => f.key)).toContain('fullName');
  });
});

describe('value answers', () => {
  const questions = [question('a', { kind: 'value', value: 'active' }), question('b'), question('c')];

  it('starts from the suggestions and keeps earlier answers', () => {
    expect(initialAnswers(questions)).toEqual({ a: { kind: 'value', value: 'active' } });
    expect(initialAnswers(questions, { a: { kind: 'ignore' }, c: { kind: 'value', value: 'paused' } })).toEqual({
      a: { kind: 'ignore' },
      c: { kind: 'value', value: 'paused' },
    });
  });

  it('lists the unanswered and answers them "leave empty" on request', () => {
    const answers = initialAnswers(questions);
    expect(unansweredQuestions(questions, answers).map((q) => q.key)).toEqual(['b', 'c']);
    const all = ignoreUnanswered(questions, answers);
    expect(all).toEqual({ a: { kind: 'value', value: 'active' }, b: { kind: 'ignore' }, c: { kind: 'ignore' } });
    expect(unansweredQuestions(questions, all)).toEqual([]);
  });
});

describe('duplicates and counts', () => {
  const rows = [
    row(2, 'new'),
    row(3, 'duplicate', ['skip', 'update', 'add']),
    row(4, 'duplicate', ['skip', 'add']),
    row(5, 'error'),
  ];

  it('filters by outcome, and "all" does not copy', () => {
    expect(filterRows(rows, 'all')).toBe(rows);
    expect(filterRows(rows, 'duplicate').map((r) => r.row)).toEqual([3, 4]);
    expect(filterRows(rows, 'error').map((r) => r.row)).toEqual([5]);
  });

  it('skips a duplicate nobody decided on', () => {
    expect(chosenDecision(rows[1]!, {})).toBe('skip');
    expect(chosenDecision(rows[1]!, { 3: 'update' })).toBe('update');
  });

  it('applies a decision to every duplicate that allows it, and counts the others', () => {
    const { decisions, applied, notApplicable } = applyToAll(rows, { 4: 'add' }, 'update');
    expect(decisions).toEqual({ 3: 'update', 4: 'add' });
    expect(applied).toBe(1);
    expect(notApplicable).toBe(1);
    expect(applyToAll(rows, {}, 'add').decisions).toEqual({ 3: 'add', 4: 'add' });
  });

  it('counts the rows Import would write: new, updated and added anyway', () => {
    expect(rowsToWrite({ new: 1, update: 1, add: 1, skip: 4, error: 2 })).toBe(3);
  });
});
