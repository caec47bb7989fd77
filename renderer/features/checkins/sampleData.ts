import { CURRENT_PAIRING_QUESTIONNAIRE, addMonths, questionnaireRef } from '../../../shared/checkins';
import type { CheckIn, CheckInRespondent } from '../../../shared/domain/checkin';
import type { Pairing } from '../../../shared/domain/pairing';
import type { Rng } from '../../../shared/sample/rng';
import type { SampleData, SampleStep } from '../../../shared/domain/sampleData';

type Env = { today: string; now: string; rng: Rng };

const q = CURRENT_PAIRING_QUESTIONNAIRE;
const answersAround = (rng: Rng, level: number, skip = 0): Record<string, number> =>
  Object.fromEntries(
    q.items.slice(0, q.items.length - skip).map((item) => [item.id, Math.min(5, Math.max(1, level + rng.int(-1, 1)))]),
  );

/**
 * Sample check-ins (step 45, after the pairings): the two longest-running active pairings get
 * check-ins from both people. One of them is going well; in the other the mentee's score drops
 * and they answer "not a good fit", so the overview's attention list has an entry. The other
 * active pairings have none yet, so some are due or overdue. One answer is partial.
 */
export const buildCheckInSample = (soFar: SampleData, { now, today, rng }: Env): SampleData => {
  const active = (soFar.pairings ?? [])
    .filter((p): p is Pairing & { startDate: string } => p.status === 'active' && p.startDate !== null)
    .filter((p) => addMonths(p.startDate, 3) <= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .slice(0, 2);
  const checkIns: CheckIn[] = [];
  const add = (
    p: Pairing,
    date: string,
    respondent: CheckInRespondent,
    answers: Record<string, number>,
    goodFit: CheckIn['goodFit'],
    note = '',
  ) =>
    checkIns.push({
      id: rng.uuid(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      pairingId: p.id,
      programmeId: p.programmeId,
      mentorId: p.mentorId,
      menteeId: p.menteeId,
      date,
      respondent,
      source: respondent === 'mentee' ? 'paper' : 'call',
      questionnaire: questionnaireRef(q),
      answers,
      goodFit,
      note,
    });
  const [struggling, going] = active;
  if (going) {
    const first = addMonths(going.startDate, 1);
    add(going, first, 'mentor', answersAround(rng, 4), 'yes');
    add(going, first, 'mentee', answersAround(rng, 4, 2), 'yes', 'Két kérdést kihagyott.');
  }
  if (struggling) {
    const first = addMonths(struggling.startDate, 1);
    const second = addMonths(first, 2);
    add(struggling, first, 'mentor', answersAround(rng, 4), 'yes');
    add(struggling, first, 'mentee', answersAround(rng, 4), 'yes');
    add(struggling, second <= today ? second : today, 'mentee', answersAround(rng, 2), 'no', 'Ritkán találkoznak.');
  }
  return { checkIns };
};

export const checkInsSampleStep: SampleStep = { key: 'checkins', order: 45, build: buildCheckInSample };
