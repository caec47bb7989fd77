import { describe, expect, it } from 'vitest';
import {
  MENTOR_STATUSES,
  MentorInputSchema,
  StatusChangeInputSchema,
  addDays,
  allowedNextStatuses,
  isAllowedTransition,
  mentorDerived,
  screeningAlerts,
  ScreeningSchema,
} from './mentor';
import { personSortKey } from '../i18n/collation';

describe('mentor lifecycle', () => {
  it('walks applicant → screening → in training → active ⇄ paused → exited', () => {
    expect(allowedNextStatuses('applicant')).toEqual(['screening', 'exited']);
    expect(allowedNextStatuses('screening')).toEqual(['inTraining', 'exited']);
    expect(allowedNextStatuses('inTraining')).toEqual(['active', 'exited']);
    expect(allowedNextStatuses('active')).toEqual(['paused', 'exited']);
    expect(allowedNextStatuses('paused')).toEqual(['active', 'exited']);
    expect(allowedNextStatuses('exited')).toEqual([]);
  });

  it('refuses skipping stages, going back and staying put', () => {
    expect(isAllowedTransition('applicant', 'active')).toBe(false);
    expect(isAllowedTransition('inTraining', 'screening')).toBe(false);
    expect(isAllowedTransition('exited', 'active')).toBe(false);
    for (const s of MENTOR_STATUSES) expect(isAllowedTransition(s, s)).toBe(false);
  });

  it('lets a mentor leave from every stage but the last', () => {
    for (const s of MENTOR_STATUSES.filter((x) => x !== 'exited')) expect(isAllowedTransition(s, 'exited')).toBe(true);
  });

  it('needs a reason to exit and to override a warning', () => {
    const exit = StatusChangeInputSchema.safeParse({ status: 'exited', date: '2026-11-01' });
    expect(exit.success).toBe(false);
    expect(exit.error?.issues[0]?.message).toBe('validation.exitReason');
    expect(
      StatusChangeInputSchema.safeParse({ status: 'exited', date: '2026-11-01', reason: 'Moved abroad' }).success,
    ).toBe(true);
    const override = StatusChangeInputSchema.safeParse({
      status: 'active',
      date: '2026-11-01',
      override: 'trainingIncomplete',
    });
    expect(override.error?.issues[0]?.message).toBe('validation.overrideReason');
  });
});

describe('mentor input', () => {
  it('fills defaults and trims', () => {
    const m = MentorInputSchema.parse({ givenName: ' Anna ', familyName: 'Kovács' });
    expect(m.givenName).toBe('Anna');
    expect(m.capacity).toBe(1);
    expect(m.screening.criminalRecord).toEqual({ date: null, expiresOn: null });
  });

  it('reports i18n keys for bad input', () => {
    const r = MentorInputSchema.safeParse({ givenName: '', familyName: 'X', email: 'nope', capacity: 30 });
    const messages = r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining(['givenName:validation.required', 'email:validation.email', 'capacity:validation.max20']),
    );
  });

  it('refuses an expiry before the date the document was issued', () => {
    const r = ScreeningSchema.safeParse({ criminalRecord: { date: '2026-05-01', expiresOn: '2026-04-01' } });
    expect(r.error?.issues[0]).toMatchObject({
      message: 'validation.expiryAfterDate',
      path: ['criminalRecord', 'expiresOn'],
    });
  });

  it('derives accent-free search tokens and a sort key in the organisation language', () => {
    const person = { givenName: 'Ádám', familyName: 'Mészáros', email: 'adam@pelda.hu', phone: '+36 30 123' };
    expect(mentorDerived(person, 'hu')).toEqual({
      searchTokens: ['adam', 'meszaros', 'pelda', 'hu', '36', '30', '123'],
      sortKey: personSortKey(person, 'hu'),
    });
    // The key is "family given": Mészáros Ádám sorts before Mészáros Béla, after Mester Zoltán.
    const key = (givenName: string, familyName: string) =>
      mentorDerived({ givenName, familyName, email: '', phone: '' }, 'hu').sortKey;
    expect(key('Ádám', 'Mészáros') < key('Béla', 'Mészáros')).toBe(true);
    expect(key('Zoltán', 'Mester') < key('Ádám', 'Mészáros')).toBe(true);
  });
});

describe('screening alerts', () => {
  it('flags expired and soon-expiring documents only', () => {
    const screening = ScreeningSchema.parse({
      criminalRecord: { date: '2025-01-01', expiresOn: '2026-11-01' },
      volunteerAgreement: { date: '2025-01-01', expiresOn: '2026-12-10' },
      interview: { date: '2025-01-01', expiresOn: '2027-06-01' },
    });
    expect(screeningAlerts(screening, '2026-11-22')).toEqual([
      { item: 'criminalRecord', kind: 'expired', expiresOn: '2026-11-01' },
      { item: 'volunteerAgreement', kind: 'expiringSoon', expiresOn: '2026-12-10' },
    ]);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
