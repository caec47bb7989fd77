import { z } from 'zod';
import { LanguageSchema } from '../domain/base';

/**
 * The bridge between the renderer and the desktop shell: every channel, with zod schemas for
 * its request and response. The main process parses every request with these (after checking
 * the sender); the preload exposes exactly these functions and nothing generic.
 * The browser build implements the same `BridgeApi` with Blob downloads, a file input and
 * `window.print()` (renderer/bridge/browserBridge.ts).
 */

const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes');
const FileName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'file name must not contain path separators or reserved characters')
  .refine((n) => !/^\.+$/.test(n), 'file name must not be only dots');
export const FileFilterSchema = z.enum(['backup', 'pdf', 'csv', 'xlsx', 'json']);
export type FileFilter = z.infer<typeof FileFilterSchema>;

/** A route of the renderer that renders a printable page, e.g. `/print/attendance/<id>`. */
const PrintRoute = z
  .string()
  .max(2000)
  .regex(/^\/print\/[A-Za-z0-9/_?=&.-]+$/)
  // No `.`/`..`/empty path segments: the route must stay under /print/ once the router resolves it.
  .refine(
    (r) =>
      (r.split('?')[0] ?? '')
        .split('/')
        .slice(2)
        .every((s) => s !== '' && s !== '.' && s !== '..'),
    'not a printable route',
  );

/** Files larger than this are refused before they are read (a backup of a big programme is a few MB). */
export const MAX_OPEN_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Why an operation ended without a result when it was not the user's choice. The shell has already
 * explained it to the user in a native dialog; the renderer must simply not claim success.
 * `tooLarge`: the picked file exceeds MAX_OPEN_FILE_BYTES. `readFailed` / `writeFailed`: the
 * operating system refused (USB stick removed, disk full, no permission). `printFailed`: the
 * printable page did not load or the printer/PDF engine failed.
 */
export const BridgeErrorSchema = z.enum(['tooLarge', 'readFailed', 'writeFailed', 'printFailed']);
export type BridgeError = z.infer<typeof BridgeErrorSchema>;

/**
 * `verified`: the desktop app wrote to a temporary file, flushed it, renamed it over the target and
 * read it back byte for byte. A browser download cannot be checked, so it reports `false`.
 */
const Saved = z.object({ status: z.literal('saved'), path: z.string(), verified: z.boolean() });
/** Nothing was written: the user closed the dialog, or (with `error`) the shell reported a failure. */
const Cancelled = z.object({ status: z.literal('cancelled'), error: BridgeErrorSchema.optional() });

/**
 * The sections the native menu's "Go" menu can open, with the nav keys of `common.json`.
 * The renderer may report which of them exist (app.setLanguage `sections`); the menu shows only those.
 */
export const MENU_SECTIONS = [
  { key: 'dashboard', path: '/' },
  { key: 'mentors', path: '/mentors' },
  { key: 'mentees', path: '/mentees' },
  { key: 'pairings', path: '/pairings' },
  { key: 'contacts', path: '/contacts' },
  { key: 'sessions', path: '/sessions' },
  { key: 'training', path: '/training' },
  { key: 'backup', path: '/backup' },
  { key: 'settings', path: '/settings' },
] as const;
export type MenuSectionKey = (typeof MENU_SECTIONS)[number]['key'];
export const MenuSectionKeySchema = z.enum(MENU_SECTIONS.map((s) => s.key) as [MenuSectionKey, ...MenuSectionKey[]]);

/**
 * The shared folder (shared/sync/sharedFolder.ts): the page names files, never paths; the shell
 * keeps the folder the coordinator chose and refuses any name but Tandem's own sync files.
 */
export const SYNC_FILE_PATTERN = /^tandem-sync-[a-z0-9-]+\.age$/;
export const ARCHIVED_FILE_PATTERN = /^tandem-archived-[a-z0-9-]+\.age$/;
const SyncFileName = z.string().max(255).regex(SYNC_FILE_PATTERN);
export const FolderEntrySchema = z.object({
  name: z.string().max(1000),
  size: z.number().int().min(0),
  modifiedMs: z.number().finite(),
});
/** The folder is not there (a USB stick pulled out, a network drive away) or refused the operation. */
const Unavailable = z.object({ status: z.literal('unavailable') });
/** The largest sync file read: far above a large office's data (tens of MB). */
export const MAX_SYNC_FILE_BYTES = 512 * 1024 * 1024;

export const channels = {
  /** Save a backup: temp file, flush, rename, read back and compare before reporting success. */
  'backup.saveFile': {
    request: z.object({ suggestedName: FileName, bytes: Bytes }),
    response: z.discriminatedUnion('status', [Saved, Cancelled]),
  },
  /** Let the user pick a file and return its bytes (backups). */
  'file.open': {
    request: z.object({ filter: FileFilterSchema }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('opened'), name: z.string(), bytes: Bytes }),
      Cancelled,
    ]),
  },
  /** Save an export (CSV, XLSX, JSON subject-access export) through the save dialog. */
  'file.save': {
    request: z.object({ suggestedName: FileName, bytes: Bytes, filter: FileFilterSchema }),
    response: z.discriminatedUnion('status', [Saved, Cancelled]),
  },
  /** Print a printable route through the system print dialog. `ok: false`: cancelled or failed. */
  'print.print': {
    request: z.object({ route: PrintRoute, landscape: z.boolean().default(false) }),
    response: z.object({ ok: z.boolean(), error: BridgeErrorSchema.optional() }),
  },
  /** Render a printable route to PDF and save it through the save dialog. */
  'print.toPdf': {
    request: z.object({ route: PrintRoute, landscape: z.boolean().default(false), suggestedName: FileName }),
    response: z.discriminatedUnion('status', [Saved, Cancelled]),
  },
  /**
   * Tell the shell the UI language so the native menu follows it (call it at start-up and on every
   * change). `sections`: the sidebar sections that exist, so the Go menu offers only those.
   */
  'app.setLanguage': {
    request: z.object({ language: LanguageSchema, sections: z.array(MenuSectionKeySchema).max(50).optional() }),
    response: z.object({ ok: z.literal(true) }),
  },
  'app.info': {
    request: z.object({}),
    response: z.object({ version: z.string(), platform: z.string(), desktop: z.boolean() }),
  },
  /** Let the coordinator choose the shared folder (a folder dialog); the shell remembers it. */
  'syncFolder.choose': {
    request: z.object({}),
    response: z.discriminatedUnion('status', [z.object({ status: z.literal('chosen'), label: z.string() }), Cancelled]),
  },
  /** The chosen folder (null: none), and whether the sync passphrase can be kept on this PC. */
  'syncFolder.info': {
    request: z.object({}),
    response: z.object({ label: z.string().nullable(), keepsSecret: z.boolean() }),
  },
  /** Stop using the folder: forget it and the kept passphrase (the files stay). */
  'syncFolder.forget': { request: z.object({}), response: z.object({ ok: z.literal(true) }) },
  'syncFolder.list': {
    request: z.object({}),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), entries: z.array(FolderEntrySchema).max(100_000) }),
      Unavailable,
    ]),
  },
  'syncFolder.read': {
    request: z.object({ name: SyncFileName }),
    response: z.discriminatedUnion('status', [z.object({ status: z.literal('ok'), bytes: Bytes }), Unavailable]),
  },
  'syncFolder.stat': {
    request: z.object({ name: SyncFileName }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), entry: FolderEntrySchema.nullable() }),
      Unavailable,
    ]),
  },
  /** Write this PC's file: a temporary name, flushed, renamed over it. */
  'syncFolder.write': {
    request: z.object({ name: SyncFileName, bytes: Bytes }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), entry: FolderEntrySchema }),
      Unavailable,
    ]),
  },
  /** Archive a retired PC's file (or this PC's under a former name). */
  'syncFolder.archive': {
    request: z.object({ name: SyncFileName, to: z.string().max(255).regex(ARCHIVED_FILE_PATTERN) }),
    response: z.discriminatedUnion('status', [z.object({ status: z.literal('ok') }), Unavailable]),
  },
  /** Keep the sync passphrase with the operating system's protection (Electron `safeStorage`). */
  'syncSecret.save': {
    request: z.object({ secret: z.string().min(1).max(1000) }),
    response: z.object({ kept: z.boolean() }),
  },
  'syncSecret.load': { request: z.object({}), response: z.object({ secret: z.string().nullable() }) },
} as const;

export type Channel = keyof typeof channels;
export const CHANNEL_NAMES = Object.keys(channels) as Channel[];
export type BridgeRequest<C extends Channel> = z.input<(typeof channels)[C]['request']>;
/** A request after parsing (defaults applied): what the main process's handlers receive. */
export type ParsedBridgeRequest<C extends Channel> = z.output<(typeof channels)[C]['request']>;
export type BridgeResponse<C extends Channel> = z.output<(typeof channels)[C]['response']>;

/** The object the preload exposes as `window.tandem` (and the browser build implements). */
export type BridgeApi = {
  saveBackup(req: BridgeRequest<'backup.saveFile'>): Promise<BridgeResponse<'backup.saveFile'>>;
  openFile(req: BridgeRequest<'file.open'>): Promise<BridgeResponse<'file.open'>>;
  saveFile(req: BridgeRequest<'file.save'>): Promise<BridgeResponse<'file.save'>>;
  print(req: BridgeRequest<'print.print'>): Promise<BridgeResponse<'print.print'>>;
  printToPdf(req: BridgeRequest<'print.toPdf'>): Promise<BridgeResponse<'print.toPdf'>>;
  setLanguage(req: BridgeRequest<'app.setLanguage'>): Promise<BridgeResponse<'app.setLanguage'>>;
  info(): Promise<BridgeResponse<'app.info'>>;
  chooseSyncFolder(): Promise<BridgeResponse<'syncFolder.choose'>>;
  syncFolderInfo(): Promise<BridgeResponse<'syncFolder.info'>>;
  forgetSyncFolder(): Promise<BridgeResponse<'syncFolder.forget'>>;
  listSyncFolder(): Promise<BridgeResponse<'syncFolder.list'>>;
  readSyncFile(req: BridgeRequest<'syncFolder.read'>): Promise<BridgeResponse<'syncFolder.read'>>;
  statSyncFile(req: BridgeRequest<'syncFolder.stat'>): Promise<BridgeResponse<'syncFolder.stat'>>;
  writeSyncFile(req: BridgeRequest<'syncFolder.write'>): Promise<BridgeResponse<'syncFolder.write'>>;
  archiveSyncFile(req: BridgeRequest<'syncFolder.archive'>): Promise<BridgeResponse<'syncFolder.archive'>>;
  saveSyncSecret(req: BridgeRequest<'syncSecret.save'>): Promise<BridgeResponse<'syncSecret.save'>>;
  loadSyncSecret(): Promise<BridgeResponse<'syncSecret.load'>>;
  /** Menu commands from the shell (e.g. "navigate:/mentors", "backup:export"). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The system locked its screen or went to sleep: the app lock locks (desktop app only). */
  onSystemLock(listener: (event: SystemLockEvent) => void): () => void;
};

/** The bridge method that calls each channel (the preload maps one to the other). */
export const METHOD_CHANNELS = {
  saveBackup: 'backup.saveFile',
  openFile: 'file.open',
  saveFile: 'file.save',
  print: 'print.print',
  printToPdf: 'print.toPdf',
  setLanguage: 'app.setLanguage',
  info: 'app.info',
  chooseSyncFolder: 'syncFolder.choose',
  syncFolderInfo: 'syncFolder.info',
  forgetSyncFolder: 'syncFolder.forget',
  listSyncFolder: 'syncFolder.list',
  readSyncFile: 'syncFolder.read',
  statSyncFile: 'syncFolder.stat',
  writeSyncFile: 'syncFolder.write',
  archiveSyncFile: 'syncFolder.archive',
  saveSyncSecret: 'syncSecret.save',
  loadSyncSecret: 'syncSecret.load',
} as const satisfies Record<Exclude<keyof BridgeApi, 'onMenuCommand' | 'onSystemLock'>, Channel>;

export const MenuCommandSchema = z.union([
  z.object({ type: z.literal('navigate'), path: z.string().regex(/^\/[a-z0-9/-]*$/) }),
  z.object({ type: z.literal('action'), action: z.enum(['backup.export', 'backup.import', 'print.current']) }),
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
export const MENU_COMMAND_CHANNEL = 'menu.command';

/** Sent by the shell to the main window when the system locks its screen or suspends. */
export const SystemLockEventSchema = z.object({ reason: z.enum(['lockScreen', 'suspend']) });
export type SystemLockEvent = z.infer<typeof SystemLockEventSchema>;
export const SYSTEM_LOCK_CHANNEL = 'appLock.systemLock';

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Present only in the desktop app; the browser build uses `browserBridge` instead. */
    tandem?: BridgeApi;
  }
}
