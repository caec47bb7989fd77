import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, rmSync, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Two real Syncthing instances (Debian's 1.19, see /work/shared/docs/syncthing.md) sharing one
 * folder on 127.0.0.1 alone: no discovery, relays, NAT, usage or crash reporting, no upgrades.
 * Each run gets its own free ports and temp dirs; `stop()` (and, if a test is aborted, an exit
 * hook plus a small watchdog process) end both instances and remove everything.
 */

export type Side = 'A' | 'B';

export type SyncPair = {
  /** The shared folder as instance A / B sees it (absolute paths). */
  dirA: string;
  dirB: string;
  folderId: string;
  /** The temp dir that holds both homes and both folders; removed by `stop()`. */
  root: string;
  /** The log of both instances and of the harness; removed by `stop()` unless something failed. */
  logPath: string;
  pids: { A: number; B: number };
  /** POST /rest/db/scan for the folder (or one file or subfolder of it); resolves when the scan is done. */
  scan(side: Side, file?: string): Promise<void>;
  /**
   * Both instances idle with nothing needed, each 100 % complete for the other, and both dirs with
   * the same non-hidden files and the same bytes — twice in a row.
   */
  waitInSync(timeoutMs?: number): Promise<void>;
  /** Until `name` (relative to the folder) exists on that side, with exactly `bytes` if given. */
  waitForFile(side: Side, name: string, bytes?: Uint8Array, timeoutMs?: number): Promise<void>;
  /** Until `name` (relative to the folder) no longer exists on that side. */
  waitForNoFile(side: Side, name: string, timeoutMs?: number): Promise<void>;
  /**
   * SIGTERM both, wait for them to exit (SIGKILL after 10 s), remove the temp dirs, and remove the
   * log unless a wait failed or `keepLog` is set (then its path is printed). Idempotent.
   */
  stop(options?: { keepLog?: boolean }): Promise<void>;
};

export type StartOptions = {
  /** Conflict copies kept per file (Syncthing's default is 10; 0 means none). */
  maxConflicts?: number;
  /** Time allowed for both instances to start, connect and share the folder. */
  startTimeoutMs?: number;
};

const BINARY = process.env.SYNCTHING_BIN ?? 'syncthing';
const HOST = '127.0.0.1';
const POLL_MS = 100;
const OTHER: Record<Side, Side> = { A: 'B', B: 'A' };

export const syncthingAvailable = (): boolean => {
  const result = spawnSync(BINARY, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 && /syncthing v\d/i.test(result.stdout);
};

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `count` distinct free loopback ports (each bound to port 0 at once, then released). */
const freePorts = async (count: number): Promise<number[]> => {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, HOST, () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  return ports;
};

/** The environment Syncthing needs (doc: HOME or it panics), without inherited ST* or proxy variables. */
const childEnv = (home: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^ST[A-Z]/.test(key) || /_proxy$/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, HOME: home, STMONITORED: 'yes', STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STHASHING: 'minio' };
};

/** Replaces the text of `<name>…</name>` inside the `<section …>…</section>` block; throws if absent. */
const setElement = (xml: string, section: string, name: string, value: string): string => {
  const block = new RegExp(`(<${section}[\\s>][\\s\\S]*?</${section}>)`).exec(xml);
  if (!block?.[1]) throw new Error(`config.xml has no <${section}>`);
  const element = new RegExp(`<${name}(\\s[^>]*)?>[^<]*</${name}>`);
  if (!element.test(block[1])) throw new Error(`config.xml has no <${name}> in <${section}>`);
  const replaced = block[1].replace(
    element,
    (_match, attrs: string | undefined) => `<${name}${attrs ?? ''}>${value}</${name}>`,
  );
  return xml.replace(block[1], replaced);
};

/** Sets an attribute of the first `<tag …>` after `after` (a unique anchor); throws if absent. */
const setAttribute = (xml: string, after: string, tag: string, attr: string, value: string): string => {
  const start = xml.indexOf(after);
  if (start < 0) throw new Error(`config.xml has no ${after}`);
  const open = new RegExp(`<${tag}\\s[^>]*>`, 'g');
  open.lastIndex = start;
  const match = open.exec(xml);
  if (!match) throw new Error(`config.xml has no <${tag}> after ${after}`);
  const attrRe = new RegExp(`\\s${attr}="[^"]*"`);
  if (!attrRe.test(match[0])) throw new Error(`config.xml's <${tag}> has no ${attr}`);
  const replaced = match[0].replace(attrRe, ` ${attr}="${value}"`);
  return xml.slice(0, match.index) + replaced + xml.slice(match.index + match[0].length);
};

/** The generated config, made loopback-only as the doc requires, before the first start. */
const loopbackConfig = (
  xml: string,
  o: { listenPort: number; guiPort: number; apiKey: string; name: string; maxConflicts: number },
): string => {
  const options: [string, string][] = [
    ['listenAddress', `tcp://${HOST}:${o.listenPort}`],
    ['globalAnnounceEnabled', 'false'],
    ['localAnnounceEnabled', 'false'],
    ['relaysEnabled', 'false'],
    ['natEnabled', 'false'],
    ['startBrowser', 'false'],
    ['urAccepted', '-1'],
    ['autoUpgradeIntervalH', '0'],
    ['crashReportingEnabled', 'false'],
    ['setLowPriority', 'false'],
    ['announceLANAddresses', 'false'],
    ['reconnectionIntervalS', '5'],
  ];
  let out = xml;
  for (const [name, value] of options) out = setElement(out, 'options', name, value);
  out = setElement(out, 'gui', 'address', `${HOST}:${o.guiPort}`);
  out = setElement(out, 'gui', 'apikey', o.apiKey);
  out = setAttribute(out, '<gui', 'gui', 'tls', 'false');
  // The instance's own device entry: a readable name in logs and the REST API.
  out = setAttribute(out, '<configuration', 'device', 'name', o.name);
  // Defaults for folders added later (the REST calls below set the same values explicitly).
  out = setAttribute(out, '<defaults>', 'folder', 'fsWatcherDelayS', '1');
  out = setElement(out, 'defaults', 'pullerPauseS', '2');
  out = setElement(out, 'defaults', 'maxConflicts', String(o.maxConflicts));
  return out;
};

type Instance = {
  side: Side;
  home: string;
  dir: string;
  deviceId: string;
  listenPort: number;
  guiPort: number;
  apiKey: string;
  child?: ChildProcess;
  exited?: { code: number | null; signal: NodeJS.Signals | null };
  exitPromise?: Promise<void>;
};

const api = <T>(
  instance: Instance,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  timeoutMs = 30_000,
): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: HOST,
        port: instance.guiPort,
        method,
        path,
        headers: {
          'X-API-Key': instance.apiKey,
          ...(payload === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 0) >= 300) {
            reject(new Error(`${instance.side}: ${method} ${path} -> ${res.statusCode}: ${text.trim()}`));
            return;
          }
          try {
            resolve((text.trim() === '' ? undefined : JSON.parse(text)) as T);
          } catch {
            resolve(text as T);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${instance.side}: ${method} ${path} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });

type FolderStatus = { state: string; needTotalItems: number; pullErrors?: number; errors?: number };
type Completion = { completion: number; needItems: number; needDeletes: number };
type Connections = { connections: Record<string, { connected: boolean }> };

/** Every non-hidden file below `dir` (names starting with "." at any level are Syncthing's). */
const listFiles = async (dir: string, prefix = ''): Promise<string[]> => {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(`${rel}/`, ...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
};

/** Why the two folder trees differ, or null when they hold the same names and bytes. */
const treeDifference = async (dirA: string, dirB: string): Promise<string | null> => {
  const [a, b] = await Promise.all([listFiles(dirA), listFiles(dirB)]);
  if (a.join('\n') !== b.join('\n')) return `files differ: A [${a.join(', ')}] B [${b.join(', ')}]`;
  for (const rel of a) {
    if (rel.endsWith('/')) continue;
    const [sa, sb] = await Promise.all([stat(join(dirA, rel)), stat(join(dirB, rel))]);
    if (sa.size !== sb.size) return `${rel}: ${sa.size} bytes in A, ${sb.size} in B`;
    const [ca, cb] = await Promise.all([readFile(join(dirA, rel)), readFile(join(dirB, rel))]);
    if (!ca.equals(cb)) return `${rel}: different bytes in A and B`;
  }
  return null;
};

const readIfPresent = async (path: string): Promise<Buffer | null> => {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

// Everything still to clean up if the test process ends without `stop()` (aborted run). Under
// vitest's thread pool a worker that is terminated emits no 'exit': the watchdog below covers that.
const liveCleanups = new Set<() => void>();
let exitHookInstalled = false;
const installExitHook = () => {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const cleanup of liveCleanups) cleanup();
  });
};

/**
 * A detached watchdog: once this process is gone (even after SIGKILL, when no exit hook runs), it
 * kills the instances — only if their command line still names our temp dir — and removes it.
 */
const WATCHDOG = `
parent=$1; root=$2; shift 2
while kill -0 "$parent" 2>/dev/null; do sleep 1; done
for pid in "$@"; do
  if tr '\\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$root"; then kill -KILL "$pid" 2>/dev/null; fi
done
sleep 1
rm -rf -- "$root"
`;

// ---------------------------------------------------------------------------------------------

export const startSyncthingPair = async (opts: StartOptions = {}): Promise<SyncPair> => {
  const maxConflicts = opts.maxConflicts ?? 10;
  const startTimeoutMs = opts.startTimeoutMs ?? 30_000;
  const root = await mkdtemp(join(tmpdir(), 'tandem-syncthing-'));
  const logPath = `${root}.log`;
  const log: WriteStream = createWriteStream(logPath, { flags: 'a' });
  const note = (line: string) => {
    if (log.writable) log.write(`[harness ${new Date().toISOString()}] ${line}\n`);
  };
  const folderId = `tandem-${randomBytes(4).toString('hex')}`;
  // Filled in by `make` below; read with `?.` until both are there.
  const made: Partial<Record<Side, Instance>> = {};
  const instances = made as Record<Side, Instance>;
  let failed = false;
  let watchdog: ChildProcess | undefined;
  let stopping: Promise<void> | undefined;

  const children = () => (['A', 'B'] as const).map((s) => made[s]?.child).filter((c): c is ChildProcess => !!c);

  // Synchronous last resort for process exit: no waiting is possible there.
  const hardCleanup = () => {
    for (const child of children()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (watchdog?.pid) {
      try {
        process.kill(watchdog.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  };
  installExitHook();
  liveCleanups.add(hardCleanup);

  const fail = (message: string): Error => {
    failed = true;
    note(`FAILED: ${message}`);
    return new Error(`${message}\n(syncthing log: ${logPath})`);
  };

  const assertRunning = () => {
    for (const side of ['A', 'B'] as const) {
      const exited = made[side]?.exited;
      if (exited) throw fail(`syncthing ${side} exited unexpectedly (code ${exited.code}, signal ${exited.signal})`);
    }
  };

  /** Polls `check` (null = done, otherwise a reason) until done or timeout; the last reason explains a timeout. */
  const waitUntil = async (what: string, timeoutMs: number, check: () => Promise<string | null>): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    let reason = 'not checked yet';
    for (;;) {
      assertRunning();
      try {
        const result = await check();
        if (result === null) return;
        reason = result;
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
      }
      if (Date.now() >= deadline) throw fail(`timed out after ${timeoutMs} ms waiting for ${what}: ${reason}`);
      await sleep(POLL_MS);
    }
  };

  const stop = (options: { keepLog?: boolean } = {}): Promise<void> => {
    stopping ??= (async () => {
      for (const child of children()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const exits = (['A', 'B'] as const).map((s) => made[s]?.exitPromise).filter((p): p is Promise<void> => !!p);
      const all = Promise.all(exits);
      const timedOut = await Promise.race([all.then(() => false), sleep(10_000).then(() => true)]);
      if (timedOut) {
        note('an instance did not exit within 10 s of SIGTERM: SIGKILL');
        for (const child of children()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await all;
      }
      if (watchdog?.pid && watchdog.exitCode === null) watchdog.kill('SIGTERM');
      await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      liveCleanups.delete(hardCleanup);
      const keep = failed || options.keepLog === true;
      note(keep ? 'stopped; log kept' : 'stopped');
      await new Promise<void>((resolve) => log.end(resolve));
      if (keep) console.error(`syncthing harness: log kept at ${logPath}`);
      else await rm(logPath, { force: true });
    })();
    return stopping;
  };

  try {
    const [listenA, guiA, listenB, guiB] = await freePorts(4);
    const make = async (side: Side, listenPort: number, guiPort: number): Promise<Instance> => {
      const home = join(root, `home${side}`);
      await mkdir(home, { recursive: true });
      const generated = spawnSync(
        BINARY,
        ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'],
        {
          env: childEnv(home),
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      log.write(`[${side} generate] ${generated.stdout}${generated.stderr}\n`);
      if (generated.status !== 0) throw fail(`syncthing generate for ${side} failed (status ${generated.status})`);
      const configPath = join(home, 'config.xml');
      const xml = await readFile(configPath, 'utf8');
      const deviceId = /<device id="([A-Z0-9-]{63})"/.exec(xml)?.[1];
      if (!deviceId) throw fail(`no device id in ${side}'s config.xml`);
      const apiKey = randomBytes(24).toString('hex');
      await writeFile(configPath, loopbackConfig(xml, { listenPort, guiPort, apiKey, name: side, maxConflicts }));
      return { side, home, dir: join(root, `folder${side}`), deviceId, listenPort, guiPort, apiKey };
    };
    instances.A = await make('A', listenA!, guiA!);
    instances.B = await make('B', listenB!, guiB!);
    note(
      `A ${instances.A.deviceId} listen ${listenA} gui ${guiA}; B ${instances.B.deviceId} listen ${listenB} gui ${guiB}`,
    );

    for (const side of ['A', 'B'] as const) {
      const instance = instances[side];
      const child = spawn(BINARY, ['serve', `--home=${instance.home}`, '--no-browser', '--no-restart'], {
        env: childEnv(instance.home),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      instance.child = child;
      instance.exitPromise = new Promise<void>((resolve) => {
        child.once('exit', (code, signal) => {
          instance.exited = { code, signal };
          note(`${side} exited: code ${code}, signal ${signal}`);
          resolve();
        });
        child.once('error', (error) => {
          instance.exited = { code: null, signal: null };
          note(`${side} failed to start: ${error.message}`);
          resolve();
        });
      });
      const prefix = (stream: NodeJS.ReadableStream | null) => {
        let rest = '';
        stream?.setEncoding('utf8');
        stream?.on('data', (chunk: string) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) if (log.writable) log.write(`[${side}] ${line}\n`);
        });
        stream?.on('end', () => {
          if (rest && log.writable) log.write(`[${side}] ${rest}\n`);
        });
      };
      prefix(child.stdout);
      prefix(child.stderr);
    }
    const pids = children().map((c) => String(c.pid));
    watchdog = spawn('sh', ['-c', WATCHDOG, 'watchdog', String(process.pid), root, ...pids], {
      detached: true,
      stdio: 'ignore',
    });
    watchdog.unref();

    const deadline = Date.now() + startTimeoutMs;
    const left = () => Math.max(1, deadline - Date.now());
    for (const side of ['A', 'B'] as const) {
      await waitUntil(`${side} to answer /rest/system/ping`, left(), async () => {
        const pong = await api<{ ping?: string }>(instances[side], 'GET', '/rest/system/ping', undefined, 2_000);
        return pong?.ping === 'pong' ? null : `ping answered ${JSON.stringify(pong)}`;
      });
    }

    // Only B dials. When both 1.19 instances dial each other at once, their serial TLS/Hello
    // handling can deadlock until a 20 s timeout (seen here about one start in ten). A knows B
    // first, with no address to dial ("dynamic" resolves to nothing: discovery is off), so B's
    // first dial is accepted at once.
    await api(instances.A, 'POST', '/rest/config/devices', {
      deviceID: instances.B.deviceId,
      name: 'B',
      addresses: ['dynamic'],
    });
    await api(instances.B, 'POST', '/rest/config/devices', {
      deviceID: instances.A.deviceId,
      name: 'A',
      addresses: [`tcp://${HOST}:${instances.A.listenPort}`],
    });
    for (const side of ['A', 'B'] as const) {
      const self = instances[side];
      await api(self, 'POST', '/rest/config/folders', {
        id: folderId,
        label: 'Tandem shared folder',
        path: self.dir,
        type: 'sendreceive',
        devices: [{ deviceID: instances.A.deviceId }, { deviceID: instances.B.deviceId }],
        fsWatcherEnabled: true,
        fsWatcherDelayS: 1,
        pullerPauseS: 2,
        maxConflicts,
      });
      const folder = await api<{
        fsWatcherDelayS: number;
        pullerPauseS: number;
        maxConflicts: number;
        minDiskFree: { value: number };
      }>(self, 'GET', `/rest/config/folders/${folderId}`);
      if (
        folder.fsWatcherDelayS !== 1 ||
        folder.pullerPauseS !== 2 ||
        folder.maxConflicts !== maxConflicts ||
        !(folder.minDiskFree?.value > 0)
      ) {
        throw fail(`${side}'s folder config did not take: ${JSON.stringify(folder)}`);
      }
    }

    for (const side of ['A', 'B'] as const) {
      const other = instances[OTHER[side]];
      await waitUntil(`${side} to connect to ${other.side}`, left(), async () => {
        const connections = await api<Connections>(instances[side], 'GET', '/rest/system/connections');
        return connections.connections[other.deviceId]?.connected ? null : 'not connected';
      });
    }
  } catch (error) {
    const wrapped = failed ? error : fail(error instanceof Error ? error.message : String(error));
    await stop();
    throw wrapped;
  }

  const dirOf = (side: Side) => instances[side].dir;

  const scan = async (side: Side, file?: string): Promise<void> => {
    assertRunning();
    const query = new URLSearchParams({ folder: folderId, ...(file === undefined ? {} : { sub: file }) });
    try {
      await api(instances[side], 'POST', `/rest/db/scan?${query.toString()}`);
    } catch (error) {
      throw fail(error instanceof Error ? error.message : String(error));
    }
  };

  const syncedOnce = async (): Promise<string | null> => {
    for (const side of ['A', 'B'] as const) {
      const self = instances[side];
      const other = instances[OTHER[side]];
      const connections = await api<Connections>(self, 'GET', '/rest/system/connections');
      if (!connections.connections[other.deviceId]?.connected) return `${side} not connected to ${other.side}`;
      const status = await api<FolderStatus>(self, 'GET', `/rest/db/status?folder=${folderId}`);
      if (status.state !== 'idle' || status.needTotalItems !== 0) {
        return `${side} is ${status.state}, needs ${status.needTotalItems} items, ${status.pullErrors ?? 0} pull errors`;
      }
      const completion = await api<Completion>(
        self,
        'GET',
        `/rest/db/completion?folder=${folderId}&device=${other.deviceId}`,
      );
      if (completion.completion !== 100 || completion.needItems !== 0 || completion.needDeletes !== 0) {
        return `${side} sees ${other.side} ${completion.completion}% complete (${completion.needItems} items, ${completion.needDeletes} deletes needed)`;
      }
    }
    return treeDifference(dirOf('A'), dirOf('B'));
  };

  const waitInSync = async (timeoutMs = 20_000): Promise<void> => {
    let passes = 0;
    await waitUntil('both folders in sync', timeoutMs, async () => {
      const reason = await syncedOnce();
      passes = reason === null ? passes + 1 : 0;
      // Twice in a row, so a change the file watcher has not reported yet has a chance to show.
      return passes >= 2 ? null : (reason ?? 'in sync once');
    });
  };

  const waitForFile = async (side: Side, name: string, bytes?: Uint8Array, timeoutMs = 15_000): Promise<void> => {
    await waitUntil(`${name} in ${side}`, timeoutMs, async () => {
      const content = await readIfPresent(join(dirOf(side), name));
      if (content === null) return 'absent';
      if (bytes && !content.equals(bytes))
        return `present with ${content.length} bytes, not the ${bytes.length} expected`;
      return null;
    });
  };

  const waitForNoFile = async (side: Side, name: string, timeoutMs = 15_000): Promise<void> => {
    await waitUntil(`${name} to disappear from ${side}`, timeoutMs, async () =>
      existsSync(join(dirOf(side), name)) ? 'still present' : null,
    );
  };

  // The folder must be up (marker made, first scan done) on both sides before the test writes.
  try {
    await waitInSync(startTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    dirA: dirOf('A'),
    dirB: dirOf('B'),
    folderId,
    root,
    logPath,
    pids: { A: instances.A.child!.pid!, B: instances.B.child!.pid! },
    scan,
    waitInSync,
    waitForFile,
    waitForNoFile,
    stop,
  };
};
