import { describe, expect, it } from 'vitest';
import type { MentorLoad, NeedReason } from '../../../shared/care';
import type { Mentor } from '../../../shared/domain/mentor';
import type { CareRow } from './careRepo';
import { byUrgency } from './careText';
import { firstDir, sortLoadRows } from './loadSort';

const load = (over: Partial<MentorLoad>): MentorLoad => ({
  activePairings: 0,
  capacity: 2,
  contactHours30: 0,
  crisis30: 0,
  crisis90: 0,
  lastSupervision: null,
  daysSinceSupervision: null,
  openFollowUps: 0,
  wellbeingDate: null,
  wellbeingScore: null,
  wellbeingChange: null,
  wellbeingTrend: null,
  ...over,
});

const row = (
  name: string,
  over: Partial<MentorLoad>,
  reasons: NeedReason[] = [],
  status: Mentor['status'] = 'active',
): CareRow => ({
  mentor: { id: name, givenName: name, familyName: 'X', status } as Mentor,
  load: load(over),
  allReasons: reasons,
  reasons,
  wellbeingDue: { state: 'notScheduled', dueFrom: null, dueBy: null, reason: null },
});

const overdue: NeedReason = { kind: 'supervisionOverdue', fact: 'never', lastSupervision: null, weeks: 4 };
const crisis: NeedReason = { kind: 'crisisWithoutSupervision', fact: 'c1', count: 2, days: 30, since: '2026-06-01' };
const over: NeedReason = { kind: 'overCapacity', fact: '3/2', active: 3, capacity: 2 };

// In the list's name order (careList reads the alphabet's index).
const ROWS = [
  row('Anna', { crisis30: 1, daysSinceSupervision: 10, wellbeingScore: 3.5, activePairings: 2, capacity: 2 }),
  row('Béla', { crisis30: 3, daysSinceSupervision: null, wellbeingScore: null, activePairings: 2, capacity: 3 }, [
    overdue,
  ]),
  row(
    'Cili',
    { crisis30: 0, daysSinceSupervision: 40, wellbeingScore: 2, activePairings: 3, capacity: 2 },
    [crisis, over],
    'paused',
  ),
  row('Dóra', { crisis30: 1, daysSinceSupervision: 10, wellbeingScore: 4.25, activePairings: 0, capacity: 1 }),
];
const names = (rows: CareRow[]) => rows.map((r) => r.mentor.givenName);

describe('sorting the load list', () => {
  it('by name keeps the alphabet of the list, or turns it round', () => {
    expect(names(sortLoadRows(ROWS, 'name', 'asc'))).toEqual(['Anna', 'Béla', 'Cili', 'Dóra']);
    expect(names(sortLoadRows(ROWS, 'name', 'desc'))).toEqual(['Dóra', 'Cili', 'Béla', 'Anna']);
  });

  it('by a figure, ties in name order whichever the direction', () => {
    expect(names(sortLoadRows(ROWS, 'crisis30', 'desc'))).toEqual(['Béla', 'Anna', 'Dóra', 'Cili']);
    expect(names(sortLoadRows(ROWS, 'crisis30', 'asc'))).toEqual(['Cili', 'Anna', 'Dóra', 'Béla']);
  });

  it('counts "never supervised" as the longest without, and puts "no wellbeing score" last both ways', () => {
    expect(names(sortLoadRows(ROWS, 'supervision', 'desc'))).toEqual(['Béla', 'Cili', 'Anna', 'Dóra']);
    expect(names(sortLoadRows(ROWS, 'wellbeing', 'asc'))).toEqual(['Cili', 'Anna', 'Dóra', 'Béla']);
    expect(names(sortLoadRows(ROWS, 'wellbeing', 'desc'))).toEqual(['Dóra', 'Anna', 'Cili', 'Béla']);
  });

  it('by pairings: most first, the fuller of equals first; by status and reasons', () => {
    expect(names(sortLoadRows(ROWS, 'pairings', 'desc'))).toEqual(['Cili', 'Anna', 'Béla', 'Dóra']);
    expect(names(sortLoadRows(ROWS, 'status', 'asc'))).toEqual(['Anna', 'Béla', 'Dóra', 'Cili']);
    expect(names(sortLoadRows(ROWS, 'reasons', 'desc'))).toEqual(['Cili', 'Béla', 'Anna', 'Dóra']);
  });

  it('sorts a figure heaviest first on the first click, a name from A', () => {
    expect([firstDir('name'), firstDir('status'), firstDir('crisis90'), firstDir('wellbeing')]).toEqual([
      'asc',
      'asc',
      'desc',
      'desc',
    ]);
  });
});

describe('the most urgent first', () => {
  it('crisis contacts before a wellbeing drop, over capacity and overdue supervision; more reasons before fewer', () => {
    const flagged = [
      row('Anna', {}, [overdue]),
      row('Béla', {}, [over]),
      row('Cili', {}, [overdue, over]),
      row('Dóra', {}, [overdue, crisis]),
      row('Emő', {}, [{ kind: 'wellbeingDropped', fact: 'w', from: 4, to: 3, date: '2026-06-01' }]),
    ];
    expect(names(byUrgency(flagged))).toEqual(['Dóra', 'Emő', 'Cili', 'Béla', 'Anna']);
  });
});
