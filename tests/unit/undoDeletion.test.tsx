// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { prepareComponentTests, renderWithProviders } from '../setup/renderWithProviders';
import { db } from '../../renderer/db/db';
import { resetDatabase } from '../../renderer/db/testing';
import { deleteWithUndo } from '../../renderer/components/deleteWithUndo';
import { loadSampleData } from '../../renderer/features/sampleData';
import { SAMPLE_STEPS } from '../../renderer/app/sampleSteps';
import { deleteMentor, restoreMentor } from '../../renderer/features/mentors/mentorsRepo';
import { deleteMentee, restoreMentee } from '../../renderer/features/mentees/menteesRepo';
import { deleteContact, restoreContact } from '../../renderer/features/contacts/contactsRepo';
import { deleteSession, restoreSession } from '../../renderer/features/sessions/sessionsRepo';
import { deleteModule, restoreModule } from '../../renderer/features/programmes/curriculumRepo';
import { deleteShadowing, restoreShadowing } from '../../renderer/features/training/shadowingRepo';
import { deleteCheckIn, restoreCheckIn } from '../../renderer/features/checkins/checkinsRepo';
import { deleteConsent, restoreConsent } from '../../renderer/features/consents/consentsRepo';
import {
  deleteWellbeingCheckIn,
  recordWellbeingCheckIn,
  restoreWellbeingCheckIn,
} from '../../renderer/features/care/careRepo';
import {
  createPairing,
  deleteContactLog,
  deletePairing,
  restoreContactLog,
  restorePairing,
} from '../../renderer/features/pairings/pairingsRepo';
import { createMentee } from '../../renderer/features/mentees/menteesRepo';

/*
 * Every delete in the app goes through `deleteWithUndo` with its repository's delete and restore.
 * Here each one runs on the sample organisation (every table filled) and is undone from the
 * notification, as a coordinator would: afterwards every table and every index holds what it
 * held before. Only the stamps the write path adds differ — `fieldStamps` (the deletion and the
 * restore are changes of `deletedAt`, which a merge must see), `updatedAt` (the newest stamp) and
 * `rev` (the digest of content and stamps) — and the indexes on those two.
 */

const STAMPS = new Set(['fieldStamps', 'updatedAt', 'rev']);

type Snapshot = Record<string, { records: unknown[]; indexes: Record<string, unknown> }>;

const withoutStamps = (r: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !STAMPS.has(k)));

/** Every record of every table, and every index as IndexedDB keeps it (keys and primary keys, in order). */
const snapshot = async (): Promise<Snapshot> => {
  const out: Snapshot = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      const records = (await table.toArray()) as Record<string, unknown>[];
      const indexes: Record<string, unknown> = {};
      for (const index of table.schema.indexes) {
        if (STAMPS.has(index.name)) continue;
        const collection = table.orderBy(index.name);
        indexes[index.name] = {
          keys: await collection.keys(),
          primaryKeys: await table.orderBy(index.name).primaryKeys(),
        };
      }
      out[table.name] = { records: records.map(withoutStamps), indexes };
    }
  });
  return out;
};

type Case = {
  name: string;
  pick: () => Promise<{ id: string; remove: () => Promise<unknown>; restore: () => Promise<unknown> }>;
};

const first = async <T extends { id: string; deletedAt: string | null }>(
  rows: Promise<T[]>,
  where: (r: T) => boolean = () => true,
) => {
  const found = (await rows).find((r) => r.deletedAt === null && where(r));
  if (!found) throw new Error('the sample data has no such record');
  return found;
};

const CASES: Case[] = [
  {
    name: 'a mentor',
    pick: async () => {
      const { id } = await first(db.mentors.toArray(), (m) => m.status === 'active');
      return { id, remove: () => deleteMentor(id), restore: () => restoreMentor(id) };
    },
  },
  {
    name: 'a mentee',
    pick: async () => {
      const { id } = await first(db.mentees.toArray());
      return { id, remove: () => deleteMentee(id), restore: () => restoreMentee(id) };
    },
  },
  {
    name: 'a contact',
    pick: async () => {
      const { id } = await first(db.contacts.toArray());
      return { id, remove: () => deleteContact(id), restore: () => restoreContact(id) };
    },
  },
  {
    name: 'a session with its attendance rows',
    pick: async () => {
      const rows = await db.attendance.toArray();
      const { id } = await first(db.sessions.toArray(), (s) => rows.filter((a) => a.sessionId === s.id).length > 1);
      return { id, remove: () => deleteSession(id), restore: () => restoreSession(id) };
    },
  },
  {
    name: 'a curriculum module',
    pick: async () => {
      const { id } = await first(db.modules.toArray());
      return { id, remove: () => deleteModule(id), restore: () => restoreModule(id) };
    },
  },
  {
    name: 'a shadowing entry',
    pick: async () => {
      const { id } = await first(db.shadowing.toArray());
      return { id, remove: () => deleteShadowing(id), restore: () => restoreShadowing(id) };
    },
  },
  {
    name: 'a check-in',
    pick: async () => {
      const { id } = await first(db.checkIns.toArray());
      return { id, remove: () => deleteCheckIn(id), restore: () => restoreCheckIn(id) };
    },
  },
  {
    name: "a mentor's wellbeing check-in",
    pick: async () => {
      const mentor = await first(db.mentors.toArray(), (m) => m.status === 'active');
      const { id } = await recordWellbeingCheckIn({
        mentorId: mentor.id,
        date: '2026-11-20',
        questionnaire: 'wellbeing@1',
        answers: {},
      });
      return { id, remove: () => deleteWellbeingCheckIn(id), restore: () => restoreWellbeingCheckIn(id) };
    },
  },
  {
    name: 'a consent entry',
    pick: async () => {
      const { id } = await first(db.consents.toArray());
      return { id, remove: () => deleteConsent(id), restore: () => restoreConsent(id) };
    },
  },
  {
    name: "a pairing's latest contact (the pairing's last contact date falls back, then returns)",
    pick: async () => {
      const pairings = await db.pairings.toArray();
      const open = new Map(pairings.filter((p) => p.status !== 'closed' && !p.deletedAt).map((p) => [p.id, p]));
      const { id } = await first(db.contactLogs.toArray(), (l) => open.get(l.pairingId)?.lastContactDate === l.date);
      return { id, remove: () => deleteContactLog(id), restore: () => restoreContactLog(id) };
    },
  },
  {
    name: 'a proposed pairing (its mentee waits again, then is paired again)',
    pick: async () => {
      const { id } = await first(db.pairings.toArray(), (p) => p.status === 'proposed' && p.lastContactDate === '');
      return { id, remove: () => deletePairing(id), restore: () => restorePairing(id) };
    },
  },
];

beforeAll(() => prepareComponentTests());
beforeEach(async () => {
  await resetDatabase();
  await loadSampleData({ steps: SAMPLE_STEPS, env: { today: '2026-11-22', now: '2026-11-22T10:00:00.000Z', seed: 7 } });
  // A proposal with no contact, in case the sample has none.
  const waiting = await first(db.mentees.toArray(), (m) => m.status === 'waiting');
  const mentor = await first(
    db.mentors.toArray(),
    (m) => m.status === 'active' && m.programmeIds.includes(waiting.programmeId),
  );
  await createPairing(
    { mentorId: mentor.id, menteeId: waiting.id, programmeId: waiting.programmeId },
    { date: '2026-11-20' },
  );
  // A mentee made in this session, so the sample's own records are not the only kind tried.
  await createMentee({ programmeId: waiting.programmeId, transition: 'other' }, { today: '2026-11-22' });
});
afterEach(() => {
  act(() => notifications.clean());
  cleanup();
});

describe('deleting and undoing from the notification', () => {
  for (const c of CASES) {
    it(`leaves every table and index as it was: ${c.name}`, async () => {
      renderWithProviders(<main />);
      const { remove, restore } = await c.pick();
      const before = await snapshot();

      let restored: Promise<unknown> | undefined;
      await act(async () => {
        await deleteWithUndo({
          remove,
          restore: () => (restored = restore()),
          message: 'Deleted.',
          ns: 'common',
        });
      });
      // The deletion did change the database (so the comparison below can fail) …
      expect(await snapshot()).not.toEqual(before);

      // … and Undo in its notification puts everything back.
      const alert = await screen.findByRole('alert');
      await userEvent.click(within(alert).getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(restored).toBeDefined());
      await restored;
      expect(await snapshot()).toEqual(before);
    });
  }

  it('keeps the stamps that let a merge carry the restore', async () => {
    const { id, remove, restore } = await CASES[0]!.pick();
    const stampOf = async () => (await db.mentors.get(id))?.fieldStamps?.deletedAt;
    expect(await stampOf()).toBeUndefined();
    await remove();
    const deletedAt = await stampOf();
    await restore();
    const restoredAt = await stampOf();
    expect(deletedAt).toBeTruthy();
    expect(restoredAt! > deletedAt!).toBe(true);
    expect((await db.mentors.get(id))?.deletedAt).toBeNull();
  });
});

describe('one mechanism for every delete', () => {
  it('every delete a repository offers is tried above, and no feature builds its own Undo', () => {
    const features = join(__dirname, '../../renderer/features');
    const files = readdirSync(features, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
    );
    const repoDeletes = files
      .filter((f) => /Repo\.ts$/.test(f))
      .flatMap((f) =>
        [...readFileSync(join(features, f), 'utf8').matchAll(/export const (delete\w+)/g)].map((m) => m[1]),
      );
    const tried = readFileSync(__filename, 'utf8');
    expect(repoDeletes.length).toBeGreaterThanOrEqual(10);
    for (const name of repoDeletes) expect(tried, `${name} is not tried here`).toContain(`remove: () => ${name}(id)`);
    // No feature builds its own "Deleted · Undo" notification.
    const ownUndo = files.filter((f) =>
      /common:actions\.undo|'actions\.undo'/.test(readFileSync(join(features, f), 'utf8')),
    );
    expect(ownUndo).toEqual([]);
  });
});
