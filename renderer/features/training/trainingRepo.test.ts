import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { createMentor } from '../mentors/mentorsRepo';
import { createSession, deleteSession, updateSession } from '../sessions/sessionsRepo';
import { saveAttendance } from '../sessions/attendanceRepo';
import type { SessionInput } from '../../../shared/domain/session';
import {
  createModule,
  createModules,
  deleteModule,
  getModulesByIds,
  listModules,
  moveModule,
  restoreModule,
  TrainingRuleError,
  updateModule,
} from '../programmes/curriculumRepo';
import {
  createShadowing,
  deleteShadowing,
  listShadowingByMentor,
  restoreShadowing,
  updateShadowing,
} from './shadowingRepo';
import {
  getMentorProgress,
  getProgressOfMentors,
  getTrainingOverview,
  getTrainingOverviewIds,
  getTrainingOverviewRows,
} from './progressRepo';
import { getTrainingReadiness, getTrainingReadinessOfRead } from './readiness';
import { getMentorsByIds } from './trainingSources';
import { trainingReadinessCheck } from './readinessCheck';

const PROG = '11111111-1111-4111-8111-111111111111';
const PROG2 = '22222222-2222-4222-8222-222222222222';
const NOW = '2026-01-01T10:00:00.000Z';

const addMentor = (givenName: string, programmeIds = [PROG], status: 'screening' | 'inTraining' = 'inTraining') =>
  createMentor({ givenName, familyName: 'Tester', programmeIds }, { status, date: '2026-01-01' });

const training = (date: string, moduleIds: string[], over: Partial<SessionInput> = {}): SessionInput => ({
  title: 'Training',
  kind: 'training',
  subKind: 'course',
  date,
  startTime: '09:00',
  endTime: '13:00',
  moduleIds,
  ...over,
});

beforeEach(async () => {
  await resetDatabase();
});

describe('modules', () => {
  it('creates modules at the end of their programme, lists them in order and skips tombstones', async () => {
    const a = await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 8 });
    // The form's parsed values carry `order: 0`: a new module still goes to the end.
    const b = await createModule({
      programmeId: PROG,
      name: 'One-to-one support',
      requiredHours: 6,
      mandatory: false,
      order: 0,
    });
    await createModule({ programmeId: PROG2, name: 'Theory', requiredHours: 2 });
    expect([a.order, b.order]).toEqual([0, 1]);
    expect((await listModules(PROG)).map((m) => m.name)).toEqual(['Theory', 'One-to-one support']);
    expect(await listModules()).toHaveLength(3);

    await deleteModule(a.id);
    expect((await listModules(PROG)).map((m) => m.name)).toEqual(['One-to-one support']);
    // A past session still names what it taught: by id, the tombstone is returned.
    expect((await getModulesByIds([a.id]))[0]?.deletedAt).not.toBeNull();
    await restoreModule(a.id);
    expect((await listModules(PROG)).map((m) => m.name)).toEqual(['Theory', 'One-to-one support']);
  });

  it('refuses bad input and duplicate names without changing anything', async () => {
    await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 8 });
    await expect(createModule({ programmeId: PROG, name: '  ', requiredHours: 8 })).rejects.toBeInstanceOf(ZodError);
    await expect(createModule({ programmeId: PROG, name: 'X', requiredHours: -1 })).rejects.toBeInstanceOf(ZodError);
    await expect(createModule({ programmeId: PROG, name: 'X', requiredHours: 5000 })).rejects.toBeInstanceOf(ZodError);
    await expect(createModule({ programmeId: PROG, name: 'théory ', requiredHours: 1 })).rejects.toBeInstanceOf(
      TrainingRuleError,
    );
    expect(await listModules(PROG)).toHaveLength(1);
  });

  it('updates fields, keeps the order, and refuses renaming onto another module', async () => {
    const a = await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 8 });
    const b = await createModule({ programmeId: PROG, name: 'Crisis response', requiredHours: 4 });
    const updated = await updateModule(a.id, {
      programmeId: PROG,
      name: 'Theory basics',
      requiredHours: 10,
      mandatory: false,
      order: 5,
    });
    expect(updated).toMatchObject({ name: 'Theory basics', requiredHours: 10, mandatory: false, order: 0 });
    await expect(
      updateModule(b.id, { programmeId: PROG, name: 'theory basics', requiredHours: 4 }),
    ).rejects.toBeInstanceOf(TrainingRuleError);
    expect((await listModules(PROG))[1]?.name).toBe('Crisis response');
  });

  it('moves modules up and down', async () => {
    const mods = await createModules(['A', 'B', 'C'].map((name) => ({ programmeId: PROG, name, requiredHours: 1 })));
    await moveModule(mods[2]!.id, 'up');
    expect((await listModules(PROG)).map((m) => m.name)).toEqual(['A', 'C', 'B']);
    await moveModule(mods[0]!.id, 'up'); // already first: nothing happens
    await moveModule(mods[0]!.id, 'down');
    expect((await listModules(PROG)).map((m) => m.name)).toEqual(['C', 'A', 'B']);
  });

  it('createModules skips names the programme already has (the default curriculum twice adds nothing)', async () => {
    const inputs = ['Theory', 'Crisis response'].map((name) => ({ programmeId: PROG, name, requiredHours: 4 }));
    expect(await createModules(inputs)).toHaveLength(2);
    expect(await createModules(inputs)).toHaveLength(0);
    expect(await listModules(PROG)).toHaveLength(2);
  });
});

describe('shadowing', () => {
  it('adds, edits, deletes and restores entries, newest first', async () => {
    const mentorId = await addMentor('Anna');
    const first = await createShadowing({
      mentorId,
      professionalName: 'Dr. Kiss',
      date: '2026-02-01',
      hours: 3,
      area: 'Outreach',
    });
    await createShadowing({ mentorId, professionalName: 'Nagy Éva', date: '2026-03-01', hours: 2, area: 'Housing' });
    expect((await listShadowingByMentor(mentorId)).map((s) => s.date)).toEqual(['2026-03-01', '2026-02-01']);
    await updateShadowing(first.id, {
      mentorId,
      professionalName: 'Dr. Kiss',
      date: '2026-02-01',
      hours: 4,
      area: 'Outreach',
    });
    expect((await listShadowingByMentor(mentorId)).find((s) => s.id === first.id)?.hours).toBe(4);
    await deleteShadowing(first.id);
    expect(await listShadowingByMentor(mentorId)).toHaveLength(1);
    await restoreShadowing(first.id);
    expect(await listShadowingByMentor(mentorId)).toHaveLength(2);
  });

  it('requires a professional (contact or typed name), an area and sensible hours', async () => {
    const mentorId = await addMentor('Anna');
    const base = { mentorId, professionalName: 'X', date: '2026-02-01', hours: 3, area: 'Outreach' };
    await expect(createShadowing({ ...base, professionalName: '' })).rejects.toBeInstanceOf(ZodError);
    await expect(createShadowing({ ...base, area: '' })).rejects.toBeInstanceOf(ZodError);
    await expect(createShadowing({ ...base, hours: 0 })).rejects.toBeInstanceOf(ZodError);
    await expect(createShadowing({ ...base, hours: 25 })).rejects.toBeInstanceOf(ZodError);
    await expect(createShadowing({ ...base, date: '2026-02-30' })).rejects.toBeInstanceOf(ZodError);
    expect(await listShadowingByMentor(mentorId)).toHaveLength(0);
    const viaContact = await createShadowing({ ...base, professionalName: '', contactId: crypto.randomUUID() });
    expect(viaContact.professionalName).toBe('');
  });
});

describe('progress from the database', () => {
  it('credits present attendance and shadowing, not excused or absent, and follows changes after the fact', async () => {
    const anna = await addMentor('Anna');
    const bela = await addMentor('Béla');
    const theory = await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 4 });
    const oneToOne = await createModule({ programmeId: PROG, name: 'One-to-one', requiredHours: 4 });
    await createModule({ programmeId: PROG, name: 'Extra', requiredHours: 10, mandatory: false });

    const s1 = await createSession(training('2026-02-01', [theory.id, oneToOne.id]));
    await saveAttendance(s1.id, [
      { personKind: 'mentor', personId: anna, status: 'present', hours: 4 },
      { personKind: 'mentor', personId: bela, status: 'excused', hours: 4 },
    ]);
    const s2 = await createSession(training('2026-02-08', [theory.id]));
    await saveAttendance(s2.id, [
      { personKind: 'mentor', personId: anna, status: 'present', hours: 2 },
      { personKind: 'mentor', personId: bela, status: 'absent', hours: 2 },
    ]);
    await createShadowing({
      mentorId: anna,
      professionalName: 'Dr. Kiss',
      date: '2026-02-15',
      hours: 2,
      area: 'Outreach',
      moduleIds: [oneToOne.id],
    });

    const annaP = (await getMentorProgress(anna))!.progress;
    // s1's 4 hours divide over two modules: 2 + 2; s2 adds 2 to theory; shadowing 2 to one-to-one.
    expect(annaP.modules.map((m) => [m.name, m.hours, m.completedOn])).toEqual([
      ['Theory', 4, '2026-02-08'],
      ['One-to-one', 4, '2026-02-15'],
      ['Extra', 0, null],
    ]);
    expect(annaP).toMatchObject({
      ready: true,
      readySince: '2026-02-15',
      trainingHoursTotal: 6,
      shadowingHoursTotal: 2,
    });

    const belaP = (await getMentorProgress(bela))!.progress;
    expect(belaP.modules.every((m) => m.hours === 0)).toBe(true);
    expect(belaP.ready).toBe(false);

    const readiness = await getTrainingReadiness([anna, bela, crypto.randomUUID()]);
    expect(readiness.get(anna)).toEqual({ ready: true, missingModules: [] });
    expect(readiness.get(bela)).toEqual({ ready: false, missingModules: ['Theory', 'One-to-one'] });
    expect(readiness.size).toBe(2);

    // After the fact: theory now needs 6 hours; Anna is no longer ready.
    await updateModule(theory.id, { programmeId: PROG, name: 'Theory', requiredHours: 6 });
    expect((await getTrainingReadiness([anna])).get(anna)).toEqual({ ready: false, missingModules: ['Theory'] });

    // The second session is moved to one-to-one only and Anna's shadowing deleted.
    await updateSession(s2.id, training('2026-02-08', [oneToOne.id]));
    const moved = (await getMentorProgress(anna))!.progress;
    expect(moved.modules.find((m) => m.name === 'One-to-one')?.hours).toBe(6);
    expect(moved.modules.find((m) => m.name === 'Theory')?.hours).toBe(2);

    // A deleted session credits nothing any more.
    await deleteSession(s1.id);
    expect((await getMentorProgress(anna))!.progress.trainingHoursTotal).toBe(2);
  });

  it('gives the same readiness for many mentors (one range read) as for one (per-person reads)', async () => {
    const theory = await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 4 });
    const ids: string[] = [];
    for (let i = 0; i < 55; i += 1) ids.push(await addMentor(`M${i}`));
    const [done, partly] = ids as [string, string];
    const s = await createSession(training('2026-02-01', [theory.id]));
    await saveAttendance(s.id, [
      { personKind: 'mentor', personId: done, status: 'present', hours: 4 },
      { personKind: 'mentor', personId: partly, status: 'present', hours: 2 },
    ]);
    await createShadowing({
      mentorId: partly,
      professionalName: 'Dr. Kiss',
      date: '2026-02-03',
      hours: 2,
      area: 'Outreach',
      moduleIds: [theory.id],
    });
    const many = await getTrainingReadiness(ids);
    expect(many.size).toBe(55);
    expect(many.get(done)).toEqual({ ready: true, missingModules: [] });
    expect(many.get(partly)).toEqual({ ready: true, missingModules: [] });
    expect([...many.values()].filter((r) => r.ready)).toHaveLength(2);
    for (const id of [done, partly, ids[9]!]) expect((await getTrainingReadiness([id])).get(id)).toEqual(many.get(id));
  });

  it('readiness alone ("Find a mentor", the pairing gate) says what the whole progress says', async () => {
    const theory = await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 3 });
    const practice = await createModule({ programmeId: PROG, name: 'Practice', requiredHours: 2 });
    const gone = await createModule({ programmeId: PROG, name: 'Gone', requiredHours: 1 });
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) ids.push(await addMentor(`R${i}`));
    // Sessions over two and three modules (one of them deleted afterwards: its share goes to the others).
    const both = await createSession(training('2026-03-01', [theory.id, practice.id]));
    const three = await createSession(training('2026-03-08', [theory.id, practice.id, gone.id]));
    await saveAttendance(
      both.id,
      ids.slice(0, 6).map((personId, i) => ({
        personKind: 'mentor' as const,
        personId,
        status: i === 5 ? ('excused' as const) : ('present' as const),
        hours: i + 1,
      })),
    );
    await saveAttendance(
      three.id,
      ids.slice(2, 5).map((personId) => ({
        personKind: 'mentor' as const,
        personId,
        status: 'present' as const,
        hours: 3,
      })),
    );
    await createShadowing({
      mentorId: ids[6]!,
      professionalName: 'Dr. Kiss',
      date: '2026-03-09',
      hours: 5,
      area: 'Outreach',
      moduleIds: [theory.id],
    });
    await deleteModule(gone.id);
    const progress = await getProgressOfMentors(ids);
    const expected = new Map(
      [...progress].map(([id, p]) => [id, { ready: p.ready, missingModules: p.missingMandatory.map((m) => m.name) }]),
    );
    // Some ready, some not: the comparison means something.
    expect(new Set([...expected.values()].map((r) => r.ready))).toEqual(new Set([true, false]));
    expect(await getTrainingReadiness(ids)).toEqual(expected);
    expect(await getTrainingReadinessOfRead(getMentorsByIds(ids))).toEqual(expected);
  });

  it('the overview read a screenful at a time gives the lines of the whole matrix, in name order', async () => {
    const theory = await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 4 });
    const ids: string[] = [];
    for (let i = 0; i < 55; i += 1) ids.push(await addMentor(`M${String(i).padStart(2, '0')}`));
    const s = await createSession(training('2026-02-01', [theory.id]));
    await saveAttendance(
      s.id,
      ids
        .filter((_, i) => i % 3 === 0)
        .map((personId, i) => ({
          personKind: 'mentor' as const,
          personId,
          status: 'present' as const,
          hours: (i % 4) + 1,
        })),
    );
    await createShadowing({
      mentorId: ids[20]!,
      professionalName: 'Dr. Kiss',
      date: '2026-02-03',
      hours: 3,
      area: 'Outreach',
      moduleIds: [theory.id],
    });

    // 55 mentors: the whole matrix reads one range of training attendance; a block of 20 reads per person.
    const whole = await getTrainingOverview({ programmeId: null, status: null });
    const { mentorIds, modules } = await getTrainingOverviewIds({ programmeId: null, status: null });
    expect(mentorIds).toEqual(whole.rows.map((r) => r.mentor.id));
    expect(mentorIds).toEqual(ids); // M00 … M54: name order
    expect(modules).toEqual(whole.modules);
    expect(await getTrainingOverviewRows(mentorIds.slice(10, 30))).toEqual(whole.rows.slice(10, 30));
    expect(whole.rows.filter((r) => r.progress.ready).length).toBeGreaterThan(0);
  });

  it('the training overview lists mentors × modules, filtered by programme and status', async () => {
    const anna = await addMentor('Anna', [PROG], 'screening');
    const bela = await addMentor('Béla', [PROG2], 'inTraining');
    const theory = await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 2 });
    await createModule({ programmeId: PROG2, name: 'Groups', requiredHours: 2 });
    const s = await createSession(training('2026-02-01', [theory.id]));
    await saveAttendance(s.id, [{ personKind: 'mentor', personId: anna, status: 'present', hours: 4 }]);

    const all = await getTrainingOverview({ programmeId: null, status: null });
    expect(all.modules.map((m) => m.name).sort()).toEqual(['Groups', 'Theory']);
    expect(all.rows.map((r) => [r.mentor.id, r.progress.ready])).toEqual(
      expect.arrayContaining([
        [anna, true],
        [bela, false],
      ]),
    );

    const prog1 = await getTrainingOverview({ programmeId: PROG, status: null });
    expect(prog1.modules.map((m) => m.name)).toEqual(['Theory']);
    expect(prog1.rows.map((r) => r.mentor.id)).toEqual([anna]);

    const inTraining = await getTrainingOverview({ programmeId: null, status: 'inTraining' });
    expect(inTraining.rows.map((r) => r.mentor.id)).toEqual([bela]);
  });
});

describe('the readiness check before activation', () => {
  it('warns with the missing modules when the rule is on, and not when it is off or all is done', async () => {
    const anna = await addMentor('Anna');
    const theory = await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 2 });
    await createModule({ programmeId: PROG, name: 'Crisis response', requiredHours: 2 });

    const warnings = await trainingReadinessCheck(anna);
    expect(warnings).toEqual([
      {
        kind: 'trainingIncomplete',
        messageKey: 'training:readiness.warning',
        values: { modules: 'Theory, Crisis response', count: 2 },
      },
    ]);

    const s = await createSession(training('2026-02-01', [theory.id], { endTime: '11:00' }));
    await saveAttendance(s.id, [{ personKind: 'mentor', personId: anna, status: 'present', hours: 2 }]);
    expect((await trainingReadinessCheck(anna))[0]?.values?.modules).toBe('Crisis response');

    await db.settings.put({
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
      organisationName: 'Org',
      address: '',
      logoDataUrl: null,
      defaultLanguage: 'en',
      rules: {
        supervisionEveryWeeks: 4,
        firstMonthMinContacts: 2,
        contactEveryDays: 30,
        mandatoryModulesBeforeActive: false,
        backupEveryDays: 7,
        undoKeepDays: 30,
        retentionYears: 5,
        checkInFirstAfterMonths: 1,
        checkInEveryMonths: 2,
        careCrisisCount: 2,
        careCrisisDays: 30,
        careWellbeingDrop: 1,
        careOverCapacity: true,
        careSupervisionOverdue: true,
        wellbeingEveryMonths: 3,
        wellbeingAfterCrisisDays: 14,
      },
    });
    expect(await trainingReadinessCheck(anna)).toEqual([]);
  });
});
