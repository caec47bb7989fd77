import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { DOMAIN_TABLES } from '../../../shared/domain';
import { compareEntries, entryRefusal, purposeStates } from '../../../shared/privacy/consentLedger';
import { buildSampleData, loadSampleData } from '../sampleData';
import { SAMPLE_STEPS } from '../../app/sampleSteps';
import { listConsents } from './consentsRepo';
import { peopleWithoutProcessingConsent } from '../privacy/missingConsents';

const env = { today: '2026-11-22', now: '2026-11-22T10:00:00.000Z', seed: 7 };

beforeEach(resetDatabase);

describe('sample consents', () => {
  it('are valid ledgers: every withdrawal ends a consent in force, none is dated in the future', () => {
    const data = buildSampleData(SAMPLE_STEPS, env);
    const consents = data.consents ?? [];
    expect(consents.length).toBeGreaterThan(30);
    for (const c of consents) {
      expect(DOMAIN_TABLES.consents.safeParse(c).success).toBe(true);
      expect(c.date <= env.today).toBe(true);
    }
    const byPerson = new Map<string, typeof consents>();
    for (const c of consents) byPerson.set(c.personId, [...(byPerson.get(c.personId) ?? []), c]);
    for (const entries of byPerson.values()) {
      const ordered = [...entries].sort(compareEntries);
      ordered.forEach((e, i) => expect(entryRefusal(ordered.slice(0, i), e)).toBeNull());
    }
    // A history to show: someone withdrew and gave consent again.
    expect([...byPerson.values()].some((entries) => purposeStates(entries).some((s) => s.history.length >= 3))).toBe(
      true,
    );
  });

  it('leave applicants, a mentor who withdrew and the mentee recorded without consent on the list', async () => {
    const data = await loadSampleData({ steps: SAMPLE_STEPS, env });
    const missing = await peopleWithoutProcessingConsent();
    const applicants = (data.mentors ?? []).filter((m) => m.status === 'applicant').map((m) => m.id);
    const noConsent = (data.mentees ?? []).filter((m) => !m.consentGiven).map((m) => m.id);
    expect(applicants.length).toBeGreaterThan(0);
    expect(noConsent).toHaveLength(1);
    expect(missing.map((r) => r.personId).sort()).toEqual(
      [
        ...applicants,
        ...noConsent,
        ...missing.filter((r) => r.consent.state === 'withdrawn').map((r) => r.personId),
      ].sort(),
    );
    const [withdrawn] = missing;
    expect(withdrawn?.consent.state).toBe('withdrawn');
    expect(await listConsents('mentor', withdrawn?.personId ?? '')).not.toEqual([]);
  });
});
