import { describe, expect, it } from 'vitest';
import type { ConsentEntryKind, ConsentPurpose } from '../domain/consent';
import {
  compareEntries,
  entryRefusal,
  hasValidProcessingConsent,
  ledgerNewestFirst,
  processingConsent,
  purposeKey,
  purposeState,
  purposeStates,
  type LedgerEntry,
} from './consentLedger';

let n = 0;
const entry = (
  purposeKind: ConsentPurpose,
  kind: ConsentEntryKind,
  date: string,
  more: Partial<LedgerEntry> = {},
): LedgerEntry => {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    purposeKind,
    purpose: '',
    kind,
    date,
    createdAt: `2026-01-01T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
    deletedAt: null,
    ...more,
  };
};

describe('consent ledger', () => {
  it('holds what the latest entry of a purpose says, by date', () => {
    // Typed in out of order: the withdrawal of March was recorded before the consent of January.
    const withdrawn = entry('processing', 'withdrawn', '2026-03-01');
    const given = entry('processing', 'given', '2026-01-10');
    expect(processingConsent([withdrawn, given])).toEqual({ state: 'withdrawn', since: '2026-03-01' });
    expect(hasValidProcessingConsent([withdrawn, given])).toBe(false);
    const again = entry('processing', 'given', '2026-04-02');
    expect(processingConsent([withdrawn, given, again])).toEqual({ state: 'given', since: '2026-04-02' });
    expect(hasValidProcessingConsent([given])).toBe(true);
  });

  it('on the same date, the entry made later holds: by its stamp, which a clock moved back cannot reorder', () => {
    const given = entry('processing', 'given', '2026-03-01', {
      createdAt: '2026-03-01T12:00:00.000Z',
      baseStamp: '2026-03-01T12:00:00.000Z-0000-aaaaaaaaaaaaaaaa',
    });
    // Made after, on a PC whose clock was moved back an hour: its createdAt is earlier, its stamp is not.
    const withdrawn = entry('processing', 'withdrawn', '2026-03-01', {
      createdAt: '2026-03-01T11:00:00.000Z',
      baseStamp: '2026-03-01T12:00:00.000Z-0001-aaaaaaaaaaaaaaaa',
    });
    expect(processingConsent([withdrawn, given]).state).toBe('withdrawn');
    // Without stamps (not yet written), by createdAt; at the same moment, the withdrawal.
    const a = entry('photos', 'given', '2026-03-01', { createdAt: '2026-03-01T12:00:00.000Z' });
    const b = entry('photos', 'withdrawn', '2026-03-01', { createdAt: '2026-03-01T12:00:00.000Z' });
    expect(compareEntries(a, b)).toBeLessThan(0);
    expect(compareEntries(b, a)).toBeGreaterThan(0);
    expect(purposeState([b, a], a)?.state).toBe('withdrawn');
  });

  it('orders the same entries the same way whatever order they come in', () => {
    const entries = [
      entry('processing', 'given', '2025-01-01'),
      entry('processing', 'withdrawn', '2025-06-01'),
      entry('processing', 'given', '2025-06-01'),
      entry('photos', 'given', '2025-06-01'),
    ];
    const expected = ledgerNewestFirst(entries).map((e) => e.id);
    for (let i = 0; i < 10; i++) {
      const shuffled = [...entries].sort(() => Math.random() - 0.5);
      expect(ledgerNewestFirst(shuffled).map((e) => e.id)).toEqual(expected);
    }
  });

  it('leaves deleted entries (typed by mistake) out', () => {
    const given = entry('processing', 'given', '2025-01-01');
    const mistake = entry('processing', 'withdrawn', '2025-02-01', { deletedAt: '2025-02-01T10:00:00.000Z' });
    expect(processingConsent([given, mistake])).toEqual({ state: 'given', since: '2025-01-01' });
    expect(processingConsent([mistake])).toEqual({ state: 'none' });
    expect(processingConsent([])).toEqual({ state: 'none' });
  });

  it('gives each purpose its state and history, processing first, other purposes apart by wording', () => {
    const entries = [
      entry('other', 'given', '2025-01-01', { purpose: 'Hírlevél' }),
      entry('photos', 'given', '2025-01-01'),
      entry('other', 'withdrawn', '2025-05-01', { purpose: 'hirlevel ' }),
      entry('other', 'given', '2025-01-01', { purpose: 'Story in the annual report' }),
      entry('processing', 'given', '2025-01-01', { purpose: 'Adatkezelési nyilatkozat 2025' }),
      entry('photos', 'withdrawn', '2025-03-01'),
    ];
    const states = purposeStates(entries);
    expect(states.map((s) => [s.key, s.state, s.history.length])).toEqual([
      ['processing', 'given', 1],
      ['photos', 'withdrawn', 2],
      ['other:hirlevel', 'withdrawn', 2],
      ['other:story in the annual report', 'given', 1],
    ]);
    expect(states[1]?.history.map((e) => e.kind)).toEqual(['withdrawn', 'given']);
    expect(purposeKey({ purposeKind: 'photos', purpose: 'anything' })).toBe('photos');
    // Processing is one purpose whatever its description says.
    expect(purposeKey({ purposeKind: 'processing', purpose: 'GDPR form' })).toBe(
      purposeKey({ purposeKind: 'processing', purpose: '' }),
    );
  });

  it('lets a consent be withdrawn only while in force and not before it was given; giving again is always allowed', () => {
    const given = entry('processing', 'given', '2025-06-01');
    const withdraw = (date: string) => ({
      purposeKind: 'processing' as const,
      purpose: '',
      kind: 'withdrawn' as const,
      date,
    });
    expect(entryRefusal([], withdraw('2025-07-01'))).toBe('notGiven');
    expect(entryRefusal([given], withdraw('2025-05-31'))).toBe('withdrawBeforeGiven');
    expect(entryRefusal([given], withdraw('2025-06-01'))).toBeNull();
    const withdrawn = entry('processing', 'withdrawn', '2025-07-01');
    expect(entryRefusal([given, withdrawn], withdraw('2025-08-01'))).toBe('notGiven');
    expect(entryRefusal([given, withdrawn], { ...withdraw('2025-08-01'), kind: 'given' })).toBeNull();
    // Another purpose's consent does not make this one withdrawable.
    expect(entryRefusal([entry('photos', 'given', '2025-01-01')], withdraw('2025-08-01'))).toBe('notGiven');
  });
});
