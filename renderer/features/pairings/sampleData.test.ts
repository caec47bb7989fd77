import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { loadSampleData } from '../sampleData';
import { SAMPLE_STEPS } from '../../app/sampleSteps';
import { MENTEE_CODE_PATTERN } from '../../../shared/domain/mentee';
import { findMentees } from '../mentees/menteesRepo';
import {
  countOpenPairingsByMentor,
  findMonitoringBreaches,
  listContactLogs,
  listPairingsByStatus,
  recentCrisisContacts,
} from './pairingsRepo';
import { PAIRING_STATUSES } from '../../../shared/domain/pairing';

const today = '2026-11-22';

beforeEach(resetDatabase);

describe('sample mentees and pairings', () => {
  it('load valid, with unique codes per programme, pairings in every status and a crisis', async () => {
    const data = await loadSampleData({ steps: SAMPLE_STEPS, env: { today, now: `${today}T09:00:00.000Z` } });
    expect(data.mentees).toHaveLength(15);
    const mentees = await findMentees();
    expect(new Set(mentees.map((m) => m.code)).size).toBe(15);
    expect(mentees.every((m) => MENTEE_CODE_PATTERN.test(m.code))).toBe(true);
    expect(mentees.some((m) => m.givenName === '')).toBe(true);

    const pairings = await listPairingsByStatus(PAIRING_STATUSES);
    expect(pairings).toHaveLength(10);
    expect(new Set(pairings.map((p) => p.status))).toEqual(new Set(PAIRING_STATUSES));
    // Every pairing's lastContactDate agrees with its log.
    for (const p of pairings) expect(p.lastContactDate).toBe((await listContactLogs(p.id))[0]?.date ?? '');
    // Mentee statuses follow the pairings.
    const byId = new Map(mentees.map((m) => [m.id, m]));
    for (const p of pairings)
      expect(byId.get(p.menteeId)?.status).toBe(p.status === 'closed' ? p.closure?.menteeStatusAfter : 'paired');

    expect(await recentCrisisContacts('2026-10-23')).toHaveLength(1);
    const breaking = await findMonitoringBreaches(today, { firstMonthMinContacts: 2, contactEveryDays: 30 });
    // Exactly the two planted on purpose: one silent for months, one short in its first month.
    expect(breaking.map((b) => b.breaches.map((x) => x.kind).join('+')).sort()).toEqual([
      'firstMonth+overdue',
      'overdue',
    ]);
    expect(breaking.some((b) => b.breaches.some((x) => x.kind === 'overdue' && x.daysSince > 100))).toBe(true);
    expect((await countOpenPairingsByMentor()).size).toBeGreaterThan(0);
  });
});
