import { normaliseForSearch } from '../domain/base';
import type { Consent, ConsentEntryKind, ConsentPurpose } from '../domain/consent';

/**
 * What the consent ledger says now (issue "Privacy the law asks for"). Entries are never edited:
 * the state of a purpose is its latest live entry — by the date the person gave or withdrew
 * consent, then by when the entry was made — and the earlier ones are its history. Pure, so the
 * person's page, the list of people without consent and the subject-access export agree.
 */

/** The fields the rules read (a stored record has them all). */
export type LedgerEntry = Pick<
  Consent,
  'id' | 'purposeKind' | 'purpose' | 'kind' | 'date' | 'createdAt' | 'deletedAt'
> & {
  baseStamp?: string;
};

/**
 * Which purpose an entry is about: its kind, or for `other` its wording (case, accents and outer
 * spaces aside), so "Hírlevél" given and "hírlevél " withdrawn are one purpose.
 */
export const purposeKey = (e: Pick<LedgerEntry, 'purposeKind' | 'purpose'>): string =>
  e.purposeKind === 'other' ? `other:${normaliseForSearch(e.purpose)}` : e.purposeKind;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const KIND_ORDER: Record<ConsentEntryKind, number> = { given: 0, withdrawn: 1 };

/**
 * Ledger order, oldest first: the date, then when the entry was made — by its stamp, which never
 * goes backwards even when the PC's clock does, else by `createdAt` — then a withdrawal after a
 * consent made at the same moment (the careful reading), then the id, so that two PCs holding
 * the same entries always order them alike.
 */
export const compareEntries = (a: LedgerEntry, b: LedgerEntry): number =>
  cmp(a.date, b.date) ||
  cmp(a.baseStamp ?? a.createdAt, b.baseStamp ?? b.createdAt) ||
  cmp(a.createdAt, b.createdAt) ||
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
  cmp(a.id, b.id);

/** One purpose of one person: what holds now and every entry, newest first. */
export type PurposeState<E extends LedgerEntry = LedgerEntry> = {
  key: string;
  purposeKind: ConsentPurpose;
  /** The purpose's wording as last written. */
  purpose: string;
  state: ConsentEntryKind;
  latest: E;
  history: E[];
};

/** The live entries of one person's ledger, newest first (deleted entries — typed by mistake — left out). */
export const ledgerNewestFirst = <E extends LedgerEntry>(entries: readonly E[]): E[] =>
  entries.filter((e) => !e.deletedAt).sort((a, b) => compareEntries(b, a));

const PURPOSE_ORDER: Record<ConsentPurpose, number> = {
  processing: 0,
  photos: 1,
  partnerSharing: 2,
  phoneContact: 3,
  other: 4,
};

/**
 * The state of every purpose in one person's ledger: processing first, then the named purposes,
 * then the others by wording.
 */
export const purposeStates = <E extends LedgerEntry>(entries: readonly E[]): PurposeState<E>[] => {
  const byKey = new Map<string, E[]>();
  for (const e of ledgerNewestFirst(entries)) {
    const key = purposeKey(e);
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  return [...byKey.entries()]
    .map(([key, history]) => {
      const latest = history[0] as E;
      return { key, purposeKind: latest.purposeKind, purpose: latest.purpose, state: latest.kind, latest, history };
    })
    .sort((a, b) => PURPOSE_ORDER[a.purposeKind] - PURPOSE_ORDER[b.purposeKind] || cmp(a.key, b.key));
};

/** The state of one purpose, or undefined when the ledger has no entry for it. */
export const purposeState = <E extends LedgerEntry>(
  entries: readonly E[],
  purpose: Pick<LedgerEntry, 'purposeKind' | 'purpose'>,
): PurposeState<E> | undefined => purposeStates(entries).find((s) => s.key === purposeKey(purpose));

/**
 * Where a person stands on the processing of their data: `given` (the latest processing entry
 * gives consent), `withdrawn` (it withdraws it) or `none` (no entry).
 */
export type ProcessingConsent =
  { state: 'given'; since: string } | { state: 'withdrawn'; since: string } | { state: 'none' };

export const processingConsent = (entries: readonly LedgerEntry[]): ProcessingConsent => {
  const latest = ledgerNewestFirst(entries.filter((e) => e.purposeKind === 'processing'))[0];
  return latest ? { state: latest.kind, since: latest.date } : { state: 'none' };
};

/** A valid consent for processing: the latest processing entry is a `given` one. */
export const hasValidProcessingConsent = (entries: readonly LedgerEntry[]): boolean =>
  processingConsent(entries).state === 'given';

/**
 * Whether `entry` may be added to the ledger `entries` of its person: a withdrawal needs the
 * purpose to be given now (its latest entry is a `given` one) and is never dated before that
 * entry, the consent it ends. Giving again is always possible. Returns the reason when not.
 */
export const entryRefusal = (
  entries: readonly LedgerEntry[],
  entry: Pick<LedgerEntry, 'purposeKind' | 'purpose' | 'kind' | 'date'>,
): 'notGiven' | 'withdrawBeforeGiven' | null => {
  if (entry.kind !== 'withdrawn') return null;
  const same = ledgerNewestFirst(entries.filter((e) => purposeKey(e) === purposeKey(entry)));
  const latest = same[0];
  if (latest?.kind !== 'given') return 'notGiven';
  return entry.date < latest.date ? 'withdrawBeforeGiven' : null;
};
