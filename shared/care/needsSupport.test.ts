import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CARE_RULES, needReasons, openReasons, type NeedsInput } from './needsSupport';

const TODAY = '2026-06-30';
const rules = DEFAULT_CARE_RULES;
const crisis = (id: string, date: string) => ({ id, date, durationMinutes: 60, crisis: true });
const base = (over: Partial<NeedsInput> = {}): NeedsInput => ({
  status: 'active',
  activeSince: '2025-01-01',
  capacity: 2,
  activePairings: 1,
  contacts: [],
  supervisionDates: ['2026-06-20'],
  wellbeing: [],
  ...over,
});
const kinds = (input: NeedsInput, today = TODAY) => needReasons(input, rules, today).map((r) => r.kind);

describe('crisis contacts without supervision since', () => {
  it('flags two crisis contacts within 30 days and no supervision since the first', () => {
    const input = base({ contacts: [crisis('c1', '2026-06-22'), crisis('c2', '2026-06-28')] });
    expect(needReasons(input, rules, TODAY)).toEqual([
      { kind: 'crisisWithoutSupervision', fact: 'c2', count: 2, days: 30, since: '2026-06-22' },
    ]);
  });

  it('counts the 30th day and not the 31st', () => {
    const on30th = base({
      supervisionDates: [],
      activeSince: TODAY,
      contacts: [crisis('c1', '2026-06-01'), crisis('c2', '2026-06-28')],
    });
    expect(kinds(on30th)).toEqual(['crisisWithoutSupervision']);
    const on31st = base({
      supervisionDates: [],
      activeSince: TODAY,
      contacts: [crisis('c1', '2026-05-31'), crisis('c2', '2026-06-28')],
    });
    expect(kinds(on31st)).toEqual([]);
  });

  it('is satisfied by a supervision on the same day as the first crisis contact, not the day before', () => {
    const contacts = [crisis('c1', '2026-06-22'), crisis('c2', '2026-06-28')];
    expect(kinds(base({ contacts, supervisionDates: ['2026-06-22'] }))).toEqual([]);
    expect(kinds(base({ contacts, supervisionDates: ['2026-06-21'] }))).toEqual(['crisisWithoutSupervision']);
  });

  it('ignores ordinary contacts, one crisis contact alone, and contacts after today', () => {
    const ordinary = { id: 'o', date: '2026-06-25', durationMinutes: 60, crisis: false };
    expect(kinds(base({ supervisionDates: ['2026-06-05'], contacts: [crisis('c1', '2026-06-22'), ordinary] }))).toEqual(
      [],
    );
    expect(
      kinds(
        base({ supervisionDates: ['2026-06-05'], contacts: [crisis('c1', '2026-06-22'), crisis('c2', '2026-07-01')] }),
      ),
    ).toEqual([]);
  });
});

describe('a wellbeing score that dropped', () => {
  it('flags a drop of a point or more against the previous scored check-in', () => {
    const wellbeing = [
      { id: 'w1', date: '2026-03-01', score: 4.17 },
      { id: 'w2', date: '2026-06-01', score: 3.17 },
    ];
    expect(needReasons(base({ wellbeing }), rules, TODAY)).toEqual([
      { kind: 'wellbeingDropped', fact: 'w2', from: 4.17, to: 3.17, date: '2026-06-01' },
    ]);
    expect(kinds(base({ wellbeing: [wellbeing[0]!, { ...wellbeing[1]!, score: 3.18 }] }))).toEqual([]);
  });

  it('stops when a later check-in is better', () => {
    const wellbeing = [
      { id: 'w1', date: '2026-03-01', score: 4.5 },
      { id: 'w2', date: '2026-05-01', score: 3 },
      { id: 'w3', date: '2026-06-01', score: 3.5 },
    ];
    expect(kinds(base({ wellbeing }))).toEqual([]);
  });
});

describe('load above capacity and supervision overdue', () => {
  it('flags more active pairings than capacity, not as many', () => {
    expect(kinds(base({ activePairings: 3 }))).toEqual(['overCapacity']);
    expect(kinds(base({ activePairings: 2 }))).toEqual([]);
  });

  it('flags no supervision for more than the interval (4 weeks: day 28 is in time, day 29 is not)', () => {
    expect(kinds(base({ supervisionDates: ['2026-06-02'] }))).toEqual([]);
    expect(needReasons(base({ supervisionDates: ['2026-06-01'] }), rules, TODAY)).toEqual([
      { kind: 'supervisionOverdue', fact: '2026-06-01', lastSupervision: '2026-06-01', weeks: 4 },
    ]);
    // Never supervised: counted from when the mentor became active.
    expect(kinds(base({ supervisionDates: [], activeSince: '2026-06-10' }))).toEqual([]);
    expect(needReasons(base({ supervisionDates: [], activeSince: '2026-05-01' }), rules, TODAY)[0]).toMatchObject({
      kind: 'supervisionOverdue',
      fact: 'never',
    });
  });

  it('honours rules switched off in Settings', () => {
    const all = base({
      activePairings: 5,
      supervisionDates: [],
      contacts: [crisis('c1', '2026-06-22'), crisis('c2', '2026-06-28')],
      wellbeing: [
        { id: 'w1', date: '2026-03-01', score: 5 },
        { id: 'w2', date: '2026-06-01', score: 1 },
      ],
    });
    expect(kinds(all)).toEqual(['crisisWithoutSupervision', 'wellbeingDropped', 'overCapacity', 'supervisionOverdue']);
    const off = {
      crisisCount: 0,
      crisisWindowDays: 30,
      wellbeingDrop: 0,
      overCapacity: false,
      supervisionEveryWeeks: null,
    };
    expect(needReasons(all, off, TODAY)).toEqual([]);
    expect(needReasons(all, { ...off, crisisCount: 3 }, TODAY)).toEqual([]);
  });
});

describe('a paused mentor', () => {
  it('is never flagged', () => {
    const input = base({
      status: 'paused',
      activePairings: 5,
      supervisionDates: [],
      contacts: [crisis('c1', '2026-06-22'), crisis('c2', '2026-06-28')],
    });
    expect(kinds(input)).toEqual([]);
    expect(kinds({ ...input, status: 'active' }).length).toBe(3);
  });
});

describe('"talked, all right"', () => {
  const input = base({
    supervisionDates: [],
    activeSince: TODAY,
    contacts: [crisis('c1', '2026-06-22'), crisis('c2', '2026-06-28')],
  });

  it('clears the reasons it names until a newer fact raises the flag again', () => {
    const reasons = needReasons(input, rules, TODAY);
    const ack = { date: TODAY, cleared: reasons.map((r) => ({ kind: r.kind, fact: r.fact })) };
    expect(openReasons(reasons, [ack])).toEqual([]);
    const later = needReasons(
      { ...input, contacts: [...input.contacts, crisis('c3', '2026-07-01')] },
      rules,
      '2026-07-01',
    );
    expect(openReasons(later, [ack])).toEqual([
      { kind: 'crisisWithoutSupervision', fact: 'c3', count: 3, days: 30, since: '2026-06-22' },
    ]);
  });

  it('never clears a reason of another kind or fact (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(
              'overCapacity',
              'supervisionOverdue',
              'wellbeingDropped',
              'crisisWithoutSupervision' as const,
            ),
            fact: fc.string({ minLength: 1, maxLength: 4 }),
          }),
        ),
        fc.constantFrom('overCapacity' as const, 'supervisionOverdue' as const),
        fc.string({ minLength: 1, maxLength: 4 }),
        (cleared, kind, fact) => {
          const reason =
            kind === 'overCapacity'
              ? { kind, fact, active: 3, capacity: 2 }
              : { kind, fact, lastSupervision: null, weeks: 4 };
          const isCleared = cleared.some((c) => c.kind === kind && c.fact === fact);
          expect(openReasons([reason], [{ date: TODAY, cleared }]).length).toBe(isCleared ? 0 : 1);
        },
      ),
    );
  });
});
