import Dexie from 'dexie';
import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { RecordNotFoundError, setDeleted } from '../../db/softDelete';
import {
  DEFAULT_CHECK_IN_RULE,
  attentionReasons,
  checkInSchedule,
  getQuestionnaire,
  scoreAnswers,
  type AttentionReason,
  type CheckInRule,
  type CheckInSchedule,
  type Score,
} from '../../../shared/checkins';
import { CheckInInputSchema, CheckInSchema, type CheckIn, type CheckInInput } from '../../../shared/domain/checkin';
import type { Pairing } from '../../../shared/domain/pairing';
import type { Programme } from '../../../shared/domain/programme';
import { RulesSchema, type Rules } from '../../../shared/domain/settings';
import { nowIso } from '../../lib/format';
import { getPairing, listPairingsByStatus } from '../pairings';
import { listProgrammes } from '../programmes';
import { getSettings } from '../settings';

export class CheckInError extends Error {
  constructor(key: 'errors.pairingNotFound' | 'errors.pairingNotStarted' | 'errors.notFound') {
    super(key);
    this.name = 'CheckInError';
  }
}

/** A stored check-in with its score (computed on read: the questionnaire version says how). */
export type ScoredCheckIn = CheckIn & Score;

export const scoreCheckIn = (c: CheckIn): ScoredCheckIn => {
  const q = getQuestionnaire(c.questionnaire);
  if (!q) return { ...c, score: null, answered: 0, total: 0, partial: true };
  // Answers to items the version does not have (a damaged record) are left out, not fatal.
  const known = Object.fromEntries(Object.entries(c.answers).filter(([id]) => q.items.some((i) => i.id === id)));
  return { ...c, ...scoreAnswers(q, known) };
};

/**
 * Record one person's answers for a pairing. The pairing must exist and have started (a
 * proposal has nothing to check in on yet); the mentor, mentee and programme are copied from it.
 */
export const recordCheckIn = async (input: CheckInInput): Promise<CheckIn> => {
  const parsed = CheckInInputSchema.parse(input);
  assertWritable();
  return db.transaction('rw', db.pairings, db.checkIns, async () => {
    const pairing = await getPairing(parsed.pairingId);
    if (!pairing) throw new CheckInError('errors.pairingNotFound');
    if (pairing.status === 'proposed') throw new CheckInError('errors.pairingNotStarted');
    const now = nowIso();
    const record = CheckInSchema.parse({
      ...parsed,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      programmeId: pairing.programmeId,
      mentorId: pairing.mentorId,
      menteeId: pairing.menteeId,
    });
    await db.checkIns.add(record);
    return record;
  });
};

const setCheckInDeleted = async (id: string, deleted: boolean): Promise<void> => {
  try {
    await setDeleted('checkIns', id, deleted);
  } catch (e) {
    throw e instanceof RecordNotFoundError ? new CheckInError('errors.notFound') : e;
  }
};
export const deleteCheckIn = async (id: string): Promise<void> => setCheckInDeleted(id, true);
export const restoreCheckIn = async (id: string): Promise<void> => setCheckInDeleted(id, false);

/** A pairing's check-ins, oldest first, scored. */
export const listCheckIns = async (pairingId: string): Promise<ScoredCheckIn[]> =>
  (await db.checkIns.where('[pairingId+date]').between([pairingId, Dexie.minKey], [pairingId, Dexie.maxKey]).toArray())
    .filter((c) => !c.deletedAt)
    .map(scoreCheckIn);

/** Check-ins of many pairings at once, grouped by pairing (one index read). */
const checkInsByPairing = async (pairingIds: readonly string[]): Promise<Map<string, ScoredCheckIn[]>> => {
  const out = new Map<string, ScoredCheckIn[]>();
  if (pairingIds.length === 0) return out;
  const all = await db.checkIns
    .where('pairingId')
    .anyOf([...pairingIds])
    .toArray();
  for (const c of all.sort((a, b) => a.date.localeCompare(b.date))) {
    if (c.deletedAt) continue;
    out.set(c.pairingId, [...(out.get(c.pairingId) ?? []), scoreCheckIn(c)]);
  }
  return out;
};

/**
 * The rule a pairing follows: its programme's own, or the organisation's from Settings (the
 * defaults until they were saved). Settings saved before check-ins existed lack the fields, so
 * the rules are parsed again here to fill them in.
 */
export const ruleFor = (programme: Pick<Programme, 'checkInRule'> | undefined, rules: Partial<Rules>): CheckInRule => {
  const r = RulesSchema.parse(rules);
  const own = programme?.checkInRule ?? null;
  return {
    firstAfterMonths: own?.firstAfterMonths ?? r.checkInFirstAfterMonths,
    everyMonths: own?.everyMonths ?? r.checkInEveryMonths,
    overdueAfterDays: DEFAULT_CHECK_IN_RULE.overdueAfterDays,
  };
};

const rulesByProgramme = async (): Promise<(programmeId: string) => CheckInRule> => {
  const [settings, programmes] = await Promise.all([getSettings(), listProgrammes({ includeInactive: true })]);
  const byId = new Map(programmes.map((p) => [p.id, p]));
  return (programmeId) => ruleFor(byId.get(programmeId), settings.rules);
};

export const scheduleOf = (pairing: Pairing, checkIns: readonly { date: string }[], rule: CheckInRule, today: string) =>
  checkInSchedule(
    {
      status: pairing.status,
      startDate: pairing.startDate,
      statusHistory: pairing.statusHistory,
      checkInDates: checkIns.map((c) => c.date),
    },
    rule,
    today,
  );

/** One pairing's check-ins with its schedule and what needs attention. */
export const pairingCheckIns = async (
  pairingId: string,
  today: string,
): Promise<{
  checkIns: ScoredCheckIn[];
  schedule: CheckInSchedule;
  rule: CheckInRule;
  attention: AttentionReason[];
} | null> => {
  const pairing = await getPairing(pairingId);
  if (!pairing) return null;
  const [checkIns, ruleOf] = await Promise.all([listCheckIns(pairingId), rulesByProgramme()]);
  const rule = ruleOf(pairing.programmeId);
  return {
    checkIns,
    rule,
    schedule: scheduleOf(pairing, checkIns, rule, today),
    attention: attentionReasons(checkIns),
  };
};

export type DueCheckIn = { pairing: Pairing; schedule: CheckInSchedule };

/** Open pairings whose check-in is due or overdue on `today`: overdue first, then by due date. */
export const findDueCheckIns = async (today: string): Promise<DueCheckIn[]> => {
  const pairings = await listPairingsByStatus(['active']);
  const [byPairing, ruleOf] = await Promise.all([checkInsByPairing(pairings.map((p) => p.id)), rulesByProgramme()]);
  const rank = { overdue: 0, due: 1 } as const;
  return pairings
    .map((pairing) => ({
      pairing,
      schedule: scheduleOf(pairing, byPairing.get(pairing.id) ?? [], ruleOf(pairing.programmeId), today),
    }))
    .filter(
      (r): r is DueCheckIn & { schedule: { state: 'due' | 'overdue' } } =>
        r.schedule.state === 'due' || r.schedule.state === 'overdue',
    )
    .sort(
      (a, b) =>
        rank[a.schedule.state] - rank[b.schedule.state] || a.schedule.dueDate!.localeCompare(b.schedule.dueDate!),
    );
};

export type AttentionRow = { pairing: Pairing; reasons: AttentionReason[] };

/** Open pairings whose latest check-in answered "not a good fit" or whose score dropped. */
export const findPairingsNeedingAttention = async (): Promise<AttentionRow[]> => {
  const pairings = await listPairingsByStatus(['active', 'paused']);
  const byPairing = await checkInsByPairing(pairings.map((p) => p.id));
  return pairings
    .map((pairing) => ({ pairing, reasons: attentionReasons(byPairing.get(pairing.id) ?? []) }))
    .filter((r) => r.reasons.length > 0)
    .sort((a, b) => (b.reasons[0]?.date ?? '').localeCompare(a.reasons[0]?.date ?? ''));
};

/** For reports: a programme's check-ins in a period [from, to], scored. */
export const checkInsBetween = async (from: string, to: string): Promise<ScoredCheckIn[]> =>
  (await db.checkIns.where('date').between(from, to, true, true).toArray())
    .filter((c) => !c.deletedAt)
    .map(scoreCheckIn);
