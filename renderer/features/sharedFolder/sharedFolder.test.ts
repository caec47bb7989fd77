import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newPc, playPc, dataOf, type PlayedPc } from '../../../tests/fixtures/pcTurns';
import { memoryFolder } from '../../../shared/sync/memoryFolder';
import { syncFileName, type SyncFolderFs } from '../../../shared/sync/sharedFolder';
import { db } from '../../db/db';
import { createProgramme } from '../programmes/programmesRepo';
import { createMentor } from '../mentors/mentorsRepo';
import { createMentee, findMentees, getMentee, updateMentee } from '../mentees/menteesRepo';
import { createPairing } from '../pairings/pairingsRepo';
import { getSettings, saveSettings } from '../settings/settingsRepo';
import { MenteeInputSchema } from '../../../shared/domain/mentee';
import { getSyncState, saveSharedFolderSetup, syncOnce } from './sharedFolderRepo';
import { inThreadPorts } from './syncPorts';

/**
 * Two PCs of one organisation syncing through one shared folder with the app's real repositories,
 * backup pipeline (real age encryption), merge and audit log, against fake-indexeddb. The folder
 * is in memory here; tests/sync/sharedFolderSyncthing.test.ts runs the same through two real
 * Syncthing instances.
 */

const PASSPHRASE = 'tandem sync correct horse battery';
const ORG = 'Kapocs Egyesület';
const DAY = 24 * 60 * 60 * 1000;

let world = Date.parse('2026-12-01T09:00:00Z');
let skew = 0;
/** The wall clock of the PC whose turn it is (`Date` is faked: the write path's stamps follow it). */
const setWall = (): void => {
  vi.setSystemTime(world + skew);
};
const now = () => new Date();

const sync = (pc: PlayedPc, fs: SyncFolderFs, passphrase = PASSPHRASE) =>
  playPc(pc, async () => {
    await saveSharedFolderSetup({ pcName: pc.name, folderLabel: 'Shared' }, now());
    const setup = { pcName: pc.name, folderLabel: 'Shared', since: now().toISOString() };
    return syncOnce(
      inThreadPorts(fs, { pcName: pc.name, appVersion: 'test', passphrase, now, workFactor: 10 }),
      setup,
      { force: true },
    );
  });

const kinds = (r: { events: { kind: string }[] }) => r.events.map((e) => e.kind);

let a: PlayedPc;
let b: PlayedPc;
let programmeId: string;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  world += DAY;
  skew = 0;
  setWall();
  a = newPc('Szeged office');
  b = newPc('Helsinki desk');
  programmeId = await playPc(a, async () => {
    await saveSettings({ ...(await getSettings()), organisationName: ORG });
    return createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  });
});

afterEach(() => {
  vi.useRealTimers();
  db.close();
});

const mentee = (givenName: string) =>
  MenteeInputSchema.parse({ programmeId, givenName, transition: 'movingIntoHousing' });

describe('two PCs and one shared folder', () => {
  it('converge: a mentee added on each, a field of one mentee edited on each', async () => {
    const folder = memoryFolder();
    const aliz = await playPc(a, () => createMentee(mentee('Aliz'), { today: '2026-12-01' }));
    expect(kinds(await sync(a, folder))).toEqual(['wrote']);
    expect(folder.files.has(syncFileName(ORG, 'Szeged office'))).toBe(true);
    // B is a new PC: its first look brings everything A has.
    expect(kinds(await sync(b, folder))).toEqual(['merged', 'wrote']);
    await playPc(b, async () => {
      expect((await getMentee(aliz.id))?.givenName).toBe('Aliz');
      await createMentee(mentee('Bea'), { today: '2026-12-01' });
      await updateMentee(aliz.id, { ...mentee('Aliz'), needs: 'a flat near the tram' });
    });
    await playPc(a, () => updateMentee(aliz.id, { ...mentee('Aliz'), goals: 'keep the tenancy' }));
    await sync(b, folder);
    await sync(a, folder);
    await sync(b, folder);
    expect(dataOf(a)).toEqual(dataOf(b));
    const both = await playPc(a, async () => ({ aliz: await getMentee(aliz.id), all: await findMentees({}) }));
    expect(both.aliz).toMatchObject({ needs: 'a flat near the tram', goals: 'keep the tenancy' });
    expect(both.all.map((m) => m.givenName).sort()).toEqual(['Aliz', 'Bea']);
    // Settled: the last merge's audit entry travels once more (a merge that brings only audit
    // entries records none of its own), then looks find nothing and write nothing.
    world += 10 * 60 * 1000;
    setWall();
    await sync(a, folder);
    await sync(b, folder);
    world += 10 * 60 * 1000;
    setWall();
    expect(kinds(await sync(a, folder))).toEqual([]);
    expect(kinds(await sync(b, folder))).toEqual([]);
    expect(dataOf(a)).toEqual(dataOf(b));
    // Every merge is in the audit log, with the PC it came from.
    const merges = await playPc(b, async () =>
      (await db.auditLog.toArray()).filter((e) => e.action === 'syncMerge' && e.pc === b.deviceId),
    );
    expect(merges.length).toBeGreaterThan(0);
    expect(merges.every((e) => e.subjectId === a.deviceId)).toBe(true);
  });

  it('waits for the coordinator when the merge would break a rule, and changes nothing', async () => {
    const folder = memoryFolder();
    const ids = await playPc(a, async () => ({
      m: await createMentee(mentee('Aliz'), { today: '2026-12-01' }),
      anna: await createMentor(
        { givenName: 'Anna', familyName: 'Kovács', programmeIds: [programmeId] },
        { date: '2026-12-01' },
      ),
      bence: await createMentor(
        { givenName: 'Bence', familyName: 'Tóth', programmeIds: [programmeId] },
        { date: '2026-12-01' },
      ),
    }));
    await sync(a, folder);
    await sync(b, folder);
    // Both coordinators pair the same mentee, each with another mentor.
    await playPc(a, () =>
      createPairing({ mentorId: ids.anna, menteeId: ids.m.id, programmeId }, { date: '2026-12-02' }),
    );
    await playPc(b, () =>
      createPairing({ mentorId: ids.bence, menteeId: ids.m.id, programmeId }, { date: '2026-12-02' }),
    );
    await sync(a, folder);
    const before = dataOf(b);
    const result = await sync(b, folder);
    expect(result.events).toContainEqual({
      kind: 'waiting',
      file: syncFileName(ORG, 'Szeged office'),
      pcName: 'Szeged office',
      reason: 'breaks',
    });
    expect({ ...dataOf(b), auditLog: [] }).toEqual(before);
    expect((await playPc(b, getSyncState)).peers[syncFileName(ORG, 'Szeged office')]).toMatchObject({
      status: 'waiting',
      waitingFor: 'breaks',
    });
  });

  it('waits when the other PC’s clock is days ahead', async () => {
    const folder = memoryFolder();
    skew = 3 * DAY;
    setWall();
    await playPc(a, () => createMentee(mentee('Aliz'), { today: '2026-12-04' }));
    await sync(a, folder);
    skew = 0;
    setWall();
    const result = await sync(b, folder);
    expect(kinds(result)).toEqual(['waiting', 'wrote']);
    expect(await playPc(b, () => findMentees({}))).toEqual([]);
  });

  it('reports a wrong passphrase once, in the audit log too, and merges nothing', async () => {
    const folder = memoryFolder();
    await playPc(a, () => createMentee(mentee('Aliz'), { today: '2026-12-01' }));
    await sync(a, folder);
    const first = await sync(b, folder, 'not the organisation’s passphrase');
    expect(first.events).toContainEqual({
      kind: 'skipped',
      file: syncFileName(ORG, 'Szeged office'),
      reason: 'wrongPassphrase',
    });
    expect(
      (await sync(b, folder, 'not the organisation’s passphrase')).events.filter((e) => e.kind === 'skipped'),
    ).toEqual([]);
    const skips = await playPc(b, async () => (await db.auditLog.toArray()).filter((e) => e.action === 'syncSkip'));
    expect(skips).toHaveLength(1);
    expect(await playPc(b, () => findMentees({}))).toEqual([]);
  });
});
