import { describe, expect, it } from 'vitest';
import { findInvariantBreaks } from './invariants';

const pairing = (
  id: string,
  mentorId: string,
  menteeId: string,
  status = 'active',
  deletedAt: string | null = null,
) => ({
  id,
  mentorId,
  menteeId,
  status,
  deletedAt,
});
const mentor = { id: 'm1', givenName: 'Anna', familyName: 'Kovács', capacity: 1, deletedAt: null };
const mentee = { id: 'e1', code: 'HF-025', deletedAt: null };
const session = {
  id: 's1',
  title: 'Esetmegbeszélés',
  date: '2026-12-10',
  capacity: null,
  subKind: 'caseDiscussion',
  expectedIds: Array.from({ length: 12 }, (_, i) => `p${i}`),
  deletedAt: null,
};

describe('rules a merge can break', () => {
  it('finds a mentee with two open pairings, a mentor over capacity and a session over its places', () => {
    const breaks = findInvariantBreaks(
      {
        pairings: [pairing('a', 'm1', 'e1'), pairing('b', 'm1', 'e1', 'proposed')],
        mentors: [mentor],
        mentees: [mentee],
        sessions: [session],
      },
      'hu',
    );
    expect(breaks).toEqual([
      { kind: 'menteeOpenPairings', id: 'e1', label: 'HF-025', count: 2 },
      { kind: 'mentorCapacity', id: 'm1', label: 'Kovács Anna', count: 2, capacity: 1 },
      { kind: 'sessionCapacity', id: 's1', label: 'Esetmegbeszélés (2026-12-10)', count: 12, capacity: 10 },
    ]);
  });

  it('does not count closed or deleted pairings, nor deleted records', () => {
    const pairings = [
      pairing('a', 'm1', 'e1'),
      pairing('b', 'm1', 'e1', 'closed'),
      pairing('c', 'm1', 'e1', 'active', '2026-12-01T00:00:00.000Z'),
    ];
    expect(findInvariantBreaks({ pairings, mentors: [mentor], mentees: [mentee], sessions: [] }, 'en')).toEqual([]);
    const deleted = findInvariantBreaks(
      {
        pairings: [pairing('a', 'm1', 'e1'), pairing('b', 'm1', 'e1')],
        mentors: [{ ...mentor, deletedAt: 'x' }],
        mentees: [{ ...mentee, deletedAt: 'x' }],
        sessions: [],
      },
      'en',
    );
    expect(deleted).toEqual([]);
  });
});
