import { describe, expect, it } from 'vitest';
import {
  addYears,
  contactInvolvementEnd,
  keepUntilFormSchema,
  latestDecision,
  latestDueEnd,
  menteeInvolvementEnd,
  mentorInvolvementEnd,
  retentionDueOn,
  retentionState,
  type KeepDecisionFacts,
  type PairingFacts,
} from './retention';

const TODAY = '2026-03-10';

const exited = (exitDate: string | null, history: { status: string; date: string }[] = []) => ({
  status: 'exited',
  exitDate,
  statusHistory: [{ status: 'active', date: '2015-01-01' }, ...history],
  deletedAt: null,
});

const mentee = (over: Partial<Parameters<typeof menteeInvolvementEnd>[0]> = {}) => ({
  closedOn: null,
  referredOn: null,
  createdAt: '2014-06-01T10:00:00.000Z',
  deletedAt: null,
  ...over,
});

const pairing = (status: string, closedOn: string | null, over: Partial<PairingFacts> = {}): PairingFacts => ({
  status,
  closure: closedOn ? { date: closedOn } : null,
  statusHistory: [{ date: '2015-01-01' }, ...(closedOn ? [{ date: closedOn }] : [])],
  deletedAt: null,
  ...over,
});

const decision = (
  keepUntil: string,
  decidedOn: string,
  createdAt = `${decidedOn}T09:00:00.000Z`,
): KeepDecisionFacts => ({
  keepUntil,
  decidedOn,
  createdAt,
  deletedAt: null,
});

describe('addYears', () => {
  it('adds and subtracts calendar years', () => {
    expect(addYears('2021-03-10', 5)).toBe('2026-03-10');
    expect(addYears('2026-03-10', -5)).toBe('2021-03-10');
    expect(addYears('2021-12-31', 1)).toBe('2022-12-31');
  });

  it('puts 29 February on 28 February in a year without one', () => {
    expect(addYears('2020-02-29', 5)).toBe('2025-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
  });
});

describe('when involvement ended', () => {
  it('a mentor: the exit date; the status history when the date is missing; nothing while they take part', () => {
    expect(mentorInvolvementEnd(exited('2019-05-02'))).toEqual({ date: '2019-05-02', basis: 'exited' });
    expect(mentorInvolvementEnd(exited(null, [{ status: 'exited', date: '2018-04-01' }]))).toEqual({
      date: '2018-04-01',
      basis: 'exited',
    });
    expect(mentorInvolvementEnd({ ...exited(null), status: 'active' })).toBeNull();
  });

  it('a deleted mentor counts too: from the exit if they exited, else from the deletion', () => {
    expect(mentorInvolvementEnd({ ...exited('2019-05-02'), deletedAt: '2024-01-01T08:00:00.000Z' })).toEqual({
      date: '2019-05-02',
      basis: 'exited',
    });
    expect(
      mentorInvolvementEnd({ ...exited(null), status: 'applicant', deletedAt: '2020-07-08T08:00:00.000Z' }),
    ).toEqual({
      date: '2020-07-08',
      basis: 'deleted',
    });
  });

  it('a mentee: nothing while a pairing is open; else the latest closure', () => {
    expect(menteeInvolvementEnd(mentee(), [pairing('closed', '2018-01-01'), pairing('active', null)])).toBeNull();
    expect(menteeInvolvementEnd(mentee(), [pairing('proposed', null)])).toBeNull();
    expect(menteeInvolvementEnd(mentee(), [pairing('closed', '2018-01-01'), pairing('closed', '2019-09-30')])).toEqual({
      date: '2019-09-30',
      basis: 'pairingClosed',
    });
    // A closed pairing without its closure record: the last status change.
    expect(
      menteeInvolvementEnd(mentee(), [pairing('closed', null, { statusHistory: [{ date: '2017-02-03' }] })]),
    ).toEqual({
      date: '2017-02-03',
      basis: 'pairingClosed',
    });
  });

  it('a mentee without a pairing: from the closing of their support, else the referral, else when they were added', () => {
    expect(menteeInvolvementEnd(mentee({ closedOn: '2019-03-03', referredOn: '2018-01-01' }), [])).toEqual({
      date: '2019-03-03',
      basis: 'menteeClosed',
    });
    expect(menteeInvolvementEnd(mentee({ referredOn: '2018-01-01' }), [])).toEqual({
      date: '2018-01-01',
      basis: 'referred',
    });
    expect(menteeInvolvementEnd(mentee(), [])).toEqual({ date: '2014-06-01', basis: 'added' });
  });

  it('a deleted pairing does not hold a mentee nor date their end; a deleted mentee with an open pairing ended when deleted', () => {
    const deleted = pairing('active', null, { deletedAt: '2020-01-01T00:00:00.000Z' });
    expect(menteeInvolvementEnd(mentee({ referredOn: '2018-01-01' }), [deleted])).toEqual({
      date: '2018-01-01',
      basis: 'referred',
    });
    expect(menteeInvolvementEnd(mentee({ deletedAt: '2021-02-02T12:00:00.000Z' }), [pairing('active', null)])).toEqual({
      date: '2021-02-02',
      basis: 'deleted',
    });
  });

  it('a contact: their latest session, attendance or shadowing, else when they were added', () => {
    const contact = { createdAt: '2015-04-04T10:00:00.000Z' };
    expect(contactInvolvementEnd(contact, [])).toEqual({ date: '2015-04-04', basis: 'added' });
    expect(
      contactInvolvementEnd(contact, [
        { date: '2019-01-01', basis: 'attended' },
        { date: '2020-06-06', basis: 'shadowing' },
        { date: '2018-01-01', basis: 'session' },
      ]),
    ).toEqual({ date: '2020-06-06', basis: 'shadowing' });
  });
});

describe('due for review', () => {
  const end = { date: '2021-03-10', basis: 'exited' as const };

  it('is due on the day N years after the end, not the day before', () => {
    expect(retentionDueOn(end.date, 5)).toBe('2026-03-10');
    expect(retentionState(end, 5, [], '2026-03-09')).toEqual({ state: 'notYet', end, dueOn: '2026-03-10' });
    expect(retentionState(end, 5, [], '2026-03-10')).toEqual({ state: 'due', end, dueOn: '2026-03-10', lapsed: null });
    expect(retentionState(end, 5, [], '2026-03-11').state).toBe('due');
  });

  it('follows the number of years set', () => {
    expect(retentionState(end, 6, [], TODAY).state).toBe('notYet');
    expect(retentionState(end, 4, [], TODAY).state).toBe('due');
  });

  it('an end on 29 February is due on 28 February when the year has no 29th', () => {
    const leap = { date: '2020-02-29', basis: 'exited' as const };
    expect(retentionState(leap, 5, [], '2025-02-27').state).toBe('notYet');
    expect(retentionState(leap, 5, [], '2025-02-28').state).toBe('due');
  });

  it('nothing is due while the person is still involved', () => {
    expect(retentionState(null, 5, [], TODAY)).toEqual({ state: 'involved' });
  });

  it('a keep-until decision holds through its date; the day after, the person is due again', () => {
    const keep = decision('2026-06-30', '2026-03-10');
    expect(retentionState(end, 5, [keep], '2026-03-10')).toMatchObject({ state: 'kept', decision: keep });
    expect(retentionState(end, 5, [keep], '2026-06-30')).toMatchObject({ state: 'kept', decision: keep });
    expect(retentionState(end, 5, [keep], '2026-07-01')).toMatchObject({ state: 'due', lapsed: keep });
  });

  it('a decision about someone not yet due changes nothing', () => {
    expect(retentionState(end, 5, [decision('2027-01-01', '2026-01-01')], '2026-03-09').state).toBe('notYet');
  });

  it('the latest decision counts, even when it keeps for a shorter time; a deleted one does not', () => {
    const long = decision('2030-01-01', '2026-03-10');
    const shorter = decision('2026-04-01', '2026-03-20');
    expect(latestDecision([long, shorter])).toBe(shorter);
    expect(retentionState(end, 5, [long, shorter], '2026-05-01').state).toBe('due');
    const sameDayLater = decision('2028-01-01', '2026-03-20', '2026-03-20T15:00:00.000Z');
    expect(latestDecision([shorter, sameDayLater])).toBe(sameDayLater);
    expect(latestDecision([{ ...long, deletedAt: '2026-03-11T00:00:00.000Z' }])).toBeNull();
  });
});

describe('latestDueEnd', () => {
  it('is the inverse of the due date on every day of eight years, leap days included', () => {
    let today = '2024-01-01';
    for (let i = 0; i < 8 * 366; i++) {
      for (const years of [1, 4, 5]) {
        const limit = latestDueEnd(today, years);
        expect(retentionDueOn(limit, years) <= today, `${today} ${years}`).toBe(true);
        const after = new Date(Date.parse(`${limit}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(retentionDueOn(after, years) > today, `${today} ${years}`).toBe(true);
      }
      today = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
  });

  it('on the boundary day is the end date itself', () => {
    expect(latestDueEnd('2026-03-10', 5)).toBe('2021-03-10');
    expect(latestDueEnd('2025-02-28', 5)).toBe('2020-02-29');
  });
});

describe('the keep-until form', () => {
  const schema = keepUntilFormSchema(TODAY);

  it('asks for a date after today and a reason', () => {
    expect(schema.safeParse({ keepUntil: '2026-03-11', reason: 'Court case pending' }).success).toBe(true);
    const today = schema.safeParse({ keepUntil: TODAY, reason: 'x' });
    expect(today.success ? [] : today.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['keepUntil', 'validation.keepUntilFuture'],
    ]);
    const empty = schema.safeParse({ keepUntil: '', reason: '   ' });
    expect(empty.success ? [] : empty.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['keepUntil', 'validation.required'],
      ['reason', 'validation.required'],
    ]);
    const wrong = schema.safeParse({ keepUntil: '2027-02-30', reason: 'x' });
    expect(wrong.success ? [] : wrong.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['keepUntil', 'validation.date'],
    ]);
  });
});
