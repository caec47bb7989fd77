import type { TFunction } from 'i18next';
import type { NeedReason, WellbeingTrend } from '../../../shared/care';
import { NEED_KINDS } from '../../../shared/domain/care';
import type { Language } from '../../../shared/domain/base';
import { formatDate, formatNumber, localeTag } from '../../lib/format';
import type { CareRow } from './careRepo';

/** A wellbeing score (an average on the 1–5 scale) as the language writes numbers. */
export const formatScore = (score: number, lng: Language): string => formatNumber(score, lng, 2);

const signed = new Map<string, Intl.NumberFormat>();
/** A change of score with its sign ("+0,5", "−1"), as the language writes numbers. */
export const formatChange = (change: number, lng: Language): string => {
  const tag = localeTag(lng);
  let f = signed.get(tag);
  if (!f) {
    f = new Intl.NumberFormat(tag, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    signed.set(tag, f);
  }
  return f.format(change);
};

/** A reason a mentor needs support, in words (care:reasonText.*), its dates and numbers in the language. */
export const reasonText = (t: TFunction, reason: NeedReason, lng: Language): string => {
  switch (reason.kind) {
    case 'crisisWithoutSupervision':
      return t('care:reasonText.crisisWithoutSupervision', {
        count: reason.count,
        days: formatNumber(reason.days, lng),
        since: formatDate(reason.since, lng),
      });
    case 'wellbeingDropped':
      return t('care:reasonText.wellbeingDropped', {
        from: formatScore(reason.from, lng),
        to: formatScore(reason.to, lng),
        date: formatDate(reason.date, lng),
      });
    case 'overCapacity':
      return t('care:reasonText.overCapacity', { count: reason.active, capacity: formatNumber(reason.capacity, lng) });
    case 'supervisionOverdue':
      return reason.lastSupervision
        ? t('care:reasonText.supervisionOverdue', {
            count: reason.weeks,
            last: formatDate(reason.lastSupervision, lng),
          })
        : t('care:reasonText.supervisionNever', { count: reason.weeks });
  }
};

/** The trend of the last two wellbeing scores in words ("falling (−1)"). */
export const trendText = (t: TFunction, trend: WellbeingTrend, change: number | null, lng: Language): string =>
  trend === null ? '' : t(`care:load.trend.${trend}`, { change: change === null ? '' : formatChange(change, lng) });

/**
 * The most urgent first: a mentor's most urgent reason (in the order of NEED_KINDS: crisis
 * contacts without supervision, a wellbeing drop, over capacity, supervision overdue), then more
 * reasons before fewer; the list's name order otherwise (a stable sort).
 */
export const byUrgency = (rows: readonly CareRow[]): CareRow[] => {
  const rank = (r: CareRow) => Math.min(...r.reasons.map((x) => NEED_KINDS.indexOf(x.kind)));
  return [...rows].sort((a, b) => rank(a) - rank(b) || b.reasons.length - a.reasons.length);
};
