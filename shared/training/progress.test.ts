import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeManyProgress,
  computeManyReadiness,
  computeMentorProgress,
  type ProgressAttendance,
  type ProgressModule,
  type ProgressSession,
  type ProgressShadowing,
} from './progress';

const P1 = 'prog-1';
const P2 = 'prog-2';
const ME = 'mentor-a';
const OTHER = 'mentor-b';

const mod = (id: string, requiredHours: number, over: Partial<ProgressModule> = {}): ProgressModule => ({
  id,
  programmeId: P1,
  name: id,
  requiredHours,
  mandatory: true,
  order: 0,
  deletedAt: null,
  ...over,
});
const session = (
  id: string,
  date: string,
  moduleIds: string[],
  over: Partial<ProgressSession> = {},
): ProgressSession => ({
  id,
  kind: 'training',
  date,
  moduleIds,
  deletedAt: null,
  ...over,
});
const att = (sessionId: string, hours: number, over: Partial<ProgressAttendance> = {}): ProgressAttendance => ({
  sessionId,
  personId: ME,
  status: 'present',
  hours,
  deletedAt: null,
  ...over,
});
const shadow = (
  date: string,
  hours: number,
  moduleIds: string[],
  over: Partial<ProgressShadowing> = {},
): ProgressShadowing => ({
  mentorId: ME,
  date,
  hours,
  moduleIds,
  deletedAt: null,
  ...over,
});

const run = (input: {
  modules: ProgressModule[];
  sessions?: ProgressSession[];
  attendance?: ProgressAttendance[];
  shadowing?: ProgressShadowing[];
}) =>
  computeMentorProgress({
    mentorId: ME,
    modules: input.modules,
    sessions: input.sessions ?? [],
    attendance: input.attendance ?? [],
    shadowing: input.shadowing ?? [],
  });

const byId = (p: ReturnType<typeof run>, id: string) => {
  const m = p.modules.find((x) => x.moduleId === id);
  if (!m) throw new Error(`no module ${id}`);
  return m;
};

describe('computeMentorProgress', () => {
  it('credits present attendance at a training session to its module', () => {
    const p = run({
      modules: [mod('theory', 4)],
      sessions: [session('s1', '2026-03-01', ['theory'])],
      attendance: [att('s1', 4)],
    });
    expect(byId(p, 'theory')).toMatchObject({
      hours: 4,
      trainingHours: 4,
      shadowingHours: 0,
      complete: true,
      completedOn: '2026-03-01',
      missingHours: 0,
    });
    expect(p.ready).toBe(true);
    expect(p.readySince).toBe('2026-03-01');
    expect(p.trainingHoursTotal).toBe(4);
  });

  it('gives no hours for excused or absent, even when the row carries hours', () => {
    const p = run({
      modules: [mod('theory', 4)],
      sessions: [session('s1', '2026-03-01', ['theory']), session('s2', '2026-03-08', ['theory'])],
      attendance: [att('s1', 3, { status: 'excused' }), att('s2', 3, { status: 'absent' })],
    });
    expect(byId(p, 'theory')).toMatchObject({ hours: 0, complete: false, missingHours: 4, completedOn: null });
    expect(p.trainingHoursTotal).toBe(0);
    expect(p.ready).toBe(false);
    expect(p.missingMandatory.map((m) => m.moduleId)).toEqual(['theory']);
  });

  it('gives partial credit and says how much is missing', () => {
    const p = run({
      modules: [mod('theory', 10)],
      sessions: [session('s1', '2026-03-01', ['theory'])],
      attendance: [att('s1', 2.5)],
    });
    expect(byId(p, 'theory')).toMatchObject({ hours: 2.5, missingHours: 7.5, complete: false, completedOn: null });
  });

  it('divides a session linked to several modules equally between them', () => {
    const p = run({
      modules: [mod('a', 2), mod('b', 2, { order: 1 })],
      sessions: [session('s1', '2026-03-01', ['a', 'b'])],
      attendance: [att('s1', 4)],
    });
    expect(byId(p, 'a').hours).toBe(2);
    expect(byId(p, 'b').hours).toBe(2);
    expect(p.trainingHoursTotal).toBe(4);
  });

  it('counts thirds of an hour as whole hours (no floating-point shortfall)', () => {
    const modules = [mod('a', 1), mod('b', 1), mod('c', 1)];
    const sessions = [1, 2, 3].map((i) => session(`s${i}`, `2026-03-0${i}`, ['a', 'b', 'c']));
    const p = run({ modules, sessions, attendance: sessions.map((s) => att(s.id, 1)) });
    for (const id of ['a', 'b', 'c'])
      expect(byId(p, id)).toMatchObject({ hours: 1, complete: true, completedOn: '2026-03-03' });
  });

  it('ignores non-training sessions, deleted sessions, deleted rows and other people', () => {
    const p = run({
      modules: [mod('theory', 1)],
      sessions: [
        session('sup', '2026-03-01', ['theory'], { kind: 'supervision' }),
        session('gone', '2026-03-02', ['theory'], { deletedAt: '2026-03-05T10:00:00.000Z' }),
        session('ok', '2026-03-03', ['theory']),
      ],
      attendance: [
        att('sup', 2),
        att('gone', 2),
        att('ok', 2, { deletedAt: '2026-03-05T10:00:00.000Z' }),
        att('ok', 2, { personId: OTHER }),
        att('missing-session', 2),
      ],
    });
    expect(byId(p, 'theory').hours).toBe(0);
    expect(p.trainingHoursTotal).toBe(0);
  });

  it('adds shadowing to linked modules and keeps its own total, linked or not', () => {
    const p = run({
      modules: [mod('oneToOne', 6)],
      sessions: [session('s1', '2026-03-01', ['oneToOne'])],
      attendance: [att('s1', 3)],
      shadowing: [
        shadow('2026-03-10', 3, ['oneToOne']),
        shadow('2026-03-11', 5, []),
        shadow('2026-03-12', 2, ['oneToOne'], { mentorId: OTHER }),
      ],
    });
    expect(byId(p, 'oneToOne')).toMatchObject({
      trainingHours: 3,
      shadowingHours: 3,
      hours: 6,
      complete: true,
      completedOn: '2026-03-10',
    });
    expect(p.shadowingHoursTotal).toBe(8);
    expect(p.trainingHoursTotal).toBe(3);
  });

  it('dates completion on the day the running total reached the requirement, whatever the input order', () => {
    const p = run({
      modules: [mod('theory', 5)],
      sessions: [session('late', '2026-05-01', ['theory']), session('early', '2026-02-01', ['theory'])],
      attendance: [att('late', 3), att('early', 3)],
      shadowing: [shadow('2026-03-01', 1, ['theory'])],
    });
    // 3 (Feb) + 1 (Mar) = 4 < 5; + 3 (May) = 7 ≥ 5.
    expect(byId(p, 'theory').completedOn).toBe('2026-05-01');
  });

  it('reflects modules changed after the fact: more hours required, deleted links, deleted modules', () => {
    const sessions = [session('s1', '2026-03-01', ['a', 'b'])];
    const attendance = [att('s1', 4)];
    const before = run({ modules: [mod('a', 2), mod('b', 2)], sessions, attendance });
    expect(before.ready).toBe(true);

    // The coordinator raises module a to 3 hours: no longer complete, readiness lost.
    const raised = run({ modules: [mod('a', 3), mod('b', 2)], sessions, attendance });
    expect(byId(raised, 'a')).toMatchObject({ complete: false, missingHours: 1 });
    expect(raised.ready).toBe(false);

    // Module b is deleted: its share goes to a (the hours divide among modules that exist).
    const deleted = run({
      modules: [mod('a', 3), mod('b', 2, { deletedAt: '2026-04-01T00:00:00.000Z' })],
      sessions,
      attendance,
    });
    expect(deleted.modules.map((m) => m.moduleId)).toEqual(['a']);
    expect(byId(deleted, 'a')).toMatchObject({ hours: 4, complete: true });

    // The session is relinked to b only.
    const relinked = run({
      modules: [mod('a', 2), mod('b', 2)],
      sessions: [session('s1', '2026-03-01', ['b'])],
      attendance,
    });
    expect(byId(relinked, 'a').hours).toBe(0);
    expect(byId(relinked, 'b').hours).toBe(4);
  });

  it('is ready when only optional modules are incomplete, and says which mandatory ones are missing otherwise', () => {
    const optional = run({ modules: [mod('a', 0), mod('extra', 10, { mandatory: false })] });
    expect(optional.ready).toBe(true);
    expect(byId(optional, 'a')).toMatchObject({ complete: true, completedOn: null });
    expect(optional.readySince).toBeNull();

    const missing = run({
      modules: [mod('b', 2, { order: 2 }), mod('a', 2, { order: 1 }), mod('extra', 10, { mandatory: false })],
    });
    expect(missing.ready).toBe(false);
    expect(missing.missingMandatory.map((m) => m.moduleId)).toEqual(['a', 'b']);
  });

  it('is ready with no curriculum at all', () => {
    expect(run({ modules: [] })).toMatchObject({ ready: true, modules: [], missingMandatory: [] });
  });

  it('divides among every existing linked module, also those of other programmes', () => {
    const p = computeMentorProgress({
      mentorId: ME,
      modules: [mod('a', 4)],
      sessions: [session('s1', '2026-03-01', ['a', 'elsewhere'])],
      attendance: [att('s1', 4)],
      shadowing: [],
      existingModuleIds: new Set(['a', 'elsewhere']),
    });
    expect(byId(p, 'a')).toMatchObject({ hours: 2, missingHours: 2, complete: false });
  });

  it('ignores links to unknown modules and duplicate links', () => {
    const p = run({
      modules: [mod('a', 4)],
      sessions: [session('s1', '2026-03-01', ['a', 'a', 'unknown'])],
      attendance: [att('s1', 4)],
    });
    expect(byId(p, 'a').hours).toBe(4);
  });
});

describe('computeManyProgress', () => {
  it('gives each mentor the modules of their own programmes and only their own rows', () => {
    const modules = [mod('p1a', 2), mod('p2a', 2, { programmeId: P2 })];
    const sessions = [session('s1', '2026-03-01', ['p1a', 'p2a'])];
    const attendance = [att('s1', 4), att('s1', 4, { personId: OTHER, status: 'absent' })];
    const result = computeManyProgress({
      mentors: [
        { id: ME, programmeIds: [P1] },
        { id: OTHER, programmeIds: [P1, P2] },
      ],
      modules,
      sessions,
      attendance,
      shadowing: [shadow('2026-03-02', 2, ['p2a'], { mentorId: OTHER })],
    });
    const mine = result.get(ME);
    const theirs = result.get(OTHER);
    expect(mine?.modules.map((m) => m.moduleId)).toEqual(['p1a']);
    // The 4 hours divide over both linked modules; only p1a is in ME's curriculum.
    expect(mine?.modules[0]?.hours).toBe(2);
    expect(mine?.ready).toBe(true);
    expect(theirs?.modules.map((m) => [m.moduleId, m.hours])).toEqual([
      ['p1a', 0],
      ['p2a', 2],
    ]);
    expect(theirs?.ready).toBe(false);
  });
});

describe('computeManyReadiness', () => {
  const PROGRAMMES = ['p0', 'p1', 'p2'];
  const MODULE_IDS = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
  const MENTORS = ['a', 'b', 'c', 'd'];
  const SESSION_IDS = ['s0', 's1', 's2', 's3', 's4'];
  // Hours as people log them, and shares of them that do not add up exactly (thirds).
  const hours = fc.constantFrom(0, 0.5, 1, 1.5, 2, 3, 4, 1 / 3, -1);
  const links = fc.array(fc.constantFrom(...MODULE_IDS, 'gone'), { maxLength: 4 });
  const deleted = fc.option(fc.constant('2026-01-01T00:00:00.000Z'), { freq: 4 });
  const world = fc.record({
    modules: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...MODULE_IDS),
        programmeId: fc.constantFrom(...PROGRAMMES),
        name: fc.constantFrom('Á', 'B', 'a', 'Z'),
        requiredHours: fc.constantFrom(0, 1, 2, 3, 4, 6),
        mandatory: fc.boolean(),
        order: fc.integer({ min: 0, max: 2 }),
        deletedAt: deleted,
      }),
      { selector: (m) => m.id },
    ),
    mentors: fc.constant(MENTORS).chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            programmeIds: fc.array(fc.constantFrom(...PROGRAMMES, 'px'), { maxLength: 3 }),
          }),
        ),
      ),
    ),
    sessions: fc.tuple(
      ...SESSION_IDS.map((id) =>
        fc.record({
          id: fc.constant(id),
          kind: fc.constantFrom('training', 'training', 'supervision'),
          date: fc.constantFrom('2025-01-01', '2025-06-01', '2026-01-01'),
          moduleIds: links,
          deletedAt: deleted,
        }),
      ),
    ),
    attendance: fc.array(
      fc.record({
        sessionId: fc.constantFrom(...SESSION_IDS, 'unknown'),
        personId: fc.option(fc.constantFrom(...MENTORS), { freq: 8 }),
        status: fc.constantFrom('present', 'present', 'excused', 'absent') as fc.Arbitrary<
          ProgressAttendance['status']
        >,
        hours,
        deletedAt: deleted,
      }),
      { maxLength: 25 },
    ),
    shadowing: fc.array(
      fc.record({
        mentorId: fc.constantFrom(...MENTORS),
        date: fc.constantFrom('2025-02-01', '2026-02-01'),
        hours,
        moduleIds: links,
        deletedAt: deleted,
      }),
      { maxLength: 10 },
    ),
  });

  it('gives the same readiness and missing modules as the whole progress, on random curricula and rows', () => {
    fc.assert(
      fc.property(world, (w) => {
        const full = computeManyProgress(w);
        const sessions = new Map(w.sessions.map((s) => [s.id, s]));
        // The credit sources as the training summaries keep them (renderer/db/trainingSummaries.ts).
        const sourcesOf = (mentorId: string) => [
          ...w.attendance.flatMap((a) => {
            const s = sessions.get(a.sessionId);
            return a.personId === mentorId &&
              a.deletedAt === null &&
              a.status === 'present' &&
              s?.kind === 'training' &&
              s.deletedAt === null
              ? [{ hours: a.hours, moduleIds: s.moduleIds }]
              : [];
          }),
          ...w.shadowing.filter((sh) => sh.mentorId === mentorId && sh.deletedAt === null),
        ];
        const lean = computeManyReadiness({ mentors: w.mentors, modules: w.modules, sourcesOf });
        expect([...lean.keys()]).toEqual([...full.keys()]);
        for (const [id, p] of full) {
          const r = lean.get(id)!;
          expect(r.ready).toBe(p.ready);
          expect(r.missingMandatory.map((m) => m.id)).toEqual(p.missingMandatory.map((m) => m.moduleId));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is ready without a mandatory module and lists what is missing in curriculum order', () => {
    const modules = [
      mod('second', 2, { order: 2 }),
      mod('first', 2, { order: 1 }),
      mod('optional', 9, { mandatory: false }),
      mod('other', 1, { programmeId: P2 }),
    ];
    const r = computeManyReadiness({
      mentors: [
        { id: ME, programmeIds: [P1] },
        { id: OTHER, programmeIds: [] },
      ],
      modules,
      // 3 hours over two modules: 1.5 each, short of both.
      sourcesOf: (id) => (id === ME ? [{ hours: 3, moduleIds: ['first', 'second'] }] : []),
    });
    expect(r.get(ME)?.missingMandatory.map((m) => m.id)).toEqual(['first', 'second']);
    expect(r.get(OTHER)).toEqual({ ready: true, missingMandatory: [] });
  });
});
