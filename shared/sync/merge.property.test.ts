import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOMAIN_TABLES, DOMAIN_TABLE_NAMES } from '../domain';
import { ContactSchema } from '../domain/contact';
import { MENTEE_CODE_PATTERN, MenteeSchema, formatMenteeCode, menteeCodeNumber } from '../domain/mentee';
import { ProgrammeSchema } from '../domain/programme';
import { AttendanceSchema, SessionSchema } from '../domain/session';
import { canonicalStringify } from '../backup/canonicalJson';
import { emptyTables, type StoredRecord, type TablesData } from '../backup/format';
import { applyMergePlan, planMerge } from '../backup/mergePlan';
import { stampAt } from '../../tests/fixtures/backup/records';
import { initialHlc, observe, serialiseHlc, tick, type Hlc } from './hlc';
import { newestStamp, stampWrite, type SyncRecord } from './record';
import { attendanceId, uuidFromKey } from './ids';
import { recodeCandidates } from './codes';
import { erasedIdsOf, scrubTables } from '../privacy/erasure';

/**
 * A property test of the per-field merge (MERGING.md) on random histories of five PCs.
 *
 * The model: five replicas (PCs), each with its own HLC node id, a wall clock that is off by up
 * to three days (and is now and then moved back by hours mid-run), and its own copy of the
 * tables. They start from the same small organisation (a programme, contacts, mentees, one
 * session). A random list of operations runs, each on one replica, each written exactly as the
 * app's write path does (renderer/db/writePath.ts): the clock observes the newest stamp of the
 * record it overwrites, ticks at the PC's wall time, and `stampWrite` stamps the changed fields.
 * "Send a file" is a merge of one replica's tables into another's (`planMerge` +
 * `applyMergePlan`), after which the receiving clock observes every record the merge wrote
 * (renderer/features/backup/backupRepo.ts). At the end every replica merges every other one,
 * twice over, so that everything has reached everyone.
 *
 * The oracle: every local write is logged as (table, id, field, value, stamp) for each field it
 * changed (a creation "changes" every field). Stamps compare as strings in HLC order, so the
 * expected final value of a field is the value of its write with the greatest stamp — the
 * causally latest write, or of concurrent ones the later by the clocks (ties by node id).
 * That "greatest stamp" is also "causally latest" is checked on its own: the model keeps a vector
 * clock per PC (which writes each has seen), and a write that saw another must out-stamp it.
 *
 * Checked at the end: (1) all replicas hold identical tables, and merging again writes nothing;
 * (2) mentee codes are unique (after every merge too), the first-made mentee of a code keeps it
 * and the others carry a suffix from their id; (3)/(4) every followed field of contacts, mentees
 * and attendance — `deletedAt` included — holds the value of its latest write; (5) no merge
 * throws; (6) one attendance row per session and person (after every merge too); and every
 * record still passes its domain schema.
 *
 * On failure fast-check prints the seed and the path of the shrunk counterexample; to replay
 * it, pass them to `fc.assert`: `{ numRuns: 200, seed: <seed>, path: '<path>', endOnFailure: true }`.
 * Every id is derived from the run's own counters (no `crypto.randomUUID()`), so a replay is exact.
 */

const REPLICAS = 5;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The world's time when the run starts; each replica sees it off by its skew. */
const START_MS = Date.parse('2026-12-01T09:00:00.000Z');
/** When the shared base tables were made (on the fixtures' PC), before any replica's clock. */
const BASE_ISO = '2026-11-20T10:00:00.000Z';

const PROGRAMME_ID = uuidFromKey('programme|base');
const SESSION_ID = uuidFromKey('session|base');
const SESSION_DATE = '2026-12-02';
const PREFIX = 'HF';

/** Values an edit may set, per table and field: small pools, so that equal values and no-op edits happen. */
const EDITABLE = {
  contacts: {
    organisation: ['', 'Menhely Alapítvány', 'Sininauha', 'Családsegítő'],
    role: ['', 'social worker', 'case manager'],
    phone: ['', '+36 30 111 2222', '+358 40 222', '06 1 234 5678'],
    email: ['', 'eva@example.org', 'aino@example.fi'],
    notes: ['', 'calls on Mondays', 'on leave until March', 'prefers e-mail'],
    givenName: ['Éva', 'Aino', 'Sam', 'Ferenc'],
  },
  mentees: {
    notes: ['', 'moved flat', 'new phone'],
    needs: ['', 'housing', 'work'],
    givenName: ['', 'Jani', 'Liisa'],
    referralSource: ['', 'shelter', 'probation'],
  },
} as const satisfies Record<'contacts' | 'mentees', Record<string, readonly string[]>>;
type EditTable = keyof typeof EDITABLE;

/** The fields the oracle follows: what users write (not the derived ones, not the code a merge may change). */
const ORACLE_FIELDS = {
  contacts: ['givenName', 'familyName', 'organisation', 'role', 'phone', 'email', 'notes', 'deletedAt'],
  mentees: ['programmeId', 'givenName', 'familyName', 'notes', 'needs', 'referralSource', 'status', 'deletedAt'],
  attendance: ['sessionId', 'personKind', 'personId', 'walkInName', 'status', 'hours', 'deletedAt'],
} as const;
type OracleTable = keyof typeof ORACLE_FIELDS;

const STATUSES = ['present', 'excused', 'absent'] as const;
const HOURS = [0, 1.5, 2, 3] as const;

// ---------------------------------------------------------------------------------------------
// Operations: plain descriptors, interpreted against the replica they name. Indexes (`pick`,
// `field`, `value`) are taken modulo what the replica has, so every descriptor is valid.

type Op = { dt: number } & (
  | { kind: 'createContact'; r: number; name: number }
  | { kind: 'edit'; r: number; table: EditTable; pick: number; field: number; value: number }
  | { kind: 'delete'; r: number; table: EditTable; pick: number }
  | { kind: 'restore'; r: number; table: EditTable; pick: number }
  | { kind: 'addMentee'; r: number }
  | { kind: 'attend'; r: number; pick: number; status: number; hours: number }
  | { kind: 'unattend'; r: number; pick: number }
  | { kind: 'send'; from: number; to: number }
  | { kind: 'clockBack'; r: number; hours: number }
  | { kind: 'erase'; r: number; pick: number }
);

const replicaArb = fc.integer({ min: 0, max: REPLICAS - 1 });
/** World time that passes before an operation: often none (same-millisecond stamps), else up to 10 minutes. */
const dtArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 * MINUTE }));
const tableArb = fc.constantFrom<EditTable>('contacts', 'mentees');

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('createContact'), r: replicaArb, name: fc.nat(), dt: dtArb }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit'),
      r: replicaArb,
      table: tableArb,
      pick: fc.nat(),
      field: fc.nat(),
      value: fc.nat(),
      dt: dtArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('delete'), r: replicaArb, table: tableArb, pick: fc.nat(), dt: dtArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('restore'), r: replicaArb, table: tableArb, pick: fc.nat(), dt: dtArb }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addMentee'), r: replicaArb, dt: dtArb }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('attend'),
      r: replicaArb,
      pick: fc.nat(),
      status: fc.nat(),
      hours: fc.nat(),
      dt: dtArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unattend'), r: replicaArb, pick: fc.nat(), dt: dtArb }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('send'), from: replicaArb, to: replicaArb, dt: dtArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase'), r: replicaArb, pick: fc.nat(), dt: dtArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('clockBack'),
      r: replicaArb,
      hours: fc.integer({ min: 1, max: 6 }),
      dt: dtArb,
    }),
  },
);

/** The PCs: distinct node ids and clock skews (sometimes none, so that equal wall times meet). */
const setupArb = fc.record({
  nodes: fc.uniqueArray(fc.stringMatching(/^[0-9a-f]{16}$/), { minLength: REPLICAS, maxLength: REPLICAS }),
  skews: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -3 * DAY, max: 3 * DAY })), {
    minLength: REPLICAS,
    maxLength: REPLICAS,
  }),
});

// ---------------------------------------------------------------------------------------------
// The model.

/**
 * A PC. `seen` is a vector clock kept by the model only (the app has none): how many local
 * writes of each PC this one has seen, directly or through files. It tells which writes
 * happened before which, independently of the HLC stamps, so that the test can check that
 * stamp order never contradicts that.
 */
type Replica = { node: string; skew: number; clock: Hlc; tables: TablesData; seen: number[] };
type LoggedWrite = {
  table: OracleTable;
  id: string;
  field: string;
  value: unknown;
  stamp: string;
  seen: readonly number[];
};

/** The base tables' writes: before every write of the run. */
const BEFORE_ALL: readonly number[] = Array.from({ length: REPLICAS }, () => 0);

/** `a` happened before `b` (vector clocks): `b` saw everything `a` saw, and more. */
const happenedBefore = (a: readonly number[], b: readonly number[]): boolean =>
  a.every((n, i) => n <= (b[i] ?? 0)) && a.some((n, i) => n < (b[i] ?? 0));

const canonical = (v: unknown): string => canonicalStringify(v ?? null);
const byId = (a: StoredRecord, b: StoredRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The tables with `record` put in (copy on write: a "sent file" is never changed afterwards). */
const put = (tables: TablesData, table: keyof TablesData, record: StoredRecord): TablesData => ({
  ...tables,
  [table]: [...tables[table].filter((r) => r.id !== record.id), record].sort(byId),
});

/** The newest stamp anywhere in the tables (read here, not with record.ts, so that its bugs show). */
const newestHeld = (tables: TablesData): string => {
  let max = '';
  for (const name of DOMAIN_TABLE_NAMES)
    for (const r of tables[name] as SyncRecord[])
      for (const s of [r.baseStamp ?? '', ...Object.values(r.fieldStamps ?? {})]) if (s > max) max = s;
  return max;
};

const isOracleTable = (t: string): t is OracleTable => t in ORACLE_FIELDS;

/** Everything one run keeps: the replicas, the world's clock, the oracle's log, id counters. */
class World {
  elapsed = 0;
  readonly log: LoggedWrite[] = [];
  /** The code each mentee was created with (a merge may add a suffix). */
  readonly createdCodes = new Map<string, string>();
  private counter = 0;
  readonly replicas: Replica[];
  private readonly replicaIndex: Map<Replica, number>;

  constructor(nodes: readonly string[], skews: readonly number[]) {
    const base = this.baseTables();
    // As the app's clock on opening a database (renderer/db/clock.ts `startPast`): past every stamp held.
    const newest =
      DOMAIN_TABLE_NAMES.flatMap((t) => base[t].map((r) => newestStamp(r as SyncRecord)))
        .sort()
        .at(-1) ?? '';
    this.replicas = nodes.map((node, i) => ({
      node,
      skew: skews[i] ?? 0,
      clock: observe(initialHlc(node), newest),
      tables: base,
      seen: nodes.map(() => 0),
    }));
    this.replicaIndex = new Map(this.replicas.map((r, i) => [r, i]));
  }

  nextId(kind: string): string {
    return uuidFromKey(`${kind}|${this.counter++}`);
  }

  /** The PC's wall clock now: world time, off by the PC's skew. */
  wall(rep: Replica): number {
    return START_MS + this.elapsed + rep.skew;
  }

  wallIso(rep: Replica): string {
    return new Date(this.wall(rep)).toISOString();
  }

  private logWrite(
    table: string,
    prev: StoredRecord | undefined,
    next: StoredRecord,
    stamp: string,
    seen: readonly number[],
  ): void {
    if (!isOracleTable(table)) return;
    for (const field of ORACLE_FIELDS[table])
      if (!prev || canonical(prev[field]) !== canonical(next[field]))
        this.log.push({ table, id: next.id, field, value: next[field], stamp, seen });
  }

  /** One local write, as the write path makes it: observe what is overwritten, tick, stamp. */
  write(rep: Replica, table: keyof TablesData, prev: StoredRecord | undefined, next: StoredRecord): void {
    if (prev) {
      const seen = newestStamp(prev as SyncRecord);
      if (seen) rep.clock = observe(rep.clock, seen);
    }
    rep.clock = tick(rep.clock, this.wall(rep));
    const stamp = serialiseHlc(rep.clock);
    // Causality: the clock has seen everything this PC holds, so a new write orders after all of it
    // (this is what makes "greatest stamp" mean "latest" in the oracle).
    const held = newestHeld(rep.tables);
    if (stamp <= held) throw new Error(`A write on ${rep.node} stamped ${stamp}, not after ${held} that it holds`);
    const record = stampWrite(table, prev as SyncRecord | undefined, next as SyncRecord, stamp) as StoredRecord;
    rep.tables = put(rep.tables, table, record);
    const i = this.replicaIndex.get(rep) ?? 0;
    rep.seen = rep.seen.map((n, j) => (j === i ? n + 1 : n));
    this.logWrite(table, prev, next, stamp, rep.seen);
  }

  /** Contacts erased on some PC (they must never come back anywhere). */
  readonly erased = new Set<string>();

  /**
   * `to` merges the file `from` wrote, as renderer/features/backup/backupRepo.ts does: the file's
   * records scrubbed of everyone either ledger erased, plan, apply, then the erasures the file
   * brought applied to what `to` holds; the clock moves past what came in.
   */
  send(from: Replica, to: Replica): void {
    const erased = erasedIdsOf([...to.tables.erasures, ...from.tables.erasures]);
    const { plan } = planMerge(to.tables, scrubTables(from.tables, erased).tables);
    to.tables = scrubTables(applyMergePlan(to.tables, plan), erased).tables;
    to.seen = to.seen.map((n, i) => Math.max(n, from.seen[i] ?? 0));
    for (const name of DOMAIN_TABLE_NAMES)
      for (const w of plan[name].writes) {
        const seen = newestStamp(w as SyncRecord);
        if (seen) to.clock = observe(to.clock, seen);
      }
  }

  /** The shared start: made once on the fixtures' PC and copied to every replica. */
  private baseTables(): TablesData {
    const t = emptyTables();
    const stamp = stampAt(BASE_ISO);
    const meta = (id: string) => ({ id, createdAt: BASE_ISO, updatedAt: BASE_ISO, deletedAt: null });
    const add = (table: keyof TablesData, record: StoredRecord) => {
      t[table] = [...t[table], stampWrite(table, undefined, record as SyncRecord, stamp) as StoredRecord].sort(byId);
      this.logWrite(table, undefined, record, stamp, BEFORE_ALL);
    };
    add(
      'programmes',
      ProgrammeSchema.parse({
        ...meta(PROGRAMME_ID),
        name: 'Housing First mentoring',
        codePrefix: PREFIX,
      }) as StoredRecord,
    );
    for (const [given, family, organisation] of [
      ['Éva', 'Kovács', 'Menhely Alapítvány'],
      ['Aino', 'Virtanen', 'Sininauha'],
      ['Sam', 'Okafor', ''],
    ] as const)
      add(
        'contacts',
        ContactSchema.parse({
          ...meta(this.nextId('contact')),
          givenName: given,
          familyName: family,
          organisation,
          searchTokens: [],
        }) as StoredRecord,
      );
    for (const n of [1, 2]) {
      const code = formatMenteeCode(PREFIX, n);
      const id = this.nextId('mentee');
      this.createdCodes.set(id, code);
      add('mentees', this.menteeDraft(id, code, BASE_ISO));
    }
    add(
      'sessions',
      SessionSchema.parse({
        ...meta(SESSION_ID),
        title: 'Peer group',
        kind: 'group',
        subKind: 'peerLed',
        programmeId: PROGRAMME_ID,
        date: SESSION_DATE,
        startTime: '17:00',
        endTime: '19:00',
        seriesId: null,
        warnings: [],
        facilitatorIds: [],
        expectedIds: [],
      }) as StoredRecord,
    );
    return t;
  }

  menteeDraft(id: string, code: string, at: string): StoredRecord {
    return MenteeSchema.parse({
      id,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      programmeId: PROGRAMME_ID,
      transition: 'movingIntoHousing',
      code,
      status: 'waiting',
      closedOn: null,
      searchTokens: [],
    }) as StoredRecord;
  }

  /** Runs one operation on the replica it names. */
  run(op: Op): void {
    this.elapsed += op.dt;
    switch (op.kind) {
      case 'send': {
        const from = this.rep(op.from);
        // A PC does not merge its own file: the descriptor then means the next PC.
        const to = this.rep(op.from === op.to ? (op.to + 1) % REPLICAS : op.to);
        this.send(from, to);
        checkReplicaInvariants(to.tables);
        // No merge brings back anyone this PC knows was erased.
        const gone = erasedIdsOf(to.tables.erasures);
        expect(to.tables.contacts.filter((c) => gone.has(c.id))).toEqual([]);
        return;
      }
      case 'clockBack': {
        this.rep(op.r).skew -= op.hours * HOUR;
        return;
      }
      case 'erase': {
        // As renderer/db/erasure.ts: a ledger entry (stamped), then the person's data scrubbed.
        const rep = this.rep(op.r);
        if (rep.tables.contacts.length === 0) return;
        const person = pick(rep.tables.contacts, op.pick);
        const at = this.wallIso(rep);
        this.write(rep, 'erasures', undefined, {
          id: person.id,
          table: 'contacts',
          erasedAt: at,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
        rep.tables = scrubTables(rep.tables, erasedIdsOf(rep.tables.erasures)).tables;
        this.erased.add(person.id);
        return;
      }
      case 'createContact': {
        const rep = this.rep(op.r);
        const at = this.wallIso(rep);
        const names = EDITABLE.contacts.givenName;
        const next = ContactSchema.parse({
          id: this.nextId('contact'),
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
          givenName: names[op.name % names.length],
          familyName: `Family${op.name % 7}`,
          searchTokens: [],
        }) as StoredRecord;
        this.write(rep, 'contacts', undefined, next);
        return;
      }
      case 'edit': {
        const rep = this.rep(op.r);
        if (rep.tables[op.table].length === 0) return;
        const prev = pick(rep.tables[op.table], op.pick);
        const pools: Record<string, readonly string[]> = EDITABLE[op.table];
        const fields = Object.keys(pools);
        const field = fields[op.field % fields.length] ?? '';
        const pool = pools[field] ?? [];
        this.write(rep, op.table, prev, { ...prev, [field]: pool[op.value % pool.length] });
        return;
      }
      case 'delete':
      case 'restore': {
        const rep = this.rep(op.r);
        if (rep.tables[op.table].length === 0) return;
        const prev = pick(rep.tables[op.table], op.pick);
        // As renderer/db/softDelete.ts: deleting a deleted record (restoring a live one) writes nothing.
        if ((prev.deletedAt !== null) === (op.kind === 'delete')) return;
        this.write(rep, op.table, prev, { ...prev, deletedAt: op.kind === 'delete' ? this.wallIso(rep) : null });
        return;
      }
      case 'addMentee': {
        // As renderer/features/mentees/menteesRepo.ts: the next number this PC sees, tombstones included.
        const rep = this.rep(op.r);
        const max = rep.tables.mentees.reduce((m, r) => Math.max(m, menteeCodeNumber(String(r.code), PREFIX) ?? 0), 0);
        const code = formatMenteeCode(PREFIX, max + 1);
        const id = this.nextId('mentee');
        this.createdCodes.set(id, code);
        this.write(rep, 'mentees', undefined, this.menteeDraft(id, code, this.wallIso(rep)));
        return;
      }
      case 'attend':
      case 'unattend': {
        // As renderer/features/sessions/attendanceRepo.ts: the row's id follows from session and person.
        const rep = this.rep(op.r);
        if (rep.tables.contacts.length === 0) return;
        const person = pick(rep.tables.contacts, op.pick);
        const id = attendanceId(SESSION_ID, { personKind: 'contact', personId: person.id, walkInName: '' });
        const prev = rep.tables.attendance.find((a) => a.id === id);
        if (op.kind === 'unattend') {
          if (prev && prev.deletedAt === null)
            this.write(rep, 'attendance', prev, { ...prev, deletedAt: this.wallIso(rep) });
          return;
        }
        const now = this.wallIso(rep);
        const next = AttendanceSchema.parse({
          ...(prev ?? {}),
          id,
          sessionId: SESSION_ID,
          personKind: 'contact',
          personId: person.id,
          walkInName: '',
          status: STATUSES[op.status % STATUSES.length],
          hours: HOURS[op.hours % HOURS.length],
          createdAt: prev?.createdAt ?? now,
          updatedAt: prev?.updatedAt ?? now,
          deletedAt: null,
          sessionDate: SESSION_DATE,
          sessionKind: 'group',
        }) as StoredRecord;
        this.write(rep, 'attendance', prev, next);
        return;
      }
    }
  }

  rep(i: number): Replica {
    const rep = this.replicas[i];
    if (!rep) throw new Error(`No replica ${i}`);
    return rep;
  }
}

const pick = (records: readonly StoredRecord[], n: number): StoredRecord => {
  const r = records[n % records.length];
  if (!r) throw new Error('Nothing to pick from');
  return r;
};

/** What must hold in every replica after every merge: (2) unique mentee codes, (6) one row per session and person. */
const checkReplicaInvariants = (tables: TablesData): void => {
  const codes = tables.mentees.map((m) => String(m.code));
  expect(new Set(codes).size, `mentee codes clash: ${codes.join(', ')}`).toBe(codes.length);
  const people = tables.attendance.map(
    (a) => `${String(a.sessionId)}|${String(a.personKind)}|${String(a.personId)}|${String(a.walkInName)}`,
  );
  expect(new Set(people).size, 'two attendance rows for one person at one session').toBe(people.length);
};

const keyOf = (w: LoggedWrite): string => `${w.table}|${w.id}|${w.field}`;

/** The oracle: per (table, id, field), the value of the write with the greatest stamp. */
const expectedValues = (log: readonly LoggedWrite[]): Map<string, LoggedWrite> => {
  const latest = new Map<string, LoggedWrite>();
  for (const w of log) {
    const seen = latest.get(keyOf(w));
    if (!seen || w.stamp > seen.stamp) latest.set(keyOf(w), w);
  }
  return latest;
};

/**
 * Writes of one field whose stamps contradict causality: the later write (it saw the earlier
 * one, by the vector clocks) has the smaller stamp, so the merge would let the older value win.
 */
const causalityViolations = (log: readonly LoggedWrite[]): string[] => {
  const byKey = new Map<string, LoggedWrite[]>();
  for (const w of log) byKey.set(keyOf(w), [...(byKey.get(keyOf(w)) ?? []), w]);
  const out: string[] = [];
  for (const [key, writes] of byKey)
    for (const a of writes)
      for (const b of writes)
        if (happenedBefore(a.seen, b.seen) && a.stamp >= b.stamp)
          out.push(`${key}: ${canonical(b.value)} at ${b.stamp} was written after ${canonical(a.value)} at ${a.stamp}`);
  return out;
};

describe('per-field merge across five PCs (property)', () => {
  it('converges to the latest write of every field, with unique codes, one attendance row per person, and no erased person ever back', () => {
    fc.assert(
      fc.property(setupArb, fc.array(opArb, { minLength: 10, maxLength: 40 }), ({ nodes, skews }, ops) => {
        const world = new World(nodes, skews);
        // (5) no merge throws: an exception anywhere fails the property with its counterexample.
        for (const op of ops) world.run(op);

        // Everyone sends to everyone, twice: after the first round each replica has all writes.
        for (let round = 0; round < 2; round++)
          for (const to of world.replicas) for (const from of world.replicas) if (from !== to) world.send(from, to);

        // (1) Every replica holds the same tables.
        const [first, ...others] = world.replicas.map((r) => r.tables);
        if (!first) throw new Error('no replicas');
        const firstJson = canonicalStringify(first);
        for (const t of others) expect(canonicalStringify(t)).toBe(firstJson);
        // Merging again changes nothing (idempotent once converged).
        const again = planMerge(first, world.rep(1).tables).plan;
        expect(DOMAIN_TABLE_NAMES.reduce((n, name) => n + again[name].writes.length, 0)).toBe(0);

        // (2), (6) on the final tables too; and every record is still schema-valid.
        checkReplicaInvariants(first);
        for (const name of DOMAIN_TABLE_NAMES)
          for (const r of first[name]) {
            const parsed = DOMAIN_TABLES[name].safeParse(r);
            expect(parsed.success, `${name} ${r.id}: ${parsed.error?.message ?? ''}`).toBe(true);
          }

        // Each mentee keeps the code it was made with, or that code with a suffix from its id
        // (the old code then stays in `formerCodes`).
        expect(first.mentees.length).toBe(world.createdCodes.size);
        for (const m of first.mentees) {
          const original = world.createdCodes.get(m.id) ?? '';
          const code = String(m.code);
          expect(code).toMatch(MENTEE_CODE_PATTERN);
          if (code !== original) {
            expect(recodeCandidates(original, m.id)).toContain(code);
            expect(m.formerCodes).toContain(original);
          }
        }

        // The first-made mentee of those created with one code keeps it.
        const byCode = new Map<string, StoredRecord[]>();
        for (const m of first.mentees) {
          const original = world.createdCodes.get(m.id) ?? '';
          byCode.set(original, [...(byCode.get(original) ?? []), m]);
        }
        for (const [code, group] of byCode) {
          const [firstMade] = [...group].sort((a, b) =>
            a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : byId(a, b),
          );
          expect(group.filter((m) => m.code === code).map((m) => m.id)).toEqual([firstMade?.id]);
        }

        // Stamps order writes as they happened: a write that saw another one has the larger stamp
        // (so "the greatest stamp" below is the causally latest write, or one of concurrent ones).
        expect(causalityViolations(world.log)).toEqual([]);

        // (3), (4) Every followed field holds the value of its latest write (deletedAt included:
        // a record is deleted at the end unless restored by a later write).
        const records = new Map<string, StoredRecord>();
        for (const table of Object.keys(ORACLE_FIELDS) as OracleTable[])
          for (const r of first[table]) records.set(`${table}|${r.id}`, r);
        const mismatches: string[] = [];
        for (const [key, w] of expectedValues(world.log)) {
          if (w.table === 'contacts' && world.erased.has(w.id)) continue;
          const record = records.get(`${w.table}|${w.id}`);
          if (!record) mismatches.push(`${key}: record missing`);
          else if (canonical(record[w.field]) !== canonical(w.value))
            mismatches.push(
              `${key}: expected ${canonical(w.value)} (written at ${w.stamp}), got ${canonical(record[w.field])}`,
            );
        }
        expect(mismatches).toEqual([]);
        // Erasure holds: every PC knows every erasure, and no erased person is anywhere.
        expect(new Set(first.erasures.map((e) => e.id))).toEqual(world.erased);
        expect(first.contacts.filter((c) => world.erased.has(c.id))).toEqual([]);
        // Nothing but what was written: no record appears from nowhere.
        const written = new Set(world.log.map((w) => `${w.table}|${w.id}`));
        expect([...records.keys()].filter((k) => !written.has(k))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
