import type { Consent, ConsentEntryKind, ConsentMethod, ConsentPurpose } from '../../../shared/domain/consent';
import { addDays } from '../../../shared/domain/mentor';
import type { Rng } from '../../../shared/sample/rng';
import type { SampleData, SampleStep } from '../../../shared/domain/sampleData';

/**
 * Sample consent ledgers (step 60, after mentors and mentees exist). Mentors past the application
 * consented to processing when they began, a third of them to photos too; mentees when referred,
 * except the one the mentee sample records without consent. So the ledger has histories to show
 * and the list of people without consent is not empty: applicants not yet asked, an exited mentor
 * who withdrew, a mentor who withdrew and gave it again, a mentee never asked.
 */

type Env = { today: string; now: string; rng: Rng };

const buildConsentSample = (soFar: SampleData, { today, now, rng }: Env): SampleData => {
  const consents: Consent[] = [];
  const entry = (
    who: { personKind: Consent['personKind']; personId: string },
    purposeKind: ConsentPurpose,
    kind: ConsentEntryKind,
    date: string,
    method: ConsentMethod,
    more: { purpose?: string; notes?: string } = {},
  ) => {
    const at = date < today ? `${date}T10:00:00.000Z` : now;
    consents.push({
      id: rng.uuid(),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      ...who,
      purposeKind,
      purpose: '',
      kind,
      date,
      method,
      notes: '',
      ...more,
    });
  };

  let withdrewAndGaveAgain = false;
  let exitedWithdrew = false;
  (soFar.mentors ?? []).forEach((m, i) => {
    if (m.status === 'applicant') return;
    const who = { personKind: 'mentor' as const, personId: m.id };
    const since = m.statusHistory[0]?.date ?? today;
    entry(who, 'processing', 'given', since, i % 4 === 0 ? 'electronic' : 'written', {
      purpose: 'Önkéntes adatkezelési nyilatkozat',
    });
    if (i % 3 === 0) entry(who, 'photos', 'given', since, 'written');
    if (m.status === 'exited' && m.exitDate && !exitedWithdrew) {
      exitedWithdrew = true;
      entry(who, 'processing', 'withdrawn', m.exitDate, 'written', { notes: 'Kilépéskor kérte adatai törlését.' });
    } else if (m.status === 'active' && i % 3 === 0 && !withdrewAndGaveAgain && since < addDays(today, -120)) {
      withdrewAndGaveAgain = true;
      entry(who, 'photos', 'withdrawn', addDays(today, -90), 'verbal');
      entry(who, 'processing', 'withdrawn', addDays(today, -60), 'verbal', { notes: 'Téves tájékoztatás miatt.' });
      entry(who, 'processing', 'given', addDays(today, -45), 'written', {
        purpose: 'Új nyilatkozat, pontosított tájékoztatással',
      });
    }
  });
  (soFar.mentees ?? []).forEach((m, i) => {
    if (!m.consentGiven) return;
    const who = { personKind: 'mentee' as const, personId: m.id };
    const since = m.referredOn ?? today;
    entry(who, 'processing', 'given', since, 'written');
    if (i % 4 === 1) entry(who, 'partnerSharing', 'given', since, 'written', { purpose: m.referralSource });
    if (i % 5 === 2) entry(who, 'phoneContact', 'given', since, 'verbal');
  });
  return { consents };
};

export const consentsSampleStep: SampleStep = { key: 'consents', order: 60, build: buildConsentSample };
