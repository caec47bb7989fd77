import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { nodeSyncFolder } from '../../electron/main/syncFolder';
import { db } from '../../renderer/db/db';
import { createMentee, findMentees, getMentee, updateMentee } from '../../renderer/features/mentees/menteesRepo';
import { createProgramme } from '../../renderer/features/programmes/programmesRepo';
import { getSettings, saveSettings } from '../../renderer/features/settings/settingsRepo';
import { saveSharedFolderSetup, syncOnce } from '../../renderer/features/sharedFolder/sharedFolderRepo';
import { inThreadPorts } from '../../renderer/features/sharedFolder/syncPorts';
import { MenteeInputSchema } from '../../shared/domain/mentee';
import { dataOf, newPc, playPc, type PlayedPc } from '../fixtures/pcTurns';
import { startSyncthingPair, syncthingAvailable, type SyncPair } from './syncthingHarness';

/**
 * Issue 19 with the real engine: two Tandem PCs (the app's repositories, backup pipeline with real
 * age encryption, merge and the desktop app's node `fs` folder implementation), each writing into
 * its own copy of a folder that two real Syncthing instances on 127.0.0.1 keep in step. After the
 * sync both PCs hold the same data, with a mentee added on each and a field edited on each.
 */

const PASSPHRASE = 'tandem sync correct horse battery';

describe.skipIf(!syncthingAvailable())('two PCs through two real Syncthing instances', () => {
  let pair: SyncPair;
  let failed = false;

  beforeAll(async () => {
    pair = await startSyncthingPair({ maxConflicts: 10 });
  }, 60_000);

  afterAll(async () => {
    await pair?.stop({ keepLog: failed });
    db.close();
  });

  const sync = (pc: PlayedPc, dir: string) =>
    playPc(pc, async () => {
      const setup = await saveSharedFolderSetup({ pcName: pc.name, folderLabel: dir });
      const ports = inThreadPorts(nodeSyncFolder(dir), {
        pcName: pc.name,
        appVersion: 'test',
        passphrase: PASSPHRASE,
        now: () => new Date(),
        workFactor: 10,
      });
      return syncOnce(ports, setup, { force: true });
    });

  it('converge: a mentee added on each PC and a field of one mentee edited on each', async () => {
    onTestFailed(() => {
      failed = true;
    });
    const a = newPc('Szeged office');
    const b = newPc('Helsinki desk');
    const { programmeId, aliz } = await playPc(a, async () => {
      await saveSettings({ ...(await getSettings()), organisationName: 'Kapocs Egyesület' });
      const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
      const aliz = await createMentee(
        MenteeInputSchema.parse({ programmeId, givenName: 'Aliz', transition: 'movingIntoHousing' }),
        { today: '2026-12-06' },
      );
      return { programmeId, aliz };
    });
    const input = (givenName: string) =>
      MenteeInputSchema.parse({ programmeId, givenName, transition: 'movingIntoHousing' });

    await sync(a, pair.dirA);
    await pair.waitInSync();
    // B is a new PC: its first look at its copy of the folder brings everything A has.
    expect((await sync(b, pair.dirB)).events.map((e) => e.kind)).toEqual(['merged', 'wrote']);

    // Both coordinators work at once: a mentee each, a field of Aliz each.
    await playPc(a, async () => {
      await createMentee(input('Csaba'), { today: '2026-12-06' });
      await updateMentee(aliz.id, { ...input('Aliz'), goals: 'keep the tenancy' });
    });
    await playPc(b, async () => {
      await createMentee(input('Bea'), { today: '2026-12-06' });
      await updateMentee(aliz.id, { ...input('Aliz'), needs: 'a flat near the tram' });
    });
    await sync(a, pair.dirA);
    await sync(b, pair.dirB);

    // A few rounds as the app would run them: sync engine, then each PC looks.
    for (let round = 0; round < 3; round++) {
      await pair.waitInSync();
      await sync(a, pair.dirA);
      await pair.waitInSync();
      await sync(b, pair.dirB);
    }
    await pair.waitInSync();

    expect(dataOf(a)).toEqual(dataOf(b));
    const seen = await playPc(b, async () => ({
      aliz: await getMentee(aliz.id),
      names: (await findMentees({})).map((m) => m.givenName).sort(),
    }));
    expect(seen.names).toEqual(['Aliz', 'Bea', 'Csaba']);
    expect(seen.aliz).toMatchObject({ goals: 'keep the tenancy', needs: 'a flat near the tram' });
    // Each PC wrote only its own file: the engine never had two writers, so no conflict copies.
    for (const dir of [pair.dirA, pair.dirB]) {
      const names = (await readdir(dir)).filter((n) => !n.startsWith('.'));
      expect(names.sort()).toEqual([
        'tandem-sync-kapocs-egyesulet-helsinki-desk.age',
        'tandem-sync-kapocs-egyesulet-szeged-office.age',
      ]);
    }
  }, 120_000);
});
