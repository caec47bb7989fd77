import { beforeEach, describe, expect, it } from 'vitest';
import { browserBridge } from '../../bridge/browserBridge';
import { db } from '../../db/db';
import { getDeviceId, getMeta } from '../../db/meta';
import { resetDatabase } from '../../db/testing';
import { markReplication } from '../../db/writePath';
import { createContact, deleteContact } from '../contacts/contactsRepo';
import { AuditEntrySchema, type AuditEntry } from '../../../shared/domain/privacy';
import { channels, type BridgeApi, type BridgeRequest } from '../../../shared/ipc/contract';
import { nextAuditEntry, verifyAuditChain, type AuditHead } from '../../../shared/privacy/auditChain';
import { exportAuditLog, type AuditCsvLabels } from '../privacy/auditExport';
import { allAudit, listAudit, recordAudit, verifyAuditLog } from './auditRepo';
import { existingSubjects } from '../privacy/auditSubjects';

const MENTEE = '7a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';
const OTHER_MENTEE = '1a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';
const OTHER_PC = '9b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

/** A local time on a given day (the filter's days are the coordinator's local days). */
const local = (y: number, m: number, d: number, h = 12): Date => new Date(y, m - 1, d, h);

beforeEach(resetDatabase);

describe('recordAudit', () => {
  it('appends to this PC’s chain, keeps its head in meta, and stores a valid stamped entry', async () => {
    const a = await recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: MENTEE }, local(2026, 3, 1));
    const b = await recordAudit({ action: 'exportBackup', subjectKind: 'file', count: 120 }, local(2026, 3, 2));
    const pc = await getDeviceId();
    expect([a?.seq, b?.seq]).toEqual([0, 1]);
    expect(b?.prevHash).toBe(a?.hash);
    expect(await getMeta('auditHead')).toEqual({ seq: 1, hash: b?.hash });
    const stored = await db.auditLog.get(b!.id);
    expect(AuditEntrySchema.parse(stored)).toMatchObject({
      pc,
      action: 'exportBackup',
      subjectKind: 'file',
      subjectId: null,
      count: 120,
    });
    expect(stored?.baseStamp).toMatch(/\S/);
    expect(stored?.rev).toMatch(/^[0-9a-f]{16}$/);
    expect(await verifyAuditLog()).toMatchObject({ ok: true, entries: 2, pcs: [pc] });
  });

  it('keeps no personal data: an entry holds only what its schema names', async () => {
    const e = await recordAudit({ action: 'viewConfidential', subjectKind: 'session', subjectId: MENTEE });
    const stored = (await db.auditLog.get(e!.id)) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(
      [
        'id',
        'createdAt',
        'updatedAt',
        'deletedAt',
        'baseStamp',
        'fieldStamps',
        'rev',
        'pc',
        'seq',
        'at',
        'action',
        'subjectKind',
        'subjectId',
        'count',
        'prevHash',
        'hash',
      ].sort(),
    );
  });

  it('refuses an unknown action and writes nothing', async () => {
    await expect(recordAudit({ action: 'peek' as never })).rejects.toThrow();
    expect(await db.auditLog.count()).toBe(0);
    expect(await getMeta('auditHead')).toBeUndefined();
  });

  it('works inside a caller’s import transaction (stamped although the import copies verbatim) and rolls back with it', async () => {
    await getDeviceId();
    await db.transaction('rw', [db.auditLog, db.meta, db.contacts], async () => {
      markReplication();
      await recordAudit({ action: 'importMerge', subjectKind: 'file', count: 3 });
      await recordAudit({ action: 'erase', subjectKind: 'contact', subjectId: MENTEE });
    });
    const entries = await db.auditLog.toArray();
    expect(entries.map((e) => e.seq).sort()).toEqual([0, 1]);
    for (const e of entries) expect(e.rev).toMatch(/^[0-9a-f]{16}$/);
    expect((await verifyAuditLog()).ok).toBe(true);

    await expect(
      db.transaction('rw', [db.auditLog, db.meta], async () => {
        await recordAudit({ action: 'erase', subjectKind: 'mentee', subjectId: MENTEE });
        throw new Error('the erasure failed');
      }),
    ).rejects.toThrow('the erasure failed');
    expect(await db.auditLog.count()).toBe(2);
    expect((await getMeta('auditHead'))?.seq).toBe(1);
    expect((await verifyAuditLog()).ok).toBe(true);
  });

  it('keeps a chain in order when calls come at once (each in its own transaction)', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: MENTEE, count: i }),
      ),
    );
    const v = await verifyAuditLog();
    expect(v).toMatchObject({ ok: true, entries: 8 });
  });

  it('records nothing in a read-only database', async () => {
    db.readOnly = true;
    try {
      expect(await recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: MENTEE })).toBeNull();
    } finally {
      db.readOnly = false;
    }
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe('verifyAuditLog', () => {
  const threeEntries = async (): Promise<AuditEntry[]> => {
    const out: AuditEntry[] = [];
    for (let i = 0; i < 3; i++)
      out.push(
        (await recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: MENTEE }, local(2026, 3, i + 1)))!,
      );
    return out;
  };

  it('detects an entry edited in the database', async () => {
    const [, second] = await threeEntries();
    await db.auditLog.update(second!.id, { subjectId: OTHER_MENTEE });
    const v = await verifyAuditLog();
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([{ kind: 'edited', pc: await getDeviceId(), seq: 1, id: second!.id }]);
  });

  it('detects an entry removed from the middle and from the end', async () => {
    const [, second, third] = await threeEntries();
    const pc = await getDeviceId();
    await db.auditLog.delete(second!.id);
    expect((await verifyAuditLog()).problems).toEqual([{ kind: 'removed', pc, fromSeq: 1, toSeq: 1 }]);
    await db.auditLog.delete(third!.id);
    expect((await verifyAuditLog()).problems).toEqual([{ kind: 'missingTail', pc, fromSeq: 1, toSeq: 2 }]);
  });

  it('accepts another PC’s chain merged in as a union, and checks it', async () => {
    await threeEntries();
    let head: AuditHead | null = null;
    const theirs: AuditEntry[] = [];
    for (let i = 0; i < 2; i++) {
      const at = local(2026, 3, 5 + i).toISOString();
      const e = nextAuditEntry(
        head,
        OTHER_PC,
        { action: 'exportBackup', subjectKind: 'file', count: 10 },
        at,
        crypto.randomUUID(),
      );
      theirs.push(AuditEntrySchema.parse({ ...e, createdAt: at, updatedAt: at, deletedAt: null }));
      head = { seq: e.seq, hash: e.hash };
    }
    await db.transaction('rw', db.auditLog, async () => {
      markReplication();
      await db.auditLog.bulkPut(theirs);
    });
    expect(await verifyAuditLog()).toMatchObject({ ok: true, entries: 5 });
    // A new local entry continues this PC's chain, not the other's.
    expect((await recordAudit({ action: 'settingsChange' }))?.seq).toBe(3);
    await db.auditLog.delete(theirs[0]!.id);
    expect((await verifyAuditLog()).problems).toEqual([{ kind: 'removed', pc: OTHER_PC, fromSeq: 0, toSeq: 0 }]);
  });
});

describe('verifyAuditLog on a long log', () => {
  it('checks every entry, also past the first batch of hashes', async () => {
    let head: AuditHead | null = null;
    const theirs: AuditEntry[] = [];
    for (let i = 0; i < 2500; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const e = nextAuditEntry(
        head,
        OTHER_PC,
        { action: 'revealName', subjectKind: 'mentee', subjectId: MENTEE },
        at,
        crypto.randomUUID(),
      );
      theirs.push(AuditEntrySchema.parse({ ...e, createdAt: at, updatedAt: at, deletedAt: null }));
      head = { seq: e.seq, hash: e.hash };
    }
    theirs[2200] = { ...theirs[2200]!, count: 9 };
    await db.transaction('rw', db.auditLog, async () => {
      markReplication();
      await db.auditLog.bulkPut(theirs);
    });
    expect((await verifyAuditLog()).problems).toEqual([
      { kind: 'edited', pc: OTHER_PC, seq: 2200, id: theirs[2200]!.id },
    ]);
  });
});

describe('listAudit', () => {
  beforeEach(async () => {
    await recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: MENTEE }, local(2026, 3, 1, 8));
    await recordAudit({ action: 'exportBackup', subjectKind: 'file', count: 5 }, local(2026, 3, 1, 23));
    await recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: OTHER_MENTEE }, local(2026, 3, 2, 0));
    await recordAudit({ action: 'viewConfidential', subjectKind: 'mentee', subjectId: MENTEE }, local(2026, 3, 3, 9));
    await recordAudit({ action: 'settingsChange' }, local(2026, 3, 4, 9));
  });

  it('lists newest first, one page at a time, with the total', async () => {
    const first = await listAudit({}, { limit: 2 });
    expect(first.total).toBe(5);
    expect(first.entries.map((e) => e.seq)).toEqual([4, 3]);
    expect((await listAudit({}, { offset: 2, limit: 2 })).entries.map((e) => e.seq)).toEqual([2, 1]);
  });

  it('filters by action, by subject and by local days (both included), and by all of them', async () => {
    expect((await listAudit({ action: 'revealName' })).entries.map((e) => e.seq)).toEqual([2, 0]);
    expect((await listAudit({ subjectId: MENTEE })).entries.map((e) => e.seq)).toEqual([3, 0]);
    expect((await listAudit({ from: '2026-03-01', to: '2026-03-01' })).entries.map((e) => e.seq)).toEqual([1, 0]);
    expect((await listAudit({ from: '2026-03-02' })).entries.map((e) => e.seq)).toEqual([4, 3, 2]);
    expect((await listAudit({ to: '2026-03-02' })).total).toBe(3);
    expect(
      (
        await listAudit({ subjectId: MENTEE, action: 'viewConfidential', from: '2026-03-03', to: '2026-03-03' })
      ).entries.map((e) => e.seq),
    ).toEqual([3]);
    expect((await listAudit({ action: 'revealName', from: '2026-03-02', to: '2026-03-10' })).total).toBe(1);
    expect((await listAudit({ action: 'erase' })).total).toBe(0);
  });

  it('tells which subjects still exist', async () => {
    const contact = await createContact({ givenName: 'Anna', familyName: 'Kovács' });
    const gone = await createContact({ givenName: 'Béla', familyName: 'Nagy' });
    await deleteContact(gone.id);
    await recordAudit({ action: 'exportSubjectAccess', subjectKind: 'contact', subjectId: contact.id });
    await recordAudit({ action: 'exportSubjectAccess', subjectKind: 'contact', subjectId: gone.id });
    expect([...(await existingSubjects(await allAudit()))]).toEqual([`contact:${contact.id}`]);
  });
});

describe('exportAuditLog', () => {
  const labels: AuditCsvLabels = {
    headings: ['Time', 'UTC', 'PC', 'No.', 'Action', 'Subject', 'Subject id', 'Count', 'Previous hash', 'Hash'],
    action: (a) => `action:${a}`,
    subjectKind: (k) => `kind:${k}`,
  };

  /** The browser bridge with its save dialog replaced by one that keeps what it was asked to save. */
  const savingBridge = (saved: BridgeRequest<'file.save'>[], status: 'saved' | 'cancelled' = 'saved'): BridgeApi => ({
    ...browserBridge,
    saveFile: async (req) => {
      saved.push(channels['file.save'].request.parse(req));
      return status === 'saved' ? { status, path: req.suggestedName, verified: false } : { status };
    },
  });

  it('saves the filtered entries as JSON whose chain can be checked outside Tandem, and records the export', async () => {
    await recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: MENTEE }, local(2026, 3, 1));
    await recordAudit({ action: 'exportBackup', subjectKind: 'file', count: 3 }, local(2026, 3, 2));
    const saved: BridgeRequest<'file.save'>[] = [];
    const result = await exportAuditLog('json', {}, { fileName: 'audit', labels, lng: 'en', api: savingBridge(saved) });
    expect(result.status).toBe('saved');
    expect(saved[0]).toMatchObject({ suggestedName: 'audit.json', filter: 'json' });
    const doc = JSON.parse(new TextDecoder().decode(saved[0]!.bytes)) as {
      chain: { ok: boolean };
      entries: AuditEntry[];
      exportedBy: string;
    };
    expect(doc.chain.ok).toBe(true);
    expect(doc.exportedBy).toBe(await getDeviceId());
    expect(doc.entries.map((e) => e.action)).toEqual(['exportBackup', 'revealName']);
    expect(verifyAuditChain(doc.entries).ok).toBe(true);
    expect(
      verifyAuditChain(doc.entries.map((e) => (e.action === 'revealName' ? { ...e, subjectId: OTHER_MENTEE } : e))).ok,
    ).toBe(false);
    const [last] = (await listAudit()).entries;
    expect(last).toMatchObject({ action: 'exportAuditLog', subjectKind: 'file', count: 2 });
  });

  it('saves CSV for Excel with translated names, and records nothing when the dialog is cancelled', async () => {
    await recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: MENTEE }, local(2026, 3, 1));
    await recordAudit({ action: 'settingsChange' }, local(2026, 3, 2));
    const saved: BridgeRequest<'file.save'>[] = [];
    const result = await exportAuditLog(
      'csv',
      { action: 'revealName' },
      { fileName: 'audit', labels, lng: 'hu', api: savingBridge(saved, 'cancelled') },
    );
    expect(result.status).toBe('cancelled');
    const text = new TextDecoder().decode(saved[0]!.bytes);
    const lines = text.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('Time;UTC;PC;No.;Action;Subject;Subject id;Count;Previous hash;Hash');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`;action:revealName;kind:mentee;${MENTEE};`);
    expect(await db.auditLog.count()).toBe(2);
  });
});
