import type { DomainTableName } from '../domain';
import { normaliseForSearch } from '../domain/base';
import { PERSON_TABLES, type PersonTable } from '../domain/privacy';
import { canonical, sealRecord, type SyncRecord } from '../sync/record';

/**
 * What erasing a person does to every record (shared/domain/PRIVACY.md has the same, per field).
 *
 * The rule is a pure function of a record and the set of erased ids, applied wherever records
 * enter the database — the erasure itself, every merge (to the file's records before planning,
 * and to what the merge writes), a *Replace* and an undo — so no older or concurrent copy brings
 * anything back. It never touches stamps: two PCs that scrub the same merged record get the same
 * record and the same `rev`, so the merge still converges (merge.property.test.ts checks it).
 *
 * - The person's own record, their consents and retention decisions: removed (`null`).
 * - Records about them that keep past reports true (attendance hours, a pairing's dates, a
 *   contact's duration, check-in scores): kept, with every free-text field about them emptied.
 */

export type ErasedIds = ReadonlySet<string>;

/** A walk-in's name once the person it named is erased (the row's hours stay for reports). */
export const ERASED_WALK_IN = '—';
type Rec = SyncRecord;

/** Log lists emptied of their notes can hold one entry twice (two copies of it): keep one. */
const dedupe = <T>(entries: readonly T[]): T[] => {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = canonical(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const has = (erased: ErasedIds, id: unknown): boolean => typeof id === 'string' && erased.has(id);

/** The fields a rule empties (`''`, `[]`), and how; `null` drops the record. */
type Scrub = (r: Rec) => Rec | null;

const blank =
  (...fields: string[]): Scrub =>
  (r) => {
    const out: Rec = { ...r };
    for (const f of fields) if (typeof out[f] === 'string') out[f] = '';
    return out;
  };

type Entry = Record<string, unknown>;
const blankPairing: Scrub = (r) => {
  const out: Rec = { ...r, notes: '', goals: [] };
  out.statusHistory = dedupe(((r.statusHistory as Entry[] | undefined) ?? []).map((e) => ({ ...e, note: '' })));
  out.overrides = dedupe(((r.overrides as Entry[] | undefined) ?? []).map((e) => ({ ...e, reason: '' })));
  const closure = r.closure as Entry | null | undefined;
  if (closure) out.closure = { ...closure, reasonText: '' };
  return out;
};

/**
 * Per table: whether a record concerns an erased person, and what then happens to it. Tables
 * not named (programmes, modules, settings, reports sent, the ledgers) hold nobody's data.
 */
const RULES: Partial<Record<DomainTableName, { concerns: (r: Rec, e: ErasedIds) => boolean; scrub: Scrub }>> = {
  mentors: { concerns: (r, e) => has(e, r.id), scrub: () => null },
  mentees: { concerns: (r, e) => has(e, r.id), scrub: () => null },
  contacts: { concerns: (r, e) => has(e, r.id), scrub: () => null },
  consents: { concerns: (r, e) => has(e, r.personId), scrub: () => null },
  // A walk-in row is in the ledger itself when it was the erased person's name.
  attendance: {
    concerns: (r, e) => has(e, r.id) && r.personKind === 'walkIn',
    scrub: (r) => ({ ...r, walkInName: ERASED_WALK_IN }),
  },
  retention: { concerns: (r, e) => has(e, r.personId), scrub: () => null },
  shadowing: {
    concerns: (r, e) => has(e, r.mentorId) || has(e, r.contactId),
    scrub: (r) => blank('notes', 'professionalName')(r),
  },
  sessions: {
    concerns: (r, e) =>
      ((r.facilitatorIds as string[] | undefined) ?? []).some((id) => e.has(id)) ||
      ((r.expectedIds as string[] | undefined) ?? []).some((id) => e.has(id)),
    scrub: blank('confidentialNotes'),
  },
  pairings: { concerns: (r, e) => has(e, r.mentorId) || has(e, r.menteeId), scrub: blankPairing },
  contactLogs: { concerns: (r, e) => has(e, r.mentorId) || has(e, r.menteeId), scrub: blank('notes') },
  checkIns: { concerns: (r, e) => has(e, r.mentorId) || has(e, r.menteeId), scrub: blank('note') },
  // The mentor's own wellbeing answers and the notes about them go with the mentor (PRIVACY.md).
  wellbeingCheckIns: { concerns: (r, e) => has(e, r.mentorId), scrub: () => null },
  careAcks: { concerns: (r, e) => has(e, r.mentorId), scrub: () => null },
};

/** The tables whose records a person's erasure can change (the rest are left alone). */
export const ERASURE_TABLES = Object.keys(RULES) as DomainTableName[];

/**
 * The record as erasure leaves it: `null` when it goes, a new record (same stamps, `rev` of the
 * new content) when fields are emptied, or the very same object when it concerns nobody erased.
 */
export const scrubRecord = <R extends Rec>(table: DomainTableName, record: R, erased: ErasedIds): R | null => {
  if (erased.size === 0) return record;
  const rule = RULES[table];
  if (!rule || !rule.concerns(record, erased)) return record;
  const out = rule.scrub(record);
  if (out === null) return null;
  return canonical(out) === canonical(record) ? record : (sealRecord(table, out) as R);
};

/** Every table's records as erasure leaves them, and how many records were removed or emptied. */
export const scrubTables = <T extends Partial<Record<DomainTableName, Rec[]>>>(
  tables: T,
  erased: ErasedIds,
): { tables: T; removed: number; emptied: number } => {
  if (erased.size === 0) return { tables, removed: 0, emptied: 0 };
  let removed = 0;
  let emptied = 0;
  const out = { ...tables };
  for (const name of Object.keys(tables) as DomainTableName[]) {
    if (!RULES[name]) continue;
    const records = tables[name] ?? [];
    const kept: Rec[] = [];
    for (const r of records) {
      const s = scrubRecord(name, r, erased);
      if (s === null) removed++;
      else {
        if (s !== r) emptied++;
        kept.push(s);
      }
    }
    (out as Record<string, Rec[]>)[name] = kept;
  }
  return { tables: out, removed, emptied };
};

/** The erased ids of a ledger (the `erasures` table's records). */
export const erasedIdsOf = (ledger: readonly { id: string }[]): Set<string> => new Set(ledger.map((e) => e.id));

/** The ids of erased people that `tables` still hold (what a *Replace* re-applies). */
export const erasedPeopleIn = (tables: Partial<Record<DomainTableName, Rec[]>>, erased: ErasedIds): string[] => {
  const found: string[] = [];
  for (const table of Object.keys(PERSON_TABLES) as PersonTable[])
    for (const r of tables[table] ?? []) if (erased.has(r.id)) found.push(r.id);
  return found;
};

/**
 * Free text that may name a person, for the coordinator to review before and after an erasure:
 * it cannot be emptied for sure (a session's notes name many people). The needles are the
 * person's names as written ("Kovács Anna", "Anna Kovács", the family name alone when it is long
 * enough not to be a common word), compared without accents and case.
 */
export const nameNeedles = (person: Record<string, unknown>): string[] => {
  const given = normaliseForSearch(String(person.givenName ?? ''));
  const family = normaliseForSearch(String(person.familyName ?? ''));
  const needles = new Set<string>();
  if (given && family) {
    needles.add(`${family} ${given}`);
    needles.add(`${given} ${family}`);
  }
  if (family.length >= 4) needles.add(family);
  return [...needles];
};

/** Whether `text` contains one of `needles` as whole words (accent- and case-blind). */
export const mentionsAny = (text: unknown, needles: readonly string[]): boolean => {
  if (typeof text !== 'string' || text === '' || needles.length === 0) return false;
  const hay = ` ${normaliseForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return needles.some((n) => hay.includes(` ${n.replace(/[^\p{L}\p{N}]+/gu, ' ')} `));
};

/** Where free text is kept, per table: the fields `findMentions` reads. */
export const FREE_TEXT_FIELDS: Partial<Record<DomainTableName, (r: Rec) => { field: string; text: unknown }[]>> = {
  sessions: (r) => [
    { field: 'topic', text: r.topic },
    { field: 'confidentialNotes', text: r.confidentialNotes },
    ...((r.followUps as Entry[] | undefined) ?? []).flatMap((f) => [
      { field: 'followUps', text: f.text },
      { field: 'followUps', text: f.owner },
    ]),
  ],
  pairings: (r) => [
    { field: 'notes', text: r.notes },
    ...((r.goals as Entry[] | undefined) ?? []).flatMap((g) => [
      { field: 'goals', text: g.text },
      ...((g.progress as Entry[] | undefined) ?? []).map((p) => ({ field: 'goals', text: p.note })),
    ]),
  ],
  contactLogs: (r) => [{ field: 'notes', text: r.notes }],
  shadowing: (r) => [
    { field: 'notes', text: r.notes },
    { field: 'professionalName', text: r.professionalName },
  ],
  checkIns: (r) => [{ field: 'note', text: r.note }],
  mentors: (r) => [{ field: 'notes', text: r.notes }],
  mentees: (r) => [{ field: 'notes', text: r.notes }],
  contacts: (r) => [{ field: 'notes', text: r.notes }],
  attendance: (r) => [{ field: 'walkInName', text: r.walkInName }],
};

export type Mention = { table: DomainTableName; id: string; field: string };

/** The free-text fields of `records` that name the person (see `nameNeedles`). */
export const findMentions = (
  table: DomainTableName,
  records: readonly Rec[],
  needles: readonly string[],
  skipIds: ErasedIds = new Set(),
): Mention[] => {
  const fields = FREE_TEXT_FIELDS[table];
  if (!fields) return [];
  const out: Mention[] = [];
  for (const r of records) {
    if (skipIds.has(r.id)) continue;
    const seen = new Set<string>();
    for (const { field, text } of fields(r))
      if (!seen.has(field) && mentionsAny(text, needles)) {
        seen.add(field);
        out.push({ table, id: r.id, field });
      }
  }
  return out;
};
