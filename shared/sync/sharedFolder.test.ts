import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptySyncState, type SyncState } from '../domain/sharedFolder';
import { memoryFolder } from './memoryFolder';
import {
  SyncOpenError,
  archivedFileName,
  classifyEntry,
  markMerged,
  peerSummaries,
  retryProblems,
  runSyncCycle,
  syncFileName,
  type SyncConfig,
  type SyncEvent,
  type SyncFolderFs,
  type SyncPorts,
} from './sharedFolder';

/**
 * The folder logic with a model of Tandem: each PC holds a map of fields, each with the stamp of
 * its last change (later stamp wins, as the real merge per field); its file is that map as JSON
 * behind the passphrase. The real decryption, merge and database are tested against fake-indexeddb
 * and real folders in renderer/features/sharedFolder; here it is the folder: which files, which
 * versions, what is skipped, when to write.
 */

const ORG = 'Kapocs Egyesület';
const PASS = 'correct horse battery staple';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Field = { value: string; stamp: number };
type Doc = { org: string; deviceId: string; pcName: string | null; version: number; fields: Record<string, Field> };

let stampSeq = 0;

type Pc = {
  config: SyncConfig;
  fields: Record<string, Field>;
  state: SyncState;
  folder: SyncFolderFs;
  passphrase: string;
  /** How far this PC's clock is ahead of the world's. */
  skewMs: number;
  opened: number;
  version: number;
};

let world = Date.parse('2026-12-01T09:00:00Z');

const makePc = (pcName: string, folder: SyncFolderFs, extra: Partial<Pc> = {}): Pc => ({
  config: {
    organisationName: ORG,
    pcName,
    deviceId: `device-${pcName}`,
    minWriteIntervalMs: 2 * MINUTE,
    heartbeatMs: 12 * 60 * MINUTE,
  },
  fields: {},
  state: emptySyncState(),
  folder,
  passphrase: PASS,
  skewMs: 0,
  opened: 0,
  version: 1,
  ...extra,
});

const encode = (passphrase: string, doc: Doc): Uint8Array =>
  new TextEncoder().encode(`${passphrase}\n${JSON.stringify(doc)}`);

const portsOf = (pc: Pc): SyncPorts<Doc> => ({
  fs: pc.folder,
  now: () => new Date(world + pc.skewMs),
  open: (bytes) => {
    pc.opened++;
    const text = new TextDecoder().decode(bytes);
    const [pass, ...rest] = text.split('\n');
    if (pass !== pc.passphrase) return Promise.reject(new SyncOpenError('wrongPassphrase'));
    let doc: Doc;
    try {
      doc = JSON.parse(rest.join('\n')) as Doc;
    } catch {
      return Promise.reject(new SyncOpenError('damaged'));
    }
    if (doc.version > 1) return Promise.reject(new SyncOpenError('newerVersion'));
    return Promise.resolve({ document: doc, deviceId: doc.deviceId, pcName: doc.pcName, organisationName: doc.org });
  },
  merge: (file) => {
    const incoming = Object.values(file.document.fields);
    // A stamp from a clock over a day ahead of this one: the coordinator must look first.
    if (incoming.some((f) => f.stamp > world + pc.skewMs + DAY))
      return Promise.resolve({ kind: 'waiting', reason: 'futureStamps' });
    let written = 0;
    for (const [key, field] of Object.entries(file.document.fields)) {
      const mine = pc.fields[key];
      if (!mine || field.stamp > mine.stamp) {
        pc.fields[key] = field;
        written++;
      }
    }
    return Promise.resolve({ kind: 'merged', written });
  },
  changeStamp: () => Promise.resolve(JSON.stringify(pc.fields)),
  makeFile: () =>
    Promise.resolve({
      bytes: encode(pc.passphrase, {
        org: ORG,
        deviceId: pc.config.deviceId,
        pcName: pc.config.pcName,
        version: pc.version,
        fields: pc.fields,
      }),
      stamp: JSON.stringify(pc.fields),
    }),
});

const edit = (pc: Pc, key: string, value: string): void => {
  pc.fields[key] = { value, stamp: world + pc.skewMs + ++stampSeq };
};

const cycle = async (pc: Pc, force = false): Promise<SyncEvent[]> => {
  const { state, events } = await runSyncCycle(portsOf(pc), pc.config, pc.state, { force });
  pc.state = state;
  return events;
};

const later = (ms: number): void => {
  world += ms;
};

const kinds = (events: SyncEvent[]) => events.map((e) => ('reason' in e ? `${e.kind}:${e.reason}` : e.kind));

describe('file names', () => {
  it('names a PC file after the organisation and the PC, in ASCII', () => {
    expect(syncFileName(ORG, 'Szeged office')).toBe('tandem-sync-kapocs-egyesulet-szeged-office.age');
    expect(syncFileName('', 'Helsingin työpiste')).toBe('tandem-sync-tandem-helsingin-tyopiste.age');
    expect(archivedFileName('tandem-sync-kapocs-egyesulet-szeged-office.age', new Date(2026, 11, 6))).toBe(
      'tandem-archived-kapocs-egyesulet-szeged-office-20261206.age',
    );
  });

  it('tells this PC’s file, the others’, conflict copies and everything else apart', () => {
    const own = syncFileName(ORG, 'Szeged office');
    const of = (name: string) => classifyEntry(name, own).kind;
    expect(of(own)).toBe('own');
    expect(of('tandem-sync-kapocs-egyesulet-helsinki-desk.age')).toBe('peer');
    // Syncthing, Nextcloud and OneDrive conflict copies of a sync file.
    expect(of('tandem-sync-kapocs-egyesulet-helsinki-desk.sync-conflict-20261206-104200-ABCDEFG.age')).toBe(
      'conflictCopy',
    );
    expect(of('tandem-sync-kapocs-egyesulet-helsinki-desk (conflicted copy 2026-12-06).age')).toBe('conflictCopy');
    expect(of('tandem-sync-kapocs-egyesulet-helsinki-desk (Conflict).age')).toBe('conflictCopy');
    // Files being written: Syncthing (Linux, Windows), our own temporary name, Chromium's swap file.
    expect(of('.syncthing.tandem-sync-kapocs-egyesulet-helsinki-desk.age.tmp')).toBe('ignore');
    expect(of('~syncthing~tandem-sync-kapocs-egyesulet-helsinki-desk.age.tmp')).toBe('ignore');
    expect(of('.tandem-sync-kapocs-egyesulet-helsinki-desk.age.3f2a1b.tmp')).toBe('ignore');
    expect(of('tandem-sync-kapocs-egyesulet-helsinki-desk.age.crswap')).toBe('ignore');
    // Another organisation's file is looked into (a new PC knows no organisation name yet).
    expect(of('tandem-sync-masik-egyesulet-office.age')).toBe('peer');
    // An archived PC, a backup, anything else.
    expect(of('tandem-archived-kapocs-egyesulet-old-laptop-20261201.age')).toBe('ignore');
    expect(of('tandem-backup-kapocs-egyesulet-2026-12-01-0930.age')).toBe('ignore');
    expect(of('notes.docx')).toBe('ignore');
  });
});

describe('two PCs in one folder', () => {
  it('writes, merges the other PC’s news, and converges', async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder);
    const b = makePc('Helsinki desk', folder);
    edit(a, 'mentee:1', 'Anna');
    expect(kinds(await cycle(a))).toEqual(['wrote']);
    edit(b, 'mentee:2', 'Bence');
    expect(kinds(await cycle(b))).toEqual(['merged', 'wrote']);
    expect(b.fields).toMatchObject({ 'mentee:1': { value: 'Anna' }, 'mentee:2': { value: 'Bence' } });
    later(3 * MINUTE);
    expect(kinds(await cycle(a))).toEqual(['merged', 'wrote']);
    expect(a.fields).toEqual(b.fields);
    // A's file now holds B's news too (for a PC that sees only A's file): B reads it, finds
    // nothing new, and writes nothing. From then on nothing is decrypted again.
    later(3 * MINUTE);
    expect(await cycle(b)).toEqual([]);
    const opened = a.opened + b.opened;
    expect(await cycle(a)).toEqual([]);
    later(3 * MINUTE);
    expect(await cycle(b)).toEqual([]);
    expect(a.opened + b.opened).toBe(opened);
    expect(peerSummaries(a.state, new Date(world), DAY)).toMatchObject([
      { pcName: 'Helsinki desk', status: 'inStep', stale: false },
    ]);
  });

  it('keeps the same field changed later on the other PC, and both fields changed on either', async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder);
    const b = makePc('Helsinki desk', folder);
    edit(a, 'mentor:1.phone', '+36 1');
    edit(a, 'mentor:1.email', 'a@example.org');
    await cycle(a);
    await cycle(b);
    edit(b, 'mentor:1.phone', '+358 2');
    later(MINUTE);
    edit(a, 'mentor:1.email', 'new@example.org');
    later(2 * MINUTE);
    await cycle(b);
    await cycle(a);
    await cycle(b);
    expect(a.fields['mentor:1.phone']?.value).toBe('+358 2');
    expect(a.fields['mentor:1.email']?.value).toBe('new@example.org');
    expect(b.fields).toEqual(a.fields);
  });

  it('writes at most once per interval, unless forced, and a heartbeat when idle', async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder);
    edit(a, 'k', '1');
    expect(kinds(await cycle(a))).toEqual(['wrote']);
    edit(a, 'k', '2');
    later(MINUTE);
    expect(await cycle(a)).toEqual([]);
    later(MINUTE);
    expect(kinds(await cycle(a))).toEqual(['wrote']);
    edit(a, 'k', '3');
    expect(kinds(await cycle(a, true))).toEqual(['wrote']);
    later(11 * 60 * MINUTE);
    expect(await cycle(a)).toEqual([]);
    later(2 * 60 * MINUTE);
    expect(kinds(await cycle(a))).toEqual(['wrote']);
  });

  it('writes again when its own file is gone, and after a clock moved back', async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder);
    edit(a, 'k', '1');
    await cycle(a);
    await folder.rename(syncFileName(ORG, 'Szeged office'), 'elsewhere.age');
    later(3 * MINUTE);
    expect(kinds(await cycle(a))).toEqual(['wrote']);
    a.skewMs = -2 * DAY;
    edit(a, 'k', '2');
    expect(kinds(await cycle(a))).toEqual(['wrote']);
  });
});

describe('what the sync engine leaves half-way', () => {
  const setup = async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder);
    const b = makePc('Helsinki desk', folder);
    edit(a, 'mentee:1', 'Anna');
    await cycle(a);
    return { folder, a, b, aFile: syncFileName(ORG, 'Szeged office') };
  };

  it('does not read temporary files, and reports a conflict copy once without merging it', async () => {
    const { folder, a, b, aFile } = await setup();
    const bytes = folder.files.get(aFile)?.bytes as Uint8Array;
    folder.put(`.syncthing.${aFile}.tmp`, bytes.slice(0, 10));
    folder.put(
      `${aFile.replace('.age', '')}.sync-conflict-20261206-104200-ABCDEFG.age`,
      encode(PASS, {
        org: ORG,
        deviceId: 'device-Szeged office',
        pcName: 'Szeged office',
        version: 1,
        fields: { 'mentee:9': { value: 'Old', stamp: 1 } },
      }),
    );
    expect(kinds(await cycle(b))).toEqual(['merged', 'skipped:conflictCopy', 'wrote']);
    expect(b.fields['mentee:9']).toBeUndefined();
    later(3 * MINUTE);
    expect(await cycle(b)).toEqual([]);
    void a;
  });

  it('skips a file replaced while it was read, and merges it at the next look', async () => {
    const { folder, a, b, aFile } = await setup();
    folder.afterRead = (name) => {
      if (name !== aFile) return;
      folder.afterRead = null;
      edit(a, 'mentee:1', 'Anna Kovács');
      folder.put(
        aFile,
        encode(PASS, { org: ORG, deviceId: a.config.deviceId, pcName: a.config.pcName, version: 1, fields: a.fields }),
      );
    };
    expect(kinds(await cycle(b))).toEqual(['busy', 'wrote']);
    expect(b.fields['mentee:1']).toBeUndefined();
    // Merged; its own file waits for the interval (it was written a moment ago).
    expect(kinds(await cycle(b))).toEqual(['merged']);
    expect(b.fields['mentee:1']?.value).toBe('Anna Kovács');
  });

  it('reports a truncated file once, and merges it when the whole file arrives', async () => {
    const { folder, b, aFile } = await setup();
    const whole = folder.files.get(aFile)?.bytes as Uint8Array;
    folder.put(aFile, whole.slice(0, whole.length - 7));
    expect(kinds(await cycle(b))).toEqual(['skipped:damaged', 'wrote']);
    later(3 * MINUTE);
    folder.put(aFile, whole.slice(0, whole.length - 3));
    expect(await cycle(b)).toEqual([]);
    folder.put(aFile, whole);
    expect(kinds(await cycle(b))).toEqual(['merged', 'wrote']);
    expect(peerSummaries(b.state, new Date(world), DAY)[0]).toMatchObject({ status: 'inStep', problem: null });
  });

  it('reports a wrong passphrase once for every file and version, and reads them again once corrected', async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder);
    const c = makePc('Pécs', folder);
    const b = makePc('Helsinki desk', folder, { passphrase: 'a mistyped passphrase' });
    edit(a, 'mentee:1', 'Anna');
    edit(c, 'mentee:3', 'Csaba');
    await cycle(a);
    await cycle(c);
    const events = await cycle(b);
    expect(kinds(events).filter((k) => k.startsWith('skipped'))).toEqual([
      'skipped:wrongPassphrase',
      'skipped:wrongPassphrase',
    ]);
    edit(a, 'mentee:1', 'Anna K.');
    later(3 * MINUTE);
    await cycle(a);
    expect(await cycle(b)).toEqual([]);
    b.passphrase = PASS;
    b.state = retryProblems(b.state);
    expect(kinds(await cycle(b))).toEqual(['merged', 'merged', 'wrote']);
    expect(b.fields['mentee:1']?.value).toBe('Anna K.');
  });

  it('never merges a file from a newer Tandem, a copy under another name or another organisation’s', async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder, { version: 2 });
    const b = makePc('Helsinki desk', folder);
    edit(a, 'mentee:1', 'Anna');
    await cycle(a);
    const copy = encode(PASS, {
      org: ORG,
      deviceId: 'device-Pécs',
      pcName: 'Pécs',
      version: 1,
      fields: { x: { value: 'x', stamp: 1 } },
    });
    folder.put('tandem-sync-kapocs-egyesulet-pecs-laptop.age', copy);
    folder.put(
      'tandem-sync-kapocs-egyesulet-other.age',
      encode(PASS, {
        org: 'Másik',
        deviceId: 'device-other',
        pcName: 'other',
        version: 1,
        fields: { y: { value: 'y', stamp: 1 } },
      }),
    );
    const events = kinds(await cycle(b));
    expect(events.sort()).toEqual(['skipped:misnamed', 'skipped:newerVersion', 'skipped:otherOrganisation', 'wrote']);
    expect(b.fields).toEqual({});
  });
});

describe('this PC’s name', () => {
  it('never overwrites another PC’s file under the same name, and says so once', async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder);
    const twin = makePc('Szeged office', folder, {
      config: { ...makePc('Szeged office', folder).config, deviceId: 'device-twin' },
    });
    edit(a, 'k', 'from a');
    await cycle(a);
    const before = folder.files.get(syncFileName(ORG, 'Szeged office'))?.bytes;
    edit(twin, 'k2', 'from twin');
    expect(kinds(await cycle(twin))).toEqual(['nameTaken']);
    later(3 * MINUTE);
    const opened = twin.opened;
    expect(await cycle(twin)).toEqual([]);
    expect(twin.opened).toBe(opened);
    expect(folder.files.get(syncFileName(ORG, 'Szeged office'))?.bytes).toEqual(before);
    // Renamed, the twin writes its own file and reads the other's.
    twin.config = { ...twin.config, pcName: 'Szeged laptop' };
    expect(kinds(await cycle(twin))).toEqual(['merged', 'wrote']);
    expect(folder.files.has(syncFileName(ORG, 'Szeged laptop'))).toBe(true);
  });

  it('archives its file under the old name when the PC is renamed', async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder);
    edit(a, 'k', '1');
    await cycle(a);
    a.config = { ...a.config, pcName: 'Szeged front desk' };
    expect(kinds(await cycle(a))).toEqual(['wrote']);
    expect([...folder.files.keys()].sort()).toEqual([
      'tandem-archived-kapocs-egyesulet-szeged-office-20261201.age',
      'tandem-sync-kapocs-egyesulet-szeged-front-desk.age',
    ]);
  });
});

describe('clocks that are wrong', () => {
  it('waits for the coordinator when a PC’s clock is days ahead, and is in step once they merged', async () => {
    const folder = memoryFolder(() => world);
    const ahead = makePc('Szeged office', folder, { skewMs: 3 * DAY });
    const b = makePc('Helsinki desk', folder);
    edit(ahead, 'k', 'from the future');
    await cycle(ahead);
    expect(kinds(await cycle(b))).toEqual(['waiting:futureStamps', 'wrote']);
    expect(b.fields).toEqual({});
    expect(await cycle(b)).toEqual([]);
    b.state = markMerged(b.state, syncFileName(ORG, 'Szeged office'), new Date(world));
    expect(peerSummaries(b.state, new Date(world), DAY)[0]).toMatchObject({ status: 'inStep', waitingFor: null });
  });

  it('compares versions, not clocks: a PC whose clock is behind is still heard', async () => {
    const folder = memoryFolder(() => world - 5 * DAY);
    const behind = makePc('Szeged office', folder, { skewMs: -5 * DAY });
    const b = makePc('Helsinki desk', folder);
    edit(behind, 'k', '1');
    await cycle(behind);
    expect(kinds(await cycle(b))).toEqual(['merged', 'wrote']);
    later(3 * MINUTE);
    edit(behind, 'k2', '2');
    await cycle(behind);
    expect(kinds(await cycle(b))).toEqual(['merged', 'wrote']);
    expect(b.fields).toEqual(behind.fields);
  });

  it('calls a PC not heard from for longer than the interval stale', async () => {
    const folder = memoryFolder(() => world);
    const a = makePc('Szeged office', folder);
    const b = makePc('Helsinki desk', folder);
    edit(a, 'k', '1');
    await cycle(a);
    await cycle(b);
    later(8 * DAY);
    expect(peerSummaries(b.state, new Date(world), 7 * DAY)[0]?.stale).toBe(true);
  });
});

describe('many PCs, each with its own copy of the folder (a sync engine between them)', () => {
  /**
   * Property: whatever the order of edits, looks at the folder and file copies between the PCs'
   * folders (each copy atomic, as the engine's rename is, and possibly of an old version), once
   * every file has reached every folder and every PC has looked twice, all hold the same data.
   */
  it('converges', async () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('edit' as const),
        pc: fc.nat(2),
        key: fc.constantFrom('a', 'b', 'c', 'd'),
        value: fc.string({ maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant('look' as const), pc: fc.nat(2) }),
      fc.record({ kind: fc.constant('copy' as const), from: fc.nat(2), to: fc.nat(2) }),
      fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 10 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 60 }), async (ops) => {
        // Each folder knows each file's version, as the engine's version vectors do: a copy
        // never replaces a newer version with an older one.
        const folders = [0, 1, 2].map(() => ({
          folder: memoryFolder(() => world),
          versions: new Map<string, number>(),
        }));
        const pcs = ['Szeged', 'Helsinki', 'Pécs'].map((name, i) => {
          const { folder, versions } = folders[i] as (typeof folders)[number];
          const fs: SyncFolderFs = {
            ...folder,
            write: (file, bytes) => {
              versions.set(file, (versions.get(file) ?? 0) + 1);
              return folder.write(file, bytes);
            },
          };
          return makePc(name, fs);
        });
        const copyAll = (from: number, to: number) => {
          const src = folders[from] as (typeof folders)[number];
          const dst = folders[to] as (typeof folders)[number];
          if (from === to) return;
          for (const [name, file] of src.folder.files) {
            const version = src.versions.get(name) ?? 0;
            if (version <= (dst.versions.get(name) ?? 0)) continue;
            dst.folder.put(name, file.bytes);
            dst.versions.set(name, version);
          }
        };
        for (const o of ops) {
          if (o.kind === 'edit') edit(pcs[o.pc] as Pc, o.key, o.value);
          else if (o.kind === 'look') await cycle(pcs[o.pc] as Pc);
          else if (o.kind === 'copy') copyAll(o.from, o.to);
          else later(o.minutes * MINUTE);
        }
        for (let round = 0; round < 3; round++) {
          later(3 * MINUTE);
          for (const pc of pcs) await cycle(pc, true);
          for (let from = 0; from < 3; from++) for (let to = 0; to < 3; to++) copyAll(from, to);
        }
        for (const pc of pcs) await cycle(pc, true);
        const [first, ...rest] = pcs.map((pc) => pc.fields);
        for (const other of rest) expect(other).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });
});
