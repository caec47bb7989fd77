import { describe, expect, it } from 'vitest';
import { PairingTransitionError, isOpenPairingStatus, nextPairingStatuses, transitionPairing } from './pairing';
import { formatMenteeCode, menteeCodeNumber } from './mentee';

const proposed = {
  status: 'proposed' as const,
  startDate: null,
  statusHistory: [{ status: 'proposed' as const, date: '2026-03-01', note: '' }],
};

describe('pairing lifecycle', () => {
  it('goes proposed → active ⇄ paused → closed, and nowhere from closed', () => {
    expect(nextPairingStatuses('proposed')).toEqual(['active', 'closed']);
    expect(nextPairingStatuses('active')).toEqual(['paused', 'closed']);
    expect(nextPairingStatuses('paused')).toEqual(['active', 'closed']);
    expect(nextPairingStatuses('closed')).toEqual([]);
  });

  it('the first activation sets the start date and every move is in the history', () => {
    const active = transitionPairing(proposed, 'active', '2026-03-05');
    expect(active.startDate).toBe('2026-03-05');
    const paused = transitionPairing(active, 'paused', '2026-04-01', 'holiday');
    const again = transitionPairing(paused, 'active', '2026-04-20');
    expect(again.startDate).toBe('2026-03-05');
    expect(again.statusHistory.map((h) => h.status)).toEqual(['proposed', 'active', 'paused', 'active']);
    expect(paused.statusHistory.at(-1)).toEqual({ status: 'paused', date: '2026-04-01', note: 'holiday' });
  });

  it('keeps a planned start date', () => {
    expect(transitionPairing({ ...proposed, startDate: '2026-02-20' }, 'active', '2026-03-05').startDate).toBe(
      '2026-02-20',
    );
  });

  it('refuses moves the lifecycle does not allow', () => {
    expect(() => transitionPairing(proposed, 'paused', '2026-03-05')).toThrow(PairingTransitionError);
    const closed = transitionPairing(proposed, 'closed', '2026-03-05');
    expect(() => transitionPairing(closed, 'active', '2026-03-06')).toThrow(PairingTransitionError);
  });

  it('open statuses hold a place in the capacity; closed does not', () => {
    expect(['proposed', 'active', 'paused', 'closed'].map((s) => isOpenPairingStatus(s as 'active'))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('mentee codes', () => {
  it('pad to three digits and read back per prefix', () => {
    expect(formatMenteeCode('HF', 7)).toBe('HF-007');
    expect(formatMenteeCode('HF', 1234)).toBe('HF-1234');
    expect(menteeCodeNumber('HF-023', 'HF')).toBe(23);
    expect(menteeCodeNumber('HFX-023', 'HF')).toBeNull();
    expect(menteeCodeNumber('YM-023', 'HF')).toBeNull();
  });
});
