import Dexie, { type Table } from 'dexie';
import { db } from '../../db/db';
import { assertWritable } from '../../db/openDatabase';
import { applyErasures, type ErasureEffect } from '../../db/erasure';
import { markReplication } from '../../db/writePath';
import { eraseInKept } from '../../db/databaseSwitch';
import { DOMAIN_TABLE_NAMES, type DomainTableName } from '../../../shared/domain';
import { PERSON_TABLES, type Erasure, type PersonTable } from '../../../shared/domain/privacy';
import { FREE_TEXT_FIELDS, findMentions, nameNeedles, type Mention } from '../../../shared/privacy/erasure';
import type { SyncRecord } from '../../../shared/sync/record';
import { recordAudit } from '../audit';

/**
 * Erasing a person (issue "Privacy the law asks for"; shared/domain/PRIVACY.md). Like the backup
 * feature, erasure must reach every table, so it reads them all; the rules of what goes are in
 * shared/privacy/erasure.ts and the writes in renderer/db/erasure.ts.
 */

type Rec = SyncRecord;
const table = (name: DomainTableName): Table<Rec, string> => db.table<Rec, string>(name);
const allTables = () => [...DOMAIN_TABLE_NAMES.map((n) => db.table(n)), db.snapshots, db.meta, db.drafts];

export class PersonNotFoundError extends Error {
  constructor() {
    super('errors.notFound');
    this.name = 'PersonNotFoundError';
  }
}

/** A free-text field that may name the person, with the page where the coordinator can read it. */
export type MentionAt = Mention & { route: string };

/** What the confirmation lists before anything goes. */
export type ErasurePreview = {
  /** Records that go with the person: their consents and retention decisions. */
  consents: number;
  statusChanges: number;
  /** Records that stay for past reports, with every note about the person emptied. */
  pairings: number;
  contactLogs: number;
  checkIns: number;
  shadowing: number;
  attendance: number;
  sessions: number;
  /** Copies of their records in the undo snapshot of the last import. */
  snapshotCopies: number;
  /** Free text elsewhere that names them: not emptied (it may be about others too); listed to review. */
  mentions: MentionAt[];
};

const countBy = async (name: DomainTableName, indexes: string[], id: string): Promise<Rec[]> => {
  const found = new Map<string, Rec>();
  for (const index of indexes) for (const r of await table(name).where(index).equals(id).toArray()) found.set(r.id, r);
  return [...found.values()];
};

/** Where a record with free text is read in the app. */
const routeOf = (name: DomainTableName, r: Rec): string => {
  switch (name) {
    case 'sessions':
      return `/sessions/${r.id}`;
    case 'attendance':
      return `/sessions/${String(r.sessionId)}/attendance`;
    case 'pairings':
      return `/pairings/${r.id}`;
    case 'contactLogs':
    case 'checkIns':
      return `/pairings/${String(r.pairingId)}`;
    case 'shadowing':
      return `/mentors/${String(r.mentorId)}`;
    case 'mentors':
    case 'mentees':
    case 'contacts':
      return `/${name}/${r.id}`;
    default:
      return '/';
  }
};

/** Everything the erasure of one person will change, and where else their name stands as text. */
export const previewErasure = async (personTable: PersonTable, id: string): Promise<ErasurePreview> =>
  db.transaction('r', allTables(), async () => {
    const person = await table(personTable).get(id);
    if (!person) throw new PersonNotFoundError();
    const [consents, retention, pairings, contactLogs, checkIns, shadowing, attendance, listed] = await Promise.all([
      countBy('consents', ['personId'], id),
      countBy('retention', ['personId'], id),
      countBy('pairings', ['mentorId', 'menteeId'], id),
      countBy('contactLogs', ['mentorId', 'menteeId'], id),
      countBy('checkIns', ['mentorId', 'menteeId'], id),
      countBy('shadowing', ['mentorId', 'contactId'], id),
      countBy('attendance', ['personId'], id),
      countBy('sessions', ['facilitatorIds', 'expectedIds'], id),
    ]);
    const sessionIds = new Set([...listed.map((s) => s.id), ...attendance.map((a) => String(a.sessionId))]);
    let snapshotCopies = 0;
    for (const chunk of await db.snapshots.toArray())
      for (const r of chunk.records as Rec[])
        if (r.id === id || r.personId === id || r.mentorId === id || r.menteeId === id || r.contactId === id)
          snapshotCopies++;
    // Records whose notes go anyway are not "mentions"; the person's own record goes whole.
    const emptied = new Set(
      [id, ...pairings, ...contactLogs, ...checkIns, ...shadowing].map((r) => (typeof r === 'string' ? r : r.id)),
    );
    const needles = nameNeedles(person);
    const mentions: MentionAt[] = [];
    for (const name of Object.keys(FREE_TEXT_FIELDS) as DomainTableName[]) {
      const records = await table(name).toArray();
      const byId = new Map(records.map((r) => [r.id, r]));
      for (const m of findMentions(name, records, needles, emptied)) {
        const r = byId.get(m.id);
        if (r) mentions.push({ ...m, route: routeOf(name, r) });
      }
    }
    return {
      consents: consents.length + retention.length,
      statusChanges: Array.isArray(person.statusHistory) ? person.statusHistory.length : 0,
      pairings: pairings.length,
      contactLogs: contactLogs.length,
      checkIns: checkIns.length,
      shadowing: shadowing.length,
      attendance: attendance.length,
      sessions: sessionIds.size,
      snapshotCopies,
      mentions,
    };
  });

/**
 * Erases the person, in one transaction: all of it lands or nothing does (a page killed half
 * way leaves the data as it was). Recorded in the audit log by id only.
 */
export const erasePerson = async (
  personTable: PersonTable,
  id: string,
  now: Date = new Date(),
): Promise<ErasureEffect> => {
  assertWritable();
  const outer = Dexie.currentTransaction;
  const effect = await db.transaction('rw', allTables(), async () => {
    markReplication();
    if (!(await table(personTable).get(id))) throw new PersonNotFoundError();
    const effect = await applyErasures([{ id, table: personTable }], { local: true, now });
    await recordAudit({ action: 'erase', subjectKind: PERSON_TABLES[personTable], subjectId: id }, now);
    return effect;
  });
  // The database a Replace kept as its undo holds them too: they go from there as well (should
  // the app stop before, start-up does it, renderer/db/databaseSwitch.ts). Inside a caller's
  // transaction, once it has committed: awaiting another database in it would commit it early.
  if (outer)
    outer.on(
      'complete',
      () => void eraseInKept().catch((err: unknown) => console.warn('erasing in the kept database failed', err)),
    );
  else await eraseInKept();
  return effect;
};

/** The ledger entry of an erased person, if they were erased (their page then says so). */
export const getErasure = async (id: string): Promise<Erasure | undefined> => db.erasures.get(id);
